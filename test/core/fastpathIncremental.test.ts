import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { AnalysisOptions, analyzeText } from '../../server/src/core/analyze';
import { ContainerTable } from '../../server/src/core/containers';
import { DocumentOutline, SCAN_MIN_LENGTH } from '../../server/src/core/fastPath';
import { AnalyzedText, analyzeIncrementally } from '../../server/src/core/incremental';
import { LineMap } from '../../server/src/core/positions';
import { changedSpan } from '../../server/src/core/textChange';
import { seededRandom } from '../fuzz/mutations';
import { bigDocument } from './fastpathCases';

const EDIT_TEXTS = ['x', '9', '', '"', '{', '}', ',', '\n', '\r\n', '\\', ' ', '"a": 1, ',
  'done', '#microsoft.graph.vppTokenRevokeLicensesActionResult', '/* c */', 'é'];

function tableOf(containers: ContainerTable): number[][] {
  return Array.from({ length: containers.count }, (_, index) =>
    [containers.startOf(index), containers.endOf(index), containers.parentOf(index)]);
}

function assertSameOutline(actual: DocumentOutline, expected: DocumentOutline, label: string) {
  assert.deepEqual(actual.payloads, expected.payloads, label);
  assert.deepEqual(actual.positions, expected.positions, label);
  assert.deepEqual(actual.found, expected.found, label);
  assert.deepEqual(tableOf(actual.containers), tableOf(expected.containers), label);
}

function assertSameLines(actual: LineMap, text: string, label: string) {
  const expected = new LineMap(text);

  assert.equal(actual.lineCount, expected.lineCount, label);
  for (let offset = 0; offset <= text.length; offset += 4999) {
    assert.deepEqual(actual.positionAt(offset), expected.positionAt(offset), `${label} @${offset}`);
  }
}

/**
 * Edits the text at seeded places and checks each result against a fresh analysis. An edit
 * that breaks the syntax is undone before the next, so most edits meet a valid document.
 */
function editRepeatedly(
  start: AnalyzedText,
  options: AnalysisOptions,
  seed: number,
  edits: number,
): number {
  const random = seededRandom(seed);
  let current = start;
  let reused = 0;

  for (let step = 0; step < edits; step++) {
    current = current.analysis.outline ? current : start;
    const at = Math.floor(random() * current.text.length);
    const removed = Math.floor(random() * 3);
    const inserted = EDIT_TEXTS[Math.floor(random() * EDIT_TEXTS.length)];
    const text = current.text.slice(0, at) + inserted + current.text.slice(at + removed);
    const label = `step ${step}: ${removed} at ${at} -> ${JSON.stringify(inserted)}`;

    const next = analyzeIncrementally(current, text, options);
    const fresh = analyzeText(text, options);
    assert.deepEqual(next.analysis.problems, fresh.problems, label);
    assert.equal(next.analysis.outline === undefined, fresh.outline === undefined, label);
    if (next.analysis.outline && fresh.outline) {
      assertSameOutline(next.analysis.outline, fresh.outline, label);
      reused += next.analysis.outline.payloads[0] === current.analysis.outline?.payloads[0] ? 1 : 0;
    }
    assertSameLines(next.lines, text, label);
    current = { text, ...next };
  }
  return reused;
}

