// Bundles what the benchmark measures (the analysis core and the JSON Schema export) into one
// CommonJS file under the ignored fixtures folder, so the bench needs no compile step of its own.
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH_DIR);
const OUTFILE = path.join(BENCH_DIR, 'fixtures', 'build', 'measured.cjs');

const ENTRY = `
export { analyzeText, analyzeIncrementally, LineMap } from './server/src/core/index';
export { buildJsonSchema } from './server/src/export/jsonSchema';
`;

/** Builds the bundle and loads it: `{ analyzeText, analyzeIncrementally, buildJsonSchema }`. */
export async function loadMeasured() {
  await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    mainFields: ['module', 'main'],
    outfile: OUTFILE,
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(OUTFILE);
}

export function measuredBundlePath() {
  return OUTFILE;
}

export const REPO_ROOT = ROOT;
