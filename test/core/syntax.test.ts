import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { analyzeText } from '../../server/src/core/analyze';
import { LineMap } from '../../server/src/core/positions';
import { payload, problemsOf, rangeOf, shapeOf } from './helpers';

suite('when the text is not JSON', () => {
  test('should report a comment as an error in json but accept it in jsonc', () => {
    const text = `// note\n${payload('"actionState": "done"')}`;

    assert.deepEqual(shapeOf(problemsOf(text, { language: 'json' })), [
      { code: 'syntax-error', severity: 'error', range: rangeOf(text, '// note') },
    ]);
    assert.deepEqual(problemsOf(text, { language: 'jsonc' }), []);
  });

  test('should report a trailing comma as an error in json and a warning in jsonc', () => {
    const text = payload('"actionState": "done",');
    const comma = rangeOf(text, ',', 1);

    assert.deepEqual(shapeOf(problemsOf(text, { language: 'json' })), [
      { code: 'syntax-error', severity: 'error', range: comma },
    ]);
    assert.deepEqual(shapeOf(problemsOf(text, { language: 'jsonc' })), [
      { code: 'syntax-error', severity: 'warning', range: comma },
    ]);
  });

  test('should keep a missing value before a trailing comma an error in jsonc', () => {
    const text = '[1,,]';

    assert.deepEqual(shapeOf(problemsOf(text, { language: 'jsonc' })), [
      { code: 'syntax-error', severity: 'error', range: { start: 3, end: 4 } },
      { code: 'syntax-error', severity: 'warning', range: { start: 3, end: 4 } },
    ]);
  });

  test('should keep validating payloads around a syntax error', () => {
    const text = `[${payload('"actionState": "Done"')}, {"a": }]`;

    assert.deepEqual(problemsOf(text).map((problem) => problem.code),
      ['invalid-enum-value', 'syntax-error']);
  });

  test('should end an array cut off by an unclosed comment inside the text', () => {
    const text = '[[1/*';

    assert.deepEqual(shapeOf(problemsOf(text, { language: 'jsonc', associated: true })), [
      { code: 'wrong-type', severity: 'error', range: { start: 1, end: 5 } },
      { code: 'syntax-error', severity: 'error', range: { start: 3, end: 5 } },
      { code: 'syntax-error', severity: 'error', range: { start: 5, end: 5 } },
    ]);
  });

  test('should report an empty document once', () => {
    assert.deepEqual(shapeOf(problemsOf('')), [
      { code: 'syntax-error', severity: 'error', range: { start: 0, end: 0 } },
    ]);
  });
});

suite('when text has a byte order mark, CRLF breaks or astral characters', () => {
  test('should not count a byte order mark in positions and not call it a syntax error', () => {
    const text = `\ufeff${payload('"actionState": "Done"')}`;
    const [problem] = problemsOf(text);
    const start = new LineMap(text).positionAt(problem.range.start);

    assert.equal(problem.code, 'invalid-enum-value');
    assert.deepEqual(start, { line: 0, character: text.indexOf('"Done"') - 1 });
  });

  test('should count CRLF as one line break', () => {
    const text = '{\r\n"@odata.type": "#microsoft.graph.vppTokenActionResult",\r\n'
      + '"actionState": "Done"\r\n}';
    const [problem] = problemsOf(text);
    const lines = new LineMap(text);

    assert.deepEqual(lines.positionAt(problem.range.start), { line: 2, character: 15 });
    assert.deepEqual(lines.positionAt(problem.range.end), { line: 2, character: 21 });
  });

  test('should count an astral character before an error as two UTF-16 units', () => {
    const text = payload('"actionName": "\u{1F680} launch", "actionState": "Done"');
    const [problem] = problemsOf(text);
    const start = new LineMap(text).positionAt(problem.range.start);

    const utf16Index = text.indexOf('"Done"');
    const codePointIndex = [...text.slice(0, utf16Index)].length;

    assert.deepEqual(start, { line: 0, character: utf16Index });
    assert.equal(codePointIndex, utf16Index - 1);
  });
});

suite('when a key repeats in a payload', () => {
  test('should warn on the later key, compared after unescaping, related to the first', () => {
    const text = payload('"actionState": "done", "action\\u0053tate": "failed"');
    const problems = analyzeText(text, { language: 'json' }).problems;

    assert.deepEqual(problems.map(({ code, severity, range, related }) => ({
      code, severity, range, related: related?.map((item) => item.range),
    })), [{
      code: 'duplicate-key',
      severity: 'warning',
      range: rangeOf(text, '"action\\u0053tate"'),
      related: [rangeOf(text, '"actionState"')],
    }]);
  });

  test('should leave duplicate keys outside payloads to the JSON language support', () => {
    assert.deepEqual(problemsOf('{"a": 1, "a": 2}'), []);
  });
});

suite('when names contain "@"', () => {
  test('should never call annotations unknown', () => {
    const text = payload('"@odata.etag": "W/1", "failedLicensesCount@odata.type": "#Int32",'
      + ' "actionState@odata.annotation": 1, "@microsoft.graph.tips": "x"');

    assert.deepEqual(problemsOf(text), []);
  });
});

suite('when properties are missing', () => {
  test('should not report them, since $select results and examples omit them', () => {
    assert.deepEqual(problemsOf(payload('')), []);
    assert.deepEqual(problemsOf(payload('"actionState": "done"')), []);
  });
});

suite('when a document starts with two byte order marks', () => {
  test('should skip one and report the second as a syntax error', () => {
    const text = `\ufeff\ufeff${payload('')}`;

    assert.deepEqual(shapeOf(problemsOf(text)), [
      { code: 'syntax-error', severity: 'error', range: { start: 1, end: 2 } },
    ]);
  });
});
