/** Opening fixtures and finding tokens in them, so expectations name text, not offsets. */
import * as assert from 'assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './wait';

/** Marks the cursor in inline documents; no fixture needs the character otherwise. */
const CURSOR = '|';

/** A JSON string (escapes allowed), or any run of characters up to a delimiter. */
const SCALAR_TOKEN = /^("(?:[^"\\]|\\.)*"|[^\s,}\]]+)/;

let scratchCounter = 0;

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace open');
  return folder.uri;
}

export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

export function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  return openInEditor(fixtureUri(relativePath));
}

/**
 * Opens a fresh copy of a fixture under `scratch/`, so a test that edits or closes its document
 * never disturbs another. The copy keeps the fixture's extension, hence its language.
 */
export async function openCopyOf(relativePath: string): Promise<vscode.TextEditor> {
  const name = relativePath.split('/').pop() ?? relativePath;
  const target = await scratchUri(name);

  await vscode.workspace.fs.copy(fixtureUri(relativePath), target, { overwrite: true });
  return openInEditor(target);
}

/**
 * Writes `textWithCursor` to a new file under `scratch/` and opens it. One `|` in the text
 * marks a cursor: it is removed, and its position returned.
 */
export async function openInline(
  fileName: string,
  textWithCursor: string,
): Promise<{ editor: vscode.TextEditor; cursor: vscode.Position }> {
  const cursorOffset = textWithCursor.indexOf(CURSOR);
  const target = await scratchUri(fileName);

  const text = textWithCursor.replace(CURSOR, '');
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  const editor = await openInEditor(target);

  return { editor, cursor: editor.document.positionAt(Math.max(cursorOffset, 0)) };
}

/**
 * Opens a file the way the user does, through the workbench. NOTE: not through
 * `openTextDocument`, whose documents VS Code keeps loaded for minutes after their editor
 * closes, which would hide whether closing clears the diagnostics.
 */
export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand('vscode.open', uri, { preview: false });

  return waitFor(`an editor of ${uri.toString(true)}`, () => {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.uri.toString() === uri.toString() ? editor : undefined;
  });
}

export function showDocument(document: vscode.TextDocument): Thenable<vscode.TextEditor> {
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Closes the editor of `document` without saving it, as a user discarding changes would. */
export async function closeDocument(document: vscode.TextDocument): Promise<void> {
  await showDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/**
 * The range of the `occurrence`-th (from 1) appearance of `token`; fails when the document
 * holds fewer, so a changed fixture cannot silently shift an expectation.
 */
export function rangeOf(
  document: vscode.TextDocument,
  token: string,
  occurrence = 1,
): vscode.Range {
  const text = document.getText();
  let offset = -1;
  for (let seen = 0; seen < occurrence; seen += 1) {
    offset = text.indexOf(token, offset + 1);
    assert.notEqual(offset, -1, `${token} occurs fewer than ${occurrence} time(s) in the document`);
  }
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + token.length));
}

/** The key token of the `occurrence`-th member named `name`, quotes included. */
export function keyRange(
  document: vscode.TextDocument,
  name: string,
  occurrence = 1,
): vscode.Range {
  const withColon = rangeOf(document, `${JSON.stringify(name)}:`, occurrence);
  return new vscode.Range(withColon.start, withColon.end.translate(0, -1));
}

/**
 * The value token of the `occurrence`-th member named `name`, quotes included. Only scalar
 * values on the key's line are found, which is all the fixtures hold.
 */
export function valueRange(
  document: vscode.TextDocument,
  name: string,
  occurrence = 1,
): vscode.Range {
  const key = keyRange(document, name, occurrence);
  const line = document.lineAt(key.end.line).text;
  const afterColon = line.slice(key.end.character + 1);
  const start = key.end.character + 1 + (afterColon.length - afterColon.trimStart().length);

  const value = line.slice(start).match(SCALAR_TOKEN)?.[0];
  assert.ok(value, `"${name}" has no scalar value on its line`);
  return new vscode.Range(key.end.line, start, key.end.line, start + value.length);
}

/** A new file name in the workspace's `scratch/` folder, which is created on first use. */
async function scratchUri(fileName: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(fixtureUri('scratch'));
  scratchCounter += 1;
  return fixtureUri(`scratch/${scratchCounter}-${fileName}`);
}
