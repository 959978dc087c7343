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
  let content: Buffer | string;
  try {
    content = readRegularFile(file);
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  }

  if (typeof content === 'string') {
    return { ok: false, reason: content };
  }
  if (isUtf16(content)) {
    return { ok: false, reason: 'UTF-16 text; save it as UTF-8, which JSON requires' };
  }
  if (content.subarray(0, BINARY_PROBE_LENGTH).includes(0)) {
    return { ok: false, reason: 'binary file (it contains NUL bytes), not JSON' };
  }
  try {
    // NOTE: the byte order mark is kept: the core skips exactly one, as editors do.
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return { ok: true, text: decoder.decode(content) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

/** The file's bytes, or why they are not read: what is open is checked, not the path again. */
function readRegularFile(file: string): Buffer | string {
  const descriptor = fs.openSync(file, OPEN_FLAGS);
  try {
    const stat = fs.fstatSync(descriptor);
    if (!stat.isFile()) {
      return notRegularFile(stat);
    }
    if (stat.size > MAX_FILE_BYTES) {
      return `too large to check (${stat.size} bytes; at most ${MAX_FILE_BYTES})`;
    }
    return fs.readFileSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}

/** A UTF-16 byte order mark, little- or big-endian, as some Windows tools save JSON. */
function isUtf16(bytes: Buffer): boolean {
  const [first, second] = bytes;
  return (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
}
