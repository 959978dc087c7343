/** Hover (SPEC 5): the property under the cursor, or the enum member or type a value names. */
import { Node } from 'jsonc-parser';
import {
  DocumentAnalysis,
  ENTITY_TYPES,
  enumOf,
  findProperty,
  isAnnotationName,
  ODATA_TYPE_KEY,
  OffsetRange,
  Payload,
  PropertyModel,
} from '../core';
import {
  describeEntityType,
  describeMember,
  describeProperty,
  summarizeProperty,
} from './describe';
import { Doc } from './doc';
import { payloadAt } from './lookup';
import { endOf } from './tokens';

export interface HoverResult {
  /** The token hovered: a key or a value, quotes included. */
  readonly range: OffsetRange;
  readonly doc: Doc;
}

export function hoverAt(
  text: string,
  analysis: DocumentAnalysis,
  offset: number,
): HoverResult | undefined {
  const payload = payloadAt(analysis, text, offset);
  const member = payload?.object.children?.find(
    (child) => child.offset <= offset && offset < endOf(child),
  );
  const [key, value] = member?.children ?? [];
  if (payload === undefined || key === undefined || typeof key.value !== 'string') {
    return undefined;
  }

  const token = onToken(key, offset) ? key : value && onToken(value, offset) ? value : undefined;
  if (token === undefined) {
    return undefined;
  }

  const doc =
    token === key ? describeKey(payload, key.value) : describeValue(payload, key.value, token);
  return doc && { range: { start: token.offset, end: endOf(token) }, doc };
}

function describeKey(payload: Payload, name: string): Doc | undefined {
  if (name === ODATA_TYPE_KEY) {
    return describeEntityType(payload.type);
  }
  const property = propertyNamed(payload, name);
  return property && describeProperty(payload.type, property);
}

function describeValue(payload: Payload, name: string, value: Node): Doc | undefined {
  if (name === ODATA_TYPE_KEY) {
    return payload.typeMatch ? describeEntityType(payload.type) : undefined;
  }
  const property = propertyNamed(payload, name);
  if (property === undefined) {
    return undefined;
  }

  // A property the payload's type lacks is documented as such, even on a member value.
  const enumType = findProperty(payload.type, name) && enumOf(property);
  const member = enumType?.members.find((candidate) => candidate.name === value.value);
  if (enumType && member && value.type === 'string') {
    return [...describeMember(enumType, member), ...summarizeProperty(payload.type, property)];
  }
  return describeProperty(payload.type, property);
}

/**
 * The property of the payload's type with the name, or else the one another of our types
 * declares (a derived property in a base type payload): its documentation says where it is
 * declared, which explains the unknown-property warning on it.
 */
function propertyNamed(payload: Payload, name: string): PropertyModel | undefined {
  if (isAnnotationName(name)) {
    return undefined;
  }

  const declaring = ENTITY_TYPES.find((type) => findProperty(type, name) !== undefined);
  return findProperty(payload.type, name) ?? (declaring && findProperty(declaring, name));
}

function onToken(node: Node, offset: number): boolean {
  return (
    (node.type === 'string' ||
      node.type === 'number' ||
      node.type === 'boolean' ||
      node.type === 'null') &&
    node.offset <= offset &&
    offset < endOf(node)
  );
}
