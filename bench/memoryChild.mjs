// Runs one contender once on one fixture in a fresh process and prints its peak memory beyond
// what the process held with the text loaded, as JSON on standard output.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { createContenders } from './contenders.mjs';
import { collectGarbage } from './timing.mjs';

const [key, fixtureFile, bundleFile] = process.argv.slice(2);
const measured = createRequire(import.meta.url)(bundleFile);
const contender = createContenders(measured).find((candidate) => candidate.key === key);
if (!contender) {
  throw new Error(`No contender "${key}".`);
}

const text = fs.readFileSync(fixtureFile, 'utf8');
collectGarbage();
collectGarbage();

const baseline = statusBytes('VmRSS');
const method = resetPeak() ? 'VmHWM after clear_refs' : 'maxRSS since start';
const result = await contender.run(text);
const peak = method === 'maxRSS since start'
  ? process.resourceUsage().maxRSS * 1024
  : statusBytes('VmHWM');

process.stdout.write(JSON.stringify({
  key,
  extraBytes: Math.max(0, peak - baseline),
  method,
  kept: result === undefined ? 0 : 1,
}));

/** A memory figure of this process from /proc/self/status, in bytes. */
function statusBytes(field) {
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) {
    throw new Error(`No ${field} in /proc/self/status.`);
  }
  return Number(match[1]) * 1024;
}

/** Resets the kernel's peak RSS to the current RSS (Linux 4.0 and later). */
function resetPeak() {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
