/**
 * Splits the byte stream of the base protocol (`Content-Length` header, blank line, body) into
 * bodies, so that a malformed frame costs only itself: a header without a usable length, or a
 * body cut short by the next header, is dropped and reading resumes at the next header.
 */
import { constants } from 'node:buffer';

export interface FrameSink {
  readonly body: (body: Buffer) => void;
  /** Said once per run of bad input, which lasts until the next good header. */
  readonly skipped: (reason: string) => void;
}

/** Far longer than any real header: a blank line must come within this many bytes. */
const MAX_HEADER_BYTES = 8192;
/** A body longer than the longest string Node can build could never be decoded. */
const MAX_BODY_BYTES = constants.MAX_STRING_LENGTH;
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
const LINE_FEED = 0x0a;
/**
 * The first line of a frame. It can never occur inside a JSON body: a raw line break may only
 * stand between tokens there, and `Content-Length:` is not a token.
 */
const HEADER_START = /content-length[ \t]*:[ \t]*\d+[ \t]*\r\n/i;
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:[ \t]*(.*?)[ \t]*$/;
const DIGITS = /^\d+$/;
/** Bytes of the body searched again with each chunk, so a header split between chunks is seen. */
const OVERLAP = 64;

/** The body being read: its header, its declared length and the chunks received so far. */
interface OpenFrame {
  readonly expected: number;
  readonly chunks: Buffer[];
  received: number;
}

export class FrameSplitter {
  private pending: Buffer = Buffer.alloc(0);
  private frame: OpenFrame | undefined;
  /** Bad input is being skipped, and was reported when the run began. */
  private skipping = false;

  constructor(private readonly sink: FrameSink) {}

  push(chunk: Buffer): void {
    if (this.frame) {
      this.readBody(this.frame, chunk);
    } else {
      this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    }
    this.readHeaders();
  }

  private readHeaders(): void {
    while (this.frame === undefined && this.pending.length > 0) {
      const end = this.pending.indexOf(HEADER_END);
      if (end < 0) {
        if (this.pending.length <= MAX_HEADER_BYTES) {
          return;
        }
        this.resync(`no blank line ends the header within ${MAX_HEADER_BYTES} bytes`);
        continue;
      }

      const header = readHeader(this.pending.toString('latin1', 0, end));
      if (typeof header === 'string') {
        this.resync(header, end + HEADER_END.length);
        continue;
      }

      this.skipping = false;
      const rest = this.pending.subarray(end + HEADER_END.length);
      this.pending = Buffer.alloc(0);
      this.frame = { expected: header, chunks: [], received: 0 };
      this.readBody(this.frame, rest);
    }
  }

  /** Drops bytes up to the next header, or up to `fallbackEnd`, or all but a possible start. */
  private resync(reason: string, fallbackEnd?: number): void {
    const next = this.pending.toString('latin1', 1).search(HEADER_START);
    const keptTail = Math.max(1, this.pending.length - OVERLAP);
    const cut = next >= 0 ? next + 1 : (fallbackEnd ?? keptTail);

    this.skip(reason);
    this.pending = this.pending.subarray(cut);
  }

  private skip(reason: string): void {
    if (!this.skipping) {
      this.skipping = true;
      this.sink.skipped(reason);
    }
  }

  private readBody(frame: OpenFrame, chunk: Buffer): void {
    const early = headerInBody(frame, chunk);
    if (early !== undefined) {
      const body = Buffer.concat([...frame.chunks, chunk]);
      this.frame = undefined;
      this.skip('a new header began inside the body, so its Content-Length was wrong');
      this.pending = body.subarray(early);
      return;
    }

    frame.chunks.push(chunk);
    frame.received += chunk.length;
    if (frame.received >= frame.expected) {
      const body = frame.chunks.length === 1 ? chunk : Buffer.concat(frame.chunks);
      this.frame = undefined;
      this.pending = body.subarray(frame.expected);
      this.sink.body(body.subarray(0, frame.expected));
    }
  }
}

/** The declared body length, or what is wrong with the header. */
function readHeader(text: string): number | string {
  let length: string | undefined;

  for (const line of text.split('\r\n')) {
    const match = HEADER_LINE.exec(line);
    if (match === null) {
      return `the header line ${quote(line)} is not "name: value"`;
    }
    if (match[1].toLowerCase() === 'content-length') {
      length = match[2];
    }
  }

  if (length === undefined) {
    return 'the header has no Content-Length';
  }
  if (!DIGITS.test(length)) {
    return `the Content-Length ${quote(length)} is not a whole number`;
  }
  const value = Number(length);
  return value <= MAX_BODY_BYTES ? value : `the Content-Length ${length} is larger than any body`;
}

/**
 * Where a header starts inside the declared body, counted from the body's start: the length
 * was wrong, and the rest belongs to the next frame. Only chunks with a line feed are searched.
 */
function headerInBody(frame: OpenFrame, chunk: Buffer): number | undefined {
  const limit = frame.expected - frame.received;
  if (limit <= 0 || chunk.indexOf(LINE_FEED) < 0) {
    return undefined;
  }

  const tail = lastBytes(frame.chunks, OVERLAP);
  const window = Buffer.concat([tail, chunk.subarray(0, limit + OVERLAP)]).toString('latin1');
  const at = window.search(HEADER_START);
  const start = frame.received - tail.length + at;
  return at >= 0 && start < frame.expected ? start : undefined;
}

/** The last `count` bytes of the chunks, or all of them when they hold fewer. */
function lastBytes(chunks: readonly Buffer[], count: number): Buffer {
  const taken: Buffer[] = [];
  let length = 0;

  for (let index = chunks.length - 1; index >= 0 && length < count; index--) {
    const chunk = chunks[index];
    const part = chunk.subarray(Math.max(0, chunk.length - (count - length)));
    taken.unshift(part);
    length += part.length;
  }
  return Buffer.concat(taken);
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
