import assert from 'node:assert/strict';
import { after, before, suite, test } from 'node:test';
import {
  CodeAction,
  CodeActionRequest,
  Diagnostic,
  HoverRequest,
} from 'vscode-languageserver-protocol/node';
import { applyTextEdits, editsFor } from './edits';
import { fileUri, ServerUnderTest } from './harness';
import { DERIVED, NESTED_TOKENS, positionOf, rangeOf } from './fixtures';

let server: ServerUnderTest;
const uri = fileUri('lsp-actions.json');

before(async () => {
  server = await ServerUnderTest.start();
  await server.open(uri, NESTED_TOKENS);
  await server.diagnosticsFor(uri, (params) => params.version === 1);
});

after(async () => {
  assert.equal(await server.stop(), 0);
});

function hoverAt(text: string, marker: string, shift: number) {
  return server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri },
    position: positionOf(text, marker, shift),
  });
}

async function actionsFor(diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? {
    start: { line: 0, character: 0 },
    end: { line: 0, character: 0 },
  };
  const actions = await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  });
  return (actions ?? []) as CodeAction[];
}

async function publishedDiagnostics(version: number): Promise<Diagnostic[]> {
  return (await server.diagnosticsFor(uri, (params) => params.version === version)).diagnostics;
}

suite('when hovering over the protocol', () => {
  test('should describe a property key in Markdown with the token as range', async () => {
    const hover = await hoverAt(NESTED_TOKENS, '"failedLicensesCount"', 3);

    assert.deepEqual(hover, {
      contents: {
        kind: 'markdown',
        value:
          '**failedLicensesCount**: `Edm.Int32`, not nullable\n\n' +
          'Declared on `vppTokenRevokeLicensesActionResult`\\.\n\n' +
          'How many of those licenses it failed to revoke; never more than the total\\.',
      },
      range: rangeOf(NESTED_TOKENS, '"failedLicensesCount"'),
    });
  });

  test('should describe an enum member on its value, then its property', async () => {
    const hover = await hoverAt(NESTED_TOKENS, '"appleFailure"', 4);

    assert.deepEqual(hover?.contents, {
      kind: 'markdown',
      value:
        '**appleFailure** = 1, a member of `vppTokenActionFailureReason`\n\n' +
        "Apple's service reported an error\\.\n\n" +
        '**actionFailureReason**: `graph.vppTokenActionFailureReason`, not nullable\n\n' +
        'Declared on `vppTokenRevokeLicensesActionResult`\\.\n\n' +
        'Why the revocation failed, or none when it did not\\.',
    });
  });

  test('should answer null outside payloads', async () => {
    assert.equal(await hoverAt(NESTED_TOKENS, '"token-1"', 2), null);
  });
});

suite('when asking for code actions over the protocol', () => {
  test('should offer the preferred quick fix of a published diagnostic and apply it', async () => {
    const diagnostics = await publishedDiagnostics(1);
    const enumProblem = diagnostics.filter((d) => d.code === 'invalid-enum-value');
    const [action] = await actionsFor(enumProblem);

    assert.equal(action.title, 'Change to "done"');
    assert.equal(action.kind, 'quickfix');
    assert.equal(action.isPreferred, true);
    assert.deepEqual(action.diagnostics, enumProblem);
    assert.deepEqual(
      action.edit?.documentChanges?.[0] &&
        'textDocument' in action.edit.documentChanges[0] &&
        action.edit.documentChanges[0].textDocument,
      { uri, version: 1 },
    );
    assert.equal(
      applyTextEdits(NESTED_TOKENS, editsFor(action.edit, uri)),
      NESTED_TOKENS.replace('"Done"', '"done"'),
    );
  });

  test('should offer no fix for a count, which no fix can know', async () => {
    const diagnostics = await publishedDiagnostics(1);
    const counts = diagnostics.filter((d) => d.code === 'failed-exceeds-total');

    assert.deepEqual(await actionsFor(counts, ['quickfix']), []);
  });

  test('should fix all safe problems at once when asked for source.fixAll', async () => {
    const actions = await actionsFor([], ['source.fixAll']);

    assert.deepEqual(
      actions.map((action) => [action.title, action.kind]),
      [['Fix all safe vppTokenRevokeLicensesActionResult problems', 'source.fixAll.vpp-lint']],
    );
    assert.equal(
      applyTextEdits(NESTED_TOKENS, editsFor(actions[0].edit, uri)),
      NESTED_TOKENS.replace('"Done"', '"done"').replace(
        '"microsoft.graph.vppTokenActionResult"',
        '"#microsoft.graph.vppTokenActionResult"',
      ),
    );
  });

  test('should take the fix from the current analysis for data of an older version', async () => {
    const diagnostics = await publishedDiagnostics(1);
    const hash = diagnostics.filter((d) => d.code === 'odata-type-missing-hash');
    const edited = `${NESTED_TOKENS}\n`;
    await server.change(uri, 2, [{ text: edited }]);
    const [action] = await actionsFor(hash);

    assert.equal(action.title, 'Add the leading "#" to the type name');
    assert.equal(
      applyTextEdits(edited, editsFor(action.edit, uri)),
      edited.replace(
        '"microsoft.graph.vppTokenActionResult"',
        '"#microsoft.graph.vppTokenActionResult"',
      ),
    );
  });

  test('should ignore diagnostics from other sources and malformed data', async () => {
    const [diagnostic] = (await publishedDiagnostics(1)).filter(
      (d) => d.code === 'invalid-enum-value',
    );
    const foreign = { ...diagnostic, source: 'json' };
    const malformed = {
      ...diagnostic,
      range: rangeOf(NESTED_TOKENS, '"id"'),
      data: { version: 3, fix: 'x' },
    };

    assert.deepEqual(await actionsFor([foreign, malformed], ['quickfix']), []);
  });
});

suite('when a client sends a byte order mark in the text', () => {
  const bomUri = fileUri('lsp-actions-bom.json');
  const text = `\ufeff{"@odata.type": "${DERIVED}", "actionState": "Done"}`;

  test('should count it in ranges, so a fix applies to the text the client holds', async () => {
    await server.open(bomUri, text);
    const { diagnostics } = await server.diagnosticsFor(bomUri, (p) => p.version === 1);
    const enumProblem = diagnostics.filter((d) => d.code === 'invalid-enum-value');
    const actions = await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: bomUri },
      range: enumProblem[0].range,
      context: { diagnostics: enumProblem },
    });
    const fix = (actions ?? [])[0] as CodeAction;

    assert.deepEqual(enumProblem[0].range, {
      start: { line: 0, character: text.indexOf('"Done"') },
      end: { line: 0, character: text.indexOf('"Done"') + 6 },
    });
    assert.equal(
      applyTextEdits(text, editsFor(fix.edit, bomUri)),
      text.replace('"Done"', '"done"'),
    );
    await server.close(bomUri);
  });
});
