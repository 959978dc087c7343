/**
 * The schema compiled the way a CI job would use it: ajv's draft-07 class in strict mode with
 * ajv-formats, VS Code's `enumDescriptions` declared as an annotation keyword, union types on.
 */
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { buildJsonSchema, PAYLOAD_REF } from '../../server/src/export/jsonSchema';

export interface Verdict {
  readonly valid: boolean;
  readonly errors: readonly ErrorObject[];
}

const SCHEMA_KEY = 'vpp';

function createAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'enumDescriptions', schemaType: 'array' });
  ajv.addSchema(buildJsonSchema(), SCHEMA_KEY);
  return ajv;
}

const ajv = createAjv();
const validators = {
  file: ajv.getSchema(SCHEMA_KEY) as ValidateFunction,
  payload: ajv.getSchema(`${SCHEMA_KEY}${PAYLOAD_REF}`) as ValidateFunction,
};

function verdictOf(validate: ValidateFunction, value: unknown): Verdict {
  const valid = validate(value) as boolean;
  return { valid, errors: validate.errors ?? [] };
}

/** Validates one payload object against the payload definition. */
export function validatePayloadValue(value: unknown): Verdict {
  return verdictOf(validators.payload, value);
}

/** Validates a whole file's value against the schema's root. */
export function validateFileValue(value: unknown): Verdict {
  return verdictOf(validators.file, value);
}
