/**
 * Entry of the language server bundle. VS Code starts it over node IPC; other editors start it
 * with `--stdio`, where nothing but the protocol may reach standard output.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_NAME, startServer } from './server';
import { createIpcConnection, createStdioConnection } from './transports';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

const USAGE = `${SERVER_NAME}

Usage: node server.js --stdio        (for editors that speak LSP over standard streams)
       node server.js --node-ipc     (as VS Code starts it)
       node server.js --socket=PORT  (connects to 127.0.0.1:PORT)
`;

function main(argv: readonly string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stderr.write(USAGE);
    return;
  }

  const transport = argv.some((arg) =>
    TRANSPORTS.some((flag) => arg === flag || arg.startsWith(`${flag}=`)),
  );
  if (!transport) {
    process.stderr.write(`No transport given.\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }

  // NOTE: --socket and --pipe keep the library's reader, which cannot resync after a bad frame.
  const connection = argv.includes('--stdio')
    ? createStdioConnection()
    : argv.includes('--node-ipc')
      ? createIpcConnection()
      : createConnection(ProposedFeatures.all);
  startServer(connection);
  connection.listen();
}

main(process.argv.slice(2));
