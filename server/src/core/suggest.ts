/** Finding the declared name a user most likely meant. */

export interface Suggestion {
  readonly name: string;
  /** The input differs from the name only in letter case or surrounding spaces. */
  readonly sameIgnoringCase: boolean;
}

/** Inputs longer than this are not compared: the edit distance grows with the product. */
const MAX_COMPARED_LENGTH = 128;

/**
 * The nearest candidate: equal ignoring case and spaces first, else the smallest edit distance
 * if it is at most a third of the name (at least 2). Undefined when nothing is close.
 */
export function nearestName(input: string, candidates: readonly string[]): Suggestion | undefined {
  if (input.length > MAX_COMPARED_LENGTH) {
    return undefined;
  }

  const twin = caseTwinOf(input, candidates);
  if (twin !== undefined) {
    return { name: twin, sameIgnoringCase: true };
  }

  const normalized = input.trim().toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(normalized, candidate.toLowerCase());
    const allowed = Math.max(2, Math.floor(candidate.length / 3));
    if (distance <= allowed && (best === undefined || distance < best.distance)) {
      best = { name: candidate, distance };
    }
  }
  return best && { name: best.name, sameIgnoringCase: false };
}

/** The candidate equal to the input but for letter case and surrounding spaces, if any. */
export function caseTwinOf(input: string, candidates: readonly string[]): string | undefined {
  const normalized = input.trim().toLowerCase();
  return candidates.find((candidate) => candidate.toLowerCase() === normalized);
}

/** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
export function editDistance(left: string, right: string): number {
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);

  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        value = Math.min(value, previousPrevious[j - 2] + 1);
      }
      current.push(value);
    }
    previousPrevious = previous;
    previous = current;
  }
  return previous[right.length];
}
