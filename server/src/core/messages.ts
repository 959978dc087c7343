/**
 * Every message the core writes, in one shape: the property or value in double quotes, what
 * is wrong, then what is allowed. Tests check the wording here and nowhere else.
 */
import { EnumType, INT32_MAX, INT32_MIN, PropertyModel } from './model';
import { ProblemCode } from './problems';
import { isHighSurrogate } from './tokens';

const MAX_SHOWN_LENGTH = 60;

/** A token as the user wrote it, cut short so a message stays readable. */
export function shown(tokenText: string): string {
  if (tokenText.length <= MAX_SHOWN_LENGTH) {
    return tokenText;
  }

  // Never cut between the two halves of a surrogate pair, which would leave half a character.
  let end = MAX_SHOWN_LENGTH - 1;
  if (isHighSurrogate(tokenText.charCodeAt(end - 1))) {
    end--;
  }
  return `${tokenText.slice(0, end)}…`;
}

export type JsonKind = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';

/** A wrong value as a message names it: a scalar as written, a container by its kind only. */
function described(kind: JsonKind, token: string): string {
  if (kind === 'object' || kind === 'array') {
    return `an ${kind}`;
  }
  return kind === 'null' ? 'null' : `the ${kind} ${shown(token)}`;
}

export function expectedValue(property: PropertyModel, enumType?: EnumType): string {
  switch (property.kind) {
    case 'enum': {
      const members = enumType?.members.map((member) => member.name).join(', ') ?? '';
      return `a member of ${enumType?.shortName ?? 'its enum'} as a string (${members})`;
    }
    case 'int32':
      return 'an Int32 number';
    case 'dateTimeOffset':
      return 'a DateTimeOffset string';
    case 'string':
      return 'a string or null';
  }
}

