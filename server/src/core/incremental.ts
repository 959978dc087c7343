/**
 * Re-analysis after an edit, for documents analysed by outline. The edit is found by comparing
 * the old and new text; the innermost object or array whose brackets it leaves alone (widened
 * to the outermost payload holding it) is scanned again. When that range is still one valid
 * value, nothing outside it can have changed meaning: its payloads are validated again and
 * everything after it only moves. Otherwise the whole document is analysed afresh.
 */
import { AnalysisOptions, analyzeText, applySettings, DocumentAnalysis } from './analyze';
import { ContainerTable } from './containers';
import { DocumentOutline, SCAN_MIN_LENGTH, sortByRange, validateSpans } from './fastPath';
import { DEFAULT_MAX_DEPTH } from './limits';
import { LineMap } from './positions';
import { OffsetRange, Problem } from './problems';
import { AssociationScope, PayloadSpan, PositionSpan, scanStructure } from './scan';
import { changedSpan, plausibleChange, TextChange } from './textChange';

/** Positions in the text exactly as the client sent it, a byte order mark included. */
const CLIENT_POSITIONS = { countByteOrderMark: true };

/** A text, its analysis and its line map, as an editor keeps them per document version. */
export interface AnalyzedText {
  readonly text: string;
  readonly analysis: DocumentAnalysis;
  readonly lines: LineMap;
}

/**
 * The analysis and line map of `text`, reusing what an edit of `previous.text` cannot have
 * changed. Without a previous version, or when the edit may have changed the structure, this
 * is `analyzeText` and a new `LineMap`. `knownChange`, when given, says where the texts differ
 * (as an editor knows from the edit); it is checked only around its ends, so it must be right.
 */
export function analyzeIncrementally(
  previous: AnalyzedText | undefined,
  text: string,
  options: AnalysisOptions,
  knownChange?: TextChange,
): Omit<AnalyzedText, 'text'> {
  if (!previous) {
    return { analysis: analyzeText(text, options), lines: new LineMap(text, CLIENT_POSITIONS) };
  }

  // An editor that saw the edit can tell where it was, which spares comparing the two texts.
  const change = knownChange && plausibleChange(knownChange, previous.text, text)
    ? knownChange
    : changedSpan(previous.text, text);
  const lines = change ? LineMap.afterEdit(previous.lines, text, change) : previous.lines;
  return { analysis: reanalyze(previous.analysis, text, change, options), lines };
}

function reanalyze(
  previous: DocumentAnalysis,
  text: string,
  change: TextChange | undefined,
  options: AnalysisOptions,
): DocumentAnalysis {
  const outline = previous.outline;
  const tooLong = options.maxLength !== undefined && text.length > options.maxLength;
  if (!outline || !scannedAlike(outline, options) || text.length < SCAN_MIN_LENGTH || tooLong) {
    return analyzeText(text, options);
  }

  const updated = change ? reoutline(text, outline, change) : outline;
  if (!updated) {
    return analyzeText(text, options);
  }
  const problems = applySettings(updated.found, options);
  return { root: undefined, payloads: [], outline: updated, problems };
}

function scannedAlike(outline: DocumentOutline, options: AnalysisOptions): boolean {
  return outline.language === options.language
    && outline.associated === (options.associated ?? false)
    && outline.maxDepth === (options.maxDepth ?? DEFAULT_MAX_DEPTH);
}

