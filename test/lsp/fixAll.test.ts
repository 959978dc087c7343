import assert from 'node:assert/strict';
import { after, before, suite, test } from 'node:test';
import { CodeAction, CodeActionRequest } from 'vscode-languageserver-protocol/node';
import { applyTextEdits, editsFor } from './edits';
import { DERIVED } from './fixtures';
import { fileUri, ServerUnderTest } from './harness';

const TYPED = `"@odata.type":"${DERIVED}"`;

/** Five payloads, each with one safe fix: more problems than the two the editor shows. */
const FIVE_CASED = `[${Array(5).fill(`{${TYPED},"actionState":"Done"}`).join(',')}]`;

let server: ServerUnderTest;

before(async () => {
  server = await ServerUnderTest.start();
  server.settings = () => ({ maxProblems: 2 });
});

after(async () => {
  assert.equal(await server.stop(), 0);
});

async function fixAllOf(uri: string): Promise<CodeAction[]> {
  const actions = await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  });
  return (actions ?? []) as CodeAction[];
}

suite('when more problems exist than the editor shows', () => {
  test('should fix every safe problem of the document, not only the published ones', async () => {
    const uri = fileUri('lsp-fix-all-capped.json');
    await server.open(uri, FIVE_CASED);
    const published = await server.diagnosticsFor(uri, (params) => params.version === 1);
    const actions = await fixAllOf(uri);

    assert.deepEqual(
      published.diagnostics.map((diagnostic) => diagnostic.code),
      ['invalid-enum-value', 'invalid-enum-value', 'too-many-problems'],
    );
    assert.equal(actions.length, 1);
    assert.equal(
      applyTextEdits(FIVE_CASED, editsFor(actions[0].edit, uri)),
      FIVE_CASED.replaceAll('"Done"', '"done"'),
    );
  });

  test('should fix the new version after an edit, not the one analysed before', async () => {
    const uri = fileUri('lsp-fix-all-edited.json');
    const edited = FIVE_CASED.replace('"Done"', '"DONE"').replace('[', '[{"actionState":1},');
    await server.open(uri, FIVE_CASED);
    await fixAllOf(uri);
    await server.change(uri, 2, [{ text: edited }]);
    const actions = await fixAllOf(uri);

    assert.equal(
      applyTextEdits(edited, editsFor(actions[0].edit, uri)),
      `[{"actionState":1},${FIVE_CASED.replaceAll('"Done"', '"done"').slice(1)}`,
    );
  });
});
