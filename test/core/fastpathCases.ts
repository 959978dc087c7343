/**
 * Seeded valid documents for comparing the fast path with the full-tree path: payloads at any
 * depth, every `@odata.type` spelling, right and wrong values of every property, escapes,
 * comments, odd whitespace and every root shape an association can meet.
 */
import { seededRandom } from '../fuzz/mutations';

type Random = () => number;

const TYPE_VALUES = [
  '#microsoft.graph.vppTokenRevokeLicensesActionResult',
  'microsoft.graph.vppTokenRevokeLicensesActionResult',
  '#graph.vppTokenRevokeLicensesActionResult',
  'https://graph.microsoft.com/beta/$metadata#microsoft.graph.vppTokenRevokeLicensesActionResult',
  '#Microsoft.Graph.VppTokenRevokeLicensesActionResult',
  '#microsoft.graph.vppTokenActionResult',
  '#microsoft.graph.vppToken',
  '#microsoft.graph.managedDevice',
  '#microsoft.graph.someOtherActionResult',
];

/** JSON texts, right and wrong, written as they would appear in a document. */
const VALUES: Record<string, readonly string[]> = {
  actionName: ['"Revoke"', 'null', '5', '"caf\\u00e9 \\"q\\""', '"日本 🚀"'],
  actionState: ['"done"', '"Done"', '"4"', '4', 'null', '"done "', '""', '"failed"', '{}', '[1]'],
  actionFailureReason: ['"none"', '"appleFailure"', '"1"', '"expiredVppToken"', 'true', 'null'],
  startDateTime: ['"2024-03-05T10:00:00Z"', '"2024-03-05T10:00:00.1234567-08:00"',
    '"2024-02-30T10:00:00Z"', '"2024-03-05T10:00:00"', '"2024-03-05t10:00:60z"', '7'],
  lastUpdatedDateTime: ['"2024-03-05T09:00:00Z"', '"2024-03-05T19:00:00+01:00"',
    '"2024-03-06T00:00:00.0000000000001Z"', '"not a date"', 'null'],
  totalLicensesCount: ['10', '5.0', '1e3', '-0', '3000000000', '"5"', '2.5', '-2', 'null',
    '1000.00000000000001', '2147483647'],
  failedLicensesCount: ['3', '12', '0', '-1', '1E1', '"12"', '[]', '2147483648'],
};

const EXTRA_KEYS = ['"failedLicenseCount"', '"actionstate"', '"x@odata.type"', '"@odata.etag"',
  '"\\u0061ctionState"', '"id"', '"actionState"', '"@odata.type"', '"value"'];

const NON_ASCII_TEXTS = ['"Société"', '"日本語"', '"\\ud83d\\ude80"', '"\u2028 line"'];

class DocumentWriter {
  constructor(
    private readonly random: Random,
    private readonly comments: boolean,
  ) {}

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  /** Whitespace, and in JSONC now and then a comment, between two tokens. */
  gap(): string {
    const spaces = this.pick(['', ' ', '\n  ', '\r\n\t', '  ']);
    if (this.comments && this.chance(0.1)) {
      return `${spaces}${this.pick(['/* c: {"x"} */', '// note [\n', '/**/'])}${spaces}`;
    }
    return spaces;
  }

  object(members: readonly string[]): string {
    if (members.length === 0) {
      return `{${this.gap()}}`;
    }
    return `{${this.gap()}${members.join(`${this.gap()},${this.gap()}`)}${this.gap()}}`;
  }

  array(items: readonly string[]): string {
    if (items.length === 0) {
      return `[${this.gap()}]`;
    }
    return `[${this.gap()}${items.join(`${this.gap()},${this.gap()}`)}${this.gap()}]`;
  }

  member(key: string, value: string): string {
    return `${key}${this.gap()}:${this.gap()}${value}`;
  }

  /** A payload-like object: an `@odata.type` (usually), some properties, maybe nested values. */
  payload(depth: number): string {
    const members: string[] = [];
    const typeMember = this.member('"@odata.type"', this.typeValue());

    if (this.chance(0.9)) {
      members.push(typeMember);
    }
    for (const name of Object.keys(VALUES)) {
      if (this.chance(0.7)) {
        members.push(this.member(`"${name}"`, this.pick(VALUES[name])));
      }
    }
    if (this.chance(0.3)) {
      members.push(this.member(this.pick(EXTRA_KEYS), this.value(depth + 1)));
    }
    if (this.chance(0.1)) {
      members.push(this.member('"@odata.type"', this.typeValue()));
    }
    if (this.chance(0.1)) {
      members.reverse();
    }
    return this.object(members);
  }

  typeValue(): string {
    if (this.chance(0.05)) {
      return this.pick(['5', 'null', '{}']);
    }

    const value = JSON.stringify(this.pick(TYPE_VALUES));
    return this.chance(0.05) ? value.replace('R', '\\u0052').replace('/', '\\/') : value;
  }

  /** Any value; deeper down, fewer containers. */
  value(depth: number): string {
    const roll = this.random();
    if (depth > 5 || roll < 0.35) {
      return this.pick(['1', '-2.5e3', 'true', 'false', 'null', '"text"', ...NON_ASCII_TEXTS]);
    }
    if (roll < 0.65) {
      return this.payload(depth);
    }
    if (roll < 0.85) {
      return this.array(this.several(() => this.value(depth + 1)));
    }
    return this.object(this.several(() => this.member(this.pick(['"a"', '"value"', '"b\\n"']),
      this.value(depth + 1))));
  }

  several(make: () => string): string[] {
    return Array.from({ length: Math.floor(this.random() * 4) }, make);
  }

  /** The root: a collection, a bare array, one payload, or something odd. */
  root(): string {
    const roll = this.random();
    if (roll < 0.3) {
      const value = this.array(this.several(() => this.value(1)));
      const members = [this.member('"@odata.context"', '"https://x/$metadata#y"'),
        this.member('"value"', value)];
      if (this.chance(0.2)) {
        members.push(this.member('"value"', this.payload(1)));
      }
      return this.object(members);
    }
    if (roll < 0.45) {
      return this.object([this.member('"value"', this.payload(1))]);
    }
    if (roll < 0.65) {
      return this.array(this.several(() => this.value(1)));
    }
    if (roll < 0.9) {
      return this.payload(0);
    }
    return this.pick(['5', '"text"', 'null', this.object([this.member('"value"', '3')])]);
  }
}

/** The `seed`-th generated document; comments appear only when `comments` is set. */
export function generatedDocument(seed: number, comments: boolean): string {
  const random = seededRandom(0xfa57 + seed);
  const writer = new DocumentWriter(random, comments);
  const bom = random() < 0.05 ? '\ufeff' : '';

  return `${bom}${writer.gap()}${writer.root()}${writer.gap()}`;
}

export interface BigDocument {
  readonly text: string;
  /** Each element of the root array, with its offset in `text`. */
  readonly parts: readonly { readonly start: number; readonly text: string }[];
}

/** A document bigger than the fast path's threshold: many generated documents in one array. */
export function bigDocument(seed: number, minLength: number, comments = false): BigDocument {
  const parts: { start: number; text: string }[] = [];
  let text = '[\n';

  for (let index = 0; text.length < minLength; index++) {
    const part = generatedDocument(seed * 100000 + index, comments).replace(/^\ufeff/, '');
    text += index === 0 ? '' : ',\n';
    parts.push({ start: text.length, text: part });
    text += part;
  }
  return { text: `${text}\n]\n`, parts };
}
