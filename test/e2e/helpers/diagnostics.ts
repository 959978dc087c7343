/** Our diagnostics in a form that compares exactly and reads well in a failed assertion. */
import * as vscode from 'vscode';
import { waitFor } from './wait';

/** The `source` of every diagnostic the language server publishes. */
export const OUR_SOURCE = 'vpp-lint';

export interface SeenDiagnostic {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  /** `line:character-line:character`, zero-based, as the editor counts. */
  readonly range: string;
}

const SEVERITY_NAMES: Record<vscode.DiagnosticSeverity, SeenDiagnostic['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === OUR_SOURCE);
}

export function seen(diagnostic: vscode.Diagnostic): SeenDiagnostic {
  return {
    code: codeOf(diagnostic),
    severity: SEVERITY_NAMES[diagnostic.severity],
    range: showRange(diagnostic.range),
  };
}

export function expected(
  code: string,
  severity: SeenDiagnostic['severity'],
  range: vscode.Range,
): SeenDiagnostic {
  return { code, severity, range: showRange(range) };
}

export function showRange(range: vscode.Range): string {
  const { start, end } = range;
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const { code } = diagnostic;
  return String(typeof code === 'object' ? code.value : code);
}

/** Waits until our diagnostics of `uri` satisfy `accept`, and returns them in document order. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (diagnostics: readonly SeenDiagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} in ${uri.toString(true)}`, () => {
    const diagnostics = sortedDiagnostics(uri);
    return accept(diagnostics.map(seen)) ? diagnostics : undefined;
  }, { explain: () => JSON.stringify(sortedDiagnostics(uri).map(seen)) });
}

/** Waits until our diagnostics of `uri` are exactly `expectedList`, in document order. */
export function waitForExactly(
  uri: vscode.Uri,
  expectedList: readonly SeenDiagnostic[],
): Promise<vscode.Diagnostic[]> {
  const wanted = JSON.stringify(expectedList);
  return waitForDiagnostics(uri, `exactly ${wanted}`, (list) => JSON.stringify(list) === wanted);
}

function sortedDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return ourDiagnostics(uri).sort((left, right) => left.range.start.compareTo(right.range.start)
    || left.range.end.compareTo(right.range.end));
}
