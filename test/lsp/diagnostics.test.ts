import assert from 'node:assert/strict';
import { after, before, suite, test } from 'node:test';
import { MESSAGES } from '../../server/src/core/messages';
import { ACTION_STATE } from '../../server/src/core';
import { fileUri, ServerUnderTest } from './harness';
import { NESTED_TOKENS, positionOf, rangeOf, valueRange } from './fixtures';

let server: ServerUnderTest;
const settings = new Map<string, unknown>();

before(async () => {
  server = await ServerUnderTest.start();
  server.settings = (scopeUri) => settings.get(scopeUri ?? '') ?? {};
});

after(async () => {
  assert.equal(await server.stop(), 0);
  assert.deepEqual(server.stderr, []);
});

suite('when the server is initialized', () => {
  test('should offer incremental sync, completion triggers, hover and both action kinds', () => {
    assert.deepEqual(server.initializeResult?.capabilities, {
      textDocumentSync: { openClose: true, change: 2 },
      completionProvider: { triggerCharacters: ['"', ':'], resolveProvider: false },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.vpp-lint'] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    });
  });
});

suite('when a fixture with nested payloads is opened, changed and closed', () => {
  const uri = fileUri('lsp-nested.json');

  test('should publish exactly the problems of both nested payloads', async () => {
    await server.open(uri, NESTED_TOKENS);
    const published = await server.diagnosticsFor(uri, (params) => params.version === 1);

    assert.deepEqual(published.diagnostics, [
      {
        range: rangeOf(NESTED_TOKENS, '"Done"'),
        severity: 1,
        code: 'invalid-enum-value',
        source: 'vpp-lint',
        message: MESSAGES.invalidEnum('actionState', '"Done"', ACTION_STATE, 'done'),
        data: {
          version: 1,
          fix: { range: offsetRange('"Done"', 1, 1), replacement: 'd', label: 'done', safe: true },
        },
      },
      {
        range: valueRange(NESTED_TOKENS, 'failedLicensesCount', '3'),
        severity: 1,
        code: 'failed-exceeds-total',
        source: 'vpp-lint',
        message: MESSAGES.failedExceedsTotal('3', '2'),
        relatedInformation: [
          {
            location: { uri, range: valueRange(NESTED_TOKENS, 'totalLicensesCount', '2') },
            message: MESSAGES.totalIsHere('2'),
          },
        ],
      },
      {
        range: rangeOf(NESTED_TOKENS, '"microsoft.graph.vppTokenActionResult"'),
        severity: 3,
        code: 'odata-type-missing-hash',
        source: 'vpp-lint',
        message: MESSAGES.missingHash('"microsoft.graph.vppTokenActionResult"'),
        data: {
          version: 1,
          fix: {
            range: offsetRange('"microsoft.graph.vppTokenActionResult"', 1, 0),
            replacement: '#',
            label: '#',
            safe: true,
          },
        },
      },
      {
        range: rangeOf(NESTED_TOKENS, '"totalLicensesCount"', 1),
        severity: 2,
        code: 'unknown-property',
        source: 'vpp-lint',
        message: MESSAGES.declaredOnDerived(
          'totalLicensesCount',
          'vppTokenActionResult',
          'vppTokenRevokeLicensesActionResult',
        ),
      },
    ]);
  });

  test('should publish what remains after an incremental edit fixes a value', async () => {
    await server.change(uri, 2, [{ range: rangeOf(NESTED_TOKENS, '"Done"'), text: '"done"' }]);
    const published = await server.diagnosticsFor(uri, (params) => params.version === 2);

    assert.deepEqual(
      published.diagnostics.map((diagnostic) => diagnostic.code),
      ['failed-exceeds-total', 'odata-type-missing-hash', 'unknown-property'],
    );
  });

  test('should clear the diagnostics when the document closes', async () => {
    const count = server.published.length;
    await server.close(uri);
    const published = await server.diagnosticsFor(
      uri,
      (params) => server.published.indexOf(params) >= count,
    );

    assert.deepEqual(published, { uri, diagnostics: [] });
  });
});

suite('when edits come faster than validation', () => {
  test('should validate only the newest version', async () => {
    const uri = fileUri('lsp-burst.json');
    const text = `{"@odata.type": "#microsoft.graph.vppTokenActionResult", "actionState": "x"}`;
    const at = rangeOf(text, '"x"');

    await server.open(uri, text);
    for (let version = 2; version <= 6; version++) {
      await server.change(uri, version, [{ range: at, text: `"${version}"` }]);
      at.end = { line: at.end.line, character: at.start.character + 3 };
    }
    const published = await server.diagnosticsFor(uri, (params) => params.version === 6);

    assert.deepEqual(
      server.published.filter((params) => params.uri === uri).map((p) => p.version),
      [6],
    );
    assert.deepEqual(
      published.diagnostics.map((diagnostic) => diagnostic.code),
      ['enum-numeric-string'],
    );
    await server.close(uri);
  });
});

suite('when documents are JSONC or untitled', () => {
  test('should accept comments in JSONC and report the payload problems', async () => {
    const uri = fileUri('lsp-capture.jsonc');
    const text = '// captured\n{"@odata.type": "#graph.vppTokenActionResult", "actionState": 4}';

    await server.open(uri, text, 'jsonc');
    const published = await server.diagnosticsFor(uri, (params) => params.version === 1);

    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.range]),
      [['wrong-type', rangeOf(text, '4')]],
    );
    await server.close(uri);
  });

  test('should check an untitled document and leave syntax errors to the editor', async () => {
    const uri = 'untitled:Untitled-1';
    const text = `{"@odata.type": "#microsoft.graph.vppTokenActionResult", "actionState": "x",}`;

    await server.open(uri, text);
    const published = await server.diagnosticsFor(uri, (params) => params.version === 1);

    assert.deepEqual(
      published.diagnostics.map((d) => d.code),
      ['invalid-enum-value'],
    );
    await server.close(uri);
  });
});

