import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { payload, problemsOf, rangeOf, shapeOf } from './helpers';

suite('when values nest deeper than the limit', () => {
  test('should report 100,000 nested arrays once instead of overflowing the stack', () => {
    const text = `${'['.repeat(100000)}${']'.repeat(100000)}`;

    assert.deepEqual(shapeOf(problemsOf(text)), [
      { code: 'nesting-too-deep', severity: 'information', range: { start: 256, end: 257 } },
    ]);
    assert.equal(problemsOf(text)[0].message, 'Values nested deeper than 256 levels are not'
      + ' checked; 1 such value was skipped, the first starting here.');
  });

  test('should still check payloads outside the deep part', () => {
    const deep = `${'['.repeat(40)}${payload('"actionState": 1')}${']'.repeat(40)}`;
    const text = `{"deep": ${deep}, "near": ${payload('"actionState": 2')}}`;
    const problems = problemsOf(text, { maxDepth: 10 });

    assert.deepEqual(shapeOf(problems), [
      // The outer object is level 1, so the tenth bracket opens level 11.
      { code: 'nesting-too-deep', severity: 'information', range: rangeOf(text, '[', 9) },
      { code: 'wrong-type', severity: 'error', range: rangeOf(text, '2') },
    ]);
  });

  test('should not count brackets inside strings or comments', () => {
    const text = `// [[[[[[[[[[[[\n{"a": "[[[[[[[[[[[[[[", "b": ${payload('"actionState": 3')}}`;

    assert.deepEqual(problemsOf(text, { language: 'jsonc', maxDepth: 4 }).map((p) => p.code),
      ['wrong-type']);
  });

  test('should still report the syntax errors of the values too deep to check', () => {
    const text = `${'['.repeat(300)}1,,2${']'.repeat(300)}`;
    const comment = `${'['.repeat(300)}{"a": 1, // x\n}${']'.repeat(300)}`;

    assert.deepEqual(shapeOf(problemsOf(text)), [
      { code: 'nesting-too-deep', severity: 'information', range: { start: 256, end: 257 } },
      { code: 'syntax-error', severity: 'error', range: { start: 302, end: 303 } },
    ]);
    assert.equal(problemsOf(text)[1].message, 'Expected a JSON value.');
    assert.deepEqual(shapeOf(problemsOf(comment, { language: 'jsonc' })).slice(1), [
      { code: 'syntax-error', severity: 'warning', range: rangeOf(comment, ',') },
    ]);
    assert.deepEqual(shapeOf(problemsOf(comment, { language: 'json' })).slice(1), [
      { code: 'syntax-error', severity: 'error', range: rangeOf(comment, '// x') },
    ]);
    assert.deepEqual(shapeOf(problemsOf(`${'['.repeat(300)}/*`, { language: 'jsonc' })), [
      { code: 'nesting-too-deep', severity: 'information', range: { start: 256, end: 257 } },
      { code: 'syntax-error', severity: 'error', range: { start: 300, end: 302 } },
      { code: 'syntax-error', severity: 'error', range: { start: 302, end: 302 } },
    ]);
  });

  test('should keep the text around a deep value as wrong as it was', () => {
    const cases = ['-[1]', '1.[1]', '1e[1]', '1[2]', '-{}'];

    for (const inner of cases) {
      const text = `${'['.repeat(256)}${inner}${']'.repeat(256)}`;
      const problems = problemsOf(text);

      assert.equal(problems.filter((problem) => problem.code === 'nesting-too-deep').length, 1);
      assert.ok(problems.some((problem) =>
        problem.code === 'syntax-error' && problem.severity === 'error'), inner);
    }
  });

  test('should report an unclosed deep document once per place, not per level', () => {
    const problems = problemsOf('['.repeat(5000));

    assert.deepEqual(problems.map((problem) => problem.code), ['nesting-too-deep', 'syntax-error']);
  });
});
