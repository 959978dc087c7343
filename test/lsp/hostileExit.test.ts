import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { suite, test } from 'node:test';
import { fileUri } from './harness';
import { Exit, groupIsAlive, processIsAlive, RawClient } from './rawClient';

/** The server checks its parent every few seconds; this bound leaves room for two checks. */
const EXIT_LIMIT_MS = 10_000;

/** Runs a scenario on a fresh server and checks it left nothing behind, whatever happened. */
async function withServer(
  scenario: (client: RawClient) => Promise<Exit>,
  expected: Exit,
  parentPid: number = process.pid,
): Promise<void> {
  const client = RawClient.start();
  try {
    await client.initialize(parentPid);
    const exit = await scenario(client);

    assert.deepEqual(exit, expected);
    assert.equal(processIsAlive(client.pid), false, 'the server process is still there');
    assert.equal(groupIsAlive(client.pid), false, 'a process of its group is still there');
    assert.deepEqual(client.stderr, []);
  } finally {
    client.kill();
  }
}

const ABRUPT: Exit = { code: 1, signal: null };
const ORDERLY: Exit = { code: 0, signal: null };

suite('when the client goes away without saying so', () => {
  test('should exit once its input closes, without an exit notification', async () => {
    await withServer(async (client) => {
      client.closeInput();
      return client.exitWithin(EXIT_LIMIT_MS);
    }, ABRUPT);
  });

  test('should exit with success when its input closes after a shutdown', async () => {
    await withServer(async (client) => {
      await client.request('shutdown');
      client.closeInput();
      return client.exitWithin(EXIT_LIMIT_MS);
    }, ORDERLY);
  });

  test('should exit, without a crash, once the client stops reading', async () => {
    await withServer(async (client) => {
      client.closeOutput();
      client.send({
        method: 'textDocument/didOpen',
        params: {
          textDocument: {
            uri: fileUri('gone.json'),
            languageId: 'json',
            version: 1,
            text: '{"@odata.type": "#microsoft.graph.vppTokenActionResult", "actionState": "x"}',
          },
        },
      });
      return client.exitWithin(EXIT_LIMIT_MS);
    }, ABRUPT);
  });

  test('should exit once the process that started it is gone, its input still open', async () => {
    const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    const parentExit = once(parent, 'exit');
    try {
      await withServer(
        async (client) => {
          parent.kill('SIGKILL');
          await parentExit;
          return client.exitWithin(EXIT_LIMIT_MS);
        },
        ABRUPT,
        parent.pid,
      );
    } finally {
      parent.kill('SIGKILL');
    }
  });
});

suite('when the client ends the session out of order', () => {
  test('should exit with failure on an exit notification without a shutdown', async () => {
    await withServer(async (client) => {
      client.send({ method: 'exit' });
      return client.exitWithin(EXIT_LIMIT_MS);
    }, ABRUPT);
  });
});
