import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { analyzeText } from '../../server/src/core/analyze';
import { SCAN_MIN_LENGTH } from '../../server/src/core/fastPath';
import { OffsetRange } from '../../server/src/core/problems';
import { CompletionEntry, completionsAt, hoverAt, HoverResult } from '../../server/src/features';
import { bigDocument } from './fastpathCases';

function moved(range: OffsetRange, by: number): OffsetRange {
  return { start: range.start + by, end: range.end + by };
}

function movedEntry(entry: CompletionEntry, by: number): CompletionEntry {
  return {
    ...entry,
    insert: moved(entry.insert, by),
    replace: moved(entry.replace, by),
    additionalEdits: entry.additionalEdits.map((edit) =>
      ({ ...edit, range: moved(edit.range, by) })),
  };
}

function movedHover(hover: HoverResult | undefined, by: number): HoverResult | undefined {
  return hover && { ...hover, range: moved(hover.range, by) };
}

suite('when completion and hover work in a big document, which has an outline but no tree', () => {
  const big = bigDocument(5, SCAN_MIN_LENGTH + 2000, true);
  const analysis = analyzeText(big.text, { language: 'jsonc' });
  const options = { snippets: true, associated: false };

  test('should answer as they do in the same payloads standing alone', () => {
    let answered = 0;

    assert.ok(analysis.outline);
    for (const part of big.parts.filter((_, index) => index % 15 === 0)) {
      const alone = analyzeText(part.text, { language: 'jsonc' });
      for (let offset = 0; offset <= part.text.length; offset += 2) {
        const label = `part at ${part.start}, offset ${offset}`;
        const expected = completionsAt(part.text, alone, offset, options)
          .map((entry) => movedEntry(entry, part.start));
        assert.deepEqual(completionsAt(big.text, analysis, part.start + offset, options),
          expected, label);
        assert.deepEqual(hoverAt(big.text, analysis, part.start + offset),
          movedHover(hoverAt(part.text, alone, offset), part.start), label);
        answered += expected.length > 0 ? 1 : 0;
      }
    }
    assert.ok(answered > 200, `only ${answered} positions had completions`);
  });
});
