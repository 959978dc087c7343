import { analyzeText, AnalysisOptions } from '../core/analyze';
import { DocumentLanguage } from '../core/parse';
import { LineMap, Position } from '../core/positions';
import { OffsetRange, Problem, ProblemCode, Severity } from '../core/problems';

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface ReportedDiagnostic {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly relatedInformation: { readonly range: Range; readonly message: string }[];
}

export interface FileReport {
  readonly path: string;
  readonly diagnostics: ReportedDiagnostic[];
  /** Set when the file could not be read; it then has no diagnostics. */
  readonly error?: string;
  /** Set when what could not be read is a folder, so that the report calls it one. */
  readonly isFolder?: boolean;
}

export function languageOf(file: string): DocumentLanguage {
  return file.toLowerCase().endsWith('.jsonc') ? 'jsonc' : 'json';
}

/** Analyses one file's text and turns offsets into 0-based UTF-16 line/character positions. */
export function reportFile(
  file: string,
  text: string,
  options: Omit<AnalysisOptions, 'language'>,
): FileReport {
  const analysis = analyzeText(text, { ...options, language: languageOf(file) });
  const lines = new LineMap(text);
  const toRange = (range: OffsetRange): Range => ({
    start: lines.positionAt(range.start),
    end: lines.positionAt(range.end),
  });

  const diagnostics = analysis.problems.map((problem: Problem) => ({
    code: problem.code,
    severity: problem.severity,
    message: problem.message,
    range: toRange(problem.range),
    relatedInformation: (problem.related ?? []).map((related) => ({
      range: toRange(related.range),
      message: related.message,
    })),
  }));
  return { path: file, diagnostics };
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  unreadable: number;
}

export function summarize(reports: readonly FileReport[]): Summary {
  const summary = { files: reports.length, errors: 0, warnings: 0, information: 0, hints: 0,
    unreadable: 0 };

  for (const report of reports) {
    if (report.error !== undefined) {
      summary.unreadable++;
    }
    for (const diagnostic of report.diagnostics) {
      if (diagnostic.severity === 'error') summary.errors++;
      else if (diagnostic.severity === 'warning') summary.warnings++;
      else if (diagnostic.severity === 'information') summary.information++;
      else summary.hints++;
    }
  }
  return summary;
}
