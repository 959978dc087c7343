import * as assert from 'assert/strict';
import * as vscode from 'vscode';
import { expected, waitForDiagnostics, waitForExactly } from '../helpers/diagnostics';
import { keyRange, openCopyOf, valueRange } from '../helpers/documents';
import { nestedFixtureProblems } from '../helpers/fixtures';

const QUICK_FIX = vscode.CodeActionKind.QuickFix.value;

suite('when a quick fix is asked for on a misspelled enum value', () => {
  test('should offer the nearest member and write it', async () => {
    const { document } = await openCopyOf('nested.json');
    const misspelled = valueRange(document, 'actionState', 1);
    await waitForDiagnostics(document.uri, 'invalid-enum-value',
      (list) => list.some((item) => item.code === 'invalid-enum-value'));

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, misspelled, QUICK_FIX);
    const fixes = actions.filter((action) => action.kind?.value === QUICK_FIX);
    assert.deepEqual(fixes.map((action) => action.title), ['Change to "done"']);

    const [fix] = fixes;
    assert.ok(fix.edit, 'the fix carries an edit');
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);

    assert.equal(document.lineAt(misspelled.start.line).text, '      "actionState": "done",');
    const [, ...others] = nestedFixtureProblems(document);
    await waitForExactly(document.uri, others);
  });

  test('should fix every safe problem at once with the fix-all action', async () => {
    const { document } = await openCopyOf('nested.json');
    await waitForExactly(document.uri, nestedFixtureProblems(document));

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, 0, 0),
      vscode.CodeActionKind.SourceFixAll.value);
    const fixAll = actions.find((action) => action.kind?.value === 'source.fixAll.vpp-lint');
    assert.ok(fixAll?.edit, 'a fix-all action with an edit is offered');
    assert.equal(await vscode.workspace.applyEdit(fixAll.edit), true);

    assert.equal(document.lineAt(valueRange(document, '@odata.type', 2).start.line).text,
      '      "@odata.type": "#microsoft.graph.vppTokenRevokeLicensesActionResult",');
    assert.equal(document.lineAt(valueRange(document, 'actionState', 2).start.line).text,
      '      "actionState": "done",');
    assert.equal(document.lineAt(valueRange(document, 'totalLicensesCount', 2).start.line).text,
      '      "totalLicensesCount": 1000,');
    await waitForExactly(document.uri, [
      expected('invalid-enum-value', 'error', valueRange(document, 'actionState', 1)),
      expected('failed-exceeds-total', 'error', valueRange(document, 'failedLicensesCount', 1)),
      expected('last-updated-before-start', 'warning',
        valueRange(document, 'lastUpdatedDateTime', 2)),
      expected('invalid-enum-value', 'error', valueRange(document, 'actionFailureReason', 2)),
      expected('unknown-property', 'warning', keyRange(document, 'totalLicensesCount', 3)),
    ]);
  });
});
