import { ENTITY_TYPES, EntityTypeModel, NAMESPACE, NAMESPACE_ALIAS } from './model';

/** How an `@odata.type` value spelled one of our types. */
export type ODataTypeForm = 'hash' | 'missingHash' | 'metadataUrl';

export interface ODataTypeMatch {
  readonly type: EntityTypeModel;
  readonly form: ODataTypeForm;
  /** The value with the type name in its declared letter case, when it was written otherwise. */
  readonly caseCorrected?: string;
}

const METADATA_MARKER = '$metadata#';

/**
 * Reads an `@odata.type` value. It names one of our types with or without the `#`, with the
 * namespace or its alias, or as a `$metadata#` URL; a letter-case difference still matches.
 */
export function matchODataType(value: string): ODataTypeMatch | undefined {
  const { form, prefix, qualifiedName } = splitTypeValue(value);

  for (const type of ENTITY_TYPES) {
    for (const namespace of [NAMESPACE, NAMESPACE_ALIAS]) {
      const expected = `${namespace}.${type.name}`;
      if (qualifiedName === expected) {
        return { type, form };
      }
      if (qualifiedName.toLowerCase() === expected.toLowerCase()) {
        return { type, form, caseCorrected: prefix + expected };
      }
    }
  }
  return undefined;
}

function splitTypeValue(value: string): {
  form: ODataTypeForm;
  prefix: string;
  qualifiedName: string;
} {
  if (value.startsWith('#')) {
    return { form: 'hash', prefix: '#', qualifiedName: value.slice(1) };
  }

  const marker = value.indexOf(METADATA_MARKER);
  if (marker === 0 || (marker > 0 && value[marker - 1] === '/')) {
    const nameStart = marker + METADATA_MARKER.length;
    return {
      form: 'metadataUrl',
      prefix: value.slice(0, nameStart),
      qualifiedName: value.slice(nameStart),
    };
  }
  return { form: 'missingHash', prefix: '', qualifiedName: value };
}
