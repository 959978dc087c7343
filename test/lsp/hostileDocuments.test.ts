import assert from 'node:assert/strict';
import { after, before, suite, test } from 'node:test';
import {
  CodeAction,
  CodeActionRequest,
  CompletionList,
  CompletionRequest,
  Diagnostic,
  HoverRequest,
  Position,
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

const TEXT = `{\n  "@odata.type": "${DERIVED}",\n  "actionState": "Done"\n}`;
const ORIGIN = { line: 0, character: 0 };

function hover(uri: string, position: Position) {
  return server.connection.sendRequest(HoverRequest.method, { textDocument: { uri }, position });
}

function complete(uri: string, position: Position) {
  return server.connection.sendRequest(CompletionRequest.method, {
    textDocument: { uri },
    position,
  }) as Promise<CompletionList | null>;
}

function actions(uri: string, diagnostics: unknown[]): Promise<CodeAction[]> {
  return server.connection.sendRequest(CodeActionRequest.method, {
    textDocument: { uri },
    range: { start: ORIGIN, end: ORIGIN },
    context: { diagnostics },
  }) as Promise<CodeAction[]>;
}

async function openAndWait(uri: string, text: string): Promise<Diagnostic[]> {
  await server.open(uri, text);
  return (await server.diagnosticsFor(uri, (params) => params.version === 1)).diagnostics;
}

suite('when asked about documents it was never given', () => {
  const uri = fileUri('hostile-never-opened.json');

  test('should answer every request with an empty result', async () => {
    assert.equal(await hover(uri, ORIGIN), null);
    assert.equal(await complete(uri, ORIGIN), null);
    assert.deepEqual(await actions(uri, []), []);
  });

  test('should forget a closed document and clear its diagnostics', async () => {
    const closed = fileUri('hostile-closed.json');
    await openAndWait(closed, TEXT);
    await server.close(closed);

    const cleared = await server.diagnosticsFor(closed, (params) => params.version === undefined);
    assert.deepEqual(cleared.diagnostics, []);
    assert.equal(await hover(closed, { line: 2, character: 20 }), null);
  });
});

suite('when a position lies outside the document', () => {
  const uri = fileUri('hostile-positions.json');
  before(() => openAndWait(uri, TEXT));

  test('should answer a character past the line end as at the line end', async () => {
    const atEnd = await complete(uri, { line: 0, character: 1 });

    assert.ok((atEnd?.items.length ?? 0) > 0);
    assert.deepEqual(await complete(uri, { line: 0, character: 9999 }), atEnd);
  });

  test('should answer a negative character as at the line start', async () => {
    assert.deepEqual(
      await complete(uri, { line: 1, character: -5 }),
      await complete(uri, { line: 1, character: 0 }),
    );
  });

  test('should answer a line past the end as at the end, one before as at the start', async () => {
    const nothing = { isIncomplete: false, items: [] };

    assert.deepEqual(await complete(uri, { line: 99, character: 0 }), nothing);
    assert.equal(await hover(uri, { line: 99, character: 99 }), null);
    assert.deepEqual(await complete(uri, { line: -1, character: -1 }), nothing);
  });

  test('should refuse positions that are no whole numbers, and keep serving', async () => {
    assert.equal(await hover(uri, { line: 1.5, character: 0 }), null);
    assert.equal(await complete(uri, { line: 2 ** 53, character: 0 }), null);
    assert.equal(await hover(uri, { line: 0, character: Number.NaN }), null);

    const member = await hover(uri, { line: 2, character: 20 });
    assert.ok(member !== null);
  });
});

suite('when changes do not fit the document', () => {
  test('should ignore a change to a document that is not open', async () => {
    const stranger = fileUri('hostile-stranger.json');
    await server.change(stranger, 2, [{ text: TEXT }]);

    assert.equal(await hover(stranger, { line: 2, character: 20 }), null);
  });

  test('should clamp a change whose range lies past the end', async () => {
    const uri = fileUri('hostile-range.json');
    const opened = await openAndWait(uri, TEXT);
    await server.change(uri, 2, [
      { range: { start: { line: 50, character: 0 }, end: { line: 60, character: 9 } }, text: ' ' },
    ]);

    const changed = await server.diagnosticsFor(uri, (params) => params.version === 2);
    assert.deepEqual(changed.diagnostics.map((d) => d.range), opened.map((d) => d.range));
  });

  test('should analyse the new text when a version number comes again', async () => {
    const uri = fileUri('hostile-versions.json');
    await openAndWait(uri, TEXT);
    await server.change(uri, 2, [{ text: TEXT.replace('"Done"', '"done"') }]);
    await server.change(uri, 1, [{ text: TEXT.replace('"Done"', '"pendng"') }]);

    const mentionsNewValue = (diagnostic: Diagnostic) =>
      JSON.stringify(diagnostic.message).includes('pendng');
    const republished = await server.diagnosticsFor(
      uri,
      (params) => params.version === 1 && params.diagnostics.some(mentionsNewValue),
    );
    assert.deepEqual(republished.diagnostics.map((d) => d.code), ['invalid-enum-value']);
  });
});

/** Fix data for the current version that would replace the whole document. */
const FORGED = {
  version: 1,
  fix: { range: { start: 0, end: 9999 }, replacement: 'x', label: 'y', safe: true },
};

suite('when a diagnostic sent back carries data the server did not give', () => {
  const uri = fileUri('hostile-actions.json');
  let real: Diagnostic;
  before(async () => {
    [real] = await openAndWait(uri, TEXT);
  });

  test('should take the fix from its own analysis, never from the data', async () => {
    const forged = { ...real, data: FORGED };
    const [fromForged] = await actions(uri, [forged]);
    const [fromReal] = await actions(uri, [real]);

    assert.equal(fromForged.title, 'Change to "done"');
    assert.deepEqual(fromForged.edit, fromReal.edit);
  });

  test('should offer no quick fix for a diagnostic matching no problem of its own', async () => {
    const elsewhere = { ...real, range: { start: ORIGIN, end: ORIGIN }, data: FORGED };
    const malformed = { ...real, range: null, data: null };
    const offered = await actions(uri, [elsewhere, malformed]);

    assert.deepEqual(offered.map((action) => action.kind), ['source.fixAll.vpp-lint']);
  });
});
