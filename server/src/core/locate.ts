import { Node } from 'jsonc-parser';
import { DERIVED_TYPE, EntityTypeModel, ODATA_TYPE_KEY } from './model';
import { matchODataType, ODataTypeMatch } from './odataType';

/** One object that is ours, found by its `@odata.type` or by the file's association. */
export interface Payload {
  readonly object: Node;
  readonly type: EntityTypeModel;
  /** The last `@odata.type` member of the object, when it has one. */
  readonly typeProperty?: Node;
  readonly typeMatch?: ODataTypeMatch;
  readonly associated: boolean;
}

/** A value in an associated file's payload position that is not an object at all. */
export interface MisplacedValue {
  readonly node: Node;
}

export interface LocatedPayloads {
  readonly payloads: Payload[];
  readonly misplaced: MisplacedValue[];
}

/**
 * Finds every payload: objects at any depth whose `@odata.type` names one of our types, and,
 * when the file is associated with the type, the root positions of SPEC 2.3 even untyped.
 */
export function locatePayloads(root: Node | undefined, associated: boolean): LocatedPayloads {
  const result: LocatedPayloads = { payloads: [], misplaced: [] };
  if (!root) {
    return result;
  }

  const associatedPositions = associated ? associationPositions(root) : new Set<Node>();
  for (const node of associatedPositions) {
    if (node.type !== 'object') {
      result.misplaced.push({ node });
    }
  }

  const pending: Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop() as Node;
    if (node.type === 'object') {
      const payload = payloadOf(node, associatedPositions.has(node));
      if (payload) {
        result.payloads.push(payload);
      }
    }

    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) {
      pending.push(children[index]);
    }
  }
  return result;
}

/** The last `@odata.type` member, as JSON.parse would keep it. */
export function typePropertyOf(object: Node): Node | undefined {
  const members = object.children ?? [];

  for (let index = members.length - 1; index >= 0; index--) {
    if (members[index].children?.[0]?.value === ODATA_TYPE_KEY) {
      return members[index];
    }
  }
  return undefined;
}

function payloadOf(object: Node, associated: boolean): Payload | undefined {
  const typeProperty = typePropertyOf(object);
  const typeValue = typeProperty?.children?.[1];

  if (typeValue?.type === 'string') {
    const typeMatch = matchODataType(typeValue.value as string);
    if (typeMatch) {
      return { object, type: typeMatch.type, typeProperty, typeMatch, associated };
    }
    return undefined;
  }
  return associated ? { object, type: DERIVED_TYPE, typeProperty, associated } : undefined;
}

/** The root object, each root array element, or each element of a root `value` collection. */
function associationPositions(root: Node): Set<Node> {
  const collection = rootCollection(root);
  if (collection) {
    return new Set(collection.children ?? []);
  }
  if (root.type !== 'object') {
    return new Set([root]);
  }

  const single = collectionValueOf(root);
  return new Set([single?.type === 'object' ? single : root]);
}

/** The array whose items are an associated file's payloads: the root, or the root's `value`. */
export function rootCollection(root: Node): Node | undefined {
  if (root.type === 'array') {
    return root;
  }

  const value = root.type === 'object' ? collectionValueOf(root) : undefined;
  return value?.type === 'array' ? value : undefined;
}

function collectionValueOf(root: Node): Node | undefined {
  const member = root.children?.find((child) => child.children?.[0]?.value === 'value');
  return member?.children?.[1];
}
