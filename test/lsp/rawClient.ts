/**
 * A client that talks to the built server byte by byte, for the tests of what a faulty client
 * may send: it writes any bytes, records every message the server sends, answers nothing
 * unless told to, and watches the process and its process group.
 */
import { ChildProcess, spawn } from 'node:child_process';
import {
  Message,
  NotificationMessage,
  ResponseMessage,
  StreamMessageReader,
} from 'vscode-languageserver-protocol/node';
import { REPOSITORY_ROOT, SERVER_BUNDLE, WORKSPACE_URI } from './harness';

/** A bound on every wait, so a broken server fails the test instead of hanging it. */
export const WAIT_LIMIT_MS = 15_000;

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A base-protocol frame around the text, with the Content-Length in bytes. */
export function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

export class RawClient {
  readonly messages: Message[] = [];
  readonly stderr: string[] = [];
  readonly exited: Promise<Exit>;
  private nextId = 1;
  private readonly waiters: (() => void)[] = [];

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    new StreamMessageReader(child.stdout as NonNullable<typeof child.stdout>).listen((message) => {
      this.messages.push(message);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    child.stderr?.on('data', (chunk: Buffer) => this.stderr.push(String(chunk)));
    child.stdin?.on('error', () => undefined);
  }

  /** Starts the server over stdio in a process group of its own, so leftovers can be found. */
  static start(): RawClient {
    const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], {
      cwd: REPOSITORY_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    return new RawClient(child);
  }

  get pid(): number {
    return this.child.pid as number;
  }

  write(bytes: string | Buffer): void {
    this.child.stdin?.write(bytes);
  }

  send(message: object): void {
    this.write(frame(JSON.stringify({ jsonrpc: '2.0', ...message })));
  }

  closeInput(): void {
    this.child.stdin?.end();
  }

  /** Stops reading what the server writes, as a client that went away does. */
  closeOutput(): void {
    this.child.stdout?.destroy();
  }

  /** Sends a request and waits for its answer, success or error. */
  async request(method: string, params?: unknown): Promise<ResponseMessage> {
    const id = this.nextId++;
    this.send({ id, method, ...(params === undefined ? {} : { params }) });
    return (await this.waitFor(
      (message) => isResponse(message) && message.id === id,
      `the answer to ${method}`,
    )) as ResponseMessage;
  }

  async initialize(
    processId: number | null = process.pid,
    capabilities: object = {},
  ): Promise<ResponseMessage> {
    const answer = await this.request('initialize', {
      processId,
      rootUri: WORKSPACE_URI,
      capabilities,
      workspaceFolders: [{ uri: WORKSPACE_URI, name: 'examples' }],
    });
    this.send({ method: 'initialized', params: {} });
    return answer;
  }

  /** The first message, received or to come, that satisfies the condition. */
  waitFor<T extends Message>(accept: (message: Message) => message is T, what: string): Promise<T>;
  waitFor(accept: (message: Message) => boolean, what: string): Promise<Message>;
  waitFor(accept: (message: Message) => boolean, what: string): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Timed out waiting for ${what}.`)),
        WAIT_LIMIT_MS,
      );
      const check = () => {
        const found = this.messages.find(accept);
        if (found === undefined) {
          this.waiters.push(check);
          return;
        }
        clearTimeout(timer);
        resolve(found);
      };
      check();
    });
  }

  /** The exit, or a rejection once the bound passed, leaving the process to `kill`. */
  exitWithin(limitMs: number): Promise<Exit> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`The server did not exit within ${limitMs} ms.`)),
        limitMs,
      );
      void this.exited.then((exit) => {
        clearTimeout(timer);
        resolve(exit);
      });
    });
  }

  /** An orderly end, as a client stops a server. */
  async stop(): Promise<Exit> {
    await this.request('shutdown');
    this.send({ method: 'exit' });
    return this.exitWithin(WAIT_LIMIT_MS);
  }

  /** Ends the whole process group after a failed test; nothing is left behind either way. */
  kill(): void {
    if (groupIsAlive(this.pid)) {
      process.kill(-this.pid, 'SIGKILL');
    }
  }

  /** The log messages the server sent to the client. */
  logs(): string[] {
    return this.messages
      .filter((message): message is NotificationMessage => isLog(message))
      .map((message) => (message.params as { message: string }).message);
  }
}

export function isResponse(message: Message): message is ResponseMessage {
  return Message.isResponse(message);
}

function isLog(message: Message): boolean {
  return Message.isNotification(message) && message.method === 'window/logMessage';
}

/** True while any process of the group led by `pid` lives (signal 0 only checks). */
export function groupIsAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True while the process itself lives. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
