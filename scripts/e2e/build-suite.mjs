// Builds what the extension host loads: the bundled extension (dist/) and the compiled suite.
import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from './processes.mjs';
import { PROJECT_ROOT, SUITE_ENTRY, SUITE_TSCONFIG } from './paths.mjs';

const BUILD_TIMEOUT_MS = 5 * 60 * 1000;

export async function buildExtensionAndSuite() {
  const options = { cwd: PROJECT_ROOT, env: process.env, timeoutMs: BUILD_TIMEOUT_MS };
  await runCommand(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'build.mjs')],
    { ...options, label: 'the extension build' });

  // A suite file deleted from test/e2e must not live on as a stale compiled copy.
  fs.rmSync(path.dirname(SUITE_ENTRY), { recursive: true, force: true });
  const tsc = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await runCommand(process.execPath, [tsc, '-p', SUITE_TSCONFIG],
    { ...options, label: 'the end-to-end suite build' });
}
