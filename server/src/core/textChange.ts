/** Where two versions of a text differ, found without reading every character in a loop. */

/** The old text's `start..oldEnd` became the new text's `start..newEnd`. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Comparisons start this long and double while they match, so long equal runs cost little. */
const FIRST_STEP = 1024;

/** The one span that differs between `before` and `after`, or undefined when they are equal. */
export function changedSpan(before: string, after: string): TextChange | undefined {
  if (before.length === after.length && before === after) {
    return undefined;
  }

  const shorter = Math.min(before.length, after.length);
  const prefix = matchingLength(before, after, shorter, (text, from, size) =>
    text.slice(from, from + size));
  if (prefix === before.length && prefix === after.length) {
    return undefined;
  }

  const suffix = matchingLength(before, after, shorter - prefix, (text, from, size) =>
    text.slice(text.length - from - size, text.length - from));

  return { start: prefix, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/**
 * How many characters the two texts share, read in the direction `piece` gives (from the start
 * or from the end), up to `limit`. Pieces grow while they match and shrink when they do not.
 */
function matchingLength(
  left: string,
  right: string,
  limit: number,
  piece: (text: string, from: number, size: number) => string,
): number {
  let matched = 0;
  let step = FIRST_STEP;

  while (step > 0 && matched < limit) {
    const size = Math.min(step, limit - matched);
    if (piece(left, matched, size) === piece(right, matched, size)) {
      matched += size;
      step *= 2;
    } else {
      step = size >> 1;
    }
  }
  return matched;
}

/** The one change that does what `first` and then `second` do. */
export function composeChanges(first: TextChange, second: TextChange): TextChange {
  const reach = Math.max(first.newEnd, second.oldEnd);

  return {
    start: Math.min(first.start, second.start),
    oldEnd: reach - (first.newEnd - first.oldEnd),
    newEnd: reach + (second.newEnd - second.oldEnd),
  };
}

/** How much text on each side of a reported change is compared to check it. */
const CHECKED_CONTEXT = 64;

/**
 * Whether `change` can be what turned `before` into `after`: the lengths agree and so does the
 * text just around it. A wrong report is caught near its ends, not everywhere.
 */
export function plausibleChange(change: TextChange, before: string, after: string): boolean {
  const { start, oldEnd, newEnd } = change;
  const inside = start >= 0 && start <= oldEnd && start <= newEnd && oldEnd <= before.length
    && newEnd <= after.length && after.length - before.length === newEnd - oldEnd;
  if (!inside) {
    return false;
  }

  const from = Math.max(0, start - CHECKED_CONTEXT);
  const following = (text: string, at: number) => text.slice(at, at + CHECKED_CONTEXT);
  return before.slice(from, start) === after.slice(from, start)
    && following(before, oldEnd) === following(after, newEnd);
}
