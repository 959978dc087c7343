import * as vscode from 'vscode';
import { expected, waitForExactly } from '../helpers/diagnostics';
import { closeDocument, showDocument, valueRange } from '../helpers/documents';

suite('when an untitled JSON document holds a payload', () => {
  test('should validate it like a saved file', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'json',
      content: '{\n  "@odata.type": "#microsoft.graph.vppTokenRevokeLicensesActionResult",\n'
        + '  "actionState": "Done",\n  "failedLicensesCount": -1\n}\n',
    });
    await showDocument(document);

    await waitForExactly(document.uri, [
      expected('invalid-enum-value', 'error', valueRange(document, 'actionState')),
      expected('negative-count', 'warning', valueRange(document, 'failedLicensesCount')),
    ]);
    await closeDocument(document);
  });
});
