import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { analyzeText } from '../../server/src/core';
import { applyEdits, fixAllEdits, quickFixFor } from '../../server/src/features';

const DERIVED = '#microsoft.graph.vppTokenRevokeLicensesActionResult';

function payload(members: string, type = DERIVED): string {
  return `{"@odata.type": "${type}", ${members}}`;
}

/** The quick fix of the one problem with the code, and the text after applying it. */
function fixOf(text: string, code: string) {
  const problems = analyzeText(text, { language: 'json' }).problems.filter((p) => p.code === code);
  assert.equal(problems.length, 1, `expected one ${code} in ${text}`);

  const fix = quickFixFor(problems[0].code, problems[0].fix);
  return { fix, after: fix && applyEdits(text, [fix.edit]) };
}

suite('when a diagnostic carries fix data', () => {
  test('should change a wrongly cased enum value to the member, as the preferred fix', () => {
    const { fix, after } = fixOf(payload('"actionState": "Done"'), 'invalid-enum-value');

    assert.equal(fix?.title, 'Change to "done"');
    assert.equal(fix?.isPreferred, true);
    assert.equal(after, payload('"actionState": "done"'));
  });

  test('should offer the nearest member of a misspelt value without preferring it', () => {
    const { fix, after } = fixOf(payload('"actionState": "pendng"'), 'invalid-enum-value');

    assert.equal(fix?.title, 'Change to "pending"');
    assert.equal(fix?.isPreferred, false);
    assert.equal(after, payload('"actionState": "pending"'));
  });

  test('should write the member name for a numeric string', () => {
    const { fix, after } = fixOf(payload('"actionFailureReason": "3"'), 'enum-numeric-string');

    assert.equal(fix?.title, 'Write the member name "expiredVppToken"');
    assert.equal(after, payload('"actionFailureReason": "expiredVppToken"'));
  });

  test('should rename a misspelt property to the declared name', () => {
    const { fix, after } = fixOf(payload('"totalLicenseCount": 4'), 'unknown-property');

    assert.equal(fix?.title, 'Rename to "totalLicensesCount"');
    assert.equal(fix?.isPreferred, false);
    assert.equal(after, payload('"totalLicensesCount": 4'));
  });

  test('should add the missing # and correct the letter case of a type name', () => {
    const missing = fixOf(
      '{"@odata.type": "microsoft.graph.vppTokenActionResult"}',
      'odata-type-missing-hash',
    );
    const cased = fixOf(
      '{"@odata.type": "#microsoft.graph.VppTokenActionResult"}',
      'odata-type-case',
    );

    assert.equal(missing.fix?.title, 'Add the leading "#" to the type name');
    assert.equal(missing.after, '{"@odata.type": "#microsoft.graph.vppTokenActionResult"}');
    assert.equal(
      cased.fix?.title,
      'Correct the letter case to "#microsoft.graph.vppTokenActionResult"',
    );
    assert.equal(cased.after, '{"@odata.type": "#microsoft.graph.vppTokenActionResult"}');
  });

  test('should write a non-canonical integer and a numeric string count as numbers', () => {
    const canonical = fixOf(payload('"totalLicensesCount": 1e3'), 'non-canonical-number');
    const numeric = fixOf(payload('"failedLicensesCount": "5"'), 'wrong-type');

    assert.equal(canonical.fix?.title, 'Write the number as 1000');
    assert.equal(canonical.after, payload('"totalLicensesCount": 1000'));
    assert.equal(numeric.fix?.title, 'Write 5 as a number');
    assert.equal(numeric.after, payload('"failedLicensesCount": 5'));
  });

  test('should title the member name for an enum written as its number, from the data', () => {
    const { fix, after } = fixOf(payload('"actionState": 4'), 'wrong-type');

    assert.equal(fix?.title, 'Use the member name "done"');
    assert.equal(fix?.isPreferred, false);
    assert.equal(after, payload('"actionState": "done"'));
  });

  test('should title a wrong-type fix by the JSON type of its replacement', () => {
    const fix = (replacement: string, label: string) =>
      quickFixFor('wrong-type', { range: { start: 0, end: 1 }, replacement, label, safe: false });

    assert.equal(fix('"failed"', 'failed')?.title, 'Use the member name "failed"');
    assert.equal(fix('-12', '-12')?.title, 'Write -12 as a number');
    assert.equal(fix('true', 'true')?.title, 'Replace the value with true');
  });
});

suite('when no fix can be known', () => {
  test('should offer nothing for counts and timelines, which carry no fix data', () => {
    const text = payload('"totalLicensesCount": 2, "failedLicensesCount": 3');
    const [problem] = analyzeText(text, { language: 'json' }).problems;

    assert.equal(problem.code, 'failed-exceeds-total');
    assert.equal(quickFixFor(problem.code, problem.fix), undefined);
  });

  test('should ignore malformed data, unknown codes and codes without a fix', () => {
    const data = { range: { start: 1, end: 2 }, replacement: 'x', label: 'x', safe: true };

    assert.equal(
      quickFixFor('invalid-enum-value', { ...data, range: { start: 3, end: 1 } }),
      undefined,
    );
    assert.equal(quickFixFor('invalid-enum-value', { ...data, replacement: 5 }), undefined);
    assert.equal(quickFixFor('invalid-enum-value', 'not data'), undefined);
    assert.equal(quickFixFor('no-such-code', data), undefined);
    assert.equal(quickFixFor(7, data), undefined);
    assert.equal(quickFixFor('negative-count', data), undefined);
  });
});

suite('when fixing everything that is safe', () => {
  test('should apply every safe fix and leave the guesses alone', () => {
    const text = [
      '[{"@odata.type": "microsoft.graph.VppTokenRevokeLicensesActionResult",',
      ' "actionState": "DONE", "actionFailureReason": "1", "totalLicensesCount": 2.0,',
      ' "failedLicensesCount": "1", "actionName": "x", "actionStat": "done"}]',
    ].join('\n');
    const edits = fixAllEdits(analyzeText(text, { language: 'json' }).problems);

    assert.equal(
      applyEdits(text, edits),
      [
        '[{"@odata.type": "#microsoft.graph.vppTokenRevokeLicensesActionResult",',
        ' "actionState": "done", "actionFailureReason": "appleFailure", "totalLicensesCount": 2,',
        ' "failedLicensesCount": 1, "actionName": "x", "actionStat": "done"}]',
      ].join('\n'),
    );
  });

  test('should skip a fix that overlaps one already taken', () => {
    const fix = (start: number, end: number, replacement: string) => ({
      code: 'non-canonical-number' as const,
      severity: 'warning' as const,
      message: 'm',
      range: { start, end },
      fix: { range: { start, end }, replacement, label: replacement, safe: true },
    });

    assert.deepEqual(fixAllEdits([fix(4, 8, 'b'), fix(0, 5, 'a'), fix(8, 9, 'c')]), [
      { range: { start: 0, end: 5 }, newText: 'a' },
      { range: { start: 8, end: 9 }, newText: 'c' },
    ]);
  });
});
