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
import { SCAN_MIN_LENGTH } from '../../server/src/core/fastPath';
import { caseCount, mutatedCase, seededRandom, seedDocuments } from './mutations';

/** Far from the core fuzz test's indexes, so the features see documents of their own. */
const FIRST_INDEX = 1_000_000;

/** Longer than the length from which the core analyses without a whole-document tree. */
const BIG_LENGTH = SCAN_MIN_LENGTH + 32 * 1024;

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

/** One document, a cursor in it, and how it is analysed. */
interface FeatureCase {
  readonly text: string;
  readonly offset: number;
  readonly options: AnalysisOptions;
  readonly snippets: boolean;
  readonly label: string;
}

/** How much of each answer is checked by analysing its result again. */
interface Thoroughness {
  readonly revalidateCompletions: boolean;
  readonly fixesChecked: number;
}

const THOROUGH: Thoroughness = { revalidateCompletions: true, fixesChecked: Infinity };
/** Big documents take a while to analyse: a few of their fixes stand for the rest. */
const SAMPLED: Thoroughness = { revalidateCompletions: false, fixesChecked: 3 };

function checkCompletion(
  { text, options, label }: FeatureCase,
  entries: readonly CompletionEntry[],
  thoroughness: Thoroughness,
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
      const after = assertApplies(text, edits, what);
      if (thoroughness.revalidateCompletions) {
        analyzeText(after, options);
      }
    }
  }
}

function checkHover({ text, offset, label }: FeatureCase, result: HoverResult | undefined): void {
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

/** Each fix removes its problem; fix-all applies cleanly; both results analyse again. */
function checkFixes(
  { text, options, label }: FeatureCase,
  problems: readonly Problem[],
  thoroughness: Thoroughness,
): void {
  const fixable = problems.filter((problem) => quickFixFor(problem.code, problem.fix));

  for (const problem of fixable.slice(0, thoroughness.fixesChecked)) {
    const fix = quickFixFor(problem.code, problem.fix);
    const what = `${label} fix of ${problem.code}`;
    const after = analyzeText(assertApplies(text, fix ? [fix.edit] : [], what), options);
    const still = after.problems.find(
      (found) => found.code === problem.code && found.range.start === problem.range.start,
    );
    assert.equal(still, undefined, `${what}: the problem is still there`);
  }

  const all = fixAllEdits(problems);
  analyzeText(assertApplies(text, all, `${label} fix-all`), options);
}

/** Everything the features answer for one case, from a fresh analysis. */
function answersFor({ text, offset, options, snippets }: FeatureCase) {
  const analysis = analyzeText(text, options);
  const associated = options.associated ?? false;

  return {
    analysis,
    completions: completionsAt(text, analysis, offset, { snippets, associated }),
    hover: hoverAt(text, analysis, offset),
    fixAll: fixAllEdits(analysis.problems),
  };
}

function checkCase(featureCase: FeatureCase, thoroughness: Thoroughness): void {
  const first = answersFor(featureCase);
  const second = answersFor(featureCase);
  assert.deepEqual(second.completions, first.completions, featureCase.label);
  assert.deepEqual(second.hover, first.hover, featureCase.label);
  assert.deepEqual(second.fixAll, first.fixAll, featureCase.label);

  checkCompletion(featureCase, first.completions, thoroughness);
  checkHover(featureCase, first.hover);
  checkFixes(featureCase, first.analysis.problems, thoroughness);
}

/** The `index`-th case made from the seeds: a mutated document and a cursor in it. */
function featureCase(index: number, seeds: readonly string[]): FeatureCase {
  const text = mutatedCase(FIRST_INDEX + index, seeds);
  const offset = offsetIn(text, seededRandom(FIRST_INDEX + index));

  return {
    text,
    offset,
    options: { language: index % 2 === 0 ? 'json' : 'jsonc', associated: index % 3 === 0 },
    snippets: index % 4 !== 0,
    label: `case ${index} at ${offset}`,
  };
}

/**
 * A valid collection response long enough for the analysis of big documents, which builds no
 * whole tree; mutations that keep it valid exercise that path, the others the usual one.
 */
function bigDocument(): string {
  const item = seedDocuments().find((seed) => seed.startsWith('{"@odata.type"')) ?? '{}';
  const items = Array.from({ length: Math.ceil(BIG_LENGTH / item.length) }, () => item);
  return `{"value": [\n${items.join(',\n')}\n]}`;
}

suite('when completion, hover and quick fixes meet mutated documents', () => {
  test('should never throw, keep every edit inside the text and answer the same twice', () => {
    const seeds = seedDocuments();

    for (let index = 0; index < caseCount(); index++) {
      checkCase(featureCase(index, seeds), THOROUGH);
    }
  });

  test('should hold the same in big documents, with a sample of their fixes', () => {
    const seeds = [bigDocument()];
    assert.ok(analyzeText(seeds[0], { language: 'json' }).outline, 'the big path is not taken');
    const count = Math.max(1, Math.round(caseCount() / 1000));

    for (let index = 0; index < count; index++) {
      checkCase(featureCase(index, seeds), SAMPLED);
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
