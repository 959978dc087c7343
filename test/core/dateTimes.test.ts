import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { payload, problemsOf, rangeOf, shapeOf } from './helpers';

function startProblems(value: string) {
  const text = payload(`"startDateTime": "${value}"`);
  return { text, problems: shapeOf(problemsOf(text)) };
}

suite('when a DateTimeOffset is checked', () => {
  test('should accept the forms Graph and OData allow', () => {
    const valid = [
      '2026-11-30T16:58:02.4403321-08:00',
      '2026-11-30T16:58:02Z',
      '2026-11-30T16:58Z',
      '2026-11-30t16:58:02z',
      '2024-02-29T00:00:00.123456789012+14:00',
      '0001-01-01T00:00:00Z',
      '2026-11-30T16:58:02-14:00',
    ];

    for (const value of valid) {
      assert.deepEqual(startProblems(value).problems, [], value);
    }
  });

  test('should reject what is not a DateTimeOffset', () => {
    const invalid = [
      '2026-11-30T16:58:02',
      '2026-11-30',
      '2026-11-30 16:58:02Z',
      '2026-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-11-30T24:00:00Z',
      '2026-11-30T23:59:60Z',
      '2026-11-30T16:58:02.1234567890123Z',
      '2026-11-30T16:58:02+0800',
      '2026-11-30T16:58:02+24:00',
      '2026-11-30T16:58:02+15:00',
      '2026-11-30T16:58:02-14:30',
      ' 2026-11-30T16:58:02Z',
    ];

    for (const value of invalid) {
      const { text, problems } = startProblems(value);

      assert.deepEqual(problems, [
        { code: 'invalid-date-time', severity: 'error', range: rangeOf(text, `"${value}"`) },
      ], value);
    }
  });

  test('should report a number as the wrong type and null as not allowed', () => {
    const number = payload('"lastUpdatedDateTime": 1700000000');
    const nothing = payload('"lastUpdatedDateTime": null');

    assert.deepEqual(problemsOf(number).map((problem) => problem.code), ['wrong-type']);
    assert.deepEqual(problemsOf(nothing).map((problem) => problem.code), ['null-not-allowed']);
  });
});
