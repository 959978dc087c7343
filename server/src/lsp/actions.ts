/** Code actions: a quick fix per diagnostic of ours that carries fix data, and a fix-all. */
import {
  CodeAction,
  CodeActionKind,
  CodeActionParams,
  Diagnostic,
  Range,
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
 * The fix of the diagnostic's problem in the current analysis: the one whose fix equals the data
 * stored on the diagnostic when it was published for this very version, or else the problem of
 * the same code and range. What a client sends back is only ever used to pick a fix of ours, so
 * neither stale offsets nor forged data can become an edit.
 */
function fixDataOf(diagnostic: Diagnostic, state: DocumentState): FixData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  const candidates = state.analysis.problems.filter(
    (problem) => problem.code === diagnostic.code && problem.fix !== undefined,
  );

  const published =
    data?.version === state.version && isFixData(data.fix)
      ? candidates.find((problem) => sameFix(problem.fix, data.fix))
      : undefined;
  const atRange = candidates.find((problem) =>
    sameRange(toRange(state.lines, problem.range), diagnostic.range),
  );
  return (published ?? atRange)?.fix;
}

function sameFix(left: FixData | undefined, right: FixData | undefined): boolean {
  return (
    left !== undefined &&
    right !== undefined &&
    left.range.start === right.range.start &&
    left.range.end === right.range.end &&
    left.replacement === right.replacement &&
    left.label === right.label &&
    left.safe === right.safe
  );
}

/** Compares with a range from the client, which a faulty client may send malformed. */
function sameRange(ours: Range, theirs: Range | undefined): boolean {
  return (
    ours.start.line === theirs?.start?.line &&
    ours.start.character === theirs.start.character &&
    ours.end.line === theirs.end?.line &&
    ours.end.character === theirs.end.character
  );
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
