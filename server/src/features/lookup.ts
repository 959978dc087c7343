/** Finding what surrounds an offset: the payload object, or any object of the document. */
import { getLocation, Node } from 'jsonc-parser';
import {
  containerTreeAt,
  DocumentAnalysis,
  matchODataType,
  ODATA_TYPE_KEY,
  Payload,
  payloadAtOffset,
  typePropertyOf,
} from '../core';
import { siteInObject, ValueSite } from './sites';
import { endOf, isInsideString, membersWritten, scanGap } from './tokens';

interface PayloadIndex {
  /** Payloads by the offset of their object, so the last one starting before a cursor is found
   * by binary search. */
  readonly sorted: readonly Payload[];
  /** The greatest object end among `sorted[0..i]`: no payload before `i` reaches past it. */
  readonly reach: readonly number[];
}

const INDEXES = new WeakMap<DocumentAnalysis, PayloadIndex>();

/** The innermost payload whose object holds the offset between its braces. */
export function payloadAt(
  analysis: DocumentAnalysis,
  text: string,
  offset: number,
): Payload | undefined {
  if (analysis.outline) {
    return payloadAtOffset(analysis, text, offset);
  }

  const index = indexOf(analysis);
  let low = 0;
  let high = index.sorted.length - 1;
  let candidate = -1;

  while (low <= high) {
    const middle = (low + high) >> 1;
    if (index.sorted[middle].object.offset < offset) {
      candidate = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }

  for (let at = candidate; at >= 0 && index.reach[at] >= offset; at--) {
    if (holdsOffset(text, index.sorted[at].object, offset)) {
      return index.sorted[at];
    }
  }
  return analysis.root && payloadByWrittenType(analysis.root, text, offset);
}

/**
 * The object around the offset as a payload when its text names our type although its tree
 * does not: a key typed without its colon makes the parser drop the members after it, the
 * `@odata.type` among them, while the user is still typing.
 */
function payloadByWrittenType(root: Node, text: string, offset: number): Payload | undefined {
  const object = innermostObject(root, text, offset);
  const dropsMembers = object?.children?.some((member) => member.colonOffset === undefined);
  if (object === undefined || !dropsMembers || typePropertyOf(object) !== undefined) {
    return undefined;
  }

  const written = membersWritten(text, object).filter((member) => member.name === ODATA_TYPE_KEY);
  const value = written[written.length - 1]?.stringValue;
  const typeMatch = value === undefined ? undefined : matchODataType(value);
  return typeMatch && { object, type: typeMatch.type, typeMatch, associated: false };
}

/**
 * True when the offset lies between the braces of the object (or brackets of an array); an
 * object that is not closed holds the offset at its end too, where the user is still typing.
 */
export function holdsOffset(text: string, container: Node, offset: number): boolean {
  const end = endOf(container);
  if (offset <= container.offset || offset > end) {
    return false;
  }

  const closer = container.type === 'array' ? ']' : '}';
  const closed = container.length >= 2 && text[end - 1] === closer;
  return offset < end || !closed;
}

/**
 * The cursor's place in the value of an `@odata.type` member of any object, read as in a
 * payload. This is the only reader of the whole-document tree: big valid documents have none,
 * and the object around the cursor, parsed alone, stands in for it there; a scan of the text
 * up to the cursor otherwise.
 */
export function typeValueLocationAt(
  analysis: DocumentAnalysis,
  text: string,
  offset: number,
): ValueSite | undefined {
  const tree = analysis.root ?? containerTreeAt(analysis, text, offset);
  if (tree) {
    return typeValueInTree(tree, text, offset);
  }

  const location = getLocation(text, offset);
  if (location.isAtPropertyKey || location.path[location.path.length - 1] !== ODATA_TYPE_KEY) {
    return undefined;
  }
  return typeValueFromScan(text, offset, location.previousNode);
}

function typeValueInTree(root: Node, text: string, offset: number): ValueSite | undefined {
  const object = innermostObject(root, text, offset);
  const site = object && siteInObject(object, text, offset);
  return site?.kind === 'value' && site.key === ODATA_TYPE_KEY ? site : undefined;
}

/** Without a tree: the string under the cursor, or else the bare word it touches, if any. */
function typeValueFromScan(
  text: string,
  offset: number,
  previous: Node | undefined,
): ValueSite | undefined {
  const site = { kind: 'value', key: ODATA_TYPE_KEY, commaAfter: false } as const;
  if (previous?.type === 'string') {
    return isInsideString(text, previous, offset) ? { ...site, token: previous } : undefined;
  }

  const gap = scanGap(text, previous?.offset ?? 0, offset + 1, offset);
  if (gap.inComment || (previous !== undefined && gap.word === undefined)) {
    return undefined;
  }
  return gap.word ? { ...site, word: gap.word } : site;
}

/** Descends through the members and elements that hold the offset to the deepest object. */
function innermostObject(root: Node, text: string, offset: number): Node | undefined {
  let found: Node | undefined;
  let current: Node | undefined = root;

  while (current) {
    if (current.type === 'object' || current.type === 'array') {
      if (!holdsOffset(text, current, offset)) {
        break;
      }
      found = current.type === 'object' ? current : found;
    }
    current = childHolding(current, offset);
  }
  return found;
}

/** The child whose span holds the offset, by binary search over children sorted by offset. */
function childHolding(node: Node, offset: number): Node | undefined {
  const children = node.children ?? [];
  let low = 0;
  let high = children.length - 1;

  while (low <= high) {
    const middle = (low + high) >> 1;
    const child = children[middle];
    if (endOf(child) < offset) {
      low = middle + 1;
    } else if (child.offset >= offset) {
      high = middle - 1;
    } else {
      return child;
    }
  }
  return undefined;
}

function indexOf(analysis: DocumentAnalysis): PayloadIndex {
  const cached = INDEXES.get(analysis);
  if (cached) {
    return cached;
  }

  const sorted = [...analysis.payloads].sort(
    (left, right) => left.object.offset - right.object.offset,
  );
  const reach: number[] = [];
  for (const payload of sorted) {
    reach.push(Math.max(reach[reach.length - 1] ?? -1, endOf(payload.object)));
  }

  const index = { sorted, reach };
  INDEXES.set(analysis, index);
  return index;
}
