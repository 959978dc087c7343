/**
 * Token skipping over char codes for the structural scan: each function takes the offset of a
 * token's first character and returns the offset just past it, or -1 when the text there is
 * not strict JSON. Nothing is allocated, so a scan costs little more than reading the text.
 */

export const CHAR = {
  tab: 0x09,
  lineFeed: 0x0a,
  carriageReturn: 0x0d,
  space: 0x20,
  quote: 0x22,
  asterisk: 0x2a,
  plus: 0x2b,
  comma: 0x2c,
  minus: 0x2d,
  dot: 0x2e,
  slash: 0x2f,
  zero: 0x30,
  nine: 0x39,
  colon: 0x3a,
  upperE: 0x45,
  openBracket: 0x5b,
  backslash: 0x5c,
  closeBracket: 0x5d,
  lowerE: 0x65,
  lowerF: 0x66,
  lowerN: 0x6e,
  lowerT: 0x74,
  lowerU: 0x75,
  openBrace: 0x7b,
  closeBrace: 0x7d,
  byteOrderMark: 0xfeff,
} as const;

/** The first half of a UTF-16 surrogate pair: text must not be cut right after it. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The second half of a UTF-16 surrogate pair: text must not be cut right before it. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Added to a string's end offset when the string holds an escape, so one number says both.
 * Larger than any string V8 can hold, so the two never mix.
 */
export const ESCAPED_FLAG = 2 ** 30;

/** Characters an escape may name after the backslash, besides `u`. */
const SIMPLE_ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);

/**
 * Skips spaces, tabs and line breaks, and in JSONC also comments. Returns the offset of the next
 * token (or `end`), or -1 for a comment that is not allowed or not closed.
 */
export function skipTrivia(text: string, offset: number, end: number, comments: boolean): number {
  let position = offset;

  while (position < end) {
    const code = text.charCodeAt(position);
    if (code === CHAR.space || code === CHAR.lineFeed || code === CHAR.carriageReturn
      || code === CHAR.tab) {
      position++;
    } else if (code === CHAR.slash) {
      if (!comments) {
        return -1;
      }
      position = skipComment(text, position, end);
      if (position < 0) {
        return -1;
      }
    } else {
      return position;
    }
  }
  return position;
}

function skipComment(text: string, offset: number, end: number): number {
  const next = offset + 1 < end ? text.charCodeAt(offset + 1) : -1;

  if (next === CHAR.slash) {
    let position = offset + 2;
    while (position < end) {
      const code = text.charCodeAt(position);
      if (code === CHAR.lineFeed || code === CHAR.carriageReturn) {
        return position;
      }
      position++;
    }
    return end;
  }
  if (next === CHAR.asterisk) {
    const close = text.indexOf('*/', offset + 2);
    return close < 0 || close + 2 > end ? -1 : close + 2;
  }
  return -1;
}

/**
 * Skips the string whose opening quote is at `offset`, checking every character. Returns the
 * offset after the closing quote, plus ESCAPED_FLAG when the string holds an escape, or -1 when
 * it is not valid.
 */
export function skipString(text: string, offset: number, end: number): number {
  for (let position = offset + 1; position < end; position++) {
    const code = text.charCodeAt(position);
    if (code === CHAR.quote) {
      return position + 1;
    }
    if (code === CHAR.backslash || code < CHAR.space) {
      return skipEscapedString(text, offset, end);
    }
  }
  return -1;
}

/**
 * Skips strings of a text already known to be valid. The closing quote is found with
 * `indexOf`, far faster than a loop over char codes; only a string holding a backslash, which
 * may hide an escaped quote, is read char by char. The next backslash is remembered, so each
 * search for one covers new text only.
 */
export class TrustedStringSkipper {
  private searchedFrom = Number.MAX_SAFE_INTEGER;
  private nextBackslash = -1;

  constructor(private readonly text: string) {}

  /** As `skipString`, for a valid string. */
  skip(offset: number, end: number): number {
    const close = this.text.indexOf('"', offset + 1);
    if (close < 0 || close >= end) {
      return -1;
    }
    return this.backslashAfter(offset) < close ? skipEscapedString(this.text, offset, end)
      : close + 1;
  }

