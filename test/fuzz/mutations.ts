import * as fs from 'node:fs';
import * as path from 'node:path';

/** A small, fast, seeded generator (mulberry32), so every run sees the same cases. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const EXAMPLES = path.resolve(__dirname, '../../../examples');

/** The bundled examples plus a few compact documents, valid and invalid. */
export function seedDocuments(): string[] {
  const files = fs.readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.jsonc?$/.test(name)).sort();
  const type = '#microsoft.graph.vppTokenRevokeLicensesActionResult';

  return [
    ...files.map((name) => fs.readFileSync(path.join(EXAMPLES, name), 'utf8')),
    `{"@odata.type":"${type}","actionState":"done","totalLicensesCount":2,"failedLicensesCount":3}`,
    `[{"@odata.type":"${type.slice(1)}","startDateTime":"2026-01-01T00:00:00Z"}]`,
    `{"value":{"@odata.type":"#graph.vppTokenActionResult","actionState":"4"}}`,
    '',
    '{}',
  ];
}

const FRAGMENTS = [
  '{', '}', '[', ']', '"', ':', ',', '\\', '/*', '*/', '//', '\n', '\r\n', '\u2028', '\u0000',
  '\u0007', '\ud800', '\udc00', '\u{1F680}', '\ufeff', 'null', 'true', '-', '1e999999999',
  '123456789012345678901234567890', '0.0000000000000000000001', '"@odata.type"',
  '"#microsoft.graph.vppTokenRevokeLicensesActionResult"', '"actionState"', '"Done"',
  '"failedLicensesCount": 9', '"totalLicensesCount@odata.type"', '"\\u00', '"\\uD83D"',
];

type Mutation = (text: string, random: () => number) => string;

function at(text: string, random: () => number): number {
  return Math.floor(random() * (text.length + 1));
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

const MUTATIONS: readonly Mutation[] = [
  (text, random) => {
    const index = at(text, random);
    const code = (text.charCodeAt(index) || 32) ^ (1 << Math.floor(random() * 7));
    return text.slice(0, index) + String.fromCharCode(code) + text.slice(index + 1);
  },
  (text, random) => text.slice(0, at(text, random)),
  (text, random) => {
    const index = at(text, random);
    return text.slice(0, index) + pick(FRAGMENTS, random) + text.slice(index);
  },
  (text, random) => {
    const start = at(text, random);
    return text.slice(0, start) + text.slice(start + Math.floor(random() * 40));
  },
  (text, random) => {
    const index = at(text, random);
    const long = 'x'.repeat(Math.floor(random() * 5000));
    return `${text.slice(0, index)}"${long}"${text.slice(index)}`;
  },
  (text, random) => {
    const index = at(text, random);
    const key = Array.from({ length: 1 + Math.floor(random() * 12) },
      () => String.fromCharCode(33 + Math.floor(random() * 90))).join('');
    return `${text.slice(0, index)}${JSON.stringify(key)}: 1,${text.slice(index)}`;
  },
  (text, random) => {
    const start = at(text, random);
    const piece = text.slice(start, start + Math.floor(random() * 400));
    return text.slice(0, start) + piece + ',' + piece + text.slice(start);
  },
  (text, random) => {
    const depth = Math.floor(random() * 600);
    const index = at(text, random);
    return text.slice(0, index) + '['.repeat(depth) + text.slice(index);
  },
];

/** The `index`-th case: a seed document with one to four mutations. */
export function mutatedCase(index: number, seeds: readonly string[]): string {
  const random = seededRandom(0x5eed + index);
  let text = pick(seeds, random);
  const count = 1 + Math.floor(random() * 4);
  for (let step = 0; step < count; step++) {
    text = pick(MUTATIONS, random)(text, random);
  }
  return text;
}

/** Cases per run: a fixed count for CI, more with FUZZ_CASES for a long run. */
export function caseCount(): number {
  const configured = Number(process.env.FUZZ_CASES);
  return Number.isInteger(configured) && configured > 0 ? configured : 20000;
}
