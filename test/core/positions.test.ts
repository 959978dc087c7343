import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { LineMap } from '../../server/src/core/positions';

suite('when offsets are mapped to positions', () => {
  test('should treat LF, CRLF and a lone CR as one break each', () => {
    const lines = new LineMap('a\nb\r\nc\rd');

    assert.deepEqual([1, 3, 6, 7].map((offset) => lines.positionAt(offset)), [
      { line: 0, character: 1 },
      { line: 1, character: 1 },
      { line: 2, character: 1 },
      { line: 3, character: 0 },
    ]);
    assert.equal(lines.lineCount, 4);
  });

  test('should not count a byte order mark on the first line only', () => {
    const lines = new LineMap('\ufeff{}\n{}');

    assert.deepEqual(lines.positionAt(1), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(5), { line: 1, character: 1 });
    assert.equal(lines.offsetAt({ line: 0, character: 0 }), 1);
  });

  test('should count a byte order mark when the text is what a client sent', () => {
    const lines = new LineMap('\ufeff{}\n{}', { countByteOrderMark: true });

    assert.deepEqual(lines.positionAt(1), { line: 0, character: 1 });
    assert.deepEqual(lines.positionAt(5), { line: 1, character: 1 });
    assert.equal(lines.offsetAt({ line: 0, character: 0 }), 0);
  });

  test('should map positions back to offsets and clamp past the end of a line', () => {
    const lines = new LineMap('ab\r\ncd');

    assert.equal(lines.offsetAt({ line: 1, character: 1 }), 5);
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(lines.offsetAt({ line: 9, character: 0 }), 6);
    assert.deepEqual(lines.positionAt(99), { line: 1, character: 2 });
  });
});
