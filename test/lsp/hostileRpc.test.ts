import assert from 'node:assert/strict';
import { constants } from 'node:buffer';
import { after, before, suite, test } from 'node:test';
import { Message } from 'vscode-languageserver-protocol/node';
import { fileUri } from './harness';
import { frame, groupIsAlive, isResponse, RawClient } from './rawClient';

let client: RawClient;

before(async () => {
  client = RawClient.start();
  await client.initialize();
});

after(async () => {
  try {
    assert.deepEqual(await client.stop(), { code: 0, signal: null });
    assert.deepEqual(client.stderr, []);
    assert.equal(groupIsAlive(client.pid), false);
  } finally {
    client.kill();
  }
});

const NEVER_OPENED = {
  textDocument: { uri: fileUri('never-opened.json') },
  position: { line: 0, character: 0 },
};

/** The server still answers: a hover on a document it was never given is answered with null. */
async function assertAlive(): Promise<void> {
  const answer = await client.request('textDocument/hover', NEVER_OPENED);
  assert.deepEqual(answer, { jsonrpc: '2.0', id: answer.id, result: null });
}

function logged(text: string): Promise<Message> {
  return client.waitFor(
    (message) =>
      Message.isNotification(message) &&
      (message.params as { message?: unknown } | undefined)?.message === text,
    `the log "${text}"`,
  );
}

function errorAnswer(id: number | null, code: number, text: string) {
  return { jsonrpc: '2.0', id, error: { code, message: text } };
}

/** The error answers with the id, in the order they came. */
function errorsWithId(id: number | null): Message[] {
  return client.messages.filter((message) => isResponse(message) && message.id === id);
}

const SKIPPING = 'Skipping input that is not a message up to the next header: ';
const NOT_JSON = 'The message body is not JSON.';
const NOT_A_MESSAGE =
  'The message is neither a request, a notification nor a response: it lacks a "method" ' +
  '(with a string or number "id" for a request) or a "result" or "error".';

suite('when a frame header is malformed', () => {
  test('should skip a Content-Length that is not a number and answer what follows', async () => {
    client.write('Content-Length: abc\r\n\r\n{}');

    await assertAlive();
    await logged(`${SKIPPING}the Content-Length "abc" is not a whole number.`);
  });

  test('should skip a negative Content-Length', async () => {
    client.write('Content-Length: -5\r\n\r\n{}');

    await assertAlive();
    await logged(`${SKIPPING}the Content-Length "-5" is not a whole number.`);
  });

  test('should skip a Content-Length longer than any body could be', async () => {
    const length = constants.MAX_STRING_LENGTH + 1;
    client.write(`Content-Length: ${length}\r\n\r\n{}`);

    await assertAlive();
    await logged(`${SKIPPING}the Content-Length ${length} is larger than any body.`);
  });

  test('should skip a header without Content-Length, and a line that is no header', async () => {
    client.write('Content-Type: application/vscode-jsonrpc\r\n\r\n{}');
    await assertAlive();
    client.write('this is not a header\r\n\r\n');
    await assertAlive();

    await logged(`${SKIPPING}the header has no Content-Length.`);
    await logged(`${SKIPPING}the header line "this is not a header" is not "name: value".`);
  });

  test('should find the next message inside a body its Content-Length made too long', async () => {
    client.write('Content-Length: 5000\r\n\r\n{"jsonrpc": "2.0"}');

    await assertAlive();
    await logged(
      `${SKIPPING}a new header began inside the body, so its Content-Length was wrong.`,
    );
  });

  test('should answer a body cut short by its Content-Length as not JSON', async () => {
    const before = errorsWithId(null).length;
    client.write('Content-Length: 9\r\n\r\n{"jsonrpc": "2.0", "method": "vppLint/nothing"}');

    await assertAlive();
    assert.deepEqual(errorsWithId(null).slice(before), [errorAnswer(null, -32700, NOT_JSON)]);
  });

  test('should read a frame that arrives one byte at a time, in any header case', async () => {
    const hover = { jsonrpc: '2.0', id: 9001, method: 'textDocument/hover', params: NEVER_OPENED };
    const body = JSON.stringify(hover);
    const bytes = Buffer.from(
      `content-length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body}`,
    );
    for (const byte of bytes) {
      client.write(Buffer.from([byte]));
    }

    const answer = await client.waitFor(
      (message) => isResponse(message) && message.id === 9001,
      'the answer to the slow frame',
    );
    assert.deepEqual(answer, { jsonrpc: '2.0', id: 9001, result: null });
  });
});

