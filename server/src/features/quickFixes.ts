/**
 * Quick fixes (SPEC 6), chosen by a diagnostic's code and the fix data the core stored on it,
 * never by its message. Codes without an entry here (counts, timelines) get no fix, since no
 * fix can know the right count or instant.
 */
import { FixData, isProblemCode, Problem, ProblemCode } from '../core';
import { editsOverlap, OffsetEdit } from './edits';

export interface QuickFix {
  readonly title: string;
  /** The obvious fix: one that repairs the form without changing the meaning. */
  readonly isPreferred: boolean;
  readonly edit: OffsetEdit;
}

export const FIX_ALL_TITLE = 'Fix all safe vppTokenRevokeLicensesActionResult problems';

/** A title says what the edit writes, so it is read from the fix data, never assumed. */
const TITLES: Partial<Record<ProblemCode, (fix: FixData) => string>> = {
  'invalid-enum-value': ({ label }) => `Change to "${label}"`,
  'enum-numeric-string': ({ label }) => `Write the member name "${label}"`,
  'unknown-property': ({ label }) => `Rename to "${label}"`,
  'odata-type-missing-hash': () => 'Add the leading "#" to the type name',
  'odata-type-case': ({ label }) => `Correct the letter case to "${label}"`,
  'non-canonical-number': ({ label }) => `Write the number as ${label}`,
  'wrong-type': retypingTitle,
};

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** A value retyped to its property's JSON type: an enum member's name, or a count's number. */
function retypingTitle({ replacement, label }: FixData): string {
  if (replacement.startsWith('"')) {
    return `Use the member name "${label}"`;
  }
  if (JSON_NUMBER.test(replacement)) {
    return `Write ${label} as a number`;
  }
  return `Replace the value with ${replacement}`;
}

export function quickFixFor(code: unknown, data: unknown): QuickFix | undefined {
  if (typeof code !== 'string' || !isProblemCode(code) || !isFixData(data)) {
    return undefined;
  }

  const title = TITLES[code];
  if (title === undefined) {
    return undefined;
  }
  return {
    title: title(data),
    isPreferred: data.safe,
    edit: { range: data.range, newText: data.replacement },
  };
}

/** Every safe fix of the problems, in document order, leaving out any that would overlap. */
export function fixAllEdits(problems: readonly Problem[]): OffsetEdit[] {
  const safe = problems
    .filter((problem) => problem.fix?.safe === true && TITLES[problem.code] !== undefined)
    .map((problem) => problem.fix as FixData)
    .sort(
      (left, right) => left.range.start - right.range.start || left.range.end - right.range.end,
    );

  const edits: OffsetEdit[] = [];
  for (const fix of safe) {
    const previous = edits[edits.length - 1];
    if (previous === undefined || !editsOverlap(previous.range, fix.range)) {
      edits.push({ range: fix.range, newText: fix.replacement });
    }
  }
  return edits;
}

/** Data read back from a client is checked before use: it may be stale or malformed. */
export function isFixData(value: unknown): value is FixData {
  if (typeof value !== 'object' || value === null) {
    return false;
  }

  const candidate = value as Record<string, unknown>;
  return (
    isOffsetRange(candidate.range) &&
    typeof candidate.replacement === 'string' &&
    typeof candidate.label === 'string' &&
    typeof candidate.safe === 'boolean'
  );
}

function isOffsetRange(value: unknown): value is { start: number; end: number } {
  if (typeof value !== 'object' || value === null) {
    return false;
  }

  const { start, end } = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(start) &&
    Number.isSafeInteger(end) &&
    (start as number) >= 0 &&
    (start as number) <= (end as number)
  );
}
