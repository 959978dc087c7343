/** Code actions: a quick fix per diagnostic of ours that carries fix data, and a fix-all. */
import {
  CodeAction,
  CodeActionKind,
  CodeActionParams,
  Diagnostic,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import { DIAGNOSTIC_SOURCE, FixData } from '../core';
import { FIX_ALL_TITLE, fixAllEdits, isFixData, quickFixFor } from '../features';
import { ClientFeatures, FIX_ALL_KIND } from './capabilities';
import { DiagnosticData, toRange, toTextEdit } from './convert';
import { everyProblemOf } from './fixAll';
import { DocumentState } from './store';

export function codeActionsFor(
  params: CodeActionParams,
  state: DocumentState,
  features: ClientFeatures,
): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const editFor = (edits: TextEdit[]) =>
    workspaceEdit(params.textDocument.uri, state, edits, features);

  if (wants(only, CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      const fix =
        diagnostic.source === DIAGNOSTIC_SOURCE
          ? quickFixFor(diagnostic.code, fixDataOf(diagnostic, state))
          : undefined;
      if (fix) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.isPreferred,
          edit: editFor([toTextEdit(state.lines, fix.edit)]),
        });
      }
    }
  }

  const fixAll = wants(only, FIX_ALL_KIND) ? fixAllEdits(everyProblemOf(state)) : [];
  if (fixAll.length > 0) {
    actions.push({
      title: FIX_ALL_TITLE,
      kind: FIX_ALL_KIND,
      edit: editFor(fixAll.map((edit) => toTextEdit(state.lines, edit))),
    });
  }
  return actions;
}

/**
 * The fix stored on the diagnostic when it was published for this very version; otherwise the
 * fix of the same problem (same code, same range) in the current analysis, so offsets of an
 * older text are never applied to a newer one.
 */
function fixDataOf(diagnostic: Diagnostic, state: DocumentState): FixData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (data?.version === state.version && isFixData(data.fix)) {
    return data.fix;
  }

  const current = state.analysis.problems.find((problem) => {
    const range = toRange(state.lines, problem.range);
    return (
      problem.code === diagnostic.code &&
      range.start.line === diagnostic.range.start.line &&
      range.start.character === diagnostic.range.start.character &&
      range.end.line === diagnostic.range.end.line &&
      range.end.character === diagnostic.range.end.character
    );
  });
  return current?.fix;
}

/** A requested kind covers ours when it equals it or is one of its parents. */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  return (
    only === undefined || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`))
  );
}

function workspaceEdit(
  uri: string,
  state: DocumentState,
  edits: TextEdit[],
  features: ClientFeatures,
): WorkspaceEdit {
  if (features.versionedEdits) {
    return { documentChanges: [{ textDocument: { uri, version: state.version }, edits }] };
  }
  return { changes: { [uri]: edits } };
}
