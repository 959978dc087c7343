/** What the core reports: problems as offsets into the analysed text, never positions. */

export const DIAGNOSTIC_SOURCE = 'vpp-lint';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type SeveritySetting = Severity | 'off';

/** What a user may set a code to, in the editor and on the command line. */
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = [
  'error',
  'warning',
  'information',
  'hint',
  'off',
];

/** Every code the core can emit, with its default severity. */
export const DEFAULT_SEVERITIES = {
  'syntax-error': 'error',
  'wrong-type': 'error',
  'invalid-enum-value': 'error',
  'enum-numeric-string': 'warning',
  'invalid-date-time': 'error',
  'not-an-integer': 'error',
  'int32-out-of-range': 'error',
  'non-canonical-number': 'warning',
  'negative-count': 'warning',
  'null-not-allowed': 'warning',
  'unknown-property': 'warning',
  'duplicate-key': 'warning',
  'failed-exceeds-total': 'error',
  'last-updated-before-start': 'warning',
  'odata-type-missing-hash': 'information',
  'odata-type-case': 'warning',
  'too-many-problems': 'information',
  'document-too-large': 'information',
  'nesting-too-deep': 'information',
} as const satisfies Record<string, Severity>;

export type ProblemCode = keyof typeof DEFAULT_SEVERITIES;

export const PROBLEM_CODES = Object.keys(DEFAULT_SEVERITIES) as ProblemCode[];

export function isProblemCode(value: string): value is ProblemCode {
  return Object.prototype.hasOwnProperty.call(DEFAULT_SEVERITIES, value);
}

/** A half-open range of UTF-16 offsets into the analysed text. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export interface RelatedProblem {
  readonly range: OffsetRange;
  readonly message: string;
}

/**
 * What a quick fix needs, stored on the problem so fixes never read the message: the text that
 * replaces `range` (the smallest span that differs), and the new value as a user reads it.
 * A `safe` fix repairs the form, not the meaning, so fix-all may apply it unasked.
 */
export interface FixData {
  readonly range: OffsetRange;
  readonly replacement: string;
  readonly label: string;
  readonly safe: boolean;
}

export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly message: string;
  readonly range: OffsetRange;
  readonly related?: readonly RelatedProblem[];
  readonly fix?: FixData;
}
