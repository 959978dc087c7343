import { Node } from 'jsonc-parser';
import { deepSyntaxIssues } from './deepSyntax';
import { DocumentOutline, outlineDocument, SCAN_MIN_LENGTH, tooLargeProblem } from './fastPath';
import { DEFAULT_MAX_DEPTH, maskDeepValues } from './limits';
import { locatePayloads, Payload } from './locate';
import { MESSAGES } from './messages';
import { DERIVED_TYPE } from './model';
import { DocumentLanguage, parseDocument, SyntaxIssue } from './parse';
import {
  DEFAULT_SEVERITIES,
  Problem,
  ProblemCode,
  Severity,
  SeveritySetting,
} from './problems';
import { ProblemSink, rangeOf } from './report';
import { kindOf, validatePayload } from './rules';

export interface AnalysisOptions {
  readonly language: DocumentLanguage;
  /** The file is associated with the type, so root positions are payloads without a type. */
  readonly associated?: boolean;
  /** Per-code severity overrides; `off` drops the code. */
  readonly severities?: Partial<Record<ProblemCode, SeveritySetting>>;
  /** At most this many problems are reported, then one note says how many were left out. */
  readonly maxProblems?: number;
  /** Values nested deeper than this are not checked (the parser would exhaust the stack). */
  readonly maxDepth?: number;
  /** A longer text is not checked: one `document-too-large` note says so instead. */
  readonly maxLength?: number;
}

export interface DocumentAnalysis {
  readonly root: Node | undefined;
  readonly payloads: readonly Payload[];
  readonly problems: readonly Problem[];
  /** For big valid documents, set instead of `root` and `payloads` (see fastPath.ts). */
  readonly outline?: DocumentOutline;
}

export const DEFAULT_MAX_PROBLEMS = 1000;

/** The whole analysis of one document: text and options in, problems as offsets out. */
export function analyzeText(text: string, options: AnalysisOptions): DocumentAnalysis {
  if (options.maxLength !== undefined && text.length > options.maxLength) {
    const found = [tooLargeProblem(text.length, options.maxLength)];
    return { root: undefined, payloads: [], problems: applySettings(found, options) };
  }

  const outline = text.length >= SCAN_MIN_LENGTH ? outlineDocument(text, options) : undefined;
  if (outline) {
    const problems = applySettings(outline.found, options);
    return { root: undefined, payloads: [], outline, problems };
  }

  const masked = maskDeepValues(text, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const parsed = parseDocument(masked.text, options.language);
  // An unclosed deep value is also an unclosed outer one: the parser has reported that place.
  const reported = new Set(parsed.syntaxIssues.map(issueKey));
  const deepIssues = masked.skipped
    .flatMap((region) => deepSyntaxIssues(text, region, options.language))
    .filter((deep) => !reported.has(issueKey(deep)));
  const located = locatePayloads(parsed.root, options.associated ?? false);
  const sink = new ProblemSink();

  if (masked.skipped.length > 0) {
    const depth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    const first = masked.skipped[0].start;
    sink.report('nesting-too-deep', { start: first, end: first + 1 },
      MESSAGES.nestingTooDeep(depth, masked.skipped.length));
  }
  // In JSONC a trailing comma is at most a warning; every other syntax error stays an error.
  const softened = new Set<Problem>();
  for (const issue of [...parsed.syntaxIssues, ...deepIssues]) {
    const problem = sink.report('syntax-error', issue.range, issue.message);
    if (issue.trailingComma && options.language === 'jsonc') {
      softened.add(problem);
    }
  }
  for (const { node } of located.misplaced) {
    const token = text.slice(node.offset, node.offset + node.length);
    const message = MESSAGES.notAnObject(DERIVED_TYPE.name, kindOf(node), token);
    sink.report('wrong-type', rangeOf(node), message);
  }
  for (const payload of located.payloads) {
    validatePayload(payload, text, sink);
  }

  const problems = applySettings(sink.problems, options, softened);
  return { root: parsed.root, payloads: located.payloads, problems };
}

/** Two syntax issues are the same report when they start at one place with one message. */
function issueKey(issue: SyntaxIssue): string {
  return `${issue.range.start}:${issue.message}`;
}

export function applySettings(
  found: readonly Problem[],
  options: AnalysisOptions,
  softened: ReadonlySet<Problem> = new Set(),
): Problem[] {
  const kept: Problem[] = [];

  for (const problem of found) {
    const setting = options.severities?.[problem.code] ?? DEFAULT_SEVERITIES[problem.code];
    if (setting === 'off') {
      continue;
    }

    const severity = softened.has(problem) ? atMostWarning(setting) : setting;
    kept.push({ ...problem, severity });
  }
  kept.sort((left, right) =>
    left.range.start - right.range.start || left.range.end - right.range.end);
  return capProblems(kept, options);
}

function atMostWarning(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : severity;
}

function capProblems(problems: Problem[], options: AnalysisOptions): Problem[] {
  const cap = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  if (problems.length <= cap) {
    return problems;
  }

  const code = 'too-many-problems';
  const setting = options.severities?.[code] ?? DEFAULT_SEVERITIES[code];
  const shown = problems.slice(0, cap);
  if (setting !== 'off') {
    shown.push({
      code,
      severity: setting,
      message: MESSAGES.tooManyProblems(cap, problems.length - cap),
      range: problems[cap].range,
    });
  }
  return shown;
}
