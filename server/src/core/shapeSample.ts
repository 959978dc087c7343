/**
 * NOTE: V8 keeps the hidden class (the layout) of an object only while some object has it, and
 * the optimized code of the scan, the tree builder and the rules is tied to those classes. Once
 * a full garbage collection finds no object of a class left, the next analysis meets new classes
 * and runs slow code until it is optimized again: about 40 % slower on a 10 MB document. So the
 * fast path's modules keep a few small sample objects alive, made from this document.
 */
import { canonicalODataType, DERIVED_TYPE, enumOf, PropertyModel, ValueKind } from './model';

/** Values for the first, second ... property of each kind: some wrong, so rules report too. */
const SAMPLE_VALUES: Record<Exclude<ValueKind, 'enum'>, readonly string[]> = {
  string: ['"a\\u00e9"'],
  dateTimeOffset: ['"2024-01-01T00:00:00Z"', '"2023-01-01T00:00Z"'],
  int32: ['1.5', '2'],
};

function sampleValue(property: PropertyModel, index: number): string {
  if (property.kind === 'enum') {
    return JSON.stringify(enumOf(property)?.members[1]?.name ?? '');
  }

  const earlier = DERIVED_TYPE.properties.slice(0, index)
    .filter((other) => other.kind === property.kind).length;
  const values = SAMPLE_VALUES[property.kind];
  return values[Math.min(earlier, values.length - 1)];
}

const SAMPLE_MEMBERS = [
  `"@odata.type": ${JSON.stringify(canonicalODataType(DERIVED_TYPE))}`,
  ...DERIVED_TYPE.properties.map((property, index) =>
    `"${property.name}": ${sampleValue(property, index)}`),
  '"x": [true, false, {}, -1e3, null]',
];

export const SAMPLE_DOCUMENT = `[{${SAMPLE_MEMBERS.join(',\n  ')}}]`;

const PINNED: unknown[] = [];

/** Keeps `sample` alive for the life of the process, and returns it. */
export function pin<Sample>(sample: Sample): Sample {
  PINNED.push(sample);
  return sample;
}
