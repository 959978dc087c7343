import { DIAGNOSTIC_SOURCE } from '../core/problems';
import { FileReport, Summary } from './fileReport';

/** The machine-readable report: 0-based LSP positions in UTF-16 code units. */
export function formatJson(reports: readonly FileReport[], summary: Summary): string {
  const files = reports.map((report) => ({
    path: report.path,
    ...(report.error !== undefined ? { error: report.error } : {}),
    diagnostics: report.diagnostics.map((diagnostic) => ({
      code: diagnostic.code,
      source: DIAGNOSTIC_SOURCE,
      severity: diagnostic.severity,
      message: diagnostic.message,
      range: diagnostic.range,
      relatedInformation: diagnostic.relatedInformation.map((related) => ({
        path: report.path,
        range: related.range,
        message: related.message,
      })),
    })),
  }));
  return `${JSON.stringify({ version: 1, files, summary }, null, 2)}\n`;
}
