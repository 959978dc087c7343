import * as assert from 'assert/strict';
import * as vscode from 'vscode';
import {
  codeOf,
  expected,
  showRange,
  waitForDiagnostics,
  waitForExactly,
} from '../helpers/diagnostics';
import {
  closeDocument,
  keyRange,
  openCopyOf,
  valueRange,
} from '../helpers/documents';
import { nestedFixtureProblems } from '../helpers/fixtures';

suite('when a fixture with nested payloads is opened', () => {
  test('should report each problem with its code, severity and range, none for a look-alike',
    async () => {
      const { document } = await openCopyOf('nested.json');

      await waitForExactly(document.uri, nestedFixtureProblems(document));
    });

  test('should point failed-exceeds-total at the total as related information', async () => {
    const { document } = await openCopyOf('nested.json');
    const diagnostics = await waitForDiagnostics(document.uri, 'failed-exceeds-total',
      (list) => list.some((item) => item.code === 'failed-exceeds-total'));

    const exceeding = diagnostics.find((item) => codeOf(item) === 'failed-exceeds-total');
    const related = exceeding?.relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.equal(related[0].location.uri.toString(), document.uri.toString());
    assert.equal(showRange(related[0].location.range),
      showRange(valueRange(document, 'totalLicensesCount', 1)));
    assert.equal(related[0].message, '"totalLicensesCount" is 3 here.');
  });
});

suite('when a document with problems is edited', () => {
  test('should replace the diagnostics with those of the new text', async () => {
    const { document } = await openCopyOf('nested.json');
    await waitForExactly(document.uri, nestedFixtureProblems(document));

    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, valueRange(document, 'actionState', 1), '"done"');
    edit.replace(document.uri, valueRange(document, 'failedLicensesCount', 1), '2');
    const firstKey = keyRange(document, 'actionName', 1).start;
    edit.insert(document.uri, firstKey, '"actionCount": 1,\n      ');
    assert.equal(await vscode.workspace.applyEdit(edit), true);

    const [, , ...untouched] = nestedFixtureProblems(document);
    await waitForExactly(document.uri, [
      expected('unknown-property', 'warning', keyRange(document, 'actionCount', 1)),
      ...untouched,
    ]);
  });

  test('should clear the diagnostics when the document is closed', async () => {
    const { document } = await openCopyOf('nested.json');
    await waitForExactly(document.uri, nestedFixtureProblems(document));

    await closeDocument(document);

    await waitForDiagnostics(document.uri, 'no diagnostics after closing',
      (list) => list.length === 0);
  });
});
