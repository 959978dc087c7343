/**
 * The transports editors start the server with, read through the checked readers (wire.ts):
 * `--stdio` for most editors, `--node-ipc` for VS Code. The process ends as soon as the client
 * can no longer be reached, since a client that stopped reading or writing is gone.
 */
import { format } from 'node:util';
import {
  Connection,
  createConnection,
  IPCMessageWriter,
  MessageWriter,
  ProposedFeatures,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { CheckedIpcReader, CheckedStreamReader, ReaderContext } from './wire';

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

export function createStdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout);
  const context = contextOf(writer, (): Connection => connection);
  const reader = new CheckedStreamReader(process.stdin, context);
  const connection: Connection = createConnection(ProposedFeatures.all, reader, writer);

  const exit = () => process.exit(reader.sawShutdown ? 0 : 1);
  reader.onClose(exit);
  writer.onClose(exit);
  keepConsoleOffStdout();
  return connection;
}

export function createIpcConnection(): Connection {
  const writer = new IPCMessageWriter(process);
  const reader = new CheckedIpcReader(contextOf(writer, (): Connection => connection));
  const connection: Connection = createConnection(ProposedFeatures.all, reader, writer);

  reader.onClose(() => process.exit(reader.sawShutdown ? 0 : 1));
  return connection;
}

/** Warnings go through the connection, which exists once the reader is made. */
function contextOf(writer: MessageWriter, connection: () => Connection): ReaderContext {
  return { writer, warn: (message) => connection().console.warn(message) };
}

/**
 * Standard output carries the protocol only, so anything a library prints goes to standard
 * error; never to the connection, which may be the very thing that failed.
 */
function keepConsoleOffStdout(): void {
  for (const method of CONSOLE_METHODS) {
    console[method] = (...args: unknown[]) => {
      process.stderr.write(`${format(...args)}\n`);
    };
  }
}
