import assert from 'node:assert/strict';
import { after, before, suite, test } from 'node:test';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CompletionRequest,
  HoverRequest,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import { fileUri, ServerUnderTest } from './harness';
import { DERIVED } from './fixtures';

let server: ServerUnderTest;

before(async () => {
  server = await ServerUnderTest.start();
});

after(async () => {
  assert.equal(await server.stop(), 0);
  assert.deepEqual(server.stderr, []);
});

const DOCUMENTS = 20;
const REQUEST_CANCELLED = -32800;
const text = `{"@odata.type": "${DERIVED}", "actionState": "Done"}`;
const onDone = { line: 0, character: text.indexOf('Done') };

/** Every request the server answers about a document, each with a token of its own. */
function requestsFor(uri: string) {
  const textDocument = { uri };
  const range = { start: { line: 0, character: 0 }, end: onDone };
  const context = { diagnostics: [] };
  return [
    { method: HoverRequest.method, params: { textDocument, position: onDone } },
    { method: CompletionRequest.method, params: { textDocument, position: onDone } },
    { method: CodeActionRequest.method, params: { textDocument, range, context } },
  ];
}

/** What became of a request: answered, or cancelled with the protocol's code. */
async function outcomeOf(answer: Promise<unknown>): Promise<'answered' | 'cancelled'> {
  try {
    await answer;
    return 'answered';
  } catch (error) {
    assert.ok(error instanceof ResponseError, `not a protocol error: ${String(error)}`);
    assert.equal(error.code, REQUEST_CANCELLED, error.message);
    return 'cancelled';
  }
}

suite('when every request is cancelled', () => {
  test('should answer each one or report it cancelled, and keep serving', async () => {
    const outcomes: Promise<'answered' | 'cancelled'>[] = [];

    for (let index = 0; index < DOCUMENTS; index++) {
      const uri = fileUri(`hostile-cancel-${index}.json`);
      await server.open(uri, text);

      for (const [order, { method, params }] of requestsFor(uri).entries()) {
        const source = new CancellationTokenSource();
        outcomes.push(outcomeOf(server.connection.sendRequest(method, params, source.token)));
        if (order % 2 === 0) {
          source.cancel();
        } else {
          setImmediate(() => source.cancel());
        }
      }
    }

    assert.equal((await Promise.all(outcomes)).length, DOCUMENTS * 3);
    const hover = await server.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: fileUri('hostile-cancel-0.json') },
      position: onDone,
    });
    assert.ok(hover !== null, 'the server stopped answering after the cancellations');
  });

  test('should ignore cancellations of requests it never had, or of no request', async () => {
    await server.connection.sendNotification('$/cancelRequest', { id: 987654 });
    await server.connection.sendNotification('$/cancelRequest', { id: null });
    await server.connection.sendNotification('$/cancelRequest', {});

    const uri = fileUri(`hostile-cancel-${DOCUMENTS - 1}.json`);
    await server.diagnosticsFor(uri, (params) => params.version === 1);
    const dropped = await server.logged((log) => log.message.startsWith('Dropped a message'));
    assert.equal(dropped.type, 2);
    assert.deepEqual(server.logs.filter((log) => log.type === 1), []);
  });
});
