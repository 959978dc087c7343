import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { BASE, DERIVED, payload, problemsOf, rangeOf, shapeOf } from './helpers';

const BAD_STATE = '"actionState": "Done"';

suite('when payloads are found by @odata.type', () => {
  test('should validate the canonical type name at any depth', () => {
    const text = `{"value": [{"tokenActionResults": [${payload(BAD_STATE)}]}]}`;

    assert.deepEqual(shapeOf(problemsOf(text)), [
      { code: 'invalid-enum-value', severity: 'error', range: rangeOf(text, '"Done"') },
    ]);
  });

  test('should accept the name without "#" and report the missing hash', () => {
    const type = 'microsoft.graph.vppTokenRevokeLicensesActionResult';
    const text = payload(BAD_STATE, type);

    assert.deepEqual(shapeOf(problemsOf(text)), [
      {
        code: 'odata-type-missing-hash',
        severity: 'information',
        range: rangeOf(text, `"${type}"`),
      },
      { code: 'invalid-enum-value', severity: 'error', range: rangeOf(text, '"Done"') },
    ]);
  });

  test('should accept the graph alias and the $metadata URL form silently', () => {
    const alias = payload(BAD_STATE, '#graph.vppTokenRevokeLicensesActionResult');
    const url = payload(BAD_STATE,
      'https://graph.microsoft.com/beta/$metadata#microsoft.graph'
      + '.vppTokenRevokeLicensesActionResult');

    assert.deepEqual(problemsOf(alias).map((problem) => problem.code), ['invalid-enum-value']);
    assert.deepEqual(problemsOf(url).map((problem) => problem.code), ['invalid-enum-value']);
  });

  test('should report a type name in the wrong letter case and still validate the object', () => {
    const type = '#microsoft.graph.VppTokenRevokeLicensesActionResult';
    const text = payload(BAD_STATE, type);

    assert.deepEqual(shapeOf(problemsOf(text)), [
      { code: 'odata-type-case', severity: 'warning', range: rangeOf(text, `"${type}"`) },
      { code: 'invalid-enum-value', severity: 'error', range: rangeOf(text, '"Done"') },
    ]);
  });

  test('should use the last @odata.type of an object, as JSON.parse does', () => {
    const text = `{"@odata.type": "#microsoft.graph.user", "@odata.type": "${DERIVED}",`
      + ` ${BAD_STATE}}`;

    assert.deepEqual(problemsOf(text).map((problem) => problem.code), [
      'duplicate-key',
      'invalid-enum-value',
    ]);
  });

  test('should validate the base type and treat derived properties as unknown there', () => {
    const text = payload('"actionState": "done", "totalLicensesCount": 5', BASE);

    assert.deepEqual(shapeOf(problemsOf(text)), [
      {
        code: 'unknown-property',
        severity: 'warning',
        range: rangeOf(text, '"totalLicensesCount"'),
      },
    ]);
  });

  test('should find payloads in $batch response bodies and leave other objects alone', () => {
    const user = '{"displayName": "Adele", "actionState": "whatever", "totalLicensesCount": "x"}';
    const text = `{"responses": [{"id": "1", "body": ${user}},`
      + ` {"id": "2", "body": ${payload(BAD_STATE)}}]}`;

    assert.deepEqual(shapeOf(problemsOf(text)), [
      { code: 'invalid-enum-value', severity: 'error', range: rangeOf(text, '"Done"') },
    ]);
  });
});

suite('when nothing names the type', () => {
  test('should not guess from similar property names', () => {
    const text = '{"actionState": "Done", "totalLicensesCount": 2, "failedLicensesCount": 3}';

    assert.deepEqual(problemsOf(text), []);
  });

  test('should ignore other Graph types and non-string @odata.type values', () => {
    const text = '[{"@odata.type": "#microsoft.graph.vppToken", "actionState": "Done"},'
      + ' {"@odata.type": 5, "actionState": "Done"}]';

    assert.deepEqual(problemsOf(text), []);
  });
});

suite('when the file is associated with the type', () => {
  const associated = { associated: true };

  test('should treat the root object as a payload without @odata.type', () => {
    const text = `{${BAD_STATE}}`;

    assert.deepEqual(shapeOf(problemsOf(text, associated)), [
      { code: 'invalid-enum-value', severity: 'error', range: rangeOf(text, '"Done"') },
    ]);
  });

  test('should treat each element of a root array and of a root value array as payloads', () => {
    const array = `[{${BAD_STATE}}, {"actionState": "nope"}]`;
    const collection = `{"@odata.context": "x", "value": [{${BAD_STATE}}]}`;

    assert.deepEqual(shapeOf(problemsOf(array, associated)), [
      { code: 'invalid-enum-value', severity: 'error', range: rangeOf(array, '"Done"') },
      { code: 'invalid-enum-value', severity: 'error', range: rangeOf(array, '"nope"') },
    ]);
    assert.deepEqual(shapeOf(problemsOf(collection, associated)), [
      { code: 'invalid-enum-value', severity: 'error', range: rangeOf(collection, '"Done"') },
    ]);
  });

  test('should report a root array element that is not an object', () => {
    const text = `[{"actionState": "done"}, 42]`;

    assert.deepEqual(shapeOf(problemsOf(text, associated)), [
      { code: 'wrong-type', severity: 'error', range: rangeOf(text, '42') },
    ]);
  });

  test('should report a non-string @odata.type in an associated payload', () => {
    const text = '{"@odata.type": 7, "actionState": "done"}';

    assert.deepEqual(shapeOf(problemsOf(text, associated)), [
      { code: 'wrong-type', severity: 'error', range: rangeOf(text, '7') },
    ]);
  });

  test('should leave an element alone whose @odata.type names another type', () => {
    const text = `[{"@odata.type": "#microsoft.graph.user", ${BAD_STATE}}]`;

    assert.deepEqual(problemsOf(text, associated), []);
  });

  test('should validate an associated root typed as the base type as the base type', () => {
    const text = `{"@odata.type": "${BASE}", "failedLicensesCount": 1}`;

    assert.deepEqual(problemsOf(text, associated).map((problem) => problem.code),
      ['unknown-property']);
  });
});

suite('when @odata.type is spelled in more than one wrong way', () => {
  test('should give one safe fix that adds the "#" and corrects the case together', () => {
    const type = 'microsoft.graph.VppTokenRevokeLicensesActionResult';
    const text = payload(BAD_STATE, type);
    const problems = problemsOf(text);

    assert.deepEqual(problems.map((problem) => [problem.code, problem.fix?.label]), [
      ['odata-type-missing-hash', undefined],
      ['odata-type-case', '#microsoft.graph.vppTokenRevokeLicensesActionResult'],
      ['invalid-enum-value', 'done'],
    ]);
  });

  test('should read $metadata# only as a whole path segment of a context URL', () => {
    const loose = payload(BAD_STATE, 'foo$metadata#microsoft.graph.vppTokenActionResult');
    const bare = payload(BAD_STATE, '$metadata#microsoft.graph.vppTokenActionResult');

    assert.deepEqual(problemsOf(loose), []);
    assert.deepEqual(problemsOf(bare).map((problem) => problem.code), ['invalid-enum-value']);
  });
});
