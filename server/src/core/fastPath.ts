/**
 * The fast path for big valid documents: the structural scan finds the payloads, and only
 * their ranges become trees, one payload at a time, each dropped once its rules have run. No
 * whole-document tree is built, so time and memory follow the payloads, not the document.
 */
import { Node } from 'jsonc-parser';
import { ContainerTable } from './containers';
import { DEFAULT_MAX_DEPTH } from './limits';
import { typePropertyOf, Payload } from './locate';
import { MESSAGES } from './messages';
import { DERIVED_TYPE } from './model';
import { DocumentLanguage } from './parse';
import { Problem } from './problems';
import { ProblemSink } from './report';
import { validatePayload } from './rules';
import { AssociationScope, PayloadSpan, PositionSpan, scanStructure } from './scan';
import { pin, SAMPLE_DOCUMENT } from './shapeSample';
import { SubtreeBuilder } from './subtree';

/** Below this length the full tree is cheap, and editor features get `root` as before. */
export const SCAN_MIN_LENGTH = 256 * 1024;

/** What the fast path keeps of a document instead of its tree. */
export interface DocumentOutline {
  readonly language: DocumentLanguage;
  readonly associated: boolean;
  readonly maxDepth: number;
  readonly containers: ContainerTable;
  /** Every payload's range and type, sorted by start. */
  readonly payloads: readonly PayloadSpan[];
  /** Association positions (empty unless the file is associated), in document order. */
  readonly positions: readonly PositionSpan[];
  /** Every problem at its default severity, sorted by range; settings are applied after. */
  readonly found: readonly Problem[];
}

export interface ScanAnalysisOptions {
  readonly language: DocumentLanguage;
  readonly associated?: boolean;
  readonly maxDepth?: number;
}

/** The outline of a valid document, or undefined when it has a syntax error. */
export function outlineDocument(
  text: string,
  options: ScanAnalysisOptions,
): DocumentOutline | undefined {
  const associated = options.associated ?? false;
  const scope: AssociationScope = associated ? 'document' : 'none';
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const scan = scanStructure(text, 0, text.length, {
    language: options.language,
    association: scope,
    maxDepth,
  });
  if (!scan) {
    // Shortcoming: a big text with a syntax error gets the full tree (8× its size): no recovery.
    return undefined;
  }

  const found = [
    ...misplacedProblems(text, scan.positions),
    ...validateSpans(text, scan.payloads, options.language === 'jsonc'),
  ];
  return {
    language: options.language,
    associated,
    maxDepth,
    containers: scan.containers,
    payloads: scan.payloads,
    positions: scan.positions,
    found: sortByRange(found),
  };
}

/** The one problem of a document too long to check: analysing it could stall the editor. */
export function tooLargeProblem(length: number, limit: number): Problem {
  const sink = new ProblemSink();

  sink.report('document-too-large', { start: 0, end: 0 }, MESSAGES.documentTooLarge(length, limit));
  return sink.problems[0];
}

/** The `wrong-type` problems of association positions that hold no object. */
export function misplacedProblems(text: string, positions: readonly PositionSpan[]): Problem[] {
  const sink = new ProblemSink();

  for (const { start, end, kind } of positions) {
    if (kind !== 'object') {
      const message = MESSAGES.notAnObject(DERIVED_TYPE.name, kind, text.slice(start, end));
      sink.report('wrong-type', { start, end }, message);
    }
  }
  return sink.problems;
}

/**
 * Runs the rules over the payloads, in order, one outermost payload tree at a time. A payload
 * nested in another is validated from its outer payload's tree, as the full path does.
 */
export function validateSpans(
  text: string,
  spans: readonly PayloadSpan[],
  comments: boolean,
  sink = new ProblemSink(),
): Problem[] {
  const builder = new SubtreeBuilder(text, comments);

  let index = 0;
  while (index < spans.length) {
    const outer = spans[index];
    const root = builder.build(outer.start, outer.end);
    const inside = spansWithin(spans, index, outer.end);
    if (root && inside === 1) {
      validatePayload(payloadOf(root, outer), text, sink);
    } else {
      for (const payload of payloadsOfTree(root, spans.slice(index, index + inside))) {
        validatePayload(payload, text, sink);
      }
    }
    index += inside;
  }
  return sink.problems;
}

/** The payloads of one outer payload's tree: the root and any nested ones, in document order. */
export function payloadsOfTree(root: Node | undefined, spans: readonly PayloadSpan[]): Payload[] {
  if (!root) {
    return [];
  }

  const payloads: Payload[] = [];
  const pending: Node[] = [root];
  let next = 0;
  while (pending.length > 0 && next < spans.length) {
    const node = pending.pop() as Node;
    if (node.type === 'object' && node.offset === spans[next].start) {
      payloads.push(payloadOf(node, spans[next++]));
    }

    const children = node.children ?? [];
    for (let child = children.length - 1; child >= 0; child--) {
      pending.push(children[child]);
    }
  }
  return payloads;
}

function payloadOf(object: Node, span: PayloadSpan): Payload {
  const typeProperty = typePropertyOf(object);
  const { type, typeMatch, associated } = span;

  return typeMatch ? { object, type, typeProperty, typeMatch, associated }
    : { object, type, typeProperty, associated };
}

/** How many spans from `index` on start before `end`: the span at `index` and those inside it. */
export function spansWithin(spans: readonly PayloadSpan[], index: number, end: number): number {
  let last = index;

  while (last + 1 < spans.length && spans[last + 1].start < end) {
    last++;
  }
  return last - index + 1;
}

/** Sorts by start, then end, keeping the order of problems that share a range. */
export function sortByRange(problems: Problem[]): Problem[] {
  return problems.sort((left, right) =>
    left.range.start - right.range.start || left.range.end - right.range.end);
}

/** A sample sink, payload and findings keep their hidden classes alive (see shapeSample.ts). */
function pinValidationShapes(): void {
  const scan = scanStructure(SAMPLE_DOCUMENT, 0, SAMPLE_DOCUMENT.length,
    { language: 'json', association: 'none', maxDepth: DEFAULT_MAX_DEPTH });
  const spans = scan?.payloads ?? [];
  const tree = new SubtreeBuilder(SAMPLE_DOCUMENT, false).build(0, SAMPLE_DOCUMENT.length);

  pin(validateSpans(SAMPLE_DOCUMENT, spans, false, pin(new ProblemSink())));
  pin(payloadsOfTree(tree, spans));
}

pinValidationShapes();
