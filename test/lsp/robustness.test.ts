import assert from 'node:assert/strict';
import { after, before, suite, test } from 'node:test';
import {
  CompletionRequest,
  HoverRequest,
  MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { fileUri, ServerUnderTest } from './harness';
import { DERIVED, positionOf } from './fixtures';

let server: ServerUnderTest;
const uri = fileUri('lsp-robust.json');
const text = `{"@odata.type": "${DERIVED}", "actionState": "done"}`;

before(async () => {
  server = await ServerUnderTest.start();
  await server.open(uri, text);
  await server.diagnosticsFor(uri, (params) => params.version === 1);
});

after(async () => {
  assert.equal(await server.stop(), 0);
  assert.deepEqual(server.stderr, []);
});

/** A hover request whose position is not a position: the handler fails inside. */
function malformedHover() {
  return server.connection.sendRequest(HoverRequest.method, {
    textDocument: { uri },
    position: null,
  });
}

suite('when a handler fails internally', () => {
  test('should answer with an empty result, log once, and keep serving', async () => {
    assert.equal(await malformedHover(), null);
    assert.equal(await malformedHover(), null);
    const logged = await server.logged((log) => log.message.startsWith('Internal error in hover'));

    assert.equal(logged.type, 1);
    assert.equal(server.logs.filter((log) => log.message.startsWith('Internal error')).length, 1);
    const hover = await server.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: positionOf(text, '"done"', 1),
    });
    assert.ok(MarkupContent.is(hover?.contents));
    assert.equal(hover.contents.kind, 'markdown');
  });

  test('should refuse a position that is not one, rather than guess', async () => {
    const answer = await server.connection.sendRequest(CompletionRequest.method, {
      textDocument: { uri },
      position: { line: 'first', character: 0 },
    });
    const logged = await server.logged((log) =>
      log.message.startsWith('Internal error in completion'),
    );

    assert.equal(answer, null);
    assert.match(logged.message, /position \{"line":"first","character":0\} is not a position/);
  });

  test('should answer null for a document it was never given', async () => {
    const answer = await server.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: fileUri('never-opened.json') },
      position: { line: 0, character: 0 },
    });

    assert.equal(answer, null);
  });
});
