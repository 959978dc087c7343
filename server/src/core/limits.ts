/**
 * Guards for input that would otherwise exhaust the stack: jsonc-parser descends recursively, so
 * values nested deeper than a limit are masked (same length, offsets kept) before parsing.
 */
import { OffsetRange } from './problems';

export const DEFAULT_MAX_DEPTH = 256;

export interface MaskedText {
  readonly text: string;
  /** The outermost containers that were too deep, in document order. */
  readonly skipped: readonly OffsetRange[];
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const STAR = 0x2a;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Empties each container that opens deeper than `maxDepth`: its brackets stay and everything
 * between becomes spaces, so the parser sees an empty container of the same kind. Keeping the
 * brackets keeps the text around it as wrong as it was: `-[1]` must not become the number -0.
 * Returns the text unchanged when nothing is that deep.
 */
export function maskDeepValues(text: string, maxDepth: number): MaskedText {
  const found = findTooDeep(text, maxDepth);
  if (found.length === 0) {
    return { text, skipped: [] };
  }

  const pieces: string[] = [];
  let copied = 0;
  for (const { start, end, closed } of found) {
    const closer = closed ? text[end - 1] : '';
    pieces.push(text.slice(copied, start), text[start], ' '.repeat(end - start - 1 - closer.length),
      closer);
    copied = end;
  }
  pieces.push(text.slice(copied));
  return { text: pieces.join(''), skipped: found.map(({ start, end }) => ({ start, end })) };
}

/** A container too deep to parse; `closed` when its own closing bracket ends the range. */
interface DeepContainer extends OffsetRange {
  readonly closed: boolean;
}

/** One pass over the text, skipping strings and comments; never recursive. */
function findTooDeep(text: string, maxDepth: number): DeepContainer[] {
  const skipped: DeepContainer[] = [];
  let depth = 0;
  let deepStart = -1;

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      index = endOfString(text, index);
    } else if (code === SLASH) {
      index = endOfComment(text, index);
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth++;
      if (depth === maxDepth + 1) {
        deepStart = index;
      }
    } else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && depth > 0) {
      if (depth === maxDepth + 1) {
        skipped.push({ start: deepStart, end: index + 1, closed: true });
      }
      depth--;
    }
  }
  if (depth > maxDepth) {
    skipped.push({ start: deepStart, end: text.length, closed: false });
  }
  return skipped;
}

/** The index of the closing quote, or of the line's end for an unterminated string. */
function endOfString(text: string, quote: number): number {
  for (let index = quote + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === BACKSLASH) {
      index++;
    } else if (code === QUOTE) {
      return index;
    } else if (isLineBreak(code)) {
      return index;
    }
  }
  return text.length;
}

function endOfComment(text: string, slash: number): number {
  const next = text.charCodeAt(slash + 1);
  if (next === SLASH) {
    let index = slash + 2;
    while (index < text.length && !isLineBreak(text.charCodeAt(index))) {
      index++;
    }
    return index - 1;
  }
  if (next === STAR) {
    const close = text.indexOf('*/', slash + 2);
    return close < 0 ? text.length : close + 1;
  }
  return slash;
}

function isLineBreak(code: number): boolean {
  return code === LINE_FEED || code === CARRIAGE_RETURN;
}
