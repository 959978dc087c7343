/**
 * Tokenises text the way VS Code does: vscode-textmate on the Oniguruma WebAssembly build, the
 * JSON and JSONC grammars VS Code ships (as packaged by tm-grammars), and the injection grammars
 * this extension's manifest contributes, found through their `injectTo` like VS Code finds them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import {
  INITIAL,
  IOnigLib,
  IRawGrammar,
  parseRawGrammar,
  Registry,
  StateStack,
} from 'vscode-textmate';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export type HostScope = 'source.json' | 'source.json.comments';

export const HOST_SCOPES: readonly HostScope[] = ['source.json', 'source.json.comments'];

export interface ScopedToken {
  readonly text: string;
  readonly scopes: string;
}

export interface ContributedGrammar {
  readonly scopeName: string;
  readonly path: string;
  readonly injectTo?: readonly string[];
}

const BUILT_IN_GRAMMAR_FILES: Record<HostScope, string> = {
  'source.json': 'tm-grammars/grammars/json.json',
  'source.json.comments': 'tm-grammars/grammars/jsonc.json',
};

let onigLib: Promise<IOnigLib> | undefined;

/** The WebAssembly module loads once per process; every registry shares it. */
function loadOnigLib(): Promise<IOnigLib> {
  const wasmPath = path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm');

  onigLib ??= oniguruma.loadWASM(readFileSync(wasmPath).buffer as ArrayBuffer).then(() => ({
    createOnigScanner: (patterns: string[]) => oniguruma.createOnigScanner(patterns),
    createOnigString: (text: string) => oniguruma.createOnigString(text),
  }));
  return onigLib;
}

export function contributedGrammars(): ContributedGrammar[] {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  return manifest.contributes?.grammars ?? [];
}

function readGrammarFile(file: string): IRawGrammar {
  return parseRawGrammar(readFileSync(file, 'utf8'), file);
}

/** A registry with the built-in grammars, plus the manifest's injections when `inject` is set. */
function createRegistry(inject: boolean): Registry {
  const contributed = inject ? contributedGrammars() : [];

  return new Registry({
    onigLib: loadOnigLib(),
    loadGrammar: async (scopeName) => {
      if (scopeName in BUILT_IN_GRAMMAR_FILES) {
        return readGrammarFile(require.resolve(BUILT_IN_GRAMMAR_FILES[scopeName as HostScope]));
      }
      const grammar = contributed.find((entry) => entry.scopeName === scopeName);
      return grammar ? readGrammarFile(path.join(REPO_ROOT, grammar.path)) : null;
    },
    getInjections: (scopeName) => contributed
      .filter((entry) => entry.injectTo?.includes(scopeName))
      .map((entry) => entry.scopeName),
  });
}

const registries = new Map<boolean, Registry>();

/** Each line of `text` as tokens, each token with its scopes joined by spaces. */
export async function tokenizeLines(
  text: string,
  host: HostScope,
  inject = true,
): Promise<ScopedToken[][]> {
  const registry = registries.get(inject) ?? createRegistry(inject);
  registries.set(inject, registry);
  const grammar = await registry.loadGrammar(host);
  if (grammar === null) {
    throw new Error(`no grammar for ${host}`);
  }

  let state: StateStack = INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({
      text: line.slice(token.startIndex, token.endIndex),
      scopes: token.scopes.join(' '),
    }));
  });
}

/** The tokens of a one-line text. */
export async function tokenizeLine(line: string, host: HostScope): Promise<ScopedToken[]> {
  const [tokens] = await tokenizeLines(line, host);
  return tokens;
}

/** Every scope the injection adds ends so; no built-in JSON scope does. */
export const OWN_SUFFIX = '.vpp';

/**
 * What the built-in grammar alone gives, recovered from a tokenisation: our scopes removed,
 * then neighbours with equal scopes joined again. Both sides of a comparison go through it.
 */
export function builtInPart(lines: readonly ScopedToken[][]): ScopedToken[][] {
  return lines.map(withoutOwnScopes);
}

function withoutOwnScopes(tokens: readonly ScopedToken[]): ScopedToken[] {
  const merged: ScopedToken[] = [];

  for (const token of tokens) {
    const scopes = token.scopes.split(' ').filter((scope) => !scope.endsWith(OWN_SUFFIX))
      .join(' ');
    const previous = merged[merged.length - 1];
    if (previous !== undefined && previous.scopes === scopes) {
      merged[merged.length - 1] = { text: previous.text + token.text, scopes };
    } else {
      merged.push({ text: token.text, scopes });
    }
  }
  return merged;
}

/** The JSONC form of a scope list written for JSON: each built-in scope gains `.comments`. */
export function forHost(scopes: string, host: HostScope): string {
  if (host === 'source.json') {
    return scopes;
  }
  return scopes.split(' ').map((scope) => (scope.endsWith('.json') ? `${scope}.comments` : scope))
    .join(' ');
}
