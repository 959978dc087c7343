import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { comparePayloads } from './agreement';

/** DateTimeOffset literals and whether OData (and so the core) accepts each. */
const LITERALS: readonly [string, boolean][] = [
  ['2026-11-18T22:14:09.1150000-08:00', true],
  ['2026-11-18T22:14:09Z', true],
  ['2026-11-18t22:14:09z', true],
  ['2026-11-18T22:14Z', true],
  ['2026-11-18T22:14+05:30', true],
  ['2026-11-18T22:14:09.123456789012Z', true],
  ['2026-11-18T22:14:09.1234567890123Z', false],
  ['2026-11-18T22:14:09.Z', false],
  ['2026-11-18T22:14:09', false],
  ['2026-11-18 22:14:09Z', false],
  ['2026-11-18T22:14:09+0530', false],
  ['2026-11-18T22:14:09+05', false],
  ['2026-11-18T22:14:09+24:00', false],
  ['2026-11-18T22:14:09-23:59', false],
  ['2026-11-18T22:14:09+14:00', true],
  ['2026-11-18T22:14:09-14:00', true],
  ['2026-11-18T22:14:09+14:01', false],
  ['2026-11-18T22:14:09-13:59', true],
  ['2026-11-18T22:14:09+15:00', false],
  ['2026-11-18T24:00:00Z', false],
  ['2026-11-18T23:60:00Z', false],
  ['2026-12-31T23:59:60Z', false],
  ['2026-11-31T00:00:00Z', false],
  ['2026-12-31T00:00:00Z', true],
  ['2026-13-01T00:00:00Z', false],
  ['2026-00-01T00:00:00Z', false],
  ['2026-01-00T00:00:00Z', false],
  ['2024-02-29T00:00:00Z', true],
  ['2023-02-29T00:00:00Z', false],
  ['2023-02-29T00:00Z', false],
  ['1900-02-29T00:00:00Z', false],
  ['2000-02-29T00:00:00Z', true],
  ['2000-02-30T00:00:00Z', false],
  ['1600-02-29T00:00:00Z', true],
  ['2100-02-29T00:00:00Z', false],
  ['2400-02-29T00:00Z', true],
  ['0000-02-29T00:00:00Z', true],
  ['12000-02-29T00:00:00Z', true],
  ['10100-02-29T00:00:00Z', false],
  ['-0004-02-29T00:00:00Z', true],
  ['-0001-01-01T00:00:00Z', true],
  ['0999-01-01T00:00:00Z', true],
  ['999-01-01T00:00:00Z', false],
  ['02026-01-01T00:00:00Z', false],
  ['2026-1-01T00:00:00Z', false],
  ['2026-01-01T0:00:00Z', false],
  [' 2026-01-01T00:00:00Z', false],
  ['2026-01-01T00:00:00Z ', false],
  ['2026-01-01', false],
  ['', false],
];

suite('when the schema checks a DateTimeOffset', () => {
  test('should accept exactly the literals the core accepts', () => {
    for (const [literal, valid] of LITERALS) {
      const text = `{"startDateTime": ${JSON.stringify(literal)}}`;
      const [verdicts] = comparePayloads(text, { language: 'json', associated: true });

      assert.deepEqual(verdicts.codes, valid ? [] : ['invalid-date-time'], `core: ${literal}`);
      assert.equal(verdicts.schema.valid, valid, `schema: ${literal}`);
    }
  });
});
