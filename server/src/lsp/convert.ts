/** From the core's and the features' offset data to LSP types, through the core's LineMap. */
import {
  CompletionItem,
  CompletionItemKind,
  Diagnostic,
  DiagnosticSeverity,
  Hover,
  InsertReplaceEdit,
  InsertTextFormat,
  InsertTextMode,
  MarkupContent,
  MarkupKind,
  Range,
  TextEdit,
} from 'vscode-languageserver/node';
import { DIAGNOSTIC_SOURCE, FixData, LineMap, OffsetRange, Problem, Severity } from '../core';
import {
  CompletionEntry,
  CompletionKind,
  Doc,
  HoverResult,
  OffsetEdit,
  toMarkdown,
  toPlainText,
} from '../features';
import { ClientFeatures } from './capabilities';

/** What a published diagnostic carries for its quick fix: the core's fix and its version. */
export interface DiagnosticData {
  readonly version: number;
  readonly fix: FixData;
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const COMPLETION_KINDS: Record<CompletionKind, CompletionItemKind> = {
  property: CompletionItemKind.Property,
  enumMember: CompletionItemKind.EnumMember,
  typeName: CompletionItemKind.Class,
  payload: CompletionItemKind.Snippet,
};

export function toRange(lines: LineMap, range: OffsetRange): Range {
  return { start: lines.positionAt(range.start), end: lines.positionAt(range.end) };
}

export function toTextEdit(lines: LineMap, edit: OffsetEdit): TextEdit {
  return { range: toRange(lines, edit.range), newText: edit.newText };
}

export interface DiagnosticContext {
  readonly uri: string;
  readonly version: number;
  readonly lines: LineMap;
  readonly features: ClientFeatures;
}

export function toDiagnostic(problem: Problem, context: DiagnosticContext): Diagnostic {
  const related = problem.related?.map((item) => ({
    location: { uri: context.uri, range: toRange(context.lines, item.range) },
    message: item.message,
  }));
  const data: DiagnosticData | undefined = problem.fix && {
    version: context.version,
    fix: problem.fix,
  };

  return {
    range: toRange(context.lines, problem.range),
    severity: SEVERITIES[problem.severity],
    code: problem.code,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
    ...(related && context.features.relatedInformation ? { relatedInformation: related } : {}),
    ...(data ? { data } : {}),
  };
}

export function toCompletionItem(
  entry: CompletionEntry,
  lines: LineMap,
  features: ClientFeatures,
): CompletionItem {
  const replace = toRange(lines, entry.replace);
  const sameRanges =
    entry.insert.start === entry.replace.start && entry.insert.end === entry.replace.end;
  const textEdit =
    features.insertReplace && !sameRanges
      ? InsertReplaceEdit.create(entry.newText, toRange(lines, entry.insert), replace)
      : TextEdit.replace(replace, entry.newText);

  return {
    label: entry.label,
    kind: COMPLETION_KINDS[entry.kind],
    detail: entry.detail,
    documentation: toMarkup(entry.documentation, features.completionMarkdown),
    sortText: entry.sortText,
    ...(entry.filterText === undefined ? {} : { filterText: entry.filterText }),
    textEdit,
    insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    ...(entry.kind === 'payload' && features.adjustIndentation
      ? { insertTextMode: InsertTextMode.adjustIndentation }
      : {}),
    ...(entry.additionalEdits.length > 0
      ? { additionalTextEdits: entry.additionalEdits.map((edit) => toTextEdit(lines, edit)) }
      : {}),
  };
}

export function toHover(result: HoverResult, lines: LineMap, features: ClientFeatures): Hover {
  return {
    contents: toMarkup(result.doc, features.hoverMarkdown),
    range: toRange(lines, result.range),
  };
}

function toMarkup(doc: Doc, markdown: boolean): MarkupContent {
  return markdown
    ? { kind: MarkupKind.Markdown, value: toMarkdown(doc) }
    : { kind: MarkupKind.PlainText, value: toPlainText(doc) };
}
