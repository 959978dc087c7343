/** Value text for inserted members, as snippets with tab stops or as plain default values. */
import {
  canonicalODataType,
  defaultMember,
  EntityTypeModel,
  enumOf,
  ODATA_TYPE_KEY,
  PropertyModel,
} from '../core';

/** An example instant for new date-time values: valid, and equal for start and last update. */
const EXAMPLE_DATE_TIME = '2024-01-01T00:00:00Z';

/** Characters with a meaning in snippet text, and inside a choice. */
const SNIPPET_TEXT_SYNTAX = /[$}\\]/g;
const SNIPPET_CHOICE_SYNTAX = /[$}\\,|]/g;

export function escapeSnippetText(text: string): string {
  return text.replace(SNIPPET_TEXT_SYNTAX, (character) => `\\${character}`);
}

function escapeSnippetChoice(text: string): string {
  return text.replace(SNIPPET_CHOICE_SYNTAX, (character) => `\\${character}`);
}

/** The JSON value text of a new member: a snippet with tab stop `stop`, or a plain default. */
export function valueText(property: PropertyModel, snippet: boolean, stop = 1): string {
  const enumType = enumOf(property);
  if (enumType) {
    const first = defaultMember(enumType);
    if (!snippet) {
      return JSON.stringify(first.name);
    }
    // NOTE: an editor preselects a choice's first item, so the default leads the declared order.
    const names = [first, ...enumType.members.filter((member) => member !== first)].map(
      (member) => escapeSnippetChoice(JSON.stringify(member.name).slice(1, -1)),
    );
    return `"\${${stop}|${names.join(',')}|}"`;
  }

  switch (property.kind) {
    case 'int32':
      return snippet ? `\${${stop}:0}` : '0';
    case 'dateTimeOffset':
      return snippet ? `"\${${stop}:${EXAMPLE_DATE_TIME}}"` : `"${EXAMPLE_DATE_TIME}"`;
    default:
      return snippet ? `"\${${stop}}"` : '""';
  }
}

/**
 * Every member of a whole payload of the type, one per line and indented by a tab (editors
 * re-indent snippets), starting with its `@odata.type`.
 */
export function payloadMembersText(type: EntityTypeModel, snippet: boolean): string {
  const typeValue = JSON.stringify(canonicalODataType(type));
  const typeLine = `\t"${ODATA_TYPE_KEY}": ${snippet ? escapeSnippetText(typeValue) : typeValue}`;
  const lines = type.properties.map(
    (property, index) =>
      `\t${keyText(property.name, snippet)}: ${valueText(property, snippet, index + 1)}`,
  );
  return [typeLine, ...lines].join(',\n');
}

export function keyText(name: string, snippet: boolean): string {
  const quoted = JSON.stringify(name);
  return snippet ? escapeSnippetText(quoted) : quoted;
}
