import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, suite, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { runCli, workspace } from './run';

const TYPE = '#microsoft.graph.vppTokenRevokeLicensesActionResult';
const NESTED = `{
  "vppToken": {
    "tokenActionResults": [
      {
        "@odata.type": "${TYPE}",
        "totalLicensesCount": 2,
        "failedLicensesCount": 3
      }
    ]
  }
}
`;
const VALID = `{"@odata.type": "${TYPE}", "actionState": "done"}\n`;
const WARNING_ONLY = `{"@odata.type": "${TYPE}", "failedLicensesCount": -1}\n`;

const files = workspace({
  'nested.json': NESTED,
  'valid.json': VALID,
  'warning.json': WARNING_ONLY,
  'capture.jsonc': `// a comment\n{"@odata.type": "${TYPE}", "actionState": "Done",}\n`,
  'untyped/results.json': '[{"actionState": "nope"}]\n',
  'node_modules/dependency.json': '{"@odata.type": "x", bad',
  'binary.json': Buffer.from([0x7b, 0x00, 0x01, 0x7d]),
  'bom.json': `\ufeff{"@odata.type": "${TYPE}", "actionState": "Done"}`,
});
after(files.dispose);

suite('when vpp-lint reports as text', () => {
  test('should print path:line:column: severity message [code] with related places', () => {
    const run = runCli(['nested.json'], files.folder);

    assert.equal(run.status, 1);
    assert.equal(run.stdout, 'nested.json:7:32: error "failedLicensesCount" (3) is greater than'
      + ' "totalLicensesCount" (2); no more licenses can fail than the action tried to revoke.'
      + ' [failed-exceeds-total]\n'
      + '    at nested.json:6:31: "totalLicensesCount" is 2 here.\n'
      + '1 error, 0 warnings, 0 information, 0 hints in 1 file.\n');
  });

  test('should exit 0 on a valid file', () => {
    const run = runCli(['valid.json'], files.folder);

    assert.equal(run.status, 0);
    assert.equal(run.stdout, '0 errors, 0 warnings, 0 information, 0 hints in 1 file.\n');
  });

  test('should read .jsonc files as JSONC: comments fine, a trailing comma a warning', () => {
    const run = runCli(['capture.jsonc'], files.folder);

    assert.equal(run.status, 1);
    assert.deepEqual(run.stdout.split('\n').map((line) => line.replace(/ ".*\[/, ' … [')), [
      'capture.jsonc:2:87: error … [invalid-enum-value]',
      'capture.jsonc:2:93: warning Trailing comma; strict JSON readers reject it. [syntax-error]',
      '1 error, 1 warning, 0 information, 0 hints in 1 file.',
      '',
    ]);
  });

  test('should not count a byte order mark in columns', () => {
    const run = runCli(['bom.json'], files.folder);

    assert.match(run.stdout, /^bom\.json:1:87: error "actionState" value "Done"/);
  });
});

suite('when vpp-lint reports as JSON', () => {
  test('should give 0-based ranges, the code, severity and related information', () => {
    const run = runCli(['--format', 'json', 'nested.json'], files.folder);
    const report = JSON.parse(run.stdout);

    assert.equal(run.status, 1);
    assert.deepEqual(report, {
      version: 1,
      files: [{
        path: 'nested.json',
        diagnostics: [{
          code: 'failed-exceeds-total',
          source: 'vpp-lint',
          severity: 'error',
          message: '"failedLicensesCount" (3) is greater than "totalLicensesCount" (2); no more'
            + ' licenses can fail than the action tried to revoke.',
          range: { start: { line: 6, character: 31 }, end: { line: 6, character: 32 } },
          relatedInformation: [{
            path: 'nested.json',
            range: { start: { line: 5, character: 30 }, end: { line: 5, character: 31 } },
            message: '"totalLicensesCount" is 2 here.',
          }],
        }],
      }],
      summary: { files: 1, errors: 1, warnings: 0, information: 0, hints: 0, unreadable: 0 },
    });
  });
});

suite('when vpp-lint reports as SARIF', () => {
  test('should give SARIF 2.1.0 results with 1-based regions and rule metadata', () => {
    const run = runCli(['--format=sarif', 'nested.json'], files.folder);
    const sarif = JSON.parse(run.stdout);
    const [result] = sarif.runs[0].results;

    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].tool.driver.name, 'vpp-lint');
    assert.equal(sarif.runs[0].tool.driver.rules[result.ruleIndex].id, 'failed-exceeds-total');
    assert.deepEqual({ ruleId: result.ruleId, level: result.level,
      location: result.locations[0].physicalLocation }, {
      ruleId: 'failed-exceeds-total',
      level: 'error',
      location: {
        artifactLocation: { uri: 'nested.json' },
        region: { startLine: 7, startColumn: 32, endLine: 7, endColumn: 33 },
      },
    });
    assert.deepEqual(result.relatedLocations[0].physicalLocation.region,
      { startLine: 6, startColumn: 31, endLine: 6, endColumn: 32 });
  });

  test('should percent-encode # and ? in every artifact URI, so none reads as a query', () => {
    const named = workspace({ 'sar/a#b?c d%e.json': NESTED, 'sar/x#y?.json': Buffer.from([0]) });
    const uriOf = (location: { physicalLocation: { artifactLocation: { uri: string } } }) =>
      location.physicalLocation.artifactLocation.uri;

    try {
      const relative = JSON.parse(runCli(['--format', 'sarif', 'sar'], named.folder).stdout);
      const absolute = JSON.parse(runCli(['--format', 'sarif',
        path.join(named.folder, 'sar', 'a#b?c d%e.json')], named.folder).stdout);
      const [result] = relative.runs[0].results;
      const [notification] = relative.runs[0].invocations[0].toolExecutionNotifications;
      const uris = [result.locations[0], result.relatedLocations[0], notification.locations[0]]
        .map(uriOf);

      assert.deepEqual(uris,
        ['sar/a%23b%3Fc%20d%25e.json', 'sar/a%23b%3Fc%20d%25e.json', 'sar/x%23y%3F.json']);
      assert.equal(uriOf(absolute.runs[0].results[0].locations[0]),
        `${pathToFileURL(named.folder).href}/sar/a%23b%3Fc%20d%25e.json`);
    } finally {
      named.dispose();
    }
  });
});

