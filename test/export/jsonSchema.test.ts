import assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { buildJsonSchema, JsonSchema } from '../../server/src/export/jsonSchema';
import { validateFileValue, validatePayloadValue } from './validator';

const DERIVED = 'microsoft.graph.vppTokenRevokeLicensesActionResult';
const BASE = 'microsoft.graph.vppTokenActionResult';

function definition(name: string): JsonSchema {
  const found = buildJsonSchema().definitions?.[name];
  assert.ok(found, `no definition ${name}`);
  return found;
}

function property(type: string, name: string): JsonSchema {
  const found = definition(type).properties?.[name];
  assert.ok(found, `no property ${name} on ${type}`);
  return found;
}

suite('when the schema is built from the model', () => {
  test('should be plain draft-07 JSON with one definition per type and the payload', () => {
    const schema = buildJsonSchema();

    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepEqual(Object.keys(schema.definitions ?? {}), ['payload', DERIVED, BASE]);
    assert.deepEqual(JSON.parse(JSON.stringify(schema)), schema);
  });

  test('should list actionState members in declared order with meaning and value', () => {
    const actionState = property(DERIVED, 'actionState');

    assert.equal(actionState.type, 'string');
    assert.deepEqual(actionState.enum,
      ['none', 'pending', 'canceled', 'active', 'done', 'failed', 'notSupported']);
    assert.equal(actionState.enumDescriptions?.[0], 'No state; not a valid action state. (0)');
    assert.equal(actionState.enumDescriptions?.[4], 'The action finished without errors. (4)');
    assert.equal(actionState.enumDescriptions?.length, 7);
  });

  test('should list the failure reasons, on the derived type only', () => {
    const reason = property(DERIVED, 'actionFailureReason');

    assert.deepEqual(reason.enum, ['none', 'appleFailure', 'internalError', 'expiredVppToken',
      'expiredApplePushNotificationCertificate']);
    assert.equal(reason.enumDescriptions?.[3], 'The VPP token had expired. (3)');
    assert.equal(definition(BASE).properties?.actionFailureReason, undefined);
  });

  test('should bound the counts to Int32 and describe them from the model', () => {
    assert.deepEqual(property(DERIVED, 'totalLicensesCount'), {
      description: 'How many licenses the action tried to revoke. Edm.Int32, not nullable, '
        + 'declared on vppTokenRevokeLicensesActionResult.',
      type: 'integer',
      minimum: -2147483648,
      maximum: 2147483647,
    });
  });

  test('should allow null for actionName only', () => {
    const nullable = Object.entries(definition(DERIVED).properties ?? {})
      .filter(([, schema]) => Array.isArray(schema.type) && schema.type.includes('null'))
      .map(([name]) => name);

    assert.deepEqual(nullable, ['actionName']);
    assert.deepEqual(property(DERIVED, 'actionName').type, ['string', 'null']);
  });

  test('should mark timestamps as date-time strings', () => {
    const start = property(BASE, 'startDateTime');

    assert.equal(start.type, 'string');
    assert.deepEqual(start.anyOf?.[0], { format: 'date-time' });
  });

  test('should close each type to undeclared names but let annotations through', () => {
    for (const name of [DERIVED, BASE]) {
      assert.equal(definition(name).additionalProperties, false);
      assert.deepEqual(Object.keys(definition(name).patternProperties ?? {}),
        ['^(?!@odata\\.type$)[\\s\\S]*@']);
    }
  });
});

suite('when a payload is validated against the discriminator', () => {
  const derivedOnly = { totalLicensesCount: 3 };

  test('should read every accepted spelling of the derived type as the derived type', () => {
    const spellings = [
      `#${DERIVED}`,
      DERIVED,
      '#graph.vppTokenRevokeLicensesActionResult',
      'graph.vppTokenRevokeLicensesActionResult',
      `https://graph.microsoft.com/beta/$metadata#${DERIVED}`,
      '$metadata#graph.vppTokenRevokeLicensesActionResult',
    ];

    for (const spelling of spellings) {
      const verdict = validatePayloadValue({ '@odata.type': spelling, ...derivedOnly });
      assert.equal(verdict.valid, true, spelling);
    }
  });

  test('should read the base type spellings as the base type, without derived members', () => {
    const spellings = [`#${BASE}`, BASE, '#graph.vppTokenActionResult', `x/$metadata#${BASE}`];
    for (const spelling of spellings) {
      assert.equal(validatePayloadValue({ '@odata.type': spelling }).valid, true, spelling);
      const verdict = validatePayloadValue({ '@odata.type': spelling, ...derivedOnly });
      assert.equal(verdict.valid, false, spelling);
      assert.deepEqual(verdict.errors[0].params, { additionalProperty: 'totalLicensesCount' });
    }
  });

  test('should treat a payload without @odata.type as the derived type', () => {
    assert.equal(validatePayloadValue(derivedOnly).valid, true);
  });

  test('should reject other types, other cases and broken URL forms', () => {
    const rejected = [
      '#microsoft.graph.vppToken',
      '#microsoft.graph.VppTokenRevokeLicensesActionResult',
      `#x/$metadata#${DERIVED}`,
      `$metadata#${DERIVED}x`,
      `## ${DERIVED}`,
    ];

    for (const spelling of rejected) {
      assert.equal(validatePayloadValue({ '@odata.type': spelling }).valid, false, spelling);
    }
  });
});

suite('when a whole file is validated', () => {
  const good = { actionState: 'done' };
  const bad = { actionState: 'Done' };

  test('should take a root object, a root array and a value collection as payloads', () => {
    assert.equal(validateFileValue(good).valid, true);
    assert.equal(validateFileValue([good, good]).valid, true);
    assert.equal(validateFileValue({ '@odata.context': 'c', value: [good] }).valid, true);
    assert.equal(validateFileValue({ value: good }).valid, true);
  });

  test('should find a bad payload wherever the file keeps it', () => {
    assert.equal(validateFileValue(bad).valid, false);
    assert.equal(validateFileValue([good, bad]).valid, false);
    assert.equal(validateFileValue({ value: [good, bad] }).valid, false);
    assert.equal(validateFileValue({ value: bad }).valid, false);
    assert.equal(validateFileValue(7).valid, false);
    assert.equal(validateFileValue({ value: 'not a collection' }).valid, false);
  });
});
