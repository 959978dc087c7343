/** Completion (SPEC 4): enum members, property names, type names and whole payloads. */
import { Node } from 'jsonc-parser';
import {
  canonicalODataType,
  DERIVED_TYPE,
  DocumentAnalysis,
  ENTITY_TYPES,
  EnumType,
  enumOf,
  findProperty,
  isAnnotationName,
  ODATA_TYPE_KEY,
  OffsetRange,
  Payload,
  PropertyModel,
} from '../core';
import { describeEntityType, describeMember, describeProperty } from './describe';
import { Doc } from './doc';
import { OffsetEdit } from './edits';
import { payloadPlaceAt } from './emptyPlaces';
import { payloadAt, typeValueLocationAt } from './lookup';
import { payloadMembersText, escapeSnippetText, keyText, valueText } from './snippets';
import { KeySite, siteInObject, stringEditRanges, ValueSite } from './sites';
import { membersWritten } from './tokens';

export type CompletionKind = 'property' | 'enumMember' | 'typeName' | 'payload';

export interface CompletionOptions {
  /** The client expands snippets (tab stops and choices); otherwise plain defaults are used. */
  readonly snippets: boolean;
  /** The document is associated with the type, so an empty document gets a payload. */
  readonly associated: boolean;
}

/** One suggestion, with the edit it makes: `insert` is the start of `replace`, up to the cursor. */
export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail: string;
  readonly documentation: Doc;
  /** Keeps the declared order of members and properties. */
  readonly sortText: string;
  readonly filterText?: string;
  readonly insert: OffsetRange;
  readonly replace: OffsetRange;
  readonly newText: string;
  readonly snippet: boolean;
  readonly additionalEdits: readonly OffsetEdit[];
}

/** How one value is to be written where the cursor stands. */
interface ValueEdit {
  readonly insert: OffsetRange;
  readonly replace: OffsetRange;
  /** Turns the value (a member name, a type name) into the text to write. */
  readonly write: (value: string) => string;
  readonly word?: string;
}

const NUMBER_WORD = /^-?\d/;
const JSON_LITERALS = new Set(['null', 'true', 'false']);

export function completionsAt(
  text: string,
  analysis: DocumentAnalysis,
  offset: number,
  options: CompletionOptions,
): CompletionEntry[] {
  const payload = payloadAt(analysis, text, offset);
  if (payload) {
    return completionsInPayload(payload, text, offset, options);
  }
  const place = options.associated ? payloadPlaceAt(analysis, text, offset) : undefined;
  if (place) {
    const members = payloadMembersText(DERIVED_TYPE, options.snippets);
    const newText = `{\n${members}\n}${place.commaAfter ? ',' : ''}`;
    return [payloadEntry({ newText, offset, options, commaBeforeAt: place.commaBeforeAt })];
  }

  const site = typeValueLocationAt(analysis, text, offset);
  return site ? typeNameEntries(valueEdit(site, text, offset)) : [];
}

function completionsInPayload(
  payload: Payload,
  text: string,
  offset: number,
  options: CompletionOptions,
): CompletionEntry[] {
  const site = siteInObject(payload.object, text, offset);
  if (site === undefined) {
    return [];
  }
  if (site.kind === 'key') {
    return keyEntries({ payload, site, text, offset, options });
  }

  const edit = valueEdit(site, text, offset);
  if (site.key === ODATA_TYPE_KEY) {
    return typeNameEntries(edit);
  }
  const property = findProperty(payload.type, site.key);
  const enumType = property && enumOf(property);
  return enumType ? memberEntries(enumType, edit) : [];
}

function memberEntries(enumType: EnumType, edit: ValueEdit): CompletionEntry[] {
  return enumType.members.map((member, index) => ({
    label: member.name,
    kind: 'enumMember',
    detail: `${enumType.shortName} = ${member.value}`,
    documentation: describeMember(enumType, member),
    sortText: orderKey(index),
    ...filterFor(edit, String(member.value)),
    insert: edit.insert,
    replace: edit.replace,
    newText: edit.write(member.name),
    snippet: false,
    additionalEdits: [],
  }));
}

function typeNameEntries(edit: ValueEdit): CompletionEntry[] {
  return ENTITY_TYPES.map((type, index) => {
    const name = canonicalODataType(type);
    return {
      label: name,
      kind: 'typeName',
      detail:
        type.baseType === undefined ? 'entity type' : `entity type, derived from ${type.baseType}`,
      documentation: describeEntityType(type),
      sortText: orderKey(index),
      ...filterFor(edit, name),
      insert: edit.insert,
      replace: edit.replace,
      newText: edit.write(name),
      snippet: false,
      additionalEdits: [],
    };
  });
}

/**
 * A bare word is replaced whole, so the client filters by it: a number picks the member of
 * that value, a literal such as `null` keeps every member in view, and a misspelt name is
 * matched against the labels as usual.
 */
function filterFor(edit: ValueEdit, numberForm: string): { filterText?: string } {
  if (edit.word === undefined) {
    return {};
  }
  if (NUMBER_WORD.test(edit.word)) {
    return { filterText: numberForm };
  }
  return JSON_LITERALS.has(edit.word) ? { filterText: edit.word } : {};
}

