/**
 * Message readers that survive a client sending garbage: bad frames are skipped (frames.ts),
 * and what is not one JSON-RPC message is answered with the JSON-RPC error for it instead of
 * being lost in silence, so the client never waits forever and the server never stops reading.
 */
import {
  AbstractMessageReader,
  DataCallback,
  Disposable,
  ErrorCodes,
  Message,
  MessageReader,
  MessageWriter,
  ResponseMessage,
} from 'vscode-languageserver/node';
import { FrameSplitter } from './frames';

/** What the reader made of one message: a message to pass on, or the error answer to send. */
type Reading = { readonly message: Message } | { readonly reply: ResponseMessage };

export interface ReaderContext {
  /** Where error answers go: the connection's own writer, which orders them with the rest. */
  readonly writer: MessageWriter;
  readonly warn: (message: string) => void;
}

abstract class CheckedReader extends AbstractMessageReader implements MessageReader {
  /** A `shutdown` request came through, so closing the input afterwards is an orderly end. */
  sawShutdown = false;

  constructor(protected readonly context: ReaderContext) {
    super();
  }

  /** Runs a step of reading; a failure is reported and costs nothing but that step. */
  protected guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      this.fireError(error);
    }
  }

  protected accept(reading: Reading, callback: DataCallback): void {
    if ('message' in reading) {
      this.pass(reading.message, callback);
      return;
    }

    const { writer, warn } = this.context;
    warn(`Answered a malformed message with an error: ${reading.reply.error?.message}`);
    writer.write(reading.reply).catch((error: unknown) => this.fireError(error));
  }

  /**
   * The connection's handling may throw (a cancellation without an id does): that must cost
   * this message only, never the ones read after it.
   */
  private pass(message: Message, callback: DataCallback): void {
    this.sawShutdown ||= Message.isRequest(message) && message.method === 'shutdown';
    try {
      callback(message);
    } catch (error) {
      this.context.warn(`Dropped a message the connection could not take: ${String(error)}`);
    }
  }
}

/** Reads framed messages from a byte stream, such as standard input. */
export class CheckedStreamReader extends CheckedReader {
  constructor(
    private readonly input: NodeJS.ReadableStream,
    context: ReaderContext,
  ) {
    super(context);
  }

  override listen(callback: DataCallback): Disposable {
    const splitter = new FrameSplitter({
      body: (body) => this.accept(readBody(body), callback),
      skipped: (reason) =>
        this.context.warn(`Skipping input that is not a message up to the next header: ${reason}.`),
    });
    const onData = (chunk: Buffer | string) =>
      this.guard(() => splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
    const onError = (error: unknown) => this.fireError(error);
    const onClose = () => this.fireClose();

    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('end', onClose);
    this.input.on('close', onClose);
    return Disposable.create(() => {
      this.input.off('data', onData);
      this.input.off('error', onError);
      this.input.off('end', onClose);
      this.input.off('close', onClose);
    });
  }
}

/** Reads the messages the parent process sends over the Node IPC channel, as VS Code does. */
export class CheckedIpcReader extends CheckedReader {
  override listen(callback: DataCallback): Disposable {
    const onMessage = (value: unknown) => this.guard(() => this.accept(classify(value), callback));
    const onDisconnect = () => this.fireClose();

    process.on('message', onMessage);
    process.on('disconnect', onDisconnect);
    return Disposable.create(() => {
      process.off('message', onMessage);
      process.off('disconnect', onDisconnect);
    });
  }
}

function readBody(body: Buffer): Reading {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return errorReply(null, ErrorCodes.ParseError, 'The message body is not JSON.');
  }
  return classify(value);
}

function classify(value: unknown): Reading {
  if (Array.isArray(value)) {
    return errorReply(null, ErrorCodes.InvalidRequest, BATCH_REFUSED);
  }

  const candidate = value as Message;
  if (isMessage(candidate)) {
    return { message: candidate };
  }

  const id = (value as { id?: unknown } | null)?.id;
  const knownId = typeof id === 'string' || typeof id === 'number' ? id : null;
  return errorReply(knownId, ErrorCodes.InvalidRequest, NOT_A_MESSAGE);
}

const BATCH_REFUSED =
  'The message is a batch, which the Language Server Protocol does not have; send one message ' +
  'per frame.';
const NOT_A_MESSAGE =
  'The message is neither a request, a notification nor a response: it lacks a "method" ' +
  '(with a string or number "id" for a request) or a "result" or "error".';

function isMessage(candidate: Message): boolean {
  return (
    Message.isRequest(candidate) ||
    Message.isNotification(candidate) ||
    Message.isResponse(candidate)
  );
}

function errorReply(id: string | number | null, code: number, message: string): Reading {
  return { reply: { jsonrpc: '2.0', id, error: { code, message } } };
}
