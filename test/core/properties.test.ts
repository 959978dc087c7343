import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { payload, problemsOf, rangeOf, shapeOf } from './helpers';

suite('when a property name is not declared', () => {
  test('should warn on the key and suggest the close declared name as a fix', () => {
    const text = payload('"totalLicenseCount": 4');
    const problems = problemsOf(text);

    assert.deepEqual(shapeOf(problems), [
      {
        code: 'unknown-property',
        severity: 'warning',
        range: rangeOf(text, '"totalLicenseCount"'),
      },
    ]);
    assert.deepEqual([problems[0].fix?.label, problems[0].fix?.safe],
      ['totalLicensesCount', false]);
  });

  test('should compare names case-sensitively', () => {
    const text = payload('"ActionState": "done"');
    const problems = problemsOf(text);

    assert.deepEqual(shapeOf(problems), [
      { code: 'unknown-property', severity: 'warning', range: rangeOf(text, '"ActionState"') },
    ]);
    assert.equal(problems[0].fix?.label, 'actionState');
  });

  test('should offer no suggestion when nothing is close', () => {
    const [problem] = problemsOf(payload('"deviceName": "x"'));

    assert.equal(problem.code, 'unknown-property');
    assert.equal(problem.fix, undefined);
  });

  test('should still check the values of declared properties next to an unknown one', () => {
    const text = payload('"zzz": 1, "actionState": 5');

    assert.deepEqual(problemsOf(text).map((problem) => problem.code),
      ['unknown-property', 'wrong-type']);
  });
});

suite('when a rename would collide with a present key', () => {
  test('should not suggest a declared name the object already has', () => {
    const text = payload('"totalLicensesCount": 1, "totalLicenseCount": 2');
    const [problem] = problemsOf(text);

    assert.equal(problem.code, 'unknown-property');
    assert.equal(problem.fix, undefined);
    assert.ok(!problem.message.includes('Did you mean'), problem.message);
  });
});

suite('when a key differs only in case from a declared name already present', () => {
  test('should say so and suggest no rename to another property', () => {
    const text = payload('"failedLicensesCount": 1, "FailedLicensesCount": 1');
    const problems = problemsOf(text);

    assert.deepEqual(shapeOf(problems), [{
      code: 'unknown-property',
      severity: 'warning',
      range: rangeOf(text, '"FailedLicensesCount"'),
    }]);
    assert.equal(problems[0].fix, undefined);
  });
});

suite('when a payload has a great many unknown keys', () => {
  test('should report each of them once', () => {
    const keys = Array.from({ length: 30000 }, (_, index) => `"k${index}": 1`);
    const problems = problemsOf(payload(keys.join(', ')), { maxProblems: 100000 });

    assert.equal(problems.length, 30000);
    assert.ok(problems.every((problem) => problem.code === 'unknown-property'));
    assert.equal(problems[29999].message.startsWith('"k29999" is not a property'), true);
  });
});

suite('when a string is not closed', () => {
  test('should leave a key cut off by a raw line break to the syntax error', () => {
    const text = `${payload('"actionName": "a\rb",\n"actionState": "x"').slice(0, -1)}}`;

    // The parser resynchronises only at the next line; nothing it guessed is judged.
    assert.deepEqual(problemsOf(text).map((problem) => problem.code),
      ['syntax-error', 'syntax-error', 'syntax-error', 'syntax-error', 'syntax-error']);
  });

  test('should not judge a value still being typed', () => {
    const text = '{"@odata.type": "#graph.vppTokenActionResult", "actionState": "do';

    assert.deepEqual(problemsOf(text).map((problem) => problem.code),
      ['syntax-error', 'syntax-error']);
  });
});
