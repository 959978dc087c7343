import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { payload, problemsOf, rangeOf, shapeOf } from './helpers';

const TWO_MISTAKES = payload('"actionState": "Done", "failedLicensesCount": -1');

suite('when severities are configured per code', () => {
  test('should apply a changed severity', () => {
    const problems = problemsOf(TWO_MISTAKES, { severities: { 'negative-count': 'error' } });

    assert.deepEqual(shapeOf(problems), [
      { code: 'invalid-enum-value', severity: 'error', range: rangeOf(TWO_MISTAKES, '"Done"') },
      { code: 'negative-count', severity: 'error', range: rangeOf(TWO_MISTAKES, '-1') },
    ]);
  });

  test('should drop a code turned off', () => {
    const problems = problemsOf(TWO_MISTAKES, { severities: { 'invalid-enum-value': 'off' } });

    assert.deepEqual(shapeOf(problems), [
      { code: 'negative-count', severity: 'warning', range: rangeOf(TWO_MISTAKES, '-1') },
    ]);
  });

  test('should keep a trailing comma in jsonc at most a warning even when raised', () => {
    const text = payload('"actionState": "done",');
    const severities = { 'syntax-error': 'error' } as const;
    const problems = problemsOf(text, { language: 'jsonc', severities });

    assert.deepEqual(problems.map((problem) => problem.severity), ['warning']);
  });
});

suite('when a document has more problems than the limit', () => {
  test('should report the first ones and one note saying how many were left out', () => {
    const members = Array.from({ length: 5 }, (_, index) => `"unknown${index}": 1`).join(', ');
    const text = payload(members);
    const problems = problemsOf(text, { maxProblems: 3 });

    assert.deepEqual(problems.map((problem) => problem.code), [
      'unknown-property', 'unknown-property', 'unknown-property', 'too-many-problems',
    ]);
    assert.deepEqual(problems[3].range, rangeOf(text, '"unknown3"'));
    assert.equal(problems[3].severity, 'information');
  });
});
