import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { payload, problemsOf, rangeOf } from './helpers';

suite('when failedLicensesCount is compared with totalLicensesCount', () => {
  test('should report failed above total on the failed value, related to the total', () => {
    const text = `{"vppToken": {"tokenActionResults": [`
      + `${payload('"totalLicensesCount": 2, "failedLicensesCount": 3')}]}}`;
    const problems = problemsOf(text);

    assert.deepEqual(problems.map(({ code, severity, range, related }) => ({
      code, severity, range, related: related?.map((item) => item.range),
    })), [{
      code: 'failed-exceeds-total',
      severity: 'error',
      range: rangeOf(text, '3'),
      related: [rangeOf(text, '2')],
    }]);
  });

  test('should compare as numbers, so 1e3 counts as 1000', () => {
    const silent = payload('"totalLicensesCount": 1e3, "failedLicensesCount": 999');
    const loud = payload('"totalLicensesCount": 1e3, "failedLicensesCount": 1001');

    assert.deepEqual(problemsOf(silent).map((problem) => problem.code), ['non-canonical-number']);
    assert.deepEqual(problemsOf(loud).map((problem) => problem.code),
      ['non-canonical-number', 'failed-exceeds-total']);
  });

  test('should stay silent when equal, when one is missing, or one is not a valid Int32', () => {
    const cases: [string, string[]][] = [
      ['"totalLicensesCount": 5, "failedLicensesCount": 5', []],
      ['"failedLicensesCount": 5', []],
      ['"totalLicensesCount": "2", "failedLicensesCount": 3', ['wrong-type']],
      ['"totalLicensesCount": 2.5, "failedLicensesCount": 3', ['not-an-integer']],
    ];

    for (const [members, expected] of cases) {
      const codes = problemsOf(payload(members)).map((problem) => problem.code);
      assert.deepEqual(codes, expected, members);
    }
  });

  test('should use the last value of a duplicated count, as JSON.parse does', () => {
    const text = payload('"totalLicensesCount": 9, "failedLicensesCount": 3,'
      + ' "totalLicensesCount": 1');

    assert.deepEqual(problemsOf(text).map((problem) => problem.code),
      ['failed-exceeds-total', 'duplicate-key']);
  });
});

suite('when lastUpdatedDateTime is compared with startDateTime', () => {
  test('should compare instants across offsets, not strings', () => {
    const earlier = payload('"startDateTime": "2026-10-02T14:30:00+02:00",'
      + ' "lastUpdatedDateTime": "2026-10-02T12:29:59Z"');
    const later = payload('"startDateTime": "2026-10-02T14:30:00+02:00",'
      + ' "lastUpdatedDateTime": "2026-10-02T12:30:00.0000001Z"');
    const [problem] = problemsOf(earlier);

    assert.equal(problem.code, 'last-updated-before-start');
    assert.equal(problem.severity, 'warning');
    assert.deepEqual(problem.range, rangeOf(earlier, '"2026-10-02T12:29:59Z"'));
    assert.deepEqual(problem.related?.map((item) => item.range),
      [rangeOf(earlier, '"2026-10-02T14:30:00+02:00"')]);
    assert.deepEqual(problemsOf(later), []);
  });

  test('should compare fractions beyond a millisecond exactly', () => {
    const text = payload('"startDateTime": "2026-01-01T00:00:00.000000000002Z",'
      + ' "lastUpdatedDateTime": "2026-01-01T00:00:00.000000000001Z"');

    assert.deepEqual(problemsOf(text).map((problem) => problem.code),
      ['last-updated-before-start']);
  });
});
