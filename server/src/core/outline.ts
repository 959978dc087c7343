/**
 * Lookups for editor features that work on both kinds of analysis: with a tree (`root`,
 * `payloads`) for small or invalid documents, and with an outline for big valid ones. With an
 * outline, only the payload or object under the cursor is parsed, so a request costs
 * microseconds whatever the document's size.
 */
import { Node } from 'jsonc-parser';
import type { DocumentAnalysis } from './analyze';
import { payloadsOfTree, spansWithin } from './fastPath';
import { Payload } from './locate';
import { PayloadSpan } from './scan';
import { SubtreeBuilder } from './subtree';

/**
 * The innermost payload whose braces enclose `offset` (strictly: on a brace is outside), with
 * its tree; offsets are those of `text`. Its object has no `parent` when found by outline.
 */
export function payloadAtOffset(
  analysis: DocumentAnalysis,
  text: string,
  offset: number,
): Payload | undefined {
  const outline = analysis.outline;
  if (!outline) {
    return innermost(analysis.payloads, offset);
  }

  const spans = outline.payloads;
  const index = innermostSpan(spans, offset);
  if (index < 0) {
    return undefined;
  }

  const outer = outermostSpan(spans, index);
  const root = new SubtreeBuilder(text, outline.language === 'jsonc')
    .build(spans[outer].start, spans[outer].end);
  const nested = spans.slice(outer, outer + spansWithin(spans, outer, spans[outer].end));
  const start = spans[index].start;
  return payloadsOfTree(root, nested).find((payload) => payload.object.offset === start);
}

/**
 * The tree of the innermost object or array around `offset`, for features that look outside
 * payloads. The full tree when there is one; otherwise that container alone, without parents.
 */
export function containerTreeAt(
  analysis: DocumentAnalysis,
  text: string,
  offset: number,
): Node | undefined {
  const outline = analysis.outline;
  if (!outline) {
    return analysis.root;
  }

  const index = outline.containers.innermostAround(offset, offset);
  if (index < 0) {
    return undefined;
  }
  const builder = new SubtreeBuilder(text, outline.language === 'jsonc');
  return builder.build(outline.containers.startOf(index), outline.containers.endOf(index));
}

function innermost(payloads: readonly Payload[], offset: number): Payload | undefined {
  let best: Payload | undefined;

  for (const payload of payloads) {
    const { offset: start, length } = payload.object;
    if (start < offset && offset < start + length
      && (best === undefined || start > best.object.offset)) {
      best = payload;
    }
  }
  return best;
}

/** Index of the innermost span strictly enclosing `offset`, or -1. */
function innermostSpan(spans: readonly PayloadSpan[], offset: number): number {
  const parents = parentsOf(spans);
  let low = 0;
  let high = spans.length - 1;
  let candidate = -1;

  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start < offset) {
      candidate = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  while (candidate >= 0 && spans[candidate].end <= offset) {
    candidate = parents[candidate];
  }
  return candidate;
}

function outermostSpan(spans: readonly PayloadSpan[], index: number): number {
  const parents = parentsOf(spans);
  let outer = index;

  while (parents[outer] >= 0) {
    outer = parents[outer];
  }
  return outer;
}

const PARENTS = new WeakMap<readonly PayloadSpan[], Int32Array>();

/** For each span, the index of the span directly enclosing it, or -1; computed once per list. */
function parentsOf(spans: readonly PayloadSpan[]): Int32Array {
  const known = PARENTS.get(spans);
  if (known) {
    return known;
  }

  const parents = new Int32Array(spans.length);
  const open: number[] = [];
  spans.forEach((span, index) => {
    while (open.length > 0 && spans[open[open.length - 1]].end <= span.start) {
      open.pop();
    }
    parents[index] = open.length > 0 ? open[open.length - 1] : -1;
    open.push(index);
  });
  PARENTS.set(spans, parents);
  return parents;
}
