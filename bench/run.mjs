// `npm run bench`: times every contender on Graph-shaped fixtures in one process, measures
// their peak memory in child processes and the language server over stdio, then prints the
// table and checks the targets as ratios of this run. BENCH_QUICK=1 makes a short run.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadMeasured, measuredBundlePath, REPO_ROOT } from './bundle.mjs';
import { createContenders } from './contenders.mjs';
import { FIXTURE_SPECS, loadFixture } from './fixtures.mjs';
import { measureMemory } from './memory.mjs';
import { printFixture, printServer, printTargets } from './report.mjs';
import { measureServer } from './serverLatency.mjs';
import { roundsFor, timeContenders } from './timing.mjs';

const QUICK = process.env.BENCH_QUICK === '1';
const QUICK_FIXTURES = new Set(['pretty-1mb', 'pretty-10mb']);
const SERVER_FIXTURE = 'pretty-10mb';

async function main() {
  const started = performance.now();
  const measured = await loadMeasured();
  const contenders = createContenders(measured);
  const specs = FIXTURE_SPECS.filter((spec) => !QUICK || QUICK_FIXTURES.has(spec.name));
  const results = [];

  console.log(`vpp-lint benchmark${QUICK ? ' (quick)' : ''}: Node ${process.version}, `
    + `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load ${loadAverage()}\n`);
  for (const spec of specs) {
    results.push(await benchFixture(spec, contenders));
  }

  const serverSpec = FIXTURE_SPECS.find((spec) => spec.name === SERVER_FIXTURE);
  const server = await benchServer(serverSpec, measured);
  printServer(server);
  const passed = printTargets(results, server);

  const seconds = (performance.now() - started) / 1000;
  console.log(`\nWhole run: ${seconds.toFixed(0)} s, load ${loadAverage()}.`);
  process.exitCode = passed ? 0 : 1;
}

async function benchFixture(spec, contenders) {
  const fixture = loadFixture(spec);
  const plan = roundsFor(spec.megabytes, QUICK);
  const scoreOf = (contender, result) => contender.score?.(result, fixture.manifest.mistakes);
  const { times, cpuTimes, scores } = await timeContenders(contenders, fixture.text, plan,
    scoreOf);
  const memory = await memoryOf(spec, contenders, fixture.file);
  const result = {
    spec,
    bytes: fs.statSync(fixture.file).size,
    manifest: fixture.manifest,
    plan,
    contenders,
    times,
    cpuTimes,
    scores,
    memory,
  };

  printFixture(result);
  return result;
}

/** Memory for every fixture in a full run, for the 10 MB one only in a quick run. */
async function memoryOf(spec, contenders, file) {
  if (QUICK && spec.megabytes < 10) {
    return undefined;
  }
  return measureMemory(contenders, file, measuredBundlePath());
}

async function benchServer(spec, measured) {
  const fixture = loadFixture(spec);
  const serverBundle = path.join(REPO_ROOT, 'dist', 'server.js');
  if (!fs.existsSync(serverBundle)) {
    throw new Error('dist/server.js is missing: run npm run build first (npm run bench does).');
  }

  const figures = await measureServer({
    root: REPO_ROOT,
    fixtureText: fixture.text,
    LineMap: measured.LineMap,
    repeats: QUICK ? 4 : 10,
  });
  return { spec, ...figures };
}

function loadAverage() {
  return os.loadavg().map((value) => value.toFixed(2)).join(' ');
}

await main();