suite('when vpp-lint is given options', () => {
  test('should treat files matching --associate as payloads without @odata.type', () => {
    const plain = runCli(['untyped/results.json'], files.folder);
    const associated = runCli(['--associate', 'untyped/*.json', 'untyped/results.json'],
      files.folder);

    assert.equal(plain.status, 0);
    assert.equal(associated.status, 1);
    assert.match(associated.stdout,
      /^untyped\/results\.json:1:18: error .*\[invalid-enum-value\]$/m);
  });

  test('should change or turn off severities with --severity', () => {
    const raised = runCli(['--severity', 'negative-count=error', 'warning.json'], files.folder);
    const off = runCli(['--severity', 'failed-exceeds-total=off', 'nested.json'], files.folder);

    assert.equal(raised.status, 1);
    assert.match(raised.stdout, /warning\.json:1:95: error .*\[negative-count\]/);
    assert.equal(off.status, 0);
    assert.equal(off.stdout, '0 errors, 0 warnings, 0 information, 0 hints in 1 file.\n');
  });

  test('should fail on warnings beyond --max-warnings', () => {
    const over = runCli(['--max-warnings', '0', 'warning.json'], files.folder);

    assert.equal(runCli(['warning.json'], files.folder).status, 0);
    assert.equal(runCli(['--max-warnings', '1', 'warning.json'], files.folder).status, 0);
    assert.equal(over.status, 1);
    assert.equal(over.stderr, 'vpp-lint: 1 warning exceeds --max-warnings 0.\n');
  });

  test('should show errors only with --quiet; warnings still count for --max-warnings', () => {
    const quiet = runCli(['--quiet', 'warning.json'], files.folder);
    const strict = runCli(['--quiet', '--max-warnings', '0', 'warning.json'], files.folder);

    assert.equal(quiet.stdout, '0 errors, 1 warning, 0 information, 0 hints in 1 file.\n');
    assert.equal(quiet.status, 0);
    assert.equal(strict.status, 1);
    assert.equal(strict.stderr, 'vpp-lint: 1 warning exceeds --max-warnings 0.\n');
  });

  test('should answer --help and --version with exit 0', () => {
    const help = runCli(['--help'], files.folder);
    const version = runCli(['--version'], files.folder);

    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: vpp-lint \[options\] <file\|folder\|glob>\.\.\./);
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  test('should print the JSON Schema generated from the model with --print-schema', () => {
    const run = runCli(['--print-schema'], files.folder);
    const schema = JSON.parse(run.stdout);

    assert.equal(run.status, 0);
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const derived = schema.definitions['microsoft.graph.vppTokenRevokeLicensesActionResult'];
    assert.deepEqual(derived.properties.actionState.enum,
      ['none', 'pending', 'canceled', 'active', 'done', 'failed', 'notSupported']);
  });

  test('should match --associate globs like the editor setting, however inputs are written', () => {
    const byName = runCli(['--associate', 'results.json', 'untyped'], files.folder);
    const absolute = runCli(['--associate', 'untyped/*.json', `${files.folder}/untyped`],
      files.folder);

    assert.match(byName.stdout, /^untyped\/results\.json:1:18: error .*\[invalid-enum-value\]$/m);
    assert.match(absolute.stdout, /results\.json:1:18: error .*\[invalid-enum-value\]$/m);
    assert.equal(absolute.status, 1);
  });

  test('should take every argument after -- as a file', () => {
    const run = runCli(['--', '--format'], files.folder);

    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'vpp-lint: cannot check --format: no such file or folder\n');
  });

  test('should check a file given twice once', () => {
    const run = runCli(['valid.json', './valid.json'], files.folder);

    assert.equal(run.stdout, '0 errors, 0 warnings, 0 information, 0 hints in 1 file.\n');
  });

  test('should exit 2 with a clear message on usage mistakes', () => {
    const cases: [string[], string][] = [
      [['--format', 'xml', 'valid.json'], 'vpp-lint: Unknown format "xml"; use one of: text,'
        + ' json, sarif.\nRun vpp-lint --help for usage.\n'],
      [['--severity', 'nope=error', 'valid.json'], 'vpp-lint: --severity expects <code>=<level>,'
        + ' got "nope=error".'],
      [['--severity', 'wrong-type=loud', 'valid.json'], 'vpp-lint: Unknown severity "loud" for'
        + ' wrong-type; use one of: error, warning, information, hint, off.\n'],
      [['--max-warnings', '-1', 'valid.json'], 'vpp-lint: --max-warnings expects a whole number'
        + ' of 0 or more, got "-1".\n'],
      [['valid.json', '--format'], 'vpp-lint: --format needs a value.\n'],
      [['--bogus'], 'vpp-lint: Unknown option --bogus.\n'],
      [[], 'vpp-lint: no files given.\n'],
    ];

    for (const [args, message] of cases) {
      const run = runCli(args, files.folder);

      assert.equal(run.status, 2, args.join(' '));
      assert.ok(run.stderr.startsWith(message), `${args.join(' ')}: ${run.stderr}`);
      assert.equal(run.stdout, '');
    }
  });
});

