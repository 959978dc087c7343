import { Node } from 'jsonc-parser';
import {
  DEFAULT_SEVERITIES,
  FixData,
  OffsetRange,
  Problem,
  ProblemCode,
  RelatedProblem,
} from './problems';
import { isHighSurrogate, isLowSurrogate } from './tokens';

export interface ReportExtras {
  readonly related?: readonly RelatedProblem[];
  readonly fix?: FixData;
}

/** Collects problems at their default severity; the analysis applies the user's settings. */
export class ProblemSink {
  readonly problems: Problem[] = [];

  /** Records the problem and returns it, for callers that must recognise it later. */
  report(
    code: ProblemCode,
    range: OffsetRange,
    message: string,
    extras: ReportExtras = {},
  ): Problem {
    const problem: Problem = {
      code,
      severity: DEFAULT_SEVERITIES[code],
      message,
      range,
      ...(extras.related ? { related: extras.related } : {}),
      ...(extras.fix ? { fix: extras.fix } : {}),
    };

    this.problems.push(problem);
    return problem;
  }
}

export function rangeOf(node: Node): OffsetRange {
  return { start: node.offset, end: node.offset + node.length };
}

/**
 * A fix that turns `token` (the text of `node`) into `replacement`, narrowed to the span that
 * differs so that fixes of one token (a missing `#` and a letter case) never overlap.
 */
export function fixReplacing(
  node: Node,
  token: string,
  replacement: string,
  label: string,
  safe: boolean,
): FixData {
  let prefix = 0;
  const shorter = Math.min(token.length, replacement.length);
  while (prefix < shorter && token[prefix] === replacement[prefix]) {
    prefix++;
  }

  let suffix = 0;
  while (
    suffix < token.length - prefix
    && suffix < replacement.length - prefix
    && token[token.length - 1 - suffix] === replacement[replacement.length - 1 - suffix]
  ) {
    suffix++;
  }

  if (isHighSurrogate(token.charCodeAt(prefix - 1))) {
    prefix--;
  }
  if (isLowSurrogate(token.charCodeAt(token.length - suffix))) {
    suffix--;
  }

  const range = { start: node.offset + prefix, end: node.offset + token.length - suffix };
  const changed = replacement.slice(prefix, replacement.length - suffix);
  return { range, replacement: changed, label, safe };
}
