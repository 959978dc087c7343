import { Node } from 'jsonc-parser';
import { compareInstants, Instant, readDateTimeOffset } from './dateTime';
import { expectedValue, JsonKind, MESSAGES } from './messages';
import {
  canonicalODataType,
  DERIVED_TYPE,
  enumOf,
  findProperty,
  isAnnotationName,
  PropertyModel,
} from './model';
import { isInt32, readIntegerLiteral } from './numbers';
import { Payload } from './locate';
import { fixReplacing, ProblemSink, rangeOf } from './report';
import { caseTwinOf, nearestName } from './suggest';

/** What a payload's values add up to, for the rules that compare two properties. */
interface CrossValues {
  counts: Map<string, { value: bigint; node: Node }>;
  instants: Map<string, { instant: Instant; node: Node }>;
}

/** Checks one payload object: its type marker, each member, then the cross-property rules. */
export function validatePayload(payload: Payload, text: string, sink: ProblemSink): void {
  const cross: CrossValues = { counts: new Map(), instants: new Map() };
  const seen = new Map<string, Node>();
  // The names present only matter for suggesting a name, so they are gathered then, once.
  let present: Set<string> | undefined;
  const context = {
    payload,
    text,
    sink,
    cross,
    present: () => (present ??= presentNames(payload.object)),
  };

  checkTypeMarker(payload, text, sink);
  for (const member of payload.object.children ?? []) {
    const [key, value] = member.children ?? [];
    if (key === undefined || typeof key.value !== 'string' || !isClosedString(text, key)) {
      continue;
    }

    const name = key.value;
    const first = seen.get(name);
    if (first) {
      sink.report('duplicate-key', rangeOf(key), MESSAGES.duplicateKey(name), {
        related: [{ range: rangeOf(first), message: MESSAGES.firstOccurrence(name) }],
      });
    } else {
      seen.set(name, key);
    }
    if (!isAnnotationName(name)) {
      checkMember(context, key, value);
    }
  }
  checkCounts(cross, text, sink);
  checkTimeline(cross, text, sink);
}

function checkTypeMarker(payload: Payload, text: string, sink: ProblemSink): void {
  const value = payload.typeProperty?.children?.[1];
  if (value === undefined) {
    return;
  }
  if (value.type !== 'string') {
    const example = canonicalODataType(DERIVED_TYPE);
    const message = MESSAGES.wrongODataType(kindOf(value), tokenText(text, value), example);
    sink.report('wrong-type', rangeOf(value), message);
    return;
  }

  const token = tokenText(text, value);
  const missingHash = payload.typeMatch?.form === 'missingHash';
  const caseCorrected = payload.typeMatch?.caseCorrected;
  if (missingHash) {
    // NOTE: when the letter case is wrong too, the case fix adds the "#" as well: one edit.
    const fix = caseCorrected === undefined
      ? fixReplacing(value, token, JSON.stringify(`#${value.value}`), '#', true)
      : undefined;
    sink.report('odata-type-missing-hash', rangeOf(value), MESSAGES.missingHash(token), { fix });
  }
  if (caseCorrected !== undefined) {
    const corrected = missingHash ? `#${caseCorrected}` : caseCorrected;
    const fix = fixReplacing(value, token, JSON.stringify(corrected), corrected, true);
    sink.report('odata-type-case', rangeOf(value), MESSAGES.typeCase(token, corrected), { fix });
  }
}

/** Every key of the object, so a rename is never suggested onto a name already there. */
function presentNames(object: Node): Set<string> {
  const names = new Set<string>();
  for (const member of object.children ?? []) {
    const key = member.children?.[0];
    if (typeof key?.value === 'string') {
      names.add(key.value);
    }
  }
  return names;
}

/**
 * False for a string the parser closed at a line break or the end of the text: what follows it
 * is the parser's guess, so it is left to the syntax error instead of being judged.
 */
function isClosedString(text: string, node: Node): boolean {
  const end = node.offset + node.length;
  if (node.length < 2 || text.charCodeAt(end - 1) !== QUOTE) {
    return false;
  }

  let backslashes = 0;
  while (text.charCodeAt(end - 2 - backslashes) === BACKSLASH) {
    backslashes++;
  }
  return backslashes % 2 === 0;
}

