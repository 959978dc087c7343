import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { payload, problemsOf, rangeOf, shapeOf } from './helpers';

suite('when an enum property is checked', () => {
  test('should accept every declared member of both enums', () => {
    const states = ['none', 'pending', 'canceled', 'active', 'done', 'failed', 'notSupported'];
    const reasons = ['none', 'appleFailure', 'internalError', 'expiredVppToken',
      'expiredApplePushNotificationCertificate'];

    for (const state of states) {
      assert.deepEqual(problemsOf(payload(`"actionState": "${state}"`)), [], state);
    }
    for (const reason of reasons) {
      assert.deepEqual(problemsOf(payload(`"actionFailureReason": "${reason}"`)), [], reason);
    }
  });

  test('should reject a member in another letter case, with spaces, or as a comma list', () => {
    for (const written of ['"Done"', '" done"', '"done,failed"', '""', '"DONE"']) {
      const text = payload(`"actionState": ${written}`);

      assert.deepEqual(shapeOf(problemsOf(text)), [
        { code: 'invalid-enum-value', severity: 'error', range: rangeOf(text, written) },
      ], written);
    }
  });

  test('should warn about a numeric value in a string and suggest the member name', () => {
    const text = payload('"actionFailureReason": "3"');
    const [problem] = problemsOf(text);

    assert.deepEqual(shapeOf([problem]), [
      { code: 'enum-numeric-string', severity: 'warning', range: rangeOf(text, '"3"') },
    ]);
    assert.equal(problem.fix?.label, 'expiredVppToken');
  });

  test('should reject a number outside the members in a string as an invalid member', () => {
    const text = payload('"actionState": "9"');

    assert.deepEqual(problemsOf(text).map((problem) => problem.code), ['invalid-enum-value']);
  });

  test('should report a bare number where a member name belongs as the wrong type', () => {
    const text = payload('"actionState": 4');
    const problems = problemsOf(text);

    assert.deepEqual(shapeOf(problems), [
      { code: 'wrong-type', severity: 'error', range: rangeOf(text, '4') },
    ]);
    assert.deepEqual(problems[0].fix, {
      range: rangeOf(text, '4'), replacement: '"done"', label: 'done', safe: false,
    });
    assert.equal(problemsOf(payload('"actionState": 9'))[0].fix, undefined);
  });

  test('should warn about null on an enum, which is not nullable', () => {
    const text = payload('"actionFailureReason": null');

    assert.deepEqual(shapeOf(problemsOf(text)), [
      { code: 'null-not-allowed', severity: 'warning', range: rangeOf(text, 'null') },
    ]);
  });

  test('should attach the nearest member as the fix, safe only for a letter-case slip', () => {
    const caseSlip = problemsOf(payload('"actionState": "Done"'))[0];
    const typo = problemsOf(payload('"actionFailureReason": "expiredVppTokn"'))[0];
    const noise = problemsOf(payload('"actionState": "xyzzy"'))[0];

    assert.deepEqual([caseSlip.fix?.label, caseSlip.fix?.safe], ['done', true]);
    assert.deepEqual([typo.fix?.label, typo.fix?.safe], ['expiredVppToken', false]);
    assert.equal(noise.fix, undefined);
  });
});

suite('when a string property is checked', () => {
  test('should accept a string or null for actionName, which is nullable', () => {
    assert.deepEqual(problemsOf(payload('"actionName": "RevokeLicenses"')), []);
    assert.deepEqual(problemsOf(payload('"actionName": null')), []);
  });

  test('should report a number or an object as the wrong type', () => {
    const text = payload('"actionName": 12, "actionName": {"a": 1}');

    assert.deepEqual(shapeOf(problemsOf(text)).filter((problem) => problem.code === 'wrong-type'), [
      { code: 'wrong-type', severity: 'error', range: rangeOf(text, '12') },
      { code: 'wrong-type', severity: 'error', range: rangeOf(text, '{"a": 1}') },
    ]);
  });
});
