import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { analyzeText } from '../../server/src/core/analyze';
import { DocumentLanguage } from '../../server/src/core/parse';
import { OffsetRange, Problem } from '../../server/src/core/problems';
import { caseCount, mutatedCase, seedDocuments } from './mutations';

function assertInside(range: OffsetRange, text: string, label: string): void {
  assert.ok(Number.isInteger(range.start) && Number.isInteger(range.end), label);
  assert.ok(range.start >= 0 && range.start <= range.end && range.end <= text.length,
    `${label}: ${range.start}-${range.end} of ${text.length}`);
}

/** Applies every fix to its own copy of the text; each result must analyse without throwing. */
function checkFixes(text: string, problems: readonly Problem[], language: DocumentLanguage) {
  for (const problem of problems) {
    if (!problem.fix) {
      continue;
    }
    assertInside(problem.fix.range, text, `fix of ${problem.code}`);

    const fixed = text.slice(0, problem.fix.range.start) + problem.fix.replacement
      + text.slice(problem.fix.range.end);
    analyzeText(fixed, { language });
  }
}

suite('when the core meets mutated documents', () => {
  test(`should never throw, keep ranges inside the text and answer the same twice`, () => {
    const seeds = seedDocuments();
    const count = caseCount();

    for (let index = 0; index < count; index++) {
      const text = mutatedCase(index, seeds);
      const language: DocumentLanguage = index % 2 === 0 ? 'json' : 'jsonc';
      const options = { language, associated: index % 3 === 0 };
      const label = `case ${index}`;

      const first = analyzeText(text, options);
      const second = analyzeText(text, options);
      assert.deepEqual(second.problems, first.problems, label);
      for (const problem of first.problems) {
        assertInside(problem.range, text, `${label} ${problem.code}`);
        problem.related?.forEach((related) => assertInside(related.range, text, label));
      }
      checkFixes(text, first.problems, language);
    }
  });
});
