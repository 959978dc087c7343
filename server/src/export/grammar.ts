/**
 * The TextMate injection grammar for JSON and JSONC, built from the model so its enum member
 * lists can never drift from it. `npm run grammar` writes it to `syntaxes/`; a test checks the
 * committed file equals what this module builds.
 *
 * It never replaces a rule of the built-in JSON grammars: it only matches text inside their key
 * and string tokens and adds one scope there, so every other token keeps its built-in scopes.
 */
import { DERIVED_TYPE, enumOf, ODATA_TYPE_KEY } from '../core/model';

export const INJECTION_SCOPE_NAME = 'vpp.odata.injection';

/** The built-in grammars the injection applies to: JSON, and JSON with comments. */
export const INJECTED_INTO: readonly string[] = ['source.json', 'source.json.comments'];

/** The scopes the injection adds; a theme colours them like annotations, types, enum members. */
export const GRAMMAR_SCOPES = {
  odataTypeKey: 'storage.type.annotation.odata-type.vpp',
  odataTypeValue: 'entity.name.type.odata-type.vpp',
  annotationKey: 'storage.type.annotation.odata.vpp',
} as const;

/** The scope of the members of the enum that `propertyName` holds. */
export function enumMemberScope(propertyName: string): string {
  return `variable.other.enummember.${kebabCase(propertyName)}.vpp`;
}

export interface GrammarCapture {
  readonly name: string;
}

export interface GrammarRule {
  readonly comment?: string;
  readonly match?: string;
  readonly name?: string;
  readonly captures?: Readonly<Record<string, GrammarCapture>>;
  readonly include?: string;
}

export interface InjectionGrammar {
  readonly comment: string;
  readonly scopeName: string;
  readonly injectionSelector: string;
  readonly patterns: readonly GrammarRule[];
  readonly repository: Readonly<Record<string, GrammarRule>>;
}

/** `source.json` also selects `source.json.comments`: scope selectors match dotted prefixes. */
const INJECTION_SELECTOR = [
  'L:source.json meta.structure.dictionary.json support.type.property-name.json',
  'L:source.json meta.structure.dictionary.value.json string.quoted.double.json',
].join(', ');

const IDENTIFIER = '[\\p{L}_][\\p{L}\\p{N}_]*';

/** Right after a string's opening quote: the quote is not an escaped one. */
const AFTER_OPENING_QUOTE = '(?<=(?:^|[^\\\\])")';

/** The string ends here and a colon follows, so the string is a key, not a value. */
const KEY_ENDS = '(?="\\s*:)';

const VALUE_ENDS = '(?=")';

// NOTE: TextMate matches one line at a time, so a key whose colon or value sits on a later line
// (or behind a comment) keeps the plain JSON scopes.
/** Right after the opening quote of the string value of `key`, on the key's line. */
function afterValueOpeningOf(key: string): string {
  return `(?<=(?:^|[^\\\\])"${escapeRegExp(key)}"\\s*:\\s*")`;
}

/** Builds the whole grammar, as written to `syntaxes/`. */
export function buildInjectionGrammar(): InjectionGrammar {
  const repository: Record<string, GrammarRule> = {
    'odata-type-key': odataTypeKeyRule(),
    'annotation-key': annotationKeyRule(),
    'odata-type-value': odataTypeValueRule(),
    ...enumValueRules(),
  };

  return {
    comment: 'Generated from the model by `npm run grammar`; edit the generator, not this file.',
    scopeName: INJECTION_SCOPE_NAME,
    injectionSelector: INJECTION_SELECTOR,
    patterns: Object.keys(repository).map((name) => ({ include: `#${name}` })),
    repository,
  };
}

/** The text of the grammar file: two-space JSON and a final line break. */
export function serializeInjectionGrammar(grammar: InjectionGrammar): string {
  return `${JSON.stringify(grammar, null, 2)}\n`;
}

function odataTypeKeyRule(): GrammarRule {
  return {
    comment: `The ${ODATA_TYPE_KEY} key, which names the type of the object.`,
    match: `${AFTER_OPENING_QUOTE}${escapeRegExp(ODATA_TYPE_KEY)}${KEY_ENDS}`,
    name: GRAMMAR_SCOPES.odataTypeKey,
  };
}

function annotationKeyRule(): GrammarRule {
  const term = `@${IDENTIFIER}(?:\\.${IDENTIFIER})+(?:#${IDENTIFIER})?`;

  return {
    comment: 'Instance annotations (@namespace.term), property annotations (name@namespace.term).',
    match: `${AFTER_OPENING_QUOTE}(?:${IDENTIFIER})?(${term})${KEY_ENDS}`,
    captures: { 1: { name: GRAMMAR_SCOPES.annotationKey } },
  };
}

function odataTypeValueRule(): GrammarRule {
  return {
    comment: `The type name a ${ODATA_TYPE_KEY} key holds, when written without escapes.`,
    match: `${afterValueOpeningOf(ODATA_TYPE_KEY)}[^"\\\\]+${VALUE_ENDS}`,
    name: GRAMMAR_SCOPES.odataTypeValue,
  };
}

/** One rule per enum property: its exact members, and only as that property's whole value. */
function enumValueRules(): Record<string, GrammarRule> {
  const rules: Record<string, GrammarRule> = {};

  for (const property of DERIVED_TYPE.properties) {
    const enumType = enumOf(property);
    if (enumType === undefined) {
      continue;
    }

    const members = enumType.members.map((member) => escapeRegExp(member.name)).join('|');
    rules[`${kebabCase(property.name)}-value`] = {
      comment: `A member of ${enumType.shortName} as the value of ${property.name}.`,
      match: `${afterValueOpeningOf(property.name)}(?:${members})${VALUE_ENDS}`,
      name: enumMemberScope(property.name),
    };
  }
  return rules;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

function kebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
