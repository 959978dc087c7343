/**
 * What an object's `@odata.type` string token says, for the structural scan: one of our types,
 * or a foreign one. Most tokens name other Graph types and are turned away by their last
 * letters without a string being made; the few distinct values a document repeats are kept.
 */
import { ODataTypeMatch, matchODataType } from './odataType';
import { pin, SAMPLE_DOCUMENT } from './shapeSample';
import { ESCAPED_FLAG, stringValue } from './tokens';

/** What an object's last `@odata.type` member said about the object. */
export type TypeVerdict =
  | { readonly kind: 'untyped' }
  | { readonly kind: 'ours'; readonly match: ODataTypeMatch }
  | { readonly kind: 'foreign' };

export const UNTYPED: TypeVerdict = { kind: 'untyped' };
const FOREIGN: TypeVerdict = { kind: 'foreign' };

/** Both of our type names end so; a value that does not cannot name either of them. */
const TYPE_NAME_ENDING = 'actionresult';
const MAX_REMEMBERED_TYPES = 64;

export class TypeRecognizer {
  private readonly matches = new Map<string, ODataTypeMatch | undefined>();

  constructor(private readonly text: string) {}

  /** The verdict on the string token from `start` to `rawEnd` (which may carry ESCAPED_FLAG). */
  verdictOn(start: number, rawEnd: number): TypeVerdict {
    const escaped = rawEnd >= ESCAPED_FLAG;
    const end = escaped ? rawEnd - ESCAPED_FLAG : rawEnd;
    if (!escaped && !endsWithIgnoringCase(this.text, end - 2, TYPE_NAME_ENDING)) {
      return FOREIGN;
    }

    const value = stringValue(this.text, start, end, escaped);
    let match = this.matches.get(value);
    if (match === undefined && !this.matches.has(value)) {
      match = matchODataType(value);
      if (this.matches.size < MAX_REMEMBERED_TYPES) {
        this.matches.set(value, match);
      }
    }
    return match ? { kind: 'ours', match } : FOREIGN;
  }
}

/** Whether the text ending at `last` (inclusive) ends with the lower-case ASCII `suffix`. */
function endsWithIgnoringCase(text: string, last: number, suffix: string): boolean {
  const first = last - suffix.length + 1;
  if (first < 0) {
    return false;
  }

  for (let index = 0; index < suffix.length; index++) {
    if ((text.charCodeAt(first + index) | 0x20) !== suffix.charCodeAt(index)) {
      return false;
    }
  }
  return true;
}

/** A sample keeps the recognizer's hidden class alive (see shapeSample.ts). */
pin(new TypeRecognizer(SAMPLE_DOCUMENT));
