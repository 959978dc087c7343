/**
 * Sets the core's verdict on each payload beside the schema's, so a test can say exactly where
 * the two may differ: the rules a schema cannot state.
 */
import { getNodeValue } from 'jsonc-parser';
import { analyzeText } from '../../server/src/core/analyze';
import { Payload } from '../../server/src/core/locate';
import { Problem, ProblemCode } from '../../server/src/core/problems';
import { validatePayloadValue, Verdict } from './validator';

/**
 * Codes a schema never sees: they compare two properties, judge how a value was written rather
 * than what it is, or are accepted spellings the core only mentions.
 */
export const SCHEMA_BLIND_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'failed-exceeds-total',
  'last-updated-before-start',
  'non-canonical-number',
  'negative-count',
  'duplicate-key',
  'odata-type-missing-hash',
  'syntax-error',
]);

export interface PayloadVerdicts {
  readonly codes: readonly ProblemCode[];
  readonly schema: Verdict;
  /** What the schema should say, given the core's problems on this payload. */
  readonly expectedValid: boolean;
}

/**
 * True when the schema should reject a value the core reported. `not-an-integer` is judged
 * from the literal, and a literal like 1000.00000000000001 reaches a schema as the double 1000.
 */
export function schemaSees(problem: Problem, text: string): boolean {
  if (problem.code === 'not-an-integer') {
    return !Number.isInteger(Number(text.slice(problem.range.start, problem.range.end)));
  }
  return !SCHEMA_BLIND_CODES.has(problem.code);
}

/** The problems inside one payload, leaving out those of payloads nested in it. */
function problemsWithin(payload: Payload, all: readonly Payload[], problems: readonly Problem[]) {
  const inside = (node: Payload['object'], offset: number) =>
    offset >= node.offset && offset < node.offset + node.length;
  const nested = all.filter((other) => other !== payload
    && inside(payload.object, other.object.offset));

  return problems.filter((problem) => inside(payload.object, problem.range.start)
    && !nested.some((other) => inside(other.object, problem.range.start)));
}

/** Each payload the core finds in `text`, with both verdicts. */
export function comparePayloads(
  text: string,
  options: { language: 'json' | 'jsonc'; associated: boolean },
): PayloadVerdicts[] {
  const analysis = analyzeText(text, options);

  return analysis.payloads.map((payload) => {
    const problems = problemsWithin(payload, analysis.payloads, analysis.problems);
    return {
      codes: problems.map((problem) => problem.code),
      schema: validatePayloadValue(getNodeValue(payload.object)),
      expectedValid: !problems.some((problem) => schemaSees(problem, text)),
    };
  });
}
