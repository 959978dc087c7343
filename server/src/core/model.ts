/**
 * The one model of `vppTokenRevokeLicensesActionResult` and its base type.
 *
 * Validation, completion, hover, quick fixes and the JSON Schema export all read this module;
 * nothing else in the project may restate a property, an enum member or a description.
 */

export type EdmType = 'Edm.String' | 'Edm.DateTimeOffset' | 'Edm.Int32' | EnumTypeName;

export type EnumTypeName = 'graph.actionState' | 'graph.vppTokenActionFailureReason';

export interface EnumMember {
  readonly name: string;
  readonly value: number;
  readonly description: string;
  /** A member that names no real value, so it is never offered as a default. */
  readonly placeholder?: boolean;
}

export interface EnumType {
  readonly name: EnumTypeName;
  /** The short name used in Graph documentation, without the namespace alias. */
  readonly shortName: string;
  readonly description: string;
  readonly members: readonly EnumMember[];
}

export type ValueKind = 'string' | 'dateTimeOffset' | 'int32' | 'enum';

export interface PropertyModel {
  readonly name: string;
  readonly type: EdmType;
  readonly kind: ValueKind;
  readonly nullable: boolean;
  /** Short name of the entity type that declares the property. */
  readonly declaredOn: string;
  readonly description: string;
  /** Set for counts: a value below zero is suspicious, though Int32 allows it. */
  readonly isCount?: boolean;
}

export interface EntityTypeModel {
  readonly name: string;
  readonly qualifiedName: string;
  readonly baseType?: string;
  readonly description: string;
  /** Every property the type has, inherited ones first, in declared order. */
  readonly properties: readonly PropertyModel[];
}

export const NAMESPACE = 'microsoft.graph';
export const NAMESPACE_ALIAS = 'graph';
export const BASE_TYPE_NAME = 'vppTokenActionResult';
export const DERIVED_TYPE_NAME = 'vppTokenRevokeLicensesActionResult';
export const ODATA_TYPE_KEY = '@odata.type';

export const ACTION_STATE: EnumType = {
  name: 'graph.actionState',
  shortName: 'actionState',
  description: 'The state of an action performed on a device or a token.',
  members: [
    {
      name: 'none',
      value: 0,
      description: 'No state; not a valid action state.',
      placeholder: true,
    },
    { name: 'pending', value: 1, description: 'The action is waiting to run.' },
    { name: 'canceled', value: 2, description: 'The action was canceled before it finished.' },
    { name: 'active', value: 3, description: 'The action is running.' },
    { name: 'done', value: 4, description: 'The action finished without errors.' },
    { name: 'failed', value: 5, description: 'The action finished with an error.' },
    { name: 'notSupported', value: 6, description: 'The action is not supported here.' },
  ],
};

export const VPP_TOKEN_ACTION_FAILURE_REASON: EnumType = {
  name: 'graph.vppTokenActionFailureReason',
  shortName: 'vppTokenActionFailureReason',
  description: 'Why an action on a VPP token failed.',
  members: [
    { name: 'none', value: 0, description: 'No failure.' },
    { name: 'appleFailure', value: 1, description: "Apple's service reported an error." },
    { name: 'internalError', value: 2, description: 'Intune hit an internal error.' },
    { name: 'expiredVppToken', value: 3, description: 'The VPP token had expired.' },
    {
      name: 'expiredApplePushNotificationCertificate',
      value: 4,
      description: 'The Apple push notification certificate had expired.',
    },
  ],
};

export const ENUM_TYPES: readonly EnumType[] = [ACTION_STATE, VPP_TOKEN_ACTION_FAILURE_REASON];

const BASE_PROPERTIES: readonly PropertyModel[] = [
  {
    name: 'actionName',
    type: 'Edm.String',
    kind: 'string',
    nullable: true,
    declaredOn: BASE_TYPE_NAME,
    description: 'The name of the action that was run on the token.',
  },
  {
    name: 'actionState',
    type: 'graph.actionState',
    kind: 'enum',
    nullable: false,
    declaredOn: BASE_TYPE_NAME,
    description: 'Where the action stands: pending, running, finished or failed.',
  },
  {
    name: 'startDateTime',
    type: 'Edm.DateTimeOffset',
    kind: 'dateTimeOffset',
    nullable: false,
    declaredOn: BASE_TYPE_NAME,
    description: 'When the action started.',
  },
  {
    name: 'lastUpdatedDateTime',
    type: 'Edm.DateTimeOffset',
    kind: 'dateTimeOffset',
    nullable: false,
    declaredOn: BASE_TYPE_NAME,
    description: 'When the state of the action last changed; not before its start.',
  },
];

const DERIVED_PROPERTIES: readonly PropertyModel[] = [
  {
    name: 'totalLicensesCount',
    type: 'Edm.Int32',
    kind: 'int32',
    nullable: false,
    declaredOn: DERIVED_TYPE_NAME,
    description: 'How many licenses the action tried to revoke.',
    isCount: true,
  },
  {
    name: 'failedLicensesCount',
    type: 'Edm.Int32',
    kind: 'int32',
    nullable: false,
    declaredOn: DERIVED_TYPE_NAME,
    description: 'How many of those licenses it failed to revoke; never more than the total.',
    isCount: true,
  },
  {
    name: 'actionFailureReason',
    type: 'graph.vppTokenActionFailureReason',
    kind: 'enum',
    nullable: false,
    declaredOn: DERIVED_TYPE_NAME,
    description: 'Why the revocation failed, or none when it did not.',
  },
];

export const BASE_TYPE: EntityTypeModel = {
  name: BASE_TYPE_NAME,
  qualifiedName: `${NAMESPACE}.${BASE_TYPE_NAME}`,
  description: 'The result of an action run on an Apple Volume Purchase Program (VPP) token.',
  properties: BASE_PROPERTIES,
};

export const DERIVED_TYPE: EntityTypeModel = {
  name: DERIVED_TYPE_NAME,
  qualifiedName: `${NAMESPACE}.${DERIVED_TYPE_NAME}`,
  baseType: BASE_TYPE.qualifiedName,
  description:
    'The result of revoking the licenses held through one Apple Volume Purchase Program token.',
  properties: [...BASE_PROPERTIES, ...DERIVED_PROPERTIES],
};

export const ENTITY_TYPES: readonly EntityTypeModel[] = [DERIVED_TYPE, BASE_TYPE];

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;

/** The canonical `@odata.type` value of an entity type, with the leading `#`. */
export function canonicalODataType(type: EntityTypeModel): string {
  return `#${type.qualifiedName}`;
}

export function findProperty(type: EntityTypeModel, name: string): PropertyModel | undefined {
  return type.properties.find((property) => property.name === name);
}

export function enumOf(property: PropertyModel): EnumType | undefined {
  return ENUM_TYPES.find((enumType) => enumType.name === property.type);
}

/** The member a snippet starts with: the first that names a real value. */
export function defaultMember(enumType: EnumType): EnumMember {
  return enumType.members.find((member) => !member.placeholder) ?? enumType.members[0];
}

/** True for instance annotations (`@odata.etag`) and property annotations (`x@odata.type`). */
export function isAnnotationName(name: string): boolean {
  return name.includes('@');
}
