import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { payload, problemsOf, rangeOf, shapeOf } from './helpers';

function countProblems(literal: string) {
  const text = payload(`"totalLicensesCount": ${literal}`);
  return { text, problems: shapeOf(problemsOf(text)) };
}

suite('when an Int32 count is checked', () => {
  test('should accept integers across the whole Int32 range', () => {
    for (const literal of ['0', '7', '2147483647']) {
      assert.deepEqual(countProblems(literal).problems, [], literal);
    }
  });

  test('should judge integrality from the literal text, not from a rounded double', () => {
    const { text, problems } = countProblems('1000.00000000000001');

    assert.deepEqual(problems, [
      { code: 'not-an-integer', severity: 'error', range: rangeOf(text, '1000.00000000000001') },
    ]);
  });

  test('should report values outside the Int32 range', () => {
    for (const literal of ['2147483648', '-2147483649', '1e10', '1e400', '-1e999999999']) {
      const { text, problems } = countProblems(literal);

      assert.deepEqual(problems, [
        { code: 'int32-out-of-range', severity: 'error', range: rangeOf(text, literal) },
      ], literal);
    }
  });

  test('should warn about integral values written another way, with the canonical fix', () => {
    const cases = [['1e3', '1000'], ['5.0', '5'], ['-0', '0'], ['2E+1', '20']];

    for (const [literal, canonical] of cases) {
      const text = payload(`"totalLicensesCount": ${literal}`);
      const problems = problemsOf(text);

      assert.deepEqual(shapeOf(problems), [
        { code: 'non-canonical-number', severity: 'warning', range: rangeOf(text, literal) },
      ], literal);
      assert.equal(problems[0].fix?.label, canonical);
    }
  });

  test('should warn about a negative count', () => {
    const text = payload('"failedLicensesCount": -1');

    assert.deepEqual(shapeOf(problemsOf(text)), [
      { code: 'negative-count', severity: 'warning', range: rangeOf(text, '-1') },
    ]);
  });

  test('should report a numeric string as the wrong type with a number fix', () => {
    const text = payload('"totalLicensesCount": "5"');
    const problems = problemsOf(text);

    assert.deepEqual(shapeOf(problems), [
      { code: 'wrong-type', severity: 'error', range: rangeOf(text, '"5"') },
    ]);
    assert.deepEqual(problems[0].fix, {
      range: rangeOf(text, '"5"'), replacement: '5', label: '5', safe: true,
    });
  });

  test('should offer an unsafe number fix for other numeric strings of an Int32', () => {
    for (const [literal, number] of [['"1e3"', '1000'], ['" 5"', '5'], ['"05"', '5']]) {
      const text = payload(`"totalLicensesCount": ${literal}`);
      const [problem] = problemsOf(text);

      assert.equal(problem.code, 'wrong-type', literal);
      assert.deepEqual([problem.fix?.label, problem.fix?.safe], [number, false], literal);
    }
  });

  test('should offer no number fix for a string that is not an Int32', () => {
    for (const literal of ['"five"', '"2147483648"', '"1.5"', '""']) {
      const problems = problemsOf(payload(`"totalLicensesCount": ${literal}`));

      assert.equal(problems[0].code, 'wrong-type', literal);
      assert.equal(problems[0].fix, undefined, literal);
    }
  });

  test('should warn about null on a count, which is not nullable', () => {
    const text = payload('"totalLicensesCount": null');

    assert.deepEqual(shapeOf(problemsOf(text)), [
      { code: 'null-not-allowed', severity: 'warning', range: rangeOf(text, 'null') },
    ]);
  });

  test('should report booleans, arrays and objects as the wrong type', () => {
    for (const literal of ['true', '[1]', '{}']) {
      const { text, problems } = countProblems(literal);

      assert.deepEqual(problems, [
        { code: 'wrong-type', severity: 'error', range: rangeOf(text, literal) },
      ], literal);
    }
  });
});
