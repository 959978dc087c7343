import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { payload, problemsOf } from './helpers';

/** The wording of every message is asserted here, and only here. */
function messageOf(members: string, options = {}): string[] {
  return problemsOf(payload(members), options).map((problem) => problem.message);
}

suite('when problems are worded', () => {
  test('should name the property, the wrong value and what is allowed', () => {
    assert.deepEqual(messageOf('"actionState": "Done"'), ['"actionState" value "Done" is not a'
      + ' member of actionState. Did you mean "done"? Allowed: none, pending, canceled, active,'
      + ' done, failed, notSupported.']);
    assert.deepEqual(messageOf('"actionFailureReason": "3"'), ['"actionFailureReason" value "3"'
      + ' is the number of member "expiredVppToken"; Graph sends the name, so write'
      + ' "expiredVppToken".']);
    assert.deepEqual(messageOf('"totalLicensesCount": "5"'),
      ['"totalLicensesCount" must be an Int32 number, not the string "5".']);
    assert.deepEqual(messageOf('"startDateTime": "2026-02-30T00:00:00Z"'), ['"startDateTime"'
      + ' value "2026-02-30T00:00:00Z" is not a valid DateTimeOffset: 2026-02-30 is not a'
      + ' calendar date.']);
    assert.deepEqual(messageOf('"startDateTime": "2026-02-03T00:00:00"'), ['"startDateTime"'
      + ' value "2026-02-03T00:00:00" is not a valid DateTimeOffset: it has no time zone'
      + " offset; add 'Z' or ±hh:mm."]);
  });

  test('should give the first real reason a DateTimeOffset is wrong', () => {
    const reasonOf = (value: string) => messageOf(`"startDateTime": "${value}"`)[0]
      .split('DateTimeOffset: ')[1];

    assert.equal(reasonOf('2024-01-01T25:61:60Z'), '25:61:60 is not a time of day.');
    assert.equal(reasonOf('2024-01-01T23:59:60Z'), 'leap seconds (60) are not allowed.');
    assert.equal(reasonOf('2024-01-01T24:00Z'), '24:00 is not a time of day.');
    assert.equal(reasonOf('2024-01-01T00:00:00+05:60'), 'the offset +05:60 is not hours and'
      + ' minutes (at most 23:59).');
    assert.equal(reasonOf('2024-01-01T00:00:00-99:10'), 'the offset -99:10 is not hours and'
      + ' minutes (at most 23:59).');
    assert.equal(reasonOf('2024-01-01T00:00:00+15:00'), 'the offset +15:00 is outside -14:00 to'
      + ' +14:00.');
  });

  test('should word number problems with the canonical form and the Int32 range', () => {
    assert.deepEqual(messageOf('"totalLicensesCount": 2.5'),
      ['"totalLicensesCount" value 2.5 is not an integer; Int32 allows whole numbers only.']);
    assert.deepEqual(messageOf('"totalLicensesCount": 2147483648'), ['"totalLicensesCount"'
      + ' value 2147483648 is outside the Int32 range -2147483648 to 2147483647.']);
    assert.deepEqual(messageOf('"totalLicensesCount": 1e3'), ['"totalLicensesCount" value 1e3'
      + ' is an integer written in another form; write 1000.']);
    assert.deepEqual(messageOf('"failedLicensesCount": -2'),
      ['"failedLicensesCount" value -2 is negative; a count is 0 or more.']);
    assert.deepEqual(messageOf('"actionState": null'), ['"actionState" is null, but it is not'
      + ' nullable; give a member of actionState as a string (none, pending, canceled, active,'
      + ' done, failed, notSupported).']);
    assert.deepEqual(messageOf('"actionFailureReason": 4'), ['"actionFailureReason" must be a'
      + ' member of vppTokenActionFailureReason as a string (none, appleFailure, internalError,'
      + ' expiredVppToken, expiredApplePushNotificationCertificate), not the number 4.']);
  });

  test('should word cross-property problems and their related places', () => {
    const [problem] = problemsOf(payload('"totalLicensesCount": 2, "failedLicensesCount": 3'));
    const [timeline] = problemsOf(payload('"startDateTime": "2026-01-02T00:00:00Z",'
      + ' "lastUpdatedDateTime": "2026-01-01T00:00:00Z"'));

    assert.equal(problem.message, '"failedLicensesCount" (3) is greater than'
      + ' "totalLicensesCount" (2); no more licenses can fail than the action tried to revoke.');
    assert.deepEqual(problem.related?.map((item) => item.message),
      ['"totalLicensesCount" is 2 here.']);
    assert.equal(timeline.message, '"lastUpdatedDateTime" ("2026-01-01T00:00:00Z") is earlier'
      + ' than "startDateTime" ("2026-01-02T00:00:00Z"); an action cannot change before it'
      + ' starts.');
    assert.deepEqual(timeline.related?.map((item) => item.message),
      ['"startDateTime" is "2026-01-02T00:00:00Z" here.']);
  });

  test('should word key and type-marker problems', () => {
    assert.deepEqual(messageOf('"actionStat": "done"'), ['"actionStat" is not a property of'
      + ' vppTokenRevokeLicensesActionResult. Did you mean "actionState"?']);
    const declared = ' Declared: actionName, actionState, startDateTime, lastUpdatedDateTime,'
      + ' totalLicensesCount, failedLicensesCount, actionFailureReason; annotations contain "@".';
    assert.deepEqual(messageOf('"a": 1, "a": 2'), [
      `"a" is not a property of vppTokenRevokeLicensesActionResult.${declared}`,
      '"a" appears more than once in this object; the last value wins.',
      `"a" is not a property of vppTokenRevokeLicensesActionResult.${declared}`,
    ]);
    assert.deepEqual(problemsOf('[{"actionState": "done"}, [1]]', { associated: true })
      .map((problem) => problem.message), ['Payloads in this associated file must be'
      + ' vppTokenRevokeLicensesActionResult objects, not an array.']);
    assert.deepEqual(problemsOf(payload('', 'microsoft.graph.vppTokenActionResult'))
      .map((problem) => problem.message), ['"@odata.type" value'
      + ' "microsoft.graph.vppTokenActionResult" has no leading "#"; Graph writes "#" before the'
      + ' type name.']);
    assert.deepEqual(problemsOf(payload('', '#microsoft.graph.VPPTokenActionResult'))
      .map((problem) => problem.message), ['"@odata.type" value'
      + ' "#microsoft.graph.VPPTokenActionResult" differs from the type name in letter case;'
      + ' write "#microsoft.graph.vppTokenActionResult".']);
    assert.deepEqual(problemsOf(payload('', 'Microsoft.Graph.vppTokenActionResult'))
      .map((problem) => problem.message)[1], '"@odata.type" value'
      + ' "Microsoft.Graph.vppTokenActionResult" differs from the type name in letter case;'
      + ' write "#microsoft.graph.vppTokenActionResult".');
    assert.deepEqual(problemsOf(payload('"failedLicensesCount": 1',
      '#microsoft.graph.vppTokenActionResult')).map((problem) => problem.message),
    ['"failedLicensesCount" is not a property of vppTokenActionResult; it is declared on'
      + ' vppTokenRevokeLicensesActionResult.']);
  });

  test('should name a wrong scalar as written, and a container or null by its kind', () => {
    assert.deepEqual(problemsOf('{"@odata.type": 5}', { associated: true })
      .map((problem) => problem.message),
      ['"@odata.type" must be a string such as'
        + ' "#microsoft.graph.vppTokenRevokeLicensesActionResult", not the number 5.']);
    assert.deepEqual(problemsOf('[{"actionState": "done"}, 7, null]', { associated: true })
      .map((problem) => problem.message), [
      'Payloads in this associated file must be vppTokenRevokeLicensesActionResult objects, not'
        + ' the number 7.',
      'Payloads in this associated file must be vppTokenRevokeLicensesActionResult objects, not'
        + ' null.',
    ]);
    assert.deepEqual(messageOf('"actionName": {"a": 1}'),
      ['"actionName" must be a string or null, not an object.']);
  });

  test('should say when a key is a present name in another letter case', () => {
    assert.deepEqual(messageOf('"actionState": "done", "ActionState": "done"'), ['"ActionState"'
      + ' differs from "actionState" only in letter case, and "actionState" is already in this'
      + ' object; names are case-sensitive, so remove one of them.']);
  });

  test('should word the problem cap in the singular when one is left out', () => {
    const messages = messageOf('"actionState": "Done", "totalLicensesCount": "1"',
      { maxProblems: 1 });

    assert.equal(messages[1], 'Only the first problem is reported; 1 more was left out. Raise'
      + ' the problem limit to see them.');
  });

  test('should never cut a long value inside a surrogate pair', () => {
    const [message] = messageOf(`"actionState": "${'a'.repeat(57)}\u{1F600}\u{1F600}"`);

    assert.ok(message.startsWith(`"actionState" value "${'a'.repeat(57)}… is not a member`),
      message);
  });

  test('should cut very long values short in messages', () => {
    const long = 'x'.repeat(200);
    const [message] = messageOf(`"actionState": "${long}"`);

    assert.ok(message.startsWith(`"actionState" value "${'x'.repeat(58)}… is not a member`),
      message);
  });
});
