// Prints the benchmark's tables and checks the targets, all as ratios measured in this run.
import { median, pairedRatio, spread } from './timing.mjs';

const MEGABYTE = 1e6;

function pad(text, width, alignRight) {
  const value = String(text);
  return alignRight ? value.padStart(width) : value.padEnd(width);
}

function row(cells, widths) {
  return cells.map((cell, index) => pad(cell, widths[index], index > 0)).join('  ');
}

function megabytes(bytes) {
  return (bytes / MEGABYTE).toFixed(1);
}

/** One fixture: every contender's median, spread, ratio, speed, memory and findings. */
export function printFixture(result) {
  const { spec, bytes, manifest, plan, contenders, times, cpuTimes, scores, memory } = result;
  const widths = [28, 10, 12, 11, 8, 6, 16, 8, 9];

  console.log(`${spec.name}: ${megabytes(bytes)} MB, ${manifest.payloads} payloads, `
    + `${manifest.mistakes.length} injected mistakes; ${plan.rounds} interleaved rounds after `
    + `${plan.warmup} warm-up`);
  console.log(row(['contender', 'median ms', 'min-max', '× parseTree', 'CPU ×', 'MB/s',
    'peak extra MB', 'found', 'elsewhere'], widths));
  for (const contender of contenders) {
    const runs = times[contender.key];
    const middle = median(runs);
    const { low, high } = spread(runs);
    const extra = memory?.[contender.key]?.extraBytes;
    const score = scores[contender.key];
    console.log(row([
      contender.name,
      middle.toFixed(1),
      `${low.toFixed(0)}-${high.toFixed(0)}`,
      pairedRatio(times, contender.key, 'parseTree').toFixed(2),
      pairedRatio(cpuTimes, contender.key, 'parseTree').toFixed(2),
      (bytes / MEGABYTE / (middle / 1000)).toFixed(0),
      extra === undefined ? '-' : `${megabytes(extra)} (${(extra / bytes).toFixed(1)}×)`,
      score ? `${score.found}/${manifest.mistakes.length}` : '-',
      score ? score.elsewhere : '-',
    ], widths));
  }
  const method = memory && Object.values(memory)[0]?.method;
  console.log('(× parseTree: median over rounds of the ratio within a round; CPU ×: the same for'
    + ' CPU time, which other programs do not inflate'
    + `${method ? `; peak extra memory: ${method}, a fresh process per contender` : ''})\n`);
}

export function printServer(server) {
  const line = (label, text) => console.log(`  ${pad(label, 34)} ${text}`);
  const ms = (value, digits = 1) => `${value.toFixed(digits)} ms`;

  console.log(`Language server over stdio, ${server.spec.name}, `
    + `debounce ${server.debounceMs} ms:`);
  line('open to first diagnostics', `${ms(server.openMs, 0)}, debounce included`);
  line('one-character edit in a payload', `${ms(server.editMs)} to diagnostics: `
    + `${ms(server.editWorkMs)} after the debounce, of which ${ms(server.documentUpdateMs)} is `
    + 'the LSP library applying the edit to its copy of the text');
  line('', `(median of ${server.edits} edits between 60 and 95 % of the file)`);
  line('one-character edit at the root', `${ms(server.fullEditMs)} to diagnostics: `
    + `${ms(server.fullEditWorkMs)} after the debounce (nothing to reuse: a full validation)`);
  line('completion in an enum value', `${ms(server.completionMs, 2)} `
    + `(${server.completionItems} items)`);
  line('hover on a key', `${ms(server.hoverMs, 2)} `
    + `(${server.hoverAnswered ? 'every hover answered' : 'SOME HOVERS EMPTY'})`);
  console.log('');
}

/** Prints each target with its measured ratio; returns whether all were met. */
export function printTargets(results, server) {
  const checks = [];
  const check = (label, value, limit, text) => checks.push({ label, ok: value <= limit, text });

  for (const name of ['pretty-10mb', 'minified-10mb', 'pretty-50mb']) {
    const result = results.find((candidate) => candidate.spec.name === name);
    if (!result) {
      checks.push({ label: `${name}: not run`, ok: undefined, text: 'quick run' });
      continue;
    }
    const ratio = pairedRatio(result.times, 'ours', 'parseTree');
    const cpuRatio = pairedRatio(result.cpuTimes, 'ours', 'parseTree');
    const service = 1 / pairedRatio(result.times, 'ours', 'jsonService');
    check(`${name}: full validation / parseTree`, ratio, 0.5, `${ratio.toFixed(2)} <= 0.50 `
      + `(CPU ${cpuRatio.toFixed(2)}; ${service.toFixed(1)}× faster than the JSON service)`);
    const missed = result.manifest.mistakes.length - result.scores.ours.found;
    check(`${name}: injected mistakes missed`, missed, 0, `${missed} missed`);
  }

  const big = results.find((candidate) => candidate.spec.name === 'pretty-50mb');
  if (big?.memory) {
    const times = big.memory.ours.extraBytes / big.bytes;
    check('pretty-50mb: peak extra memory / document size', times, 3, `${times.toFixed(2)} <= 3`);
  }

  const full = median(results.find((result) => result.spec.name === server.spec.name).times.ours);
  const fraction = (ms) => `1/${(full / ms).toFixed(0)} of the core's full validation `
    + `(${full.toFixed(0)} ms)`;
  check('completion / full validation', server.completionMs / full, 1 / 50,
    `${fraction(server.completionMs)}, target 1/50`);
  check('hover / full validation', server.hoverMs / full, 1 / 50,
    `${fraction(server.hoverMs)}, target 1/50`);
  const serverRatio = server.editWorkMs / server.fullEditWorkMs;
  check('edit in a payload / full validation, both by server', serverRatio, 0.2,
    `${serverRatio.toFixed(3)} <= 0.2 (${(server.editWorkMs / full).toFixed(3)} of the core's `
    + 'full validation, which skips the server\'s own per-edit costs)');

  console.log('Targets, as ratios measured in this run:');
  for (const { label, ok, text } of checks) {
    const verdict = ok === undefined ? 'skip' : ok ? 'met ' : 'MISS';
    console.log(`  ${verdict}  ${pad(label, 48)} ${text}`);
  }
  return checks.every((item) => item.ok !== false);
}
