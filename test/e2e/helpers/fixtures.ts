/** What the fixtures must produce, stated once for the suites that start from them. */
import * as vscode from 'vscode';
import { expected, SeenDiagnostic } from './diagnostics';
import { keyRange, valueRange } from './documents';

/** Every problem of nested.json, in document order, as the editor must show it. */
export function nestedFixtureProblems(document: vscode.TextDocument): SeenDiagnostic[] {
  const lastUpdated = valueRange(document, 'lastUpdatedDateTime', 2);
  return [
    expected('invalid-enum-value', 'error', valueRange(document, 'actionState', 1)),
    expected('failed-exceeds-total', 'error', valueRange(document, 'failedLicensesCount', 1)),
    expected('odata-type-missing-hash', 'information', valueRange(document, '@odata.type', 2)),
    expected('enum-numeric-string', 'warning', valueRange(document, 'actionState', 2)),
    expected('last-updated-before-start', 'warning', lastUpdated),
    expected('non-canonical-number', 'warning', valueRange(document, 'totalLicensesCount', 2)),
    expected('invalid-enum-value', 'error', valueRange(document, 'actionFailureReason', 2)),
    expected('unknown-property', 'warning', keyRange(document, 'totalLicensesCount', 3)),
  ];
}
