/** Applying the server's LSP edits to a text, as an editor would. */
import {
  CompletionItem,
  InsertReplaceEdit,
  InsertTextFormat,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { LineMap } from '../../server/src/core';
import { applyEdits } from '../../server/src/features';
import { expandSnippet } from '../features/cursor';
import { CLIENT_TEXT } from './fixtures';

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineMap(text, CLIENT_TEXT);

  return applyEdits(
    text,
    edits.map((edit) => ({
      range: { start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end) },
      newText: edit.newText,
    })),
  );
}

/** The text after accepting a completion item, in the editor's replace or insert mode. */
export function acceptItem(
  text: string,
  item: CompletionItem,
  mode: 'replace' | 'insert' = 'replace',
): string {
  const edit = item.textEdit;
  if (edit === undefined) {
    throw new Error(`Completion item "${item.label}" has no text edit.`);
  }

  const range = InsertReplaceEdit.is(edit)
    ? mode === 'replace'
      ? edit.replace
      : edit.insert
    : edit.range;
  const snippet = item.insertTextFormat === InsertTextFormat.Snippet;
  const newText = snippet ? expandSnippet(edit.newText) : edit.newText;
  return applyTextEdits(text, [{ range, newText }, ...(item.additionalTextEdits ?? [])]);
}

/** The edits a workspace edit makes to one document, in either of its two shapes. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  const fromChanges = edit?.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit?.documentChanges ?? []).flatMap((change) =>
    'textDocument' in change && change.textDocument.uri === uri
      ? change.edits.filter((item): item is TextEdit => 'range' in item && 'newText' in item)
      : [],
  );
  return [...fromChanges, ...fromDocumentChanges];
}