suite('when a body is not one JSON-RPC message', () => {
  test('should answer a body that is not JSON with a parse error', async () => {
    const before = errorsWithId(null).length;
    client.write(frame('{"jsonrpc": "2.0", "id": 4, "method": '));

    await assertAlive();
    assert.deepEqual(errorsWithId(null).slice(before), [errorAnswer(null, -32700, NOT_JSON)]);
  });

  test('should refuse a batch as one invalid request, answering none of its members', async () => {
    const before = errorsWithId(null).length;
    client.write(frame(JSON.stringify([{ jsonrpc: '2.0', id: 7777, method: 'shutdown' }])));

    await assertAlive();
    const refusal =
      'The message is a batch, which the Language Server Protocol does not have; send one ' +
      'message per frame.';
    assert.deepEqual(errorsWithId(null).slice(before), [errorAnswer(null, -32600, refusal)]);
    assert.deepEqual(errorsWithId(7777), []);
  });

  test('should answer a request without a method as invalid, under its id', async () => {
    client.send({ id: 8888, params: {} });

    await assertAlive();
    assert.deepEqual(errorsWithId(8888), [errorAnswer(8888, -32600, NOT_A_MESSAGE)]);
  });

  test('should answer JSON that is no object, such as null, as invalid', async () => {
    const before = errorsWithId(null).length;
    client.write(frame('null'));

    await assertAlive();
    assert.deepEqual(errorsWithId(null).slice(before), [errorAnswer(null, -32600, NOT_A_MESSAGE)]);
  });
});

suite('when the connection cannot take a message', () => {
  test('should drop it alone, reading on in the same chunk', async () => {
    const cancelNull = { jsonrpc: '2.0', method: '$/cancelRequest', params: { id: null } };
    const cancelNothing = { jsonrpc: '2.0', method: '$/cancelRequest', params: {} };
    const hover = { jsonrpc: '2.0', id: 9002, method: 'textDocument/hover', params: NEVER_OPENED };
    const before = droppedCount();
    client.write([cancelNull, cancelNothing, hover].map((m) => frame(JSON.stringify(m))).join(''));

    const answer = await client.waitFor(
      (message) => isResponse(message) && message.id === 9002,
      'the answer after the dropped messages',
    );
    assert.deepEqual(answer, { jsonrpc: '2.0', id: 9002, result: null });
    assert.equal(droppedCount() - before, 2);
  });
});

function droppedCount(): number {
  const dropped = 'Dropped a message the connection could not take: ';
  return client.logs().filter((log) => log.startsWith(dropped)).length;
}

suite('when a client asks for what the server does not have', () => {
  test('should answer an unknown request with MethodNotFound and keep serving', async () => {
    const answer = await client.request('vppLint/doesNotExist', {});

    assert.deepEqual(answer.error?.code, -32601);
    await assertAlive();
  });

  test('should ignore an unknown notification, and a $/ request it does not know', async () => {
    client.send({ method: 'vppLint/noSuchNotification', params: { anything: true } });
    const answer = await client.request('$/noSuchRequest');

    assert.deepEqual(answer.error?.code, -32601);
    await assertAlive();
  });

  test('should answer parameters of the wrong shape with an empty result', async () => {
    const answer = await client.request('textDocument/hover', 42);

    assert.deepEqual(answer, { jsonrpc: '2.0', id: answer.id, result: null });
    await assertAlive();
  });
});
