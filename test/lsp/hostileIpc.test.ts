import assert from 'node:assert/strict';
import { ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { suite, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { Message } from 'vscode-languageserver-protocol/node';
import { fileUri, SERVER_BUNDLE } from './harness';
import { groupIsAlive, isResponse, processIsAlive, WAIT_LIMIT_MS } from './rawClient';

/** The promise's value, or a rejection once `limitMs` passed. */
async function within<T>(promise: Promise<T>, limitMs: number, what: string): Promise<T> {
  const abort = new AbortController();
  const late = delay(Math.max(0, limitMs), undefined, { signal: abort.signal }).then(() => {
    throw new Error(`Timed out waiting for ${what}.`);
  });
  late.catch(() => undefined);

  try {
    return await Promise.race([promise, late]);
  } finally {
    abort.abort();
  }
}

/** The server as VS Code starts it: forked, speaking over the Node IPC channel. */
class IpcClient {
  readonly messages: Message[] = [];
  readonly exited: Promise<unknown[]>;
  private readonly child: ChildProcess;
  private nextId = 1;

  constructor() {
    this.child = fork(SERVER_BUNDLE, ['--node-ipc'], {
      stdio: ['pipe', 'pipe', 'pipe', 'ipc'],
      detached: true,
    });
    this.exited = once(this.child, 'exit');
    this.child.on('message', (message: Message) => this.messages.push(message));
  }

  get pid(): number {
    return this.child.pid as number;
  }

  send(value: unknown): void {
    this.child.send(value as object);
  }

  async request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return this.answerTo(id);
  }

  /** The answer with the id, waited for within the bound. */
  async answerTo(id: number | null): Promise<Message> {
    const deadline = Date.now() + WAIT_LIMIT_MS;
    for (;;) {
      const found = this.messages.find((message) => isResponse(message) && message.id === id);
      if (found) {
        return found;
      }
      await within(once(this.child, 'message'), deadline - Date.now(), `the answer to ${id}`);
    }
  }

  exitWithin(limitMs: number): Promise<unknown[]> {
    return within(this.exited, limitMs, 'the exit');
  }

  disconnect(): void {
    this.child.disconnect();
  }

  kill(): void {
    if (groupIsAlive(this.pid)) {
      process.kill(-this.pid, 'SIGKILL');
    }
  }
}

const NEVER_OPENED = {
  textDocument: { uri: fileUri('never-opened.json') },
  position: { line: 0, character: 0 },
};

function codeOf(answer: Message): number | undefined {
  return (answer as { error?: { code: number } }).error?.code;
}

async function started(): Promise<IpcClient> {
  const client = new IpcClient();
  await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  client.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  return client;
}

suite('when VS Code\'s IPC channel carries what is not a message', () => {
  test('should answer it with an error, drop what it cannot take, and serve on', async () => {
    const client = await started();
    try {
      client.send({ jsonrpc: '2.0', id: 55, params: {} });
      assert.equal(codeOf(await client.answerTo(55)), -32600);
      client.send([{ jsonrpc: '2.0', id: 56, method: 'shutdown' }]);
      client.send({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: null } });

      const hover = await client.request('textDocument/hover', NEVER_OPENED);
      assert.deepEqual(hover, { jsonrpc: '2.0', id: 2, result: null });
      assert.equal(codeOf(await client.answerTo(null)), -32600);
    } finally {
      client.kill();
    }
  });
});

suite('when VS Code goes away', () => {
  test('should exit once the IPC channel closes, leaving nothing behind', async () => {
    const client = await started();
    try {
      client.disconnect();
      const [code] = await client.exitWithin(WAIT_LIMIT_MS);

      assert.equal(code, 1);
      assert.equal(processIsAlive(client.pid), false);
      assert.equal(groupIsAlive(client.pid), false);
    } finally {
      client.kill();
    }
  });

  test('should exit with success when the channel closes after a shutdown', async () => {
    const client = await started();
    try {
      await client.request('shutdown', undefined);
      client.disconnect();

      assert.deepEqual(await client.exitWithin(WAIT_LIMIT_MS), [0, null]);
    } finally {
      client.kill();
    }
  });
});
