import { CODE_SUMMARIES } from '../core/messages';
import { DEFAULT_SEVERITIES, PROBLEM_CODES, Severity } from '../core/problems';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toPosix } from './files';
import { FileReport, Range } from './fileReport';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF 2.1.0 for code-scanning upload; columns are 1-based UTF-16 code units. */
export function formatSarif(reports: readonly FileReport[], version: string): string {
  const rules = PROBLEM_CODES.map((code) => ({
    id: code,
    shortDescription: { text: CODE_SUMMARIES[code] },
    defaultConfiguration: { level: sarifLevel(DEFAULT_SEVERITIES[code]) },
  }));

  const results = reports.flatMap((report) => report.diagnostics.map((diagnostic) => ({
    ruleId: diagnostic.code,
    ruleIndex: PROBLEM_CODES.indexOf(diagnostic.code),
    level: sarifLevel(diagnostic.severity),
    message: { text: diagnostic.message },
    locations: [location(report.path, diagnostic.range)],
    relatedLocations: diagnostic.relatedInformation.map((related, index) => ({
      id: index,
      ...location(report.path, related.range),
      message: { text: related.message },
    })),
  })));

  const notifications = reports.filter((report) => report.error !== undefined).map((report) => ({
    level: 'error',
    message: { text: `Cannot check ${report.path}: ${report.error}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(report.path) } } }],
  }));

  const run = {
    tool: { driver: { name: 'vpp-lint', version, rules } },
    columnKind: 'utf16CodeUnits',
    results,
    invocations: [{ executionSuccessful: notifications.length === 0,
      toolExecutionNotifications: notifications }],
  };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
}

function location(file: string, range: Range) {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(file) },
      region: {
        startLine: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
      },
    },
  };
}

function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' || severity === 'warning' ? severity : 'note';
}

/**
 * A relative URI for relative paths, so uploads resolve them against the checkout. Each segment
 * is encoded whole: a `#` or `?` left as it is would start a fragment or a query.
 */
function artifactUri(file: string): string {
  if (path.isAbsolute(file)) {
    return pathToFileURL(file).href;
  }
  return toPosix(file).split('/').map(encodeURIComponent).join('/');
}
