import assert from 'node:assert/strict';
import { after, before, suite, test } from 'node:test';
import { analyzeText } from '../../server/src/core/analyze';
import { SCAN_MIN_LENGTH } from '../../server/src/core/fastPath';
import { fileUri, ServerUnderTest } from '../lsp/harness';
import { bigDocument } from './fastpathCases';

let server: ServerUnderTest;
let settings: unknown = {};

before(async () => {
  server = await ServerUnderTest.start();
  server.settings = () => settings;
});

after(async () => {
  assert.equal(await server.stop(), 0);
  assert.deepEqual(server.stderr, []);
});

suite('when the server meets a document over the size limit', () => {
  const text = bigDocument(9, SCAN_MIN_LENGTH + 1000).text;

  test('should publish one information note instead of checking it', async () => {
    const uri = fileUri('fastpath-limit.json');
    settings = { maxDocumentSize: 1 };
    await server.settingsChanged();
    const long = `[${text.slice(1, -2)},${text.slice(1, -2)},${text.slice(1, -2)},`
      + `${text.slice(1, -2)}]`;

    await server.open(uri, long);
    const published = await server.diagnosticsFor(uri, (params) => params.version === 1);
    assert.deepEqual(published.diagnostics, [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 3,
      code: 'document-too-large',
      source: 'vpp-lint',
      message: `The document has ${long.length} characters, more than the limit of 1000000, so`
        + ' it is not checked. Raise the document size limit to check it.',
    }]);
  });

  test('should check the same document once the limit allows it, and then edits too', async () => {
    const uri = fileUri('fastpath-limit-raised.json');
    settings = { maxDocumentSize: 2, maxProblems: 100000 };
    await server.settingsChanged();

    await server.open(uri, text);
    const opened = await server.diagnosticsFor(uri, (params) => params.version === 1);
    assert.ok(opened.diagnostics.length > 10);
    assert.ok(opened.diagnostics.every((diagnostic) => diagnostic.code !== 'document-too-large'));

    const at = doneStateInPayload(text);
    const line = text.slice(0, at).split('\n').length - 1;
    const character = at - (text.lastIndexOf('\n', at) + 1) + '"actionState": "'.length;
    await server.change(uri, 2, [{
      range: { start: { line, character }, end: { line, character } },
      text: 'x',
    }]);
    const changed = await server.diagnosticsFor(uri, (params) => params.version === 2);
    const added = changed.diagnostics.filter((diagnostic) =>
      diagnostic.range.start.line === line && diagnostic.code === 'invalid-enum-value');
    assert.equal(added.length, 1);
    assert.equal(changed.diagnostics.length, opened.diagnostics.length + 1);
  });
});

/** The offset of a `"actionState": "done"` member of a derived-type payload, found by the core. */
function doneStateInPayload(text: string): number {
  const member = '"actionState": "done"';
  const payloads = analyzeText(text, { language: 'json' }).outline?.payloads ?? [];

  for (const span of payloads) {
    const at = text.indexOf(member, span.start);
    const nested = payloads.some((other) => other !== span && other.start > span.start
      && other.start < at);
    if (at > 0 && at < span.end && !nested && span.type.name.includes('Revoke')) {
      return at;
    }
  }
  throw new Error('The generated document has no payload with that member.');
}