export const MESSAGES = {
  wrongType: (name: string, expected: string, actual: JsonKind, token: string) =>
    `"${name}" must be ${expected}, not ${described(actual, token)}.`,
  wrongODataType: (actual: JsonKind, token: string, example: string) =>
    `"@odata.type" must be a string such as "${example}", not ${described(actual, token)}.`,
  notAnObject: (typeName: string, actual: JsonKind, token: string) =>
    `Payloads in this associated file must be ${typeName} objects, not`
    + ` ${described(actual, token)}.`,
  invalidEnum: (name: string, token: string, enumType: EnumType, suggestion?: string) => {
    const hint = suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
    const allowed = enumType.members.map((member) => member.name).join(', ');
    return `"${name}" value ${shown(token)} is not a member of ${enumType.shortName}.${hint}`
      + ` Allowed: ${allowed}.`;
  },
  enumNumericString: (name: string, token: string, member: string) =>
    `"${name}" value ${shown(token)} is the number of member "${member}"; Graph sends the`
    + ` name, so write "${member}".`,
  invalidDateTime: (name: string, token: string, reason: string) =>
    `"${name}" value ${shown(token)} is not a valid DateTimeOffset: ${reason}.`,
  notAnInteger: (name: string, token: string) =>
    `"${name}" value ${shown(token)} is not an integer; Int32 allows whole numbers only.`,
  int32OutOfRange: (name: string, token: string) =>
    `"${name}" value ${shown(token)} is outside the Int32 range ${INT32_MIN} to ${INT32_MAX}.`,
  nonCanonicalNumber: (name: string, token: string, canonical: string) =>
    `"${name}" value ${shown(token)} is an integer written in another form; write ${canonical}.`,
  negativeCount: (name: string, token: string) =>
    `"${name}" value ${shown(token)} is negative; a count is 0 or more.`,
  nullNotAllowed: (name: string, expected: string) =>
    `"${name}" is null, but it is not nullable; give ${expected}.`,
  unknownProperty: (name: string, typeName: string, declared: string[], suggestion?: string) => {
    const hint = suggestion === undefined
      ? ` Declared: ${declared.join(', ')}; annotations contain "@".`
      : ` Did you mean "${suggestion}"?`;
    return `"${shown(name)}" is not a property of ${typeName}.${hint}`;
  },
  caseTwinPresent: (name: string, declared: string) =>
    `"${shown(name)}" differs from "${declared}" only in letter case, and "${declared}" is`
    + ' already in this object; names are case-sensitive, so remove one of them.',
  declaredOnDerived: (name: string, typeName: string, declaredOn: string) =>
    `"${name}" is not a property of ${typeName}; it is declared on ${declaredOn}.`,
  duplicateKey: (name: string) =>
    `"${shown(name)}" appears more than once in this object; the last value wins.`,
  firstOccurrence: (name: string) => `"${shown(name)}" first appears here.`,
  failedExceedsTotal: (failed: string, total: string) =>
    `"failedLicensesCount" (${shown(failed)}) is greater than "totalLicensesCount"`
    + ` (${shown(total)}); no more licenses can fail than the action tried to revoke.`,
  totalIsHere: (total: string) => `"totalLicensesCount" is ${shown(total)} here.`,
  lastUpdatedBeforeStart: (lastUpdated: string, start: string) =>
    `"lastUpdatedDateTime" (${shown(lastUpdated)}) is earlier than "startDateTime"`
    + ` (${shown(start)}); an action cannot change before it starts.`,
  startIsHere: (start: string) => `"startDateTime" is ${shown(start)} here.`,
  missingHash: (token: string) =>
    `"@odata.type" value ${shown(token)} has no leading "#"; Graph writes "#" before the`
    + ' type name.',
  tooManyProblems: (cap: number, omitted: number) =>
    `Only the first ${cap === 1 ? 'problem is' : `${cap} problems are`} reported; ${omitted}`
    + ` more ${omitted === 1 ? 'was' : 'were'} left out. Raise the problem limit to see them.`,
  documentTooLarge: (length: number, limit: number) =>
    `The document has ${length} characters, more than the limit of ${limit}, so it is not`
    + ' checked. Raise the document size limit to check it.',
  nestingTooDeep: (depth: number, count: number) =>
    `Values nested deeper than ${depth} levels are not checked; ${count} such`
    + ` ${count === 1 ? 'value was' : 'values were'} skipped, the first starting here.`,
  typeCase: (token: string, corrected: string) =>
    `"@odata.type" value ${shown(token)} differs from the type name in letter case;`
    + ` write "${corrected}".`,
} as const;

/** One line per code, for rule lists (SARIF) and documentation. */
export const CODE_SUMMARIES: Record<ProblemCode, string> = {
  'syntax-error': 'The text is not valid JSON (or JSONC).',
  'wrong-type': 'A value has the wrong JSON type for its property.',
  'invalid-enum-value': 'A string is not a member of the enum of its property.',
  'enum-numeric-string': "An enum value is written as the member's number in a string.",
  'invalid-date-time': 'A string is not an OData DateTimeOffset.',
  'not-an-integer': 'An Int32 value has a fraction.',
  'int32-out-of-range': 'An Int32 value is outside -2147483648 to 2147483647.',
  'non-canonical-number': 'An integral value is written in another form than a plain integer.',
  'negative-count': 'A license count is below zero.',
  'null-not-allowed': 'A property that is not nullable is null.',
  'unknown-property': 'The type declares no property of this name.',
  'duplicate-key': 'A key appears more than once in one object.',
  'failed-exceeds-total': 'failedLicensesCount is greater than totalLicensesCount.',
  'last-updated-before-start': 'lastUpdatedDateTime is earlier than startDateTime.',
  'odata-type-missing-hash': 'The @odata.type value has no leading "#".',
  'odata-type-case': 'The @odata.type value differs from the type name in letter case.',
  'too-many-problems': 'More problems were found than the limit allows to report.',
  'document-too-large': 'The document is larger than the size limit and was not checked.',
  'nesting-too-deep': 'Values nested deeper than the limit were not checked.',
};
