/**
 * The JSON Schema of a payload file, generated from the model alone, for tools other than ours:
 * VS Code's `json.schemas`, ajv in CI. It is draft-07: the draft that VS Code's JSON support
 * and ajv's default class both implement in full, and the first with `if`/`then`/`else`, which
 * the `@odata.type` discriminator needs; later drafts add nothing this schema uses.
 *
 * It is stricter than the core where the core only warns (a null where none is allowed, an
 * unknown property, a numeric enum string, a type name in the wrong case), and blind to the
 * rules no schema can state (one property compared with another, how a number was written).
 */
import {
  BASE_TYPE,
  DERIVED_TYPE,
  ENTITY_TYPES,
  EntityTypeModel,
  enumOf,
  INT32_MAX,
  INT32_MIN,
  NAMESPACE,
  NAMESPACE_ALIAS,
  ODATA_TYPE_KEY,
  PropertyModel,
} from '../core/model';
import { BEYOND_RFC_3339_PATTERN, DATE_TIME_OFFSET_PATTERN } from './dateTimePattern';

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'object' | 'array';

/** The subset of draft-07 the export writes, plus VS Code's `enumDescriptions`. */
export interface JsonSchema {
  $schema?: string;
  $comment?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  enum?: (string | null)[];
  enumDescriptions?: string[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: boolean;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
}

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** The definition that describes one payload object, for validating payloads one by one. */
export const PAYLOAD_DEFINITION = 'payload';

export const PAYLOAD_REF = `#/definitions/${PAYLOAD_DEFINITION}`;

/** Every member name with `@` except `@odata.type`, which is declared on its own. */
const ANNOTATION_NAME_PATTERN = `^(?!${escapePattern(ODATA_TYPE_KEY)}$)[\\s\\S]*@`;

/** Builds the schema of a file that holds payloads the way an associated file does. */
export function buildJsonSchema(): JsonSchema {
  const definitions: Record<string, JsonSchema> = { [PAYLOAD_DEFINITION]: payloadSchema() };
  for (const type of ENTITY_TYPES) {
    definitions[type.qualifiedName] = entitySchema(type);
  }

  return {
    $schema: DRAFT_07,
    $comment: 'Generated from the vpp-lint model; regenerate it rather than edit it.',
    title: DERIVED_TYPE.name,
    description: `${DERIVED_TYPE.description} The file is one result, an array of them, `
      + 'or a collection response whose "value" holds them.',
    definitions,
    if: { type: 'array' },
    then: { type: 'array', items: { $ref: PAYLOAD_REF } },
    else: collectionOrPayload(),
  };
}

/** `{"value": [...]}` or `{"value": {...}}` holds the payloads; any other object is one. */
function collectionOrPayload(): JsonSchema {
  return {
    if: {
      type: 'object',
      required: ['value'],
      properties: { value: { type: ['array', 'object'] } },
    },
    then: {
      type: 'object',
      properties: {
        value: {
          if: { type: 'array' },
          then: { type: 'array', items: { $ref: PAYLOAD_REF } },
          else: { $ref: PAYLOAD_REF },
        },
      },
    },
    else: { $ref: PAYLOAD_REF },
  };
}

/** The discriminator: the base type when `@odata.type` names it, otherwise the derived type. */
function payloadSchema(): JsonSchema {
  const others = ENTITY_TYPES.filter((type) => type !== DERIVED_TYPE);
  let schema: JsonSchema = { $ref: definitionRef(DERIVED_TYPE) };

  for (const type of others.reverse()) {
    schema = {
      if: {
        type: 'object',
        required: [ODATA_TYPE_KEY],
        properties: { [ODATA_TYPE_KEY]: typeNameSchema(type) },
      },
      then: { $ref: definitionRef(type) },
      else: schema,
    };
  }
  return {
    description: `A ${DERIVED_TYPE.name}, or a ${BASE_TYPE.name} when ${ODATA_TYPE_KEY} says so.`,
    ...schema,
  };
}

function entitySchema(type: EntityTypeModel): JsonSchema {
  const properties: Record<string, JsonSchema> = { [ODATA_TYPE_KEY]: typeNameSchema(type) };
  for (const property of type.properties) {
    properties[property.name] = propertySchema(property);
  }

  return {
    title: type.name,
    description: type.description,
    type: 'object',
    properties,
    patternProperties: {
      [ANNOTATION_NAME_PATTERN]: { description: 'An OData instance or property annotation.' },
    },
    additionalProperties: false,
  };
}

/** Every spelling of the type name the core accepts without a warning on its case. */
export function typeNameSpellings(type: EntityTypeModel): string[] {
  const names = [NAMESPACE, NAMESPACE_ALIAS].map((namespace) => `${namespace}.${type.name}`);
  return [...names.map((name) => `#${name}`), ...names];
}

function typeNameSchema(type: EntityTypeModel): JsonSchema {
  const namespaces = [NAMESPACE, NAMESPACE_ALIAS].map(escapePattern).join('|');
  // `$metadata` is the first occurrence and a whole path segment, as the core reads it.
  const metadataUrl = `^(?!#)(?:(?:(?!\\$metadata#)[\\s\\S])*/)?\\$metadata#(?:${namespaces})`
    + `\\.${escapePattern(type.name)}$`;

  return {
    description: `Names ${type.qualifiedName}: with or without the #, with the ${NAMESPACE_ALIAS} `
      + 'alias, or as a $metadata# URL.',
    type: 'string',
    anyOf: [{ enum: typeNameSpellings(type) }, { pattern: metadataUrl }],
  };
}

function propertySchema(property: PropertyModel): JsonSchema {
  const nullability = property.nullable ? 'nullable' : 'not nullable';
  const description = `${property.description} ${property.type}, ${nullability}, declared on `
    + `${property.declaredOn}.`;
  const schema: JsonSchema = { description, ...valueSchema(property) };

  return property.nullable ? withNull(schema) : schema;
}

/** The same schema with null allowed too, as a type and, for an enum, as a member. */
function withNull(schema: JsonSchema): JsonSchema {
  const nullable: JsonSchema = { ...schema, type: [schema.type as JsonType, 'null'] };

  if (schema.enum !== undefined) {
    nullable.enum = [...schema.enum, null];
    nullable.enumDescriptions = [...(schema.enumDescriptions ?? []), 'No value.'];
  }
  return nullable;
}

function valueSchema(property: PropertyModel): JsonSchema {
  switch (property.kind) {
    case 'string':
      return { type: 'string' };
    case 'int32':
      return { type: 'integer', minimum: INT32_MIN, maximum: INT32_MAX };
    case 'dateTimeOffset':
      return {
        type: 'string',
        pattern: DATE_TIME_OFFSET_PATTERN,
        anyOf: [{ format: 'date-time' }, { pattern: BEYOND_RFC_3339_PATTERN }],
      };
    case 'enum':
      return enumSchema(property);
  }
}

function enumSchema(property: PropertyModel): JsonSchema {
  const members = enumOf(property)?.members ?? [];

  return {
    type: 'string',
    enum: members.map((member) => member.name),
    enumDescriptions: members.map((member) => `${member.description} (${member.value})`),
  };
}

function definitionRef(type: EntityTypeModel): string {
  return `#/definitions/${type.qualifiedName}`;
}

function escapePattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