/** The range scanned again: a container, by its index in the table. */
interface Region {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** The outline after `change`, or undefined when only a full analysis can tell. */
function reoutline(
  text: string,
  outline: DocumentOutline,
  change: TextChange,
): DocumentOutline | undefined {
  const delta = change.newEnd - change.oldEnd;
  const region = regionOf(outline, change);
  const scope = region && associationScope(outline, region);
  if (!region || scope === undefined) {
    return undefined;
  }

  const newEnd = region.end + delta;
  const scan = scanStructure(text, region.start, newEnd, {
    language: outline.language,
    association: scope,
    maxDepth: outline.maxDepth,
    baseDepth: depthOf(outline.containers, region.index),
  });
  if (!scan) {
    return undefined;
  }

  const problems = sortByRange(validateSpans(text, scan.payloads, outline.language === 'jsonc'));
  const shift = (range: OffsetRange) => shiftedRange(range, region.end, delta);
  return {
    ...outline,
    containers: outline.containers.replaced(region.index, scan.containers, delta),
    payloads: spliced(outline.payloads, region, scan.payloads, {
      startOf: (span) => span.start,
      shift: (span) => shiftedPayload(span, region.end, delta),
    }),
    positions: outline.positions.map((position) => shiftedSpan(position, shift)),
    found: spliced(outline.found, region, problems, {
      startOf: (problem) => problem.range.start,
      shift: (problem) => shiftedProblem(problem, shift),
    }),
  };
}

/**
 * The innermost container that keeps its brackets through the change, widened to the outermost
 * payload around it, since a payload's rules read its members' whole values. Never the root:
 * scanning it again is a full analysis.
 */
function regionOf(outline: DocumentOutline, change: TextChange): Region | undefined {
  const containers = outline.containers;
  const around = containers.innermostAround(change.start, change.oldEnd);
  if (around <= 0) {
    // Shortcoming: an edit among the root's own members is a full analysis, as is a bracket.
    return undefined;
  }

  const start = containers.startOf(around);
  const end = containers.endOf(around);
  const payload = outline.payloads.find((span) => span.start <= start && end <= span.end);
  if (!payload || payload.start === start) {
    return { index: around, start, end };
  }

  const index = indexStartingAt(containers, payload.start);
  return index > 0 ? { index, start: payload.start, end: payload.end } : undefined;
}

/**
 * With an association, the region must lie in one position holding an object, whose kind the
 * edit cannot change; when it is that position, its root is a payload by association.
 */
function associationScope(outline: DocumentOutline, region: Region): AssociationScope | undefined {
  if (!outline.associated) {
    return 'none';
  }

  const position = outline.positions.find((span) => span.start <= region.start
    && region.end <= span.end);
  if (!position || position.kind !== 'object') {
    return undefined;
  }
  return position.start === region.start ? 'range' : 'none';
}

function indexStartingAt(containers: ContainerTable, start: number): number {
  let low = 0;
  let high = containers.count - 1;

  while (low <= high) {
    const middle = (low + high) >> 1;
    const middleStart = containers.startOf(middle);
    if (middleStart === start) {
      return middle;
    }
    if (middleStart < start) {
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return -1;
}

/** How many containers enclose the one at `index`. */
function depthOf(containers: ContainerTable, index: number): number {
  let depth = 0;

  for (let parent = containers.parentOf(index); parent >= 0; parent = containers.parentOf(parent)) {
    depth++;
  }
  return depth;
}

/**
 * `items` (sorted by start) with those starting inside the old region replaced by `inserted`,
 * and those after it moved.
 */
function spliced<Item>(
  items: readonly Item[],
  region: Region,
  inserted: readonly Item[],
  { startOf, shift }: { startOf: (item: Item) => number; shift: (item: Item) => Item },
): Item[] {
  let first = 0;
  while (first < items.length && startOf(items[first]) < region.start) {
    first++;
  }

  let after = first;
  while (after < items.length && startOf(items[after]) < region.end) {
    after++;
  }
  return [...items.slice(0, first), ...inserted, ...items.slice(after).map(shift)];
}

/** Offsets at or after the old region's end move with the edit; earlier ones stay. */
function shiftedRange(range: OffsetRange, regionEnd: number, delta: number): OffsetRange {
  const start = range.start >= regionEnd ? range.start + delta : range.start;
  const end = range.end >= regionEnd ? range.end + delta : range.end;

  return { start, end };
}

/** A payload span after the region, moved; written out in full, as edits shift thousands. */
function shiftedPayload(span: PayloadSpan, regionEnd: number, delta: number): PayloadSpan {
  const { start, end, type, typeMatch, associated } = span;
  const moved = start >= regionEnd ? start + delta : start;
  const movedEnd = end >= regionEnd ? end + delta : end;

  return typeMatch ? { start: moved, end: movedEnd, type, typeMatch, associated }
    : { start: moved, end: movedEnd, type, associated };
}

function shiftedSpan<Span extends PayloadSpan | PositionSpan>(
  span: Span,
  shift: (range: OffsetRange) => OffsetRange,
): Span {
  return { ...span, ...shift(span) };
}

function shiftedProblem(problem: Problem, shift: (range: OffsetRange) => OffsetRange): Problem {
  const moved: Problem = { ...problem, range: shift(problem.range) };
  const related = problem.related?.map((item) => ({ ...item, range: shift(item.range) }));
  const fix = problem.fix && { ...problem.fix, range: shift(problem.fix.range) };

  return { ...moved, ...(related ? { related } : {}), ...(fix ? { fix } : {}) };
}