interface MemberContext {
  readonly payload: Payload;
  readonly text: string;
  readonly sink: ProblemSink;
  readonly cross: CrossValues;
  readonly present: () => ReadonlySet<string>;
}

function checkMember(context: MemberContext, key: Node, value: Node | undefined): void {
  const { payload, text, sink, cross } = context;
  const name = key.value as string;
  const property = findProperty(payload.type, name);
  if (!property) {
    reportUnknown(context, key);
    return;
  }
  cross.counts.delete(name);
  cross.instants.delete(name);
  if (value === undefined || (value.type === 'string' && !isClosedString(text, value))) {
    return;
  }

  if (value.type === 'null') {
    if (!property.nullable) {
      const enumType = enumOf(property);
      sink.report('null-not-allowed', rangeOf(value),
        MESSAGES.nullNotAllowed(name, expectedValue(property, enumType)));
    }
    return;
  }
  switch (property.kind) {
    case 'string':
      expectKind(property, value, 'string', text, sink);
      return;
    case 'enum':
      checkEnum(property, value, text, sink);
      return;
    case 'dateTimeOffset':
      checkDateTime(property, value, text, sink, cross);
      return;
    case 'int32':
      checkInt32(property, value, text, sink, cross);
      return;
  }
}

function reportUnknown(context: MemberContext, key: Node): void {
  const { payload, text, sink } = context;
  const name = key.value as string;
  const derivedProperty = findProperty(DERIVED_TYPE, name);
  if (derivedProperty && payload.type !== DERIVED_TYPE) {
    const message = MESSAGES.declaredOnDerived(name, payload.type.name, derivedProperty.declaredOn);
    sink.report('unknown-property', rangeOf(key), message);
    return;
  }

  const declared = payload.type.properties.map((property) => property.name);
  const present = context.present();
  const twin = caseTwinOf(name, declared);
  if (twin !== undefined && present.has(twin)) {
    sink.report('unknown-property', rangeOf(key), MESSAGES.caseTwinPresent(name, twin));
    return;
  }

  const absent = declared.filter((candidate) => !present.has(candidate));
  const suggestion = nearestName(name, absent);
  const message = MESSAGES.unknownProperty(name, payload.type.name, declared, suggestion?.name);
  const fix = suggestion && fixReplacing(key, tokenText(text, key),
    JSON.stringify(suggestion.name), suggestion.name, false);
  sink.report('unknown-property', rangeOf(key), message, { fix });
}

function expectKind(
  property: PropertyModel,
  value: Node,
  expected: JsonKind,
  text: string,
  sink: ProblemSink,
): boolean {
  if (value.type === expected) {
    return true;
  }

  const message = MESSAGES.wrongType(property.name, expectedValue(property, enumOf(property)),
    kindOf(value), tokenText(text, value));
  sink.report('wrong-type', rangeOf(value), message, { fix: retypingFix(property, value, text) });
  return false;
}

/**
 * The value in the JSON type its property wants, when that is unambiguous: a count written as
 * a canonical Int32 string (`"5"`) becomes the number, an enum member's number its name.
 */
function retypingFix(property: PropertyModel, value: Node, text: string) {
  const enumType = enumOf(property);
  if (enumType && value.type === 'number') {
    const member = enumType.members.find((candidate) => candidate.value === value.value);
    return member && fixReplacing(value, tokenText(text, value), JSON.stringify(member.name),
      member.name, false);
  }
  if (property.kind !== 'int32' || value.type !== 'string') {
    return undefined;
  }

  const reading = readIntegerLiteral((value.value as string).trim());
  if (reading.kind !== 'integer' || !isInt32(reading.value)) {
    return undefined;
  }
  const safe = reading.canonical === value.value;
  return fixReplacing(value, tokenText(text, value), reading.canonical, reading.canonical, safe);
}

