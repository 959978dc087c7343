/**
 * Places of an associated document where a whole payload belongs although no object stands
 * there yet: a document of nothing but whitespace and comments, and a new element of its root
 * array or root `value` array (the payload positions of SPEC 2.3). An empty object is a payload
 * already; its whole-payload entry comes with the key completions.
 */
import { createScanner, Node, SyntaxKind } from 'jsonc-parser';
import { DocumentAnalysis, rootCollection } from '../core';
import { holdsOffset } from './lookup';
import { endOf, isClosedString, scanGap } from './tokens';

/** Where a new payload goes, and the commas it needs to sit between its neighbours. */
export interface PayloadPlace {
  /** Where a comma must follow the previous element, which has none. */
  readonly commaBeforeAt?: number;
  /** An element follows with no comma between, so the new payload must end with one. */
  readonly commaAfter: boolean;
}

/**
 * The place, when the cursor stands where a payload of an associated document would go: in a
 * document of nothing but whitespace and comments, or between the elements of its root array
 * or root `value` array. Big documents analysed by outline have no tree and get none.
 */
export function payloadPlaceAt(
  analysis: DocumentAnalysis,
  text: string,
  offset: number,
): PayloadPlace | undefined {
  const root = analysis.root;
  if (root === undefined) {
    const empty = analysis.outline === undefined && holdsNoValue(text);
    return empty && !scanGap(text, 0, text.length, offset).inComment
      ? { commaAfter: false }
      : undefined;
  }

  const collection = rootCollection(root);
  if (collection === undefined || !holdsOffset(text, collection, offset)) {
    return undefined;
  }
  return placeBetweenElements(collection, text, offset);
}

function placeBetweenElements(
  collection: Node,
  text: string,
  offset: number,
): PayloadPlace | undefined {
  const elements = collection.children ?? [];
  if (elements.some((element) => element.offset < offset && holdsCursor(text, element, offset))) {
    return undefined;
  }

  const nextIndex = elements.findIndex((element) => element.offset >= offset);
  const next = nextIndex >= 0 ? elements[nextIndex] : undefined;
  const previous = elements[(nextIndex >= 0 ? nextIndex : elements.length) - 1];
  const gapStart = previous ? endOf(previous) : collection.offset + 1;
  const gap = scanGap(text, gapStart, next ? next.offset : endOf(collection), offset);
  if (gap.inComment || gap.word !== undefined) {
    return undefined;
  }

  return {
    ...(previous && !gap.commaBefore ? { commaBeforeAt: endOf(previous) } : {}),
    commaAfter: next !== undefined && !gap.commaAfter,
  };
}

/** Before the element's end, or at the end of a string still open, which runs to the cursor. */
function holdsCursor(text: string, element: Node, offset: number): boolean {
  const openString = element.type === 'string' && !isClosedString(text, element);
  return offset < endOf(element) || (openString && offset === endOf(element));
}

/** True when the scanner, skipping whitespace and comments, finds no token at all. */
function holdsNoValue(text: string): boolean {
  return createScanner(text, true).scan() === SyntaxKind.EOF;
}
