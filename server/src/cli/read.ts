import * as fs from 'node:fs';
import { describeError, notRegularFile } from './files';

export type ReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string };

/** How much of the start is searched for a NUL byte, the sign of a binary file. */
const BINARY_PROBE_LENGTH = 8192;

/**
 * The longest string Node can hold (buffer.constants.MAX_STRING_LENGTH on 64-bit; the bundle
 * keeps to fs, path and url). A UTF-8 byte gives at most one UTF-16 unit, so a file this size
 * always fits; a larger one is refused before its bytes are read into memory.
 */
const MAX_FILE_BYTES = 2 ** 29 - 24;

/**
 * Without blocking, so that a named pipe swapped in after the folder walk cannot make the
 * open wait for a writer; reads of a regular file are not affected.
 */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** Reads a file as UTF-8 text; binary content and invalid UTF-8 are refused with a reason. */
export function readTextFile(file: string): ReadResult {
  let content: RawRead;
  try {
    content = readRegularFile(file);
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  }

  if ('reason' in content) {
    return { ok: false, reason: content.reason };
  }
  const { bytes } = content;
  const wide = wideEncodingOf(bytes);
  if (wide !== undefined) {
    return { ok: false, reason: `${wide} text; save it as UTF-8, which JSON requires` };
  }
  if (bytes.subarray(0, BINARY_PROBE_LENGTH).includes(0)) {
    return { ok: false, reason: 'binary file (it contains NUL bytes), not JSON' };
  }
  try {
    // NOTE: the byte order mark is kept: the core skips exactly one, as editors do.
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

/** A file's bytes, or why they were not read. */
type RawRead = { readonly bytes: Buffer } | { readonly reason: string };

/** The file's bytes, or why they are not read: what is open is checked, not the path again. */
function readRegularFile(file: string): RawRead {
  const descriptor = fs.openSync(file, OPEN_FLAGS);
  try {
    const stat = fs.fstatSync(descriptor);
    if (!stat.isFile()) {
      return { reason: notRegularFile(stat) };
    }
    if (stat.size > MAX_FILE_BYTES) {
      return { reason: `too large to check (${stat.size} bytes; at most ${MAX_FILE_BYTES})` };
    }
    return { bytes: fs.readFileSync(descriptor) };
  } finally {
    fs.closeSync(descriptor);
  }
}

/**
 * UTF-16 or UTF-32, as some Windows tools save JSON: known by a byte order mark, or else by
 * where the zero bytes fall around the first character, which JSON keeps in ASCII.
 */
function wideEncodingOf(bytes: Buffer): 'UTF-16' | 'UTF-32' | undefined {
  const [a, b, c, d] = bytes;
  const markedUtf32 =
    (a === 0xff && b === 0xfe && c === 0 && d === 0) ||
    (a === 0 && b === 0 && c === 0xfe && d === 0xff);
  if (markedUtf32) {
    return 'UTF-32';
  }
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    return 'UTF-16';
  }
  if (bytes.length < 4) {
    return undefined;
  }

  // Zero bytes as 0, others as x: two ASCII characters in UTF-16, one in UTF-32, either order.
  const zeros = [a, b, c, d].map((byte) => (byte === 0 ? '0' : 'x')).join('');
  if (zeros === '000x' || zeros === 'x000') {
    return 'UTF-32';
  }
  return zeros === '0x0x' || zeros === 'x0x0' ? 'UTF-16' : undefined;
}
