/**
 * Expected tokens of the built-in JSON grammar, written once so the tests can spell out whole
 * lines: a key, a colon, a string value, each with the exact scopes VS Code gives them.
 */
import { forHost, HostScope, ScopedToken } from './textmate';

const DICTIONARY = 'source.json meta.structure.dictionary.json';
const KEY = `${DICTIONARY} string.json support.type.property-name.json`;
const VALUE = `${DICTIONARY} meta.structure.dictionary.value.json`;
const STRING = `${VALUE} string.quoted.double.json`;

/** Plain text, or text with one scope more than its surroundings. */
export type Part = string | readonly [string, string];

export const ESCAPE = 'constant.character.escape.json';

/** Builds the expected tokens of one top-level object line in the given host grammar. */
export class LineTokens {
  private readonly tokens: ScopedToken[] = [];

  constructor(private readonly host: HostScope) {}

  open(): this {
    return this.push('{', `${DICTIONARY} punctuation.definition.dictionary.begin.json`);
  }

  close(): this {
    return this.push('}', `${DICTIONARY} punctuation.definition.dictionary.end.json`);
  }

  /** A key: each part is plain text, or text with one more scope (an escape, or ours). */
  key(...parts: Part[]): this {
    this.push('"', `${KEY} punctuation.support.type.property-name.begin.json`);
    this.pushParts(KEY, parts);
    this.push('"', `${KEY} punctuation.support.type.property-name.end.json`);
    return this.push(':', `${VALUE} punctuation.separator.dictionary.key-value.json`);
  }

  space(text = ' '): this {
    return this.push(text, VALUE);
  }

  /** A string value, its parts like those of a key. */
  string(...parts: Part[]): this {
    this.push('"', `${STRING} punctuation.definition.string.begin.json`);
    this.pushParts(STRING, parts);
    return this.push('"', `${STRING} punctuation.definition.string.end.json`);
  }

  number(text: string): this {
    return this.push(text, `${VALUE} constant.numeric.json`);
  }

  comma(): this {
    this.push(',', `${VALUE} punctuation.separator.dictionary.pair.json`);
    return this.push(' ', DICTIONARY);
  }

  build(): ScopedToken[] {
    return this.tokens;
  }

  private pushParts(scopes: string, parts: readonly Part[]): void {
    for (const part of parts) {
      const [text, extra] = typeof part === 'string' ? [part, undefined] : part;
      this.push(text, extra === undefined ? scopes : `${scopes} ${extra}`);
    }
  }

  private push(text: string, scopes: string): this {
    this.tokens.push({ text, scopes: forHost(scopes, this.host) });
    return this;
  }
}
