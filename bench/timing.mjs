// Interleaved, warm timing of every contender on one text in this process: each round runs all
// contenders in a rotated order after a full garbage collection, so no contender always pays
// for the one before it.

/** Rounds of timing (after the warm-up runs) by fixture size, for a full or a quick run. */
export function roundsFor(megabytes, quick) {
  if (quick) {
    return { warmup: 1, rounds: 3 };
  }
  if (megabytes >= 50) {
    return { warmup: 1, rounds: 7 };
  }
  return megabytes >= 10 ? { warmup: 2, rounds: 11 } : { warmup: 3, rounds: 21 };
}

/**
 * Per contender, the wall-clock and the CPU milliseconds of each timed run, `{ key: number[] }`
 * (index i is round i for all), and `scores`: what `score` made of its first result (results
 * are dropped at once, so none weighs on the next). CPU time counts this process's threads
 * (the garbage collector's helpers too), and not the time other programs held the cores.
 */
export async function timeContenders(contenders, text, plan, scoreOf) {
  const times = Object.fromEntries(contenders.map((contender) => [contender.key, []]));
  const cpuTimes = Object.fromEntries(contenders.map((contender) => [contender.key, []]));
  const scores = {};

  for (let round = 0; round < plan.warmup + plan.rounds; round++) {
    const order = contenders.map((_, index) => contenders[(index + round) % contenders.length]);
    for (const contender of order) {
      collectGarbage();
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const result = await contender.run(text);
      const elapsed = performance.now() - started;
      const cpu = process.cpuUsage(cpuStarted);
      if (round >= plan.warmup) {
        times[contender.key].push(elapsed);
        cpuTimes[contender.key].push((cpu.user + cpu.system) / 1000);
      } else if (!(contender.key in scores)) {
        scores[contender.key] = scoreOf(contender, result);
      }
    }
  }
  return { times, cpuTimes, scores };
}

export function collectGarbage() {
  if (typeof globalThis.gc !== 'function') {
    throw new Error('Run the benchmark with node --expose-gc (npm run bench does).');
  }
  globalThis.gc();
}

export function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The spread as the lowest and highest run, which a reader can check against the median. */
export function spread(values) {
  return { low: Math.min(...values), high: Math.max(...values) };
}

/**
 * The median over rounds of `key`'s time divided by the reference's in the same round: runs
 * close in time meet the same load from other programs, so their ratio is steadier than a
 * ratio of medians.
 */
export function pairedRatio(times, key, referenceKey) {
  return median(times[key].map((value, round) => value / times[referenceKey][round]));
}