suite('when a big document is edited', () => {
  const big = bigDocument(3, SCAN_MIN_LENGTH + 5000);

  test('should give after every edit what a fresh analysis gives', () => {
    const options: AnalysisOptions = { language: 'json', maxProblems: 100000 };
    const first = analyzeIncrementally(undefined, big.text, options);

    assert.deepEqual(first.analysis, analyzeText(big.text, options));
    const reused = editRepeatedly({ text: big.text, ...first }, options, 11, 40);
    assert.ok(reused > 12, `the edits reused the outline only ${reused} times`);
  });

  test('should do so for associated JSONC documents with comments too', () => {
    const jsonc = bigDocument(4, SCAN_MIN_LENGTH + 5000, true).text;
    const options: AnalysisOptions = { language: 'jsonc', associated: true, maxProblems: 3 };
    const first = analyzeIncrementally(undefined, jsonc, options);

    assert.ok(first.analysis.outline);
    assert.ok(editRepeatedly({ text: jsonc, ...first }, options, 12, 30) > 8);
  });

  test('should reanalyse only the payload an edit inside it touched', () => {
    const options: AnalysisOptions = { language: 'json' };
    const first = analyzeIncrementally(undefined, big.text, options);
    const outline = first.analysis.outline as DocumentOutline;
    const target = outline.payloads[Math.floor(outline.payloads.length / 2)];
    const at = target.start + 1;
    const text = `${big.text.slice(0, at)} ${big.text.slice(at)}`;

    const next = analyzeIncrementally({ text: big.text, ...first }, text, options);
    const payloads = next.analysis.outline?.payloads ?? [];
    assert.equal(payloads[0], outline.payloads[0]);
    assert.deepEqual(payloads[payloads.length - 1], {
      ...outline.payloads[outline.payloads.length - 1],
      start: outline.payloads[outline.payloads.length - 1].start + 1,
      end: outline.payloads[outline.payloads.length - 1].end + 1,
    });
  });

  test('should give the size note once the limit falls below the length', () => {
    const options: AnalysisOptions = { language: 'json' };
    const first = analyzeIncrementally(undefined, big.text, options);
    const limited = { ...options, maxLength: SCAN_MIN_LENGTH };
    const again = analyzeIncrementally({ text: big.text, ...first }, big.text, limited);

    assert.deepEqual(again.analysis, analyzeText(big.text, limited));
    assert.deepEqual(again.analysis.problems.map((problem) => problem.code),
      ['document-too-large']);
  });

  test('should keep the analysis and line map when the text did not change', () => {
    const options: AnalysisOptions = { language: 'json' };
    const first = analyzeIncrementally(undefined, big.text, options);
    const again = analyzeIncrementally({ text: big.text, ...first }, `${big.text}`, options);

    assert.equal(again.lines, first.lines);
    assert.equal(again.analysis.outline, first.analysis.outline);
    assert.deepEqual(again.analysis.problems, first.analysis.problems);
  });
});

suite('when two versions of a text are compared', () => {
  test('should find the one span that differs', () => {
    const before = `${'a'.repeat(5000)}bc${'d'.repeat(9000)}`;

    assert.equal(changedSpan(before, before), undefined);
    assert.deepEqual(changedSpan(before, `${'a'.repeat(5000)}bXc${'d'.repeat(9000)}`),
      { start: 5001, oldEnd: 5001, newEnd: 5002 });
    assert.deepEqual(changedSpan(before, `${'a'.repeat(5000)}${'d'.repeat(9000)}`),
      { start: 5000, oldEnd: 5002, newEnd: 5000 });
    assert.deepEqual(changedSpan('abc', 'xbc'), { start: 0, oldEnd: 1, newEnd: 1 });
    assert.deepEqual(changedSpan('abc', 'ab'), { start: 2, oldEnd: 3, newEnd: 2 });
    assert.deepEqual(changedSpan('', 'ab'), { start: 0, oldEnd: 0, newEnd: 2 });
  });

  test('should keep line breaks right when an edit splits or joins CR LF', () => {
    const cases: readonly [string, number, number, string][] = [
      ['a\r\nb', 2, 0, 'x'], ['a\r\nb', 1, 0, '\n'], ['a\rb', 2, 0, '\n'], ['a\r\nb', 1, 1, ''],
      ['a\r\nb', 2, 1, ''], ['\r\n\r\n', 1, 2, ''], ['ab', 1, 0, '\r'], ['a\nb', 1, 0, '\r'],
      ['\ufeffa\nb', 0, 1, ''], ['a', 1, 0, '\r\n\r'], ['a\r', 2, 0, '\nb'],
    ];

    for (const [before, at, removed, inserted] of cases) {
      const after = before.slice(0, at) + inserted + before.slice(at + removed);
      const change = changedSpan(before, after);
      assert.ok(change);
      const label = `${JSON.stringify(before)} -> ${JSON.stringify(after)}`;
      const lines = LineMap.afterEdit(new LineMap(before), after, change);
      for (let offset = 0; offset <= after.length; offset++) {
        assert.deepEqual(lines.positionAt(offset), new LineMap(after).positionAt(offset), label);
      }
      assert.equal(lines.lineCount, new LineMap(after).lineCount, label);
    }
  });
});
