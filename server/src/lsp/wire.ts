/**
 * A message reader for stream transports that survives a client sending garbage: bad frames are
 * dropped (see frames.ts), and a body that is not one JSON-RPC message is answered with the
 * JSON-RPC error for it instead of being lost in silence, so the client never waits forever.
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

/** What the reader made of one body: a message to pass on, or the error answer to send. */
type Reading = { readonly message: Message } | { readonly reply: ResponseMessage };

export class CheckedMessageReader extends AbstractMessageReader implements MessageReader {
  /** A `shutdown` request came through, so closing the input afterwards is an orderly end. */
  sawShutdown = false;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly writer: MessageWriter,
    private readonly warn: (message: string) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const splitter = new FrameSplitter({
      body: (body) => this.accept(body, callback),
      skipped: (reason) =>
        this.warn(`Skipping input that is not a message up to the next header: ${reason}.`),
    });
    const onData = (chunk: Buffer | string) => {
      try {
        splitter.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      } catch (error) {
        this.fireError(error);
      }
    };
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

  private accept(body: Buffer, callback: DataCallback): void {
    const reading = readMessage(body);
    if ('message' in reading) {
      this.pass(reading.message, callback);
      return;
    }

    this.warn(`Answered a malformed message with an error: ${reading.reply.error?.message}`);
    this.writer.write(reading.reply).catch((error: unknown) => this.fireError(error));
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
      this.warn(`Dropped a message the connection could not take: ${String(error)}`);
    }
  }
}

function readMessage(body: Buffer): Reading {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return errorReply(null, ErrorCodes.ParseError, 'The message body is not JSON.');
  }

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