/** Inside a string only its content changes; elsewhere a whole quoted string is written. */
function valueEdit(site: ValueSite, text: string, offset: number): ValueEdit {
  if (site.token) {
    const ranges = stringEditRanges(text, site.token, offset);
    const closing = ranges.closed ? '' : '"';
    return { insert: ranges.insert, replace: ranges.replace, write: (value) => value + closing };
  }

  const range = site.word ?? { start: offset, end: offset };
  const space = text[range.start - 1] === ':' ? ' ' : '';
  const comma = site.commaAfter ? ',' : '';
  return {
    insert: range,
    replace: range,
    write: (value) => `${space}${JSON.stringify(value)}${comma}`,
    ...(site.word ? { word: text.slice(site.word.start, site.word.end) } : {}),
  };
}

/** Everything a key completion depends on, for the helpers that build its entries. */
interface KeyContext {
  readonly payload: Payload;
  readonly site: KeySite;
  readonly text: string;
  readonly offset: number;
  readonly options: CompletionOptions;
}

function keyEntries(context: KeyContext): CompletionEntry[] {
  const { payload, site, text, offset, options } = context;
  if (site.token && isAnnotationName(site.token.value as string)) {
    return [];
  }

  const present = presentNames(payload.object, text, site.token);
  const edit = keyEdit(site, text, offset);
  const entries: CompletionEntry[] = payload.type.properties
    .filter((property) => !present.has(property.name))
    .map((property, index) => keyEntry(context, edit, property, index));

  if ((payload.object.children ?? []).length === 0) {
    const members = payloadMembersText(payload.type, options.snippets);
    entries.unshift(payloadEntry({ newText: `\n${members}\n`, offset, options, payload }));
  }
  return entries;
}

function keyEntry(
  { payload, site, options }: KeyContext,
  edit: KeyEdit,
  property: PropertyModel,
  index: number,
): CompletionEntry {
  const snippet = options.snippets && !site.colonFollows;
  const value = valueText(property, snippet);
  const comma = site.commaAfter ? ',' : '';
  const owed = owedComma(site.commaBeforeAt, edit.replace.start);
  const written = edit.inString
    ? escapeForString(property.name, snippet)
    : keyText(property.name, snippet);

  return {
    label: property.name,
    kind: 'property',
    detail: property.type,
    documentation: describeProperty(payload.type, property),
    sortText: orderKey(index),
    insert: edit.insert,
    replace: edit.replace,
    newText: site.colonFollows
      ? `${owed.prefix}${written}${edit.closing}`
      : `${owed.prefix}${written}${edit.inString ? '"' : ''}: ${value}${comma}`,
    snippet,
    additionalEdits: owed.edits,
  };
}

/** Where a key is written, and whether the text lands inside an existing key string. */
interface KeyEdit {
  readonly insert: OffsetRange;
  readonly replace: OffsetRange;
  readonly inString: boolean;
  /** The quote that closes a key string that had none. */
  readonly closing: string;
}

/**
 * Inside a key string the content is replaced; when no colon follows, the edit runs over the
 * closing quote too, since the value comes after it.
 */
function keyEdit(site: KeySite, text: string, offset: number): KeyEdit {
  if (site.token === undefined) {
    const range = site.word ?? { start: offset, end: offset };
    return { insert: range, replace: range, inString: false, closing: '' };
  }

  const ranges = stringEditRanges(text, site.token, offset);
  if (site.colonFollows) {
    const closing = ranges.closed ? '' : '"';
    return { insert: ranges.insert, replace: ranges.replace, inString: true, closing };
  }
  const end = ranges.closed ? ranges.replace.end + 1 : ranges.replace.end;
  const through = { start: ranges.insert.start, end };
  return { insert: through, replace: through, inString: true, closing: '' };
}

function escapeForString(name: string, snippet: boolean): string {
  const content = JSON.stringify(name).slice(1, -1);
  return snippet ? escapeSnippetText(content) : content;
}

/** A whole payload written at the cursor, into an empty object or where a new one goes. */
interface PayloadWrite {
  readonly newText: string;
  readonly offset: number;
  readonly options: CompletionOptions;
  /** The empty payload object being filled; a new object is of the derived type. */
  readonly payload?: Payload;
  /** Where the previous element needs the comma it lacks. */
  readonly commaBeforeAt?: number;
}

function payloadEntry({
  newText,
  offset,
  options,
  payload,
  commaBeforeAt,
}: PayloadWrite): CompletionEntry {
  const type = payload?.type ?? DERIVED_TYPE;
  const at = { start: offset, end: offset };
  const owed = owedComma(commaBeforeAt, offset);

  return {
    label: `${type.name} payload`,
    kind: 'payload',
    detail: `every property of ${type.name}`,
    documentation: describeEntityType(type),
    sortText: orderKey(-1),
    insert: at,
    replace: at,
    newText: `${owed.prefix}${newText}`,
    snippet: options.snippets,
    additionalEdits: owed.edits,
  };
}

/**
 * The comma a previous member or element lacks: an edit of its own where it belongs, or, when
 * that is where the entry's edit starts, the start of its text, since edits may not overlap.
 */
function owedComma(
  at: number | undefined,
  editStart: number,
): { prefix: string; edits: OffsetEdit[] } {
  if (at === undefined) {
    return { prefix: '', edits: [] };
  }
  return at === editStart
    ? { prefix: ',', edits: [] }
    : { prefix: '', edits: [{ range: { start: at, end: at }, newText: ',' }] };
}

function presentNames(object: Node, text: string, editing: Node | undefined): Set<string> {
  const names = new Set<string>();

  for (const key of membersWritten(text, object)) {
    if (key.offset !== editing?.offset) {
      names.add(key.name);
    }
  }
  return names;
}

/** Sort keys that keep declared order; -1 (a whole payload) comes before every property. */
function orderKey(index: number): string {
  return String(index + 1).padStart(3, '0');
}
