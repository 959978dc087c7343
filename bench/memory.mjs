// Peak memory of each contender, each measured in a child process of its own.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'memoryChild.mjs');
const run = promisify(execFile);

/** `{ key: { extraBytes, method } }` for the contenders on the fixture file, one at a time. */
export async function measureMemory(contenders, fixtureFile, bundleFile) {
  const result = {};

  for (const { key } of contenders) {
    const { stdout } = await run(process.execPath,
      ['--expose-gc', '--max-old-space-size=16384', CHILD, key, fixtureFile, bundleFile],
      { maxBuffer: 1 << 20 });
    result[key] = JSON.parse(stdout);
  }
  return result;
}
