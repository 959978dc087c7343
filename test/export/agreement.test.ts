import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { suite, test } from 'node:test';
import { parse } from 'jsonc-parser';
import { comparePayloads } from './agreement';
import { validateFileValue } from './validator';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const EXAMPLES = path.join(REPO_ROOT, 'examples');
const ASSOCIATED_FOLDER = 'associated';

const TYPED = '"@odata.type": "#microsoft.graph.vppTokenRevokeLicensesActionResult"';

/** Members of one typed payload, the core's exact codes for it, and the schema's verdict. */
const CASES: readonly [string, readonly string[], boolean][] = [
  ['"actionState": "done", "actionName": null, "failedLicensesCount": 0', [], true],
  ['"actionState": 4', ['wrong-type'], false],
  ['"actionState": "Done"', ['invalid-enum-value'], false],
  ['"actionState": "done,failed"', ['invalid-enum-value'], false],
  ['"actionState": "4"', ['enum-numeric-string'], false],
  ['"actionFailureReason": "pending"', ['invalid-enum-value'], false],
  ['"actionFailureReason": null', ['null-not-allowed'], false],
  ['"actionName": 5', ['wrong-type'], false],
  ['"totalLicensesCount": "5"', ['wrong-type'], false],
  ['"totalLicensesCount": 2147483648', ['int32-out-of-range'], false],
  ['"totalLicensesCount": -2147483649', ['int32-out-of-range'], false],
  ['"totalLicensesCount": 1.5', ['not-an-integer'], false],
  ['"startDateTime": "2026-02-30T08:00:00Z"', ['invalid-date-time'], false],
  ['"startDateTime": "2026-12-02T08:00:00"', ['invalid-date-time'], false],
  ['"startDateTime": 20261202', ['wrong-type'], false],
  ['"actionStatus": "done"', ['unknown-property'], false],
  ['"totalLicensesCount": 1e3', ['non-canonical-number'], true],
  ['"totalLicensesCount": 1000.00000000000001', ['not-an-integer'], true],
  ['"failedLicensesCount": -1', ['negative-count'], true],
  ['"totalLicensesCount": 2, "failedLicensesCount": 3', ['failed-exceeds-total'], true],
  [
    '"startDateTime": "2026-01-02T00:00:00Z", "lastUpdatedDateTime": "2026-01-01T00:00:00Z"',
    ['last-updated-before-start'],
    true,
  ],
  ['"actionState": "done", "actionState": "failed"', ['duplicate-key'], true],
  ['"totalLicensesCount@odata.type": "#Int32", "@odata.etag": "W/1"', [], true],
];

suite('when the schema and the core judge the same payload', () => {
  for (const [members, codes, valid] of CASES) {
    test(`should agree on ${members}`, () => {
      const [verdicts, ...others] = comparePayloads(`{${TYPED}, ${members}}`,
        { language: 'json', associated: false });

      assert.deepEqual(others, []);
      assert.deepEqual(verdicts.codes, codes);
      assert.equal(verdicts.schema.valid, valid, JSON.stringify(verdicts.schema.errors));
      assert.equal(verdicts.expectedValid, valid);
    });
  }

  test('should agree on a mistaken @odata.type in an associated file', () => {
    const cases: [string, string[], boolean][] = [
      ['{"@odata.type": 5}', ['wrong-type'], false],
      ['{"@odata.type": "microsoft.graph.vppTokenRevokeLicensesActionResult"}',
        ['odata-type-missing-hash'], true],
      ['{"@odata.type": "#microsoft.graph.VPPTokenActionResult"}', ['odata-type-case'], false],
    ];

    for (const [text, codes, valid] of cases) {
      const [verdicts] = comparePayloads(text, { language: 'json', associated: true });
      assert.deepEqual(verdicts.codes, codes, text);
      assert.equal(verdicts.schema.valid, valid, text);
    }
  });
});

suite('when the examples are validated payload by payload', () => {
  const files = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.jsonc?$/.test(file))
    .sort();

  test('should find payloads, both valid and invalid ones, in the examples', () => {
    const verdicts = files.flatMap((file) => compareFile(file));

    assert.ok(verdicts.some((verdict) => verdict.schema.valid));
    assert.ok(verdicts.some((verdict) => !verdict.schema.valid));
  });

  for (const file of files) {
    test(`should give the core's verdict on every payload of ${file}`, () => {
      const verdicts = compareFile(file);
      assert.notEqual(verdicts.length, 0);

      for (const [index, verdict] of verdicts.entries()) {
        const detail = `payload ${index}: ${verdict.codes.join(', ') || 'no problems'}; `
          + `schema: ${JSON.stringify(verdict.schema.errors.map((error) => error.message))}`;
        assert.equal(verdict.schema.valid, verdict.expectedValid, detail);
        if (verdict.codes.length === 0) {
          assert.equal(verdict.schema.valid, true, detail);
        }
      }
    });
  }

  test('should judge each associated file whole as it judges its payloads', () => {
    for (const file of files.filter((name) => name.startsWith(`${ASSOCIATED_FOLDER}${path.sep}`))) {
      const text = readFileSync(path.join(EXAMPLES, file), 'utf8');
      const allValid = compareFile(file).every((verdict) => verdict.schema.valid);

      assert.equal(validateFileValue(parse(text)).valid, allValid, file);
    }
  });
});

function compareFile(file: string) {
  const text = readFileSync(path.join(EXAMPLES, file), 'utf8');
  const language = file.endsWith('.jsonc') ? 'jsonc' : 'json';
  const associated = file.startsWith(`${ASSOCIATED_FOLDER}${path.sep}`);

  return comparePayloads(text, { language, associated });
}
