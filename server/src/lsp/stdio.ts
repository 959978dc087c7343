/**
 * The `--stdio` transport: input read through the checked reader, and the process ended as soon
 * as either stream closes, since a client that stopped reading or writing is gone.
 */
import { format } from 'node:util';
import {
  Connection,
  createConnection,
  ProposedFeatures,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { CheckedMessageReader } from './wire';

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

export function createStdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout);
  const reader = new CheckedMessageReader(process.stdin, writer, (message) =>
    connection.console.warn(message),
  );
  const connection = createConnection(ProposedFeatures.all, reader, writer);

  const exit = () => process.exit(reader.sawShutdown ? 0 : 1);
  reader.onClose(exit);
  writer.onClose(exit);
  keepConsoleOffStdout();
  return connection;
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
