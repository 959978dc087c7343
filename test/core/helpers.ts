import { analyzeText, AnalysisOptions } from '../../server/src/core/analyze';
import { OffsetRange, Problem } from '../../server/src/core/problems';

export const DERIVED = '#microsoft.graph.vppTokenRevokeLicensesActionResult';
export const BASE = '#microsoft.graph.vppTokenActionResult';

/** A one-line payload of the derived type with the given members after `@odata.type`. */
export function payload(members: string, type = DERIVED): string {
  return `{"@odata.type": "${type}"${members === '' ? '' : `, ${members}`}}`;
}

export function problemsOf(
  text: string,
  options: Partial<AnalysisOptions> = {},
): readonly Problem[] {
  return analyzeText(text, { language: 'json', ...options }).problems;
}

/** The offsets of the `occurrence`-th appearance of `token` in `text`, found independently. */
export function rangeOf(text: string, token: string, occurrence = 0): OffsetRange {
  let start = -1;
  for (let index = 0; index <= occurrence; index++) {
    start = text.indexOf(token, start + 1);
    if (start < 0) {
      throw new Error(`"${token}" occurs fewer than ${occurrence + 1} times`);
    }
  }
  return { start, end: start + token.length };
}

/** Code, severity and range of each problem: what the editor shows, without the wording. */
export function shapeOf(problems: readonly Problem[]) {
  return problems.map(({ code, severity, range }) => ({ code, severity, range }));
}