suite('when settings change', () => {
  const uri = fileUri('lsp-settings.json');
  const text =
    `{"@odata.type": "microsoft.graph.vppTokenActionResult", "actionState": "done",\n` +
    ` "actionState": "done"}`;

  test('should turn a code off and raise another', async () => {
    await server.open(uri, text);
    const before = await server.diagnosticsFor(uri, (params) => params.version === 1);
    assert.deepEqual(
      before.diagnostics.map((d) => d.code),
      ['odata-type-missing-hash'],
    );

    settings.set(uri, {
      severity: { 'odata-type-missing-hash': 'off', 'duplicate-key': 'error' },
    });
    await server.settingsChanged();
    const changed = await server.diagnosticsFor(uri, (params) =>
      params.diagnostics.some((d) => d.code === 'duplicate-key'),
    );

    assert.deepEqual(
      changed.diagnostics.map((d) => [d.code, d.severity, d.range]),
      [['duplicate-key', 1, rangeOf(text, '"actionState"', 1)]],
    );
  });

  test('should publish syntax errors only when asked to', async () => {
    const broken = fileUri('lsp-broken.json');
    const brokenText = '{"@odata.type": "#graph.vppTokenActionResult", "actionState": "done",}';
    await server.open(broken, brokenText);
    const quiet = await server.diagnosticsFor(broken, (params) => params.version === 1);
    assert.deepEqual(quiet.diagnostics, []);

    settings.set(broken, { reportSyntaxErrors: true });
    await server.settingsChanged();
    const loud = await server.diagnosticsFor(broken, (params) => params.diagnostics.length > 0);

    assert.deepEqual(
      loud.diagnostics.map((d) => [d.code, d.severity, d.range]),
      [
        [
          'syntax-error',
          1,
          { start: positionOf(brokenText, ',}'), end: positionOf(brokenText, ',}', 1) },
        ],
      ],
    );
    await server.close(broken);
  });

  test('should clear everything when the document is disabled', async () => {
    settings.set(uri, { enable: false });
    await server.settingsChanged();
    const published = await server.diagnosticsFor(uri, (params) => params.diagnostics.length === 0);

    assert.equal(published.version, 1);
    await server.close(uri);
  });

  test('should treat files matched by an association glob as payloads', async () => {
    const associated = fileUri('associated/lsp-results.json');
    const other = fileUri('lsp-other.json');
    const untyped = '[{"actionState": "finished"}]';
    settings.set(associated, { associations: ['associated/*.json'] });
    settings.set(other, { associations: ['associated/*.json'] });

    await server.open(associated, untyped);
    await server.open(other, untyped);
    const matched = await server.diagnosticsFor(associated, (params) => params.version === 1);
    const unmatched = await server.diagnosticsFor(other, (params) => params.version === 1);

    assert.deepEqual(
      matched.diagnostics.map((d) => [d.code, d.range]),
      [['invalid-enum-value', rangeOf(untyped, '"finished"')]],
    );
    assert.deepEqual(unmatched.diagnostics, []);
    await server.close(associated);
    await server.close(other);
  });

  test('should log a bad setting once and keep the defaults', async () => {
    const first = fileUri('lsp-bad-1.json');
    const second = fileUri('lsp-bad-2.json');
    const bad = {
      severity: { 'actionState-typo': 'off', 'invalid-enum-value': 'fatal' },
      maxProblems: -1,
    };
    settings.set(first, bad);
    settings.set(second, bad);

    await server.open(first, '{"@odata.type": "#graph.vppTokenActionResult", "actionState": "x"}');
    await server.open(second, '{}');
    const published = await server.diagnosticsFor(first, (params) => params.version === 1);
    await server.diagnosticsFor(second, (params) => params.version === 1);

    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.severity]),
      [['invalid-enum-value', 1]],
    );
    assert.deepEqual(
      server.logs.filter((log) => log.message.startsWith('Setting')).map((log) => log.message),
      [
        'Setting "vppLint.severity" names "actionState-typo", which is not a problem code; ' +
          'it is ignored.',
        'Setting "vppLint.severity" gives "invalid-enum-value" the level "fatal"; ' +
          'allowed: error, warning, information, hint, off. The default applies.',
        'Setting "vppLint.maxProblems" must be a whole number from 1 to 100000, not -1; ' +
          'using 1000.',
      ],
    );
    await server.close(first);
    await server.close(second);
  });
});

/** The fix range of the core's data: offsets into the fixture, narrowed inside the token. */
function offsetRange(token: string, fromStart: number, length: number) {
  const start = NESTED_TOKENS.indexOf(token) + fromStart;
  return { start, end: start + length };
}