suite('when vpp-lint walks folders and meets unreadable input', () => {
  test('should check *.json and *.jsonc in folders, skipping node_modules', () => {
    const run = runCli(['--format', 'json', '.'], files.folder);
    const report = JSON.parse(run.stdout);

    assert.deepEqual(report.files.map((file: { path: string }) => file.path), [
      'binary.json', 'bom.json', 'capture.jsonc', 'nested.json', 'untyped/results.json',
      'valid.json', 'warning.json',
    ]);
  });

  test('should report a missing path and a binary file, still checking the others', () => {
    const run = runCli(['missing.json', 'binary.json', 'nested.json'], files.folder);

    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'vpp-lint: cannot check missing.json: no such file or folder\n'
      + 'vpp-lint: cannot check binary.json: binary file (it contains NUL bytes), not JSON\n');
    assert.match(run.stdout, /^nested\.json:7:32: error .*\[failed-exceeds-total\]$/m);
    assert.match(run.stdout, /in 3 files, 2 unreadable\.\n$/);
  });

  test('should search extensions in any letter case and name UTF-16 and UTF-32 files', () => {
    const payloadText = `{"@odata.type": "${TYPE}"}`;
    const utf32 = Buffer.alloc(payloadText.length * 4);
    [...payloadText].forEach((character, index) =>
      utf32.writeUInt32LE(character.charCodeAt(0), index * 4));
    const cased = workspace({
      'UPPER.JSON': VALID,
      'Mixed.JsonC': VALID,
      'wide.json': Buffer.from(`\ufeff${payloadText}`, 'utf16le'),
      'wide-no-mark.json': Buffer.from(payloadText, 'utf16le'),
      'wider.json': utf32,
    });
    after(cased.dispose);

    const run = runCli(['--format', 'json', '.'], cased.folder);
    const saveAs = 'text; save it as UTF-8, which JSON requires\n';

    assert.equal(run.status, 2);
    assert.deepEqual(JSON.parse(run.stdout).files.map((file: { path: string }) => file.path),
      ['Mixed.JsonC', 'UPPER.JSON', 'wide-no-mark.json', 'wide.json', 'wider.json']);
    assert.equal(run.stderr, `vpp-lint: cannot check wide-no-mark.json: UTF-16 ${saveAs}`
      + `vpp-lint: cannot check wide.json: UTF-16 ${saveAs}`
      + `vpp-lint: cannot check wider.json: UTF-32 ${saveAs}`);
  });

  test('should report a glob that matches nothing', () => {
    const run = runCli(['nothing/**/*.json'], files.folder);

    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'vpp-lint: cannot check nothing/**/*.json: no file matches this'
      + ' pattern\n');
  });

  test('should expand a glob of its own', () => {
    const run = runCli(['--format', 'json', '**/valid.json'], files.folder);

    assert.deepEqual(JSON.parse(run.stdout).files.map((file: { path: string }) => file.path),
      ['valid.json']);
  });
});
