import * as path from 'node:path';
import { isAssociated } from '../core/associations';
import { buildJsonSchema } from '../export/jsonSchema';
import { collectInputs, toPosix } from './files';
import { FileReport, reportFile, summarize } from './fileReport';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { CliOptions, parseArguments, UsageError, USAGE } from './options';
import { readTextFile } from './read';

declare const VPP_LINT_VERSION: string | undefined;

const EXIT_CLEAN = 0;
const EXIT_PROBLEMS = 1;
const EXIT_USAGE_OR_INPUT = 2;

function version(): string {
  return typeof VPP_LINT_VERSION === 'string' ? VPP_LINT_VERSION : '0.0.0-dev';
}

/** Runs the command and returns its exit code; output goes through the two writers. */
export function runCli(
  argv: readonly string[],
  stdout: (text: string) => void,
  stderr: (text: string) => void,
): number {
  let options: CliOptions;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      stderr(`vpp-lint: ${error.message}\nRun vpp-lint --help for usage.\n`);
      return EXIT_USAGE_OR_INPUT;
    }
    throw error;
  }

  if (options.help) {
    stdout(`${USAGE}\n`);
    return EXIT_CLEAN;
  }
  if (options.version) {
    stdout(`${version()}\n`);
    return EXIT_CLEAN;
  }
  if (options.printSchema) {
    stdout(`${JSON.stringify(buildJsonSchema(), null, 2)}\n`);
    return EXIT_CLEAN;
  }
  if (options.inputs.length === 0) {
    stderr('vpp-lint: no files given.\nRun vpp-lint --help for usage.\n');
    return EXIT_USAGE_OR_INPUT;
  }

  const reports = checkFiles(options, stderr);
  return writeReports(reports, options, stdout, stderr);
}

function checkFiles(options: CliOptions, stderr: (text: string) => void): FileReport[] {
  return collectInputs(options.inputs).map((input): FileReport => {
    const read = input.kind === 'file' ? readTextFile(input.path) : input;
    if ('reason' in read) {
      stderr(`vpp-lint: cannot check ${input.path}: ${read.reason}\n`);
      const isFolder = input.kind === 'unreadable' && input.isFolder === true;
      return { path: input.path, diagnostics: [], error: read.reason, isFolder };
    }

    const associated = isAssociated(matchPathOf(input.path), options.associations,
      (pattern, reason) => stderr(`vpp-lint: ignoring --associate ${pattern}: ${reason}\n`));
    return reportFile(input.path, read.text, {
      associated,
      severities: options.severities,
      maxProblems: Number.POSITIVE_INFINITY,
    });
  });
}

/** The path association globs see: relative to the current folder, with forward slashes. */
function matchPathOf(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return toPosix(relative.startsWith('..') ? path.resolve(file) : relative);
}

/** Quiet mode shows errors only; the summary still counts everything found. */
function shownReports(reports: FileReport[], options: CliOptions): FileReport[] {
  if (!options.quiet) {
    return reports;
  }
  return reports.map((report) => ({
    ...report,
    diagnostics: report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
  }));
}

function writeReports(
  reports: FileReport[],
  options: CliOptions,
  stdout: (text: string) => void,
  stderr: (text: string) => void,
): number {
  const summary = summarize(reports);
  const shown = shownReports(reports, options);

  if (options.format === 'json') {
    stdout(formatJson(shown, summary));
  } else if (options.format === 'sarif') {
    stdout(formatSarif(shown, version()));
  } else {
    stdout(formatText(shown, summary));
  }

  if (summary.unreadable > 0) {
    return EXIT_USAGE_OR_INPUT;
  }
  const tooManyWarnings = options.maxWarnings !== undefined
    && summary.warnings > options.maxWarnings;
  if (tooManyWarnings) {
    const counted = summary.warnings === 1
      ? '1 warning exceeds'
      : `${summary.warnings} warnings exceed`;
    stderr(`vpp-lint: ${counted} --max-warnings ${options.maxWarnings}.\n`);
  }
  return summary.errors > 0 || tooManyWarnings ? EXIT_PROBLEMS : EXIT_CLEAN;
}

/**
 * A reader that stops early, as `| head` does, closes the pipe: the rest of the report is not
 * wanted, so the command ends quietly with the exit code the run set instead of a stack trace.
 */
function exitWhenOutputCloses(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') {
    throw error;
  }
  process.exit(process.exitCode ?? EXIT_PROBLEMS);
}

/** Closed standard error loses only messages: the report and the exit code still matter. */
function ignoreClosedMessages(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') {
    throw error;
  }
}

if (require.main === module) {
  process.stdout.on('error', exitWhenOutputCloses);
  process.stderr.on('error', ignoreClosedMessages);
  const code = runCli(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
  process.exitCode = code;
}
