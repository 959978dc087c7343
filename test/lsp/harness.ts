/**
 * Drives the built language server (dist/server.js) as a child process over stdio with real
 * JSON-RPC, playing the client: it answers configuration requests from `settings` and records
 * every diagnostics and log notification, so tests wait for conditions, never for time.
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ClientCapabilities,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  InitializeResult,
  LogMessageNotification,
  LogMessageParams,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_BUNDLE = path.join(REPOSITORY_ROOT, 'dist', 'server.js');

/** A workspace folder the tests pretend to have open; nothing is read from it. */
export const WORKSPACE = path.join(REPOSITORY_ROOT, 'examples');
export const WORKSPACE_URI = pathToFileURL(WORKSPACE).href;

export function fileUri(relativePath: string): string {
  return pathToFileURL(path.join(WORKSPACE, relativePath)).href;
}

/** A bound on every wait, so a broken server fails the test instead of hanging it. */
const WAIT_LIMIT_MS = 15_000;

export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceFolders: true,
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    completion: {
      completionItem: {
        snippetSupport: true,
        insertReplaceSupport: true,
        documentationFormat: ['markdown', 'plaintext'],
        insertTextModeSupport: { valueSet: [1, 2] },
      },
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: { relatedInformation: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
    },
  },
};

/** How the server process is started; by default in the repository, on the examples folder. */
export interface LaunchOptions {
  /** Options for Node itself, before the bundle (such as `--require`). */
  readonly nodeArgs?: readonly string[];
  /** The workspace folder: the server's working directory, as an editor starts it. */
  readonly workspace?: string;
  readonly env?: Readonly<Record<string, string>>;
}

interface Waiter<T> {
  readonly accept: (value: T) => boolean;
  readonly resolve: (value: T) => void;
}

export class ServerUnderTest {
  /** The `vppLint` section answered to `workspace/configuration`, per scope URI. */
  settings: (scopeUri: string | undefined) => unknown = () => ({});
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: LogMessageParams[] = [];
  /** What the server wrote to stderr: logs must go through the protocol instead. */
  readonly stderr: string[] = [];
  /** The initialize result, kept for the tests of the server's capabilities. */
  initializeResult?: InitializeResult;
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly logWaiters: Waiter<LogMessageParams>[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(
    capabilities: ClientCapabilities = FULL_CAPABILITIES,
    launch: LaunchOptions = {},
  ): Promise<ServerUnderTest> {
    const folder = launch.workspace ?? WORKSPACE;
    const child = spawn(process.execPath, [...(launch.nodeArgs ?? []), SERVER_BUNDLE, '--stdio'], {
      cwd: launch.workspace ?? REPOSITORY_ROOT,
      env: { ...process.env, ...launch.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout as NonNullable<typeof child.stdout>),
      new StreamMessageWriter(child.stdin as NonNullable<typeof child.stdin>),
    );
    const server = new ServerUnderTest(child, connection);

    server.listen();
    await server.initialize(capabilities, pathToFileURL(folder).href);
    return server;
  }

  open(uri: string, text: string, languageId = 'json', version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, {
      textDocument: { uri },
    });
  }

  /** Tells the server settings changed; it pulls them again through `workspace/configuration`. */
  settingsChanged(): Promise<void> {
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: null,
    });
  }

  /** The first publication for the URI that satisfies the condition, received or to come. */
  diagnosticsFor(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean,
  ): Promise<PublishDiagnosticsParams> {
    const matches = (params: PublishDiagnosticsParams) => params.uri === uri && accept(params);
    return waitFor(this.published, this.diagnosticWaiters, matches, `diagnostics for ${uri}`);
  }

  logged(accept: (params: LogMessageParams) => boolean): Promise<LogMessageParams> {
    return waitFor(this.logs, this.logWaiters, accept, 'a log message');
  }

  /** Shuts the server down as a client does, and makes sure the process is gone. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) {
        resolve(this.child.exitCode);
      }
      this.child.once('exit', (code) => resolve(code));
    });

    // A server that never answers the shutdown is killed by the timer, which ends the wait too.
    const timer = setTimeout(() => this.child.kill(), WAIT_LIMIT_MS);
    void this.shutdownAndExit().catch(() => this.child.kill());
    const code = await exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }

  private async shutdownAndExit(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
  }

  private listen(): void {
    this.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) =>
        item.section === 'vppLint' ? this.settings(item.scopeUri) : null,
      ),
    );
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) =>
      record(this.published, this.diagnosticWaiters, params),
    );
    this.connection.onNotification(LogMessageNotification.type, (params) =>
      record(this.logs, this.logWaiters, params),
    );
    this.child.stderr?.on('data', (chunk: Buffer) => this.stderr.push(String(chunk)));
    this.connection.listen();
  }

  private async initialize(capabilities: ClientCapabilities, folderUri: string): Promise<void> {
    this.initializeResult = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUri,
      capabilities,
      workspaceFolders: [{ uri: folderUri, name: 'workspace' }],
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }
}

function record<T>(history: T[], waiters: Waiter<T>[], value: T): void {
  history.push(value);

  for (let index = waiters.length - 1; index >= 0; index--) {
    if (waiters[index].accept(value)) {
      waiters[index].resolve(value);
      waiters.splice(index, 1);
    }
  }
}

function waitFor<T>(
  history: readonly T[],
  waiters: Waiter<T>[],
  accept: (value: T) => boolean,
  what: string,
): Promise<T> {
  const seen = history.find(accept);
  if (seen !== undefined) {
    return Promise.resolve(seen);
  }

  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Timed out waiting for ${what}.`)),
      WAIT_LIMIT_MS,
    );
    waiters.push({
      accept,
      resolve: (value) => {
        clearTimeout(timer);
        resolve(value);
      },
    });
  });
}
