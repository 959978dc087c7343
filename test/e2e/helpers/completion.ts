/** Asking VS Code for completions, and applying one the way the editor's default mode does. */
import * as assert from 'assert/strict';
import * as vscode from 'vscode';

/** Our enum-member items, in the order the suggest widget shows them (by sort text). */
export async function enumMemberItems(
  uri: vscode.Uri,
  position: vscode.Position,
): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider', uri, position);

  return list.items
    .filter((item) => item.kind === vscode.CompletionItemKind.EnumMember)
    .sort((left, right) => sortKey(left).localeCompare(sortKey(right)));
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/**
 * Applies `item` as accepting it in the suggest widget would with the default insert mode:
 * its text replaces the item's insert range, and its additional edits are made too.
 */
export async function applyCompletion(
  editor: vscode.TextEditor,
  item: vscode.CompletionItem,
): Promise<void> {
  const range = item.range instanceof vscode.Range ? item.range : item.range?.inserting;
  assert.ok(range, `the item "${labelOf(item)}" carries no range`);
  const text = item.insertText instanceof vscode.SnippetString
    ? item.insertText.value
    : item.insertText ?? labelOf(item);

  const applied = await editor.edit((builder) => {
    builder.replace(range, text);
    for (const extra of item.additionalTextEdits ?? []) {
      builder.replace(extra.range, extra.newText);
    }
  });
  assert.equal(applied, true, `the edit of "${labelOf(item)}" was refused`);
}

function sortKey(item: vscode.CompletionItem): string {
  return item.sortText ?? labelOf(item);
}
