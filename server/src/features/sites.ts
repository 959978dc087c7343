/**
 * Where a cursor stands inside one object: typing a key, or typing the value of a member. Read
 * from the object's own nodes, plus a scan of the gaps between them for commas and bare words.
 */
import { Node } from 'jsonc-parser';
import { OffsetRange } from '../core';
import {
  contentRange,
  endOf,
  isClosedString,
  isInsideString,
  scanGap,
  stringFollows,
} from './tokens';

export interface KeySite {
  readonly kind: 'key';
  /** The key string under the cursor, when the user is editing one; its name is not present. */
  readonly token?: Node;
  /** A colon already follows the key, so only the name is to be written. */
  readonly colonFollows: boolean;
  /** A bare word under the cursor where a key belongs, to be replaced whole. */
  readonly word?: OffsetRange;
  /** Where a comma must be added after the previous member, which has none. */
  readonly commaBeforeAt?: number;
  /** A member follows with no comma between, so the inserted member must end with one. */
  readonly commaAfter: boolean;
}

export interface ValueSite {
  readonly kind: 'value';
  readonly key: string;
  /** The string value under the cursor. */
  readonly token?: Node;
  /** A non-string token under the cursor (a bare word, a number, a literal), replaced whole. */
  readonly word?: OffsetRange;
  /** The following member is on a later line and has no comma before it. */
  readonly commaAfter: boolean;
}

export type CursorSite = KeySite | ValueSite;

const LINE_BREAK = /[\r\n]/;
const COLON_AHEAD = /^\s*:/;
const LITERAL_TYPES = new Set(['number', 'boolean', 'null']);

/** The site of the offset in the object, which holds it between its braces. */
export function siteInObject(object: Node, text: string, offset: number): CursorSite | undefined {
  const members = object.children ?? [];
  const index = members.findIndex((member) => member.offset < offset && offset <= endOf(member));

  if (index >= 0) {
    return siteInMember(members, index, text, offset);
  }
  return siteBetweenMembers(object, members, text, offset);
}

function siteInMember(
  members: readonly Node[],
  index: number,
  text: string,
  offset: number,
): CursorSite | undefined {
  const member = members[index];
  const [key, value] = member.children ?? [];
  if (key === undefined) {
    return undefined;
  }

  if (isInsideString(text, key, offset)) {
    return keySiteInToken(member, key, text, offset);
  }
  if (member.colonOffset === undefined || offset <= member.colonOffset) {
    return undefined;
  }
  return valueSite(member, key.value as string, value, text, offset);
}

function keySiteInToken(member: Node, key: Node, text: string, offset: number): KeySite {
  const closed = isClosedString(text, key);
  const rest = closed ? '' : text.slice(offset, endOf(key));
  const colonFollows = member.colonOffset !== undefined || COLON_AHEAD.test(rest);

  // NOTE: read from the text, not the tree: a key without a colon makes the parser drop the
  // members after it up to a comma, so the tree's next member may not be the next one written.
  return {
    kind: 'key',
    token: key,
    colonFollows,
    commaAfter: !colonFollows && stringFollows(text, endOf(key)),
  };
}

function valueSite(
  member: Node,
  key: string,
  value: Node | undefined,
  text: string,
  offset: number,
): ValueSite | undefined {
  if (value && value.offset < offset) {
    return valueSiteInToken(key, value, text, offset);
  }
  if (value && value.offset === offset) {
    return LITERAL_TYPES.has(value.type)
      ? { kind: 'value', key, word: rangeOf(value), commaAfter: false }
      : undefined;
  }

  const colonEnd = (member.colonOffset as number) + 1;
  const gap = scanGap(text, colonEnd, value ? value.offset : endOf(member), offset);
  if (gap.inComment) {
    return undefined;
  }

  const laterLine = value !== undefined && LINE_BREAK.test(text.slice(offset, value.offset));
  return { kind: 'value', key, ...(gap.word ? { word: gap.word } : {}), commaAfter: laterLine };
}

function valueSiteInToken(
  key: string,
  value: Node,
  text: string,
  offset: number,
): ValueSite | undefined {
  if (value.type === 'string') {
    return isInsideString(text, value, offset)
      ? { kind: 'value', key, token: value, commaAfter: false }
      : undefined;
  }
  if (LITERAL_TYPES.has(value.type) && offset <= endOf(value)) {
    return { kind: 'value', key, word: rangeOf(value), commaAfter: false };
  }
  return undefined;
}

function siteBetweenMembers(
  object: Node,
  members: readonly Node[],
  text: string,
  offset: number,
): KeySite | undefined {
  const nextIndex = members.findIndex((member) => member.offset >= offset);
  const next = nextIndex >= 0 ? members[nextIndex] : undefined;
  const previous = members[(nextIndex >= 0 ? nextIndex : members.length) - 1];

  const gapStart = previous ? endOf(previous) : object.offset + 1;
  const gapEnd = next ? next.offset : endOf(object);
  const gap = scanGap(text, gapStart, gapEnd, offset);
  if (gap.inComment) {
    return undefined;
  }

  return {
    kind: 'key',
    colonFollows: false,
    ...(gap.word ? { word: gap.word } : {}),
    ...(previous && !gap.commaBefore ? { commaBeforeAt: endOf(previous) } : {}),
    commaAfter: next !== undefined && !gap.commaAfter,
  };
}

/** The rest of a name after the cursor, in a string whose end nobody has typed yet. */
const NAME_REST = /^[\w$]*/;

/**
 * The characters of a string token that completion replaces: its content, not its quotes. An
 * unclosed string runs to the end of its line, over text that is not part of it (a brace, a
 * comma), so only the name the cursor stands in is replaced there.
 */
export function stringEditRanges(
  text: string,
  token: Node,
  offset: number,
): { insert: OffsetRange; replace: OffsetRange; closed: boolean } {
  const content = contentRange(text, token);
  const closed = isClosedString(text, token);
  const insert = { start: content.start, end: offset };
  const rest = NAME_REST.exec(text.slice(offset, content.end))?.[0].length ?? 0;
  const replace = closed ? content : { start: content.start, end: offset + rest };

  return { insert, replace, closed };
}

function rangeOf(node: Node): OffsetRange {
  return { start: node.offset, end: endOf(node) };
}
