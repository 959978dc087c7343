import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import { EXAMPLES, runCli } from './run';

const ROOT = path.dirname(EXAMPLES);
const README_COMMAND = ['--associate', 'examples/associated/*.json', 'examples'];

/** Every deliberate mistake in the examples: file, 1-based line and column, severity, code. */
const EXPECTED = [
  ['examples/annotated-capture.jsonc', 16, 30, 'warning', 'negative-count'],
  ['examples/annotated-capture.jsonc', 17, 30, 'warning', 'null-not-allowed'],
  ['examples/annotated-capture.jsonc', 17, 34, 'warning', 'syntax-error'],
  ['examples/annotated-capture.jsonc', 21, 22, 'warning', 'odata-type-case'],
  ['examples/annotated-capture.jsonc', 23, 24, 'error', 'invalid-date-time'],
  ['examples/annotated-capture.jsonc', 24, 30, 'error', 'invalid-date-time'],
  ['examples/associated/revoke-results.json', 14, 5, 'warning', 'duplicate-key'],
  ['examples/associated/revoke-results.json', 17, 5, 'warning', 'unknown-property'],
  ['examples/batch-response.json', 25, 31, 'error', 'int32-out-of-range'],
  ['examples/batch-response.json', 26, 32, 'error', 'not-an-integer'],
  ['examples/batch-response.json', 28, 9, 'warning', 'unknown-property'],
  ['examples/revoke-result-single.json', 6, 20, 'warning', 'enum-numeric-string'],
  ['examples/revoke-result-single.json', 9, 27, 'warning', 'non-canonical-number'],
  ['examples/revoke-result-single.json', 10, 28, 'error', 'wrong-type'],
  ['examples/vpp-tokens-list.json', 36, 34, 'error', 'failed-exceeds-total'],
  ['examples/vpp-tokens-list.json', 42, 26, 'error', 'invalid-enum-value'],
  ['examples/vpp-tokens-list.json', 56, 26, 'information', 'odata-type-missing-hash'],
  ['examples/vpp-tokens-list.json', 60, 34, 'warning', 'last-updated-before-start'],
  ['examples/vpp-tokens-list.json', 63, 34, 'error', 'invalid-enum-value'],
];

const PROBLEM_LINE = /^(\S+):(\d+):(\d+): (\w+) .* \[([a-z0-9-]+)\]$/;

suite('when vpp-lint runs over the bundled examples as the README says', () => {
  const run = runCli(README_COMMAND, ROOT);
  const lines = run.stdout.trimEnd().split('\n');

  test('should find exactly the deliberate mistakes and exit 1', () => {
    const found = lines.flatMap((line) => {
      const match = PROBLEM_LINE.exec(line);
      return match ? [[match[1], Number(match[2]), Number(match[3]), match[4], match[5]]] : [];
    });

    assert.equal(run.status, 1);
    assert.deepEqual(found, EXPECTED);
  });

  test('should end with the summary line the README quotes', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const summary = lines[lines.length - 1];

    assert.equal(summary, '8 errors, 10 warnings, 1 information, 0 hints in 6 files.');
    assert.ok(readme.includes(`\`${summary}\``), 'the README quotes the summary line');
  });

  test('should find nothing in the valid example', () => {
    const valid = runCli(['examples/valid.json'], ROOT);

    assert.equal(valid.status, 0);
    assert.equal(valid.stdout, '0 errors, 0 warnings, 0 information, 0 hints in 1 file.\n');
  });
});
