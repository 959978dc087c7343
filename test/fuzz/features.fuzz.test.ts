import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { analyzeText, AnalysisOptions, OffsetRange, Problem } from '../../server/src/core';
import {
  applyEdits,
  completionsAt,
  CompletionEntry,
  fixAllEdits,
  hoverAt,
  HoverResult,
  OffsetEdit,
  quickFixFor,
  toMarkdown,
  toPlainText,
} from '../../server/src/features';
import { caseCount, mutatedCase, seededRandom, seedDocuments } from './mutations';

/** Far from the core fuzz test's indexes, so the features see documents of their own. */
const FIRST_INDEX = 1_000_000;

const OUTSIDE = { snippets: false, associated: false };

/** Characters where completion and hover decide the most; offsets next to them are favoured. */
const INTERESTING = new Set(['"', ':', ',', '{', '}', '[', ']', '\\', '/', '\n']);

function assertInside(range: OffsetRange, text: string, label: string): void {
  assert.ok(Number.isSafeInteger(range.start) && Number.isSafeInteger(range.end), label);
  assert.ok(
    range.start >= 0 && range.start <= range.end && range.end <= text.length,
    `${label}: ${range.start}-${range.end} of ${text.length}`,
  );
}

/**
 * Edits must apply as an editor applies them: no two touch the same text, and no two insert at
 * one place, whose order would then be up to the editor. An insertion may touch a replacement.
 */
function assertApplies(text: string, edits: readonly OffsetEdit[], label: string): string {
  edits.forEach((edit) => assertInside(edit.range, text, label));
  const ordered = [...edits].sort(
    (left, right) => left.range.start - right.range.start || left.range.end - right.range.end,
  );

  for (let index = 1; index < ordered.length; index++) {
    const previous = ordered[index - 1].range;
    const next = ordered[index].range;
    assert.ok(previous.end <= next.start, `${label}: edits overlap at ${next.start}`);
    assert.ok(
      previous.start !== next.start || next.end > next.start,
      `${label}: two insertions at ${next.start}`,
    );
  }
  return applyEdits(text, edits);
}

/** A cursor offset: anywhere in the text, often right before or after a structural character. */
function offsetIn(text: string, random: () => number): number {
  const offset = Math.floor(random() * (text.length + 1));
  if (random() < 0.5) {
    return offset;
  }

  for (let at = offset; at < text.length; at++) {
    if (INTERESTING.has(text[at])) {
      return random() < 0.5 ? at : at + 1;
    }
  }
  return offset;
}

function checkCompletion(
  text: string,
  entries: readonly CompletionEntry[],
  options: AnalysisOptions,
  label: string,
): void {
  for (const entry of entries) {
    const what = `${label} completion "${entry.label}"`;
    assertInside(entry.insert, text, what);
    assertInside(entry.replace, text, what);
    assert.equal(entry.insert.start, entry.replace.start, `${what}: insert starts elsewhere`);
    assert.ok(entry.insert.end <= entry.replace.end, `${what}: insert passes replace`);
    toMarkdown(entry.documentation);

    for (const range of [entry.replace, entry.insert]) {
      const edits = [{ range, newText: entry.newText }, ...entry.additionalEdits];
      analyzeText(assertApplies(text, edits, what), options);
    }
  }
}

function checkHover(
  text: string,
  result: HoverResult | undefined,
  offset: number,
  label: string,
): void {
  if (result === undefined) {
    return;
  }

  assertInside(result.range, text, `${label} hover`);
  assert.ok(
    result.range.start <= offset && offset < result.range.end,
    `${label}: hover range ${result.range.start}-${result.range.end} misses ${offset}`,
  );
  assert.ok(toMarkdown(result.doc).length > 0 && toPlainText(result.doc).length > 0, label);
}

function checkFixes(
  text: string,
  problems: readonly Problem[],
  options: AnalysisOptions,
  label: string,
): void {
  for (const problem of problems) {
    const fix = quickFixFor(problem.code, problem.fix);
    if (fix !== undefined) {
      const what = `${label} fix of ${problem.code}`;
      const after = analyzeText(assertApplies(text, [fix.edit], what), options);
      const still = after.problems.find(
        (found) => found.code === problem.code && found.range.start === problem.range.start,
      );
      assert.equal(still, undefined, `${what}: the problem is still there`);
    }
  }

  const all = fixAllEdits(problems);
  analyzeText(assertApplies(text, all, `${label} fix-all`), options);
}

/** Everything the features answer for one document and cursor, from a fresh analysis. */
function answersFor(text: string, offset: number, options: AnalysisOptions, snippets: boolean) {
  const analysis = analyzeText(text, options);
  const associated = options.associated ?? false;

  return {
    analysis,
    completions: completionsAt(text, analysis, offset, { snippets, associated }),
    hover: hoverAt(text, analysis, offset),
    fixAll: fixAllEdits(analysis.problems),
  };
}

suite('when completion, hover and quick fixes meet mutated documents', () => {
  test('should never throw, keep every edit inside the text and answer the same twice', () => {
    const seeds = seedDocuments();
    const count = caseCount();

    for (let index = 0; index < count; index++) {
      const text = mutatedCase(FIRST_INDEX + index, seeds);
      const random = seededRandom(FIRST_INDEX + index);
      const offset = offsetIn(text, random);
      const options: AnalysisOptions = {
        language: index % 2 === 0 ? 'json' : 'jsonc',
        associated: index % 3 === 0,
      };
      const label = `case ${index} at ${offset}`;

      const first = answersFor(text, offset, options, index % 4 !== 0);
      const second = answersFor(text, offset, options, index % 4 !== 0);
      assert.deepEqual(second.completions, first.completions, label);
      assert.deepEqual(second.hover, first.hover, label);
      assert.deepEqual(second.fixAll, first.fixAll, label);

      checkCompletion(text, first.completions, options, label);
      checkHover(text, first.hover, offset, label);
      checkFixes(text, first.analysis.problems, options, label);
    }
  });
});

suite('when cases the fuzzing found are replayed', () => {
  test('should offer no type name once the cursor is past the closing quote', () => {
    const text = '{"x": {"@odata.type": "microsoft.graph.other", "a": 1}}';
    const offset = text.indexOf('", "a"') + 1;
    const analysis = analyzeText(text, { language: 'json' });

    assert.deepEqual(completionsAt(text, analysis, offset, OUTSIDE), []);
    assert.deepEqual(
      completionsAt(text, analysis, offset - 1, OUTSIDE).map((entry) => entry.replace),
      [{ start: 23, end: 44 }, { start: 23, end: 44 }],
    );
  });

  test('should put an insertion at the start of a replacement before it, in any order', () => {
    const replace = { range: { start: 2, end: 4 }, newText: 'X' };
    const insert = { range: { start: 2, end: 2 }, newText: ',' };

    assert.equal(applyEdits('abcdef', [replace, insert]), 'ab,Xef');
    assert.equal(applyEdits('abcdef', [insert, replace]), 'ab,Xef');
  });

  test('should keep insertions at one place in their given order', () => {
    const first = { range: { start: 2, end: 2 }, newText: '1' };
    const second = { range: { start: 2, end: 2 }, newText: '2' };

    assert.equal(applyEdits('abcdef', [first, second]), 'ab12cdef');
  });
});