  private backslashAfter(offset: number): number {
    if (offset + 1 < this.searchedFrom || this.nextBackslash <= offset) {
      const index = this.text.indexOf('\\', offset + 1);
      this.searchedFrom = offset + 1;
      this.nextBackslash = index < 0 ? Number.MAX_SAFE_INTEGER : index;
    }
    return this.nextBackslash;
  }
}

/**
 * The char-by-char reading of a string that holds escapes (or a control character, which
 * makes it invalid).
 */
function skipEscapedString(text: string, offset: number, end: number): number {
  let escaped = false;

  for (let position = offset + 1; position < end; position++) {
    const code = text.charCodeAt(position);
    if (code === CHAR.quote) {
      return escaped ? position + 1 + ESCAPED_FLAG : position + 1;
    }
    if (code === CHAR.backslash) {
      const escapeLength = escapeLengthAt(text, position, end);
      if (escapeLength < 0) {
        return -1;
      }
      escaped = true;
      position += escapeLength - 1;
    } else if (code < CHAR.space) {
      return -1;
    }
  }
  return -1;
}

/** The length of the escape sequence whose backslash is at `offset`, or -1. */
function escapeLengthAt(text: string, offset: number, end: number): number {
  const code = offset + 1 < end ? text.charCodeAt(offset + 1) : -1;

  if (SIMPLE_ESCAPES.has(code)) {
    return 2;
  }
  if (code !== CHAR.lowerU || offset + 6 > end) {
    return -1;
  }
  for (let position = offset + 2; position < offset + 6; position++) {
    if (!isHexDigit(text.charCodeAt(position))) {
      return -1;
    }
  }
  return 6;
}

function isHexDigit(code: number): boolean {
  const lower = code | 0x20;
  return (code >= CHAR.zero && code <= CHAR.nine) || (lower >= 0x61 && lower <= 0x66);
}

function isDigit(code: number): boolean {
  return code >= CHAR.zero && code <= CHAR.nine;
}

/** Skips digits from `offset`; returns the offset after them. */
function skipDigits(text: string, offset: number, end: number): number {
  let position = offset;

  while (position < end && isDigit(text.charCodeAt(position))) {
    position++;
  }
  return position;
}

/** Skips a number in strict JSON form: no leading zeros, no lone dot, no bare exponent. */
export function skipNumber(text: string, offset: number, end: number): number {
  let position = text.charCodeAt(offset) === CHAR.minus ? offset + 1 : offset;
  const first = position < end ? text.charCodeAt(position) : -1;

  if (first === CHAR.zero) {
    position++;
  } else if (isDigit(first)) {
    position = skipDigits(text, position + 1, end);
  } else {
    return -1;
  }

  if (position < end && text.charCodeAt(position) === CHAR.dot) {
    const fractionEnd = skipDigits(text, position + 1, end);
    if (fractionEnd === position + 1) {
      return -1;
    }
    position = fractionEnd;
  }

  const marker = text.charCodeAt(position);
  if (position < end && (marker === CHAR.lowerE || marker === CHAR.upperE)) {
    const sign = text.charCodeAt(position + 1);
    const digitsStart = sign === CHAR.plus || sign === CHAR.minus ? position + 2 : position + 1;
    const exponentEnd = skipDigits(text, digitsStart, end);
    if (exponentEnd === digitsStart) {
      return -1;
    }
    position = exponentEnd;
  }
  return position;
}

/** Skips `true`, `false` or `null` starting at `offset`. */
export function skipLiteral(text: string, offset: number, end: number): number {
  const code = text.charCodeAt(offset);
  const word = code === CHAR.lowerT ? 'true' : code === CHAR.lowerF ? 'false' : 'null';

  if (offset + word.length > end || !text.startsWith(word, offset)) {
    return -1;
  }
  return offset + word.length;
}

/** The value of a valid string token; escapes are decoded only when there are any. */
export function stringValue(text: string, start: number, end: number, escaped: boolean): string {
  return escaped ? (JSON.parse(text.slice(start, end)) as string) : text.slice(start + 1, end - 1);
}
