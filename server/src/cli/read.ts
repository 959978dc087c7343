import * as fs from 'node:fs';
import { describeError } from './files';

export type ReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string };

/** How much of the start is searched for a NUL byte, the sign of a binary file. */
const BINARY_PROBE_LENGTH = 8192;

/** Reads a file as UTF-8 text; binary content and invalid UTF-8 are refused with a reason. */
export function readTextFile(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { ok: false, reason: describeError(error) };
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
