/**
 * The problems fix-all works from. The published list stops at `maxProblems`, but fix-all
 * applies every safe fix in the document, so a capped document is analysed again without the
 * cap, once per version and only when fix-all is asked for.
 */
import { analyzeText, DEFAULT_MAX_PROBLEMS, Problem } from '../core';
import { DocumentState } from './store';

const UNCAPPED = new WeakMap<DocumentState, readonly Problem[]>();

export function everyProblemOf(state: DocumentState): readonly Problem[] {
  const cap = state.options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  if (state.analysis.problems.length < cap) {
    return state.analysis.problems;
  }

  let problems = UNCAPPED.get(state);
  if (problems === undefined) {
    const options = { ...state.options, maxProblems: Number.POSITIVE_INFINITY };
    problems = analyzeText(state.text, options).problems;
    UNCAPPED.set(state, problems);
  }
  return problems;
}
