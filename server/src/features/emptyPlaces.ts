/**
 * Places of an associated document where a whole payload belongs although no object stands
 * there yet: a document of nothing but whitespace and comments, and an empty root array or
 * root `value` array (the payload positions of SPEC 2.3). An empty object is a payload already;
 * its whole-payload entry comes with the key completions.
 */
import { createScanner, SyntaxKind } from 'jsonc-parser';
import { DocumentAnalysis, rootCollection } from '../core';
import { holdsOffset } from './lookup';
import { endOf, scanGap } from './tokens';

/** True when the cursor stands where an associated document's first payload would go. */
export function isEmptyPayloadPlace(
  analysis: DocumentAnalysis,
  text: string,
  offset: number,
): boolean {
  const root = analysis.root;
  if (root === undefined) {
    return (
      analysis.outline === undefined &&
      holdsNoValue(text) &&
      !scanGap(text, 0, text.length, offset).inComment
    );
  }

  const collection = rootCollection(root);
  return (
    collection !== undefined &&
    (collection.children ?? []).length === 0 &&
    holdsOffset(text, collection, offset) &&
    !scanGap(text, collection.offset + 1, endOf(collection), offset).inComment
  );
}

/** True when the scanner, skipping whitespace and comments, finds no token at all. */
function holdsNoValue(text: string): boolean {
  return createScanner(text, true).scan() === SyntaxKind.EOF;
}
