/** Inline documents with a cursor marker, and applying completion edits to them. */
import { analyzeText, AnalysisOptions, DocumentAnalysis } from '../../server/src/core';
import { applyEdits, CompletionEntry } from '../../server/src/features';

export const CURSOR = '|';

export interface CursorDocument {
  readonly text: string;
  readonly offset: number;
  readonly analysis: DocumentAnalysis;
}

/** The document without its one `|` marker, the marker's offset, and the core's analysis. */
export function cursorDocument(
  source: string,
  options: Partial<AnalysisOptions> = {},
): CursorDocument {
  const offset = source.indexOf(CURSOR);
  if (offset < 0 || source.indexOf(CURSOR, offset + 1) >= 0) {
    throw new Error(`Expected exactly one cursor marker in ${JSON.stringify(source)}.`);
  }

  const text = source.slice(0, offset) + source.slice(offset + 1);
  return { text, offset, analysis: analyzeText(text, { language: 'json', ...options }) };
}

/**
 * Expands a snippet as an editor does when the user accepts every default: a choice becomes
 * its first option, a placeholder its text, an empty tab stop nothing.
 */
export function expandSnippet(snippet: string): string {
  const pattern =
    /\\([$}\\,|])|\$\{\d+\|((?:\\.|[^|\\])*)\|\}|\$\{\d+:((?:\\.|[^}\\])*)\}|\$\{\d+\}|\$\d+/g;

  return snippet.replace(pattern, (_match, escaped, choices, placeholder) => {
    if (escaped !== undefined) {
      return escaped;
    }
    if (choices !== undefined) {
      return unescape(choices.split(/(?<!\\),/)[0]);
    }
    return placeholder === undefined ? '' : unescape(placeholder);
  });
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** The text after accepting the entry, in the editor's replace or insert mode. */
export function acceptCompletion(
  text: string,
  entry: CompletionEntry,
  mode: 'replace' | 'insert' = 'replace',
): string {
  const newText = entry.snippet ? expandSnippet(entry.newText) : entry.newText;
  const range = mode === 'replace' ? entry.replace : entry.insert;

  return applyEdits(text, [{ range, newText }, ...entry.additionalEdits]);
}
