import { FileReport, Summary } from './fileReport';

/** `path:line:column: severity message [code]`, 1-based, the shape problem matchers read. */
export function formatText(reports: readonly FileReport[], summary: Summary): string {
  const lines: string[] = [];

  for (const report of reports) {
    if (report.error !== undefined) {
      const what = report.isFolder === true ? 'folder' : 'file';
      lines.push(`${report.path}: error cannot check this ${what}: ${report.error}`);
    }
    for (const diagnostic of report.diagnostics) {
      const { line, character } = diagnostic.range.start;
      lines.push(`${report.path}:${line + 1}:${character + 1}: ${diagnostic.severity}`
        + ` ${diagnostic.message} [${diagnostic.code}]`);
      for (const related of diagnostic.relatedInformation) {
        const start = related.range.start;
        lines.push(`    at ${report.path}:${start.line + 1}:${start.character + 1}:`
          + ` ${related.message}`);
      }
    }
  }
  lines.push(summaryLine(summary));
  return `${lines.join('\n')}\n`;
}

function summaryLine(summary: Summary): string {
  const files = `${summary.files} ${summary.files === 1 ? 'file' : 'files'}`;
  const counts = [
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    `${summary.information} information`,
    plural(summary.hints, 'hint'),
  ];
  const unreadable = summary.unreadable > 0 ? `, ${summary.unreadable} unreadable` : '';
  return `${counts.join(', ')} in ${files}${unreadable}.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