function checkEnum(property: PropertyModel, value: Node, text: string, sink: ProblemSink): void {
  const enumType = enumOf(property);
  if (!enumType || !expectKind(property, value, 'string', text, sink)) {
    return;
  }

  const written = value.value as string;
  const token = tokenText(text, value);
  if (enumType.members.some((member) => member.name === written)) {
    return;
  }

  const numbered = enumType.members.find((member) => String(member.value) === written);
  if (numbered) {
    const fix = fixReplacing(value, token, JSON.stringify(numbered.name), numbered.name, true);
    sink.report('enum-numeric-string', rangeOf(value),
      MESSAGES.enumNumericString(property.name, token, numbered.name), { fix });
    return;
  }

  const suggestion = nearestName(written, enumType.members.map((member) => member.name));
  const fix = suggestion && fixReplacing(value, token, JSON.stringify(suggestion.name),
    suggestion.name, suggestion.sameIgnoringCase);
  sink.report('invalid-enum-value', rangeOf(value),
    MESSAGES.invalidEnum(property.name, token, enumType, suggestion?.name), { fix });
}

function checkDateTime(
  property: PropertyModel,
  value: Node,
  text: string,
  sink: ProblemSink,
  cross: CrossValues,
): void {
  if (!expectKind(property, value, 'string', text, sink)) {
    return;
  }

  const reading = readDateTimeOffset(value.value as string);
  if (!reading.ok) {
    const message = MESSAGES.invalidDateTime(property.name, tokenText(text, value), reading.reason);
    sink.report('invalid-date-time', rangeOf(value), message);
    return;
  }
  cross.instants.set(property.name, { instant: reading.instant, node: value });
}

function checkInt32(
  property: PropertyModel,
  value: Node,
  text: string,
  sink: ProblemSink,
  cross: CrossValues,
): void {
  if (!expectKind(property, value, 'number', text, sink)) {
    return;
  }

  const token = tokenText(text, value);
  const reading = readIntegerLiteral(token);
  const range = rangeOf(value);
  if (reading.kind === 'malformed') {
    return;
  }
  if (reading.kind === 'fraction') {
    sink.report('not-an-integer', range, MESSAGES.notAnInteger(property.name, token));
    return;
  }
  if (reading.kind === 'tooLarge' || !isInt32(reading.value)) {
    sink.report('int32-out-of-range', range, MESSAGES.int32OutOfRange(property.name, token));
    return;
  }

  if (reading.canonical !== token) {
    const fix = fixReplacing(value, token, reading.canonical, reading.canonical, true);
    sink.report('non-canonical-number', range,
      MESSAGES.nonCanonicalNumber(property.name, token, reading.canonical), { fix });
  }
  if (property.isCount && reading.value < 0n) {
    sink.report('negative-count', range, MESSAGES.negativeCount(property.name, token));
  }
  cross.counts.set(property.name, { value: reading.value, node: value });
}

function checkCounts(cross: CrossValues, text: string, sink: ProblemSink): void {
  const failed = cross.counts.get('failedLicensesCount');
  const total = cross.counts.get('totalLicensesCount');
  if (!failed || !total || failed.value <= total.value) {
    return;
  }

  const totalToken = tokenText(text, total.node);
  const message = MESSAGES.failedExceedsTotal(tokenText(text, failed.node), totalToken);
  sink.report('failed-exceeds-total', rangeOf(failed.node), message, {
    related: [{ range: rangeOf(total.node), message: MESSAGES.totalIsHere(totalToken) }],
  });
}

function checkTimeline(cross: CrossValues, text: string, sink: ProblemSink): void {
  const start = cross.instants.get('startDateTime');
  const lastUpdated = cross.instants.get('lastUpdatedDateTime');
  if (!start || !lastUpdated || compareInstants(lastUpdated.instant, start.instant) >= 0) {
    return;
  }

  const startToken = tokenText(text, start.node);
  const message = MESSAGES.lastUpdatedBeforeStart(tokenText(text, lastUpdated.node), startToken);
  sink.report('last-updated-before-start', rangeOf(lastUpdated.node), message, {
    related: [{ range: rangeOf(start.node), message: MESSAGES.startIsHere(startToken) }],
  });
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export function kindOf(node: Node): JsonKind {
  return node.type === 'property' ? 'object' : node.type;
}

export function tokenText(text: string, node: Node): string {
  return text.slice(node.offset, node.offset + node.length);
}
