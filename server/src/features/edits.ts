import { OffsetRange } from '../core';

/** One replacement of a range of the document text, in UTF-16 offsets. */
export interface OffsetEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

/** True when the two edits touch the same text, or insert at the same place. */
export function editsOverlap(left: OffsetRange, right: OffsetRange): boolean {
  if (left.start === right.start) {
    return true;
  }
  return left.start < right.end && right.start < left.end;
}

/**
 * The text after applying edits that do not overlap, given in any order, as an editor does:
 * an insertion at the start of a replacement lands before it, and insertions at one place keep
 * their order. Edits are applied from the end, so each one's offsets still hold.
 */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const ordered = edits
    .map((edit, index) => ({ ...edit, index }))
    .sort(
      (left, right) =>
        right.range.start - left.range.start ||
        right.range.end - left.range.end ||
        right.index - left.index,
    );
  let result = text;

  for (const edit of ordered) {
    result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  }
  return result;
}
