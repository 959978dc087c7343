/**
 * The one mapping between UTF-16 offsets of the analysed text and editor positions.
 *
 * Lines end at `\n`, `\r\n` or a lone `\r` (as in LSP). A byte order mark at the start of a file
 * is not part of the text an editor shows, so by default it is not counted in the first line's
 * characters; a language client that keeps it in the text it sends counts it, and so must we.
 */
import type { TextChange } from './textChange';

export interface Position {
  readonly line: number;
  readonly character: number;
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const BYTE_ORDER_MARK = 0xfeff;

export interface LineMapOptions {
  /** Count a leading byte order mark as a character: the text is exactly what a client sent. */
  readonly countByteOrderMark?: boolean;
}

export class LineMap {
  private readonly lineStarts: ArrayLike<number>;
  private readonly bomLength: number;
  private readonly length: number;

  /** `lineStarts`, when given, are those of `text` (see `afterEdit`). */
  constructor(
    private readonly text: string,
    private readonly options: LineMapOptions = {},
    lineStarts?: ArrayLike<number>,
  ) {
    this.length = text.length;
    const skipsMark = !options.countByteOrderMark && text.charCodeAt(0) === BYTE_ORDER_MARK;
    this.bomLength = skipsMark ? 1 : 0;
    this.lineStarts = lineStarts ?? computeLineStarts(text);
  }

  /**
   * The map of `text`, which is `previous`'s text after `change`: only the changed lines are
   * read, the others are kept or moved, so a keystroke in a big document stays cheap.
   */
  static afterEdit(previous: LineMap, text: string, change: TextChange): LineMap {
    const delta = change.newEnd - change.oldEnd;
    const resume = Math.max(0, change.start - 1);
    const kept = previous.lineOf(resume) + 1;
    const movedFrom = previous.lineOf(change.oldEnd + 1) + 1;
    const old = previous.lineStarts;
    const found: number[] = [];

    // A line starts after each break; a break is known by its last char, so CR LF counts once.
    for (let index = resume; index <= change.newEnd && index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === LINE_FEED || (code === CARRIAGE_RETURN
        && text.charCodeAt(index + 1) !== LINE_FEED)) {
        found.push(index + 1);
      }
    }

    const starts = new Int32Array(kept + found.length + old.length - movedFrom);
    for (let line = 0; line < kept; line++) {
      starts[line] = old[line];
    }
    starts.set(found, kept);
    for (let line = movedFrom, to = kept + found.length; line < old.length; line++, to++) {
      starts[to] = old[line] + delta;
    }
    return new LineMap(text, previous.options, starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    const line = this.lineOf(clamped);
    const lineStart = line === 0 ? this.bomLength : this.lineStarts[line];

    return { line, character: Math.max(0, clamped - lineStart) };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) {
      return this.bomLength;
    }
    if (position.line >= this.lineStarts.length) {
      return this.length;
    }

    const lineStart = position.line === 0 ? this.bomLength : this.lineStarts[position.line];
    const lineEnd = this.lineEndOf(position.line);

    return Math.max(lineStart, Math.min(lineStart + Math.max(0, position.character), lineEnd));
  }

  /** The offset of the line's end, before its line break. */
  private lineEndOf(line: number): number {
    if (line + 1 >= this.lineStarts.length) {
      return this.length;
    }

    let end = this.lineStarts[line + 1];
    if (this.text.charCodeAt(end - 1) === LINE_FEED) {
      end--;
    }
    if (this.text.charCodeAt(end - 1) === CARRIAGE_RETURN) {
      end--;
    }
    return end;
  }

  private lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;

    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // Line feeds only (the common case): `indexOf` finds them far faster than a loop.
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
      starts.push(index + 1);
    }
    return starts;
  }

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === CARRIAGE_RETURN) {
      if (text.charCodeAt(index + 1) === LINE_FEED) {
        index++;
      }
      starts.push(index + 1);
    } else if (code === LINE_FEED) {
      starts.push(index + 1);
    }
  }
  return starts;
}
