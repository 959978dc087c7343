// Starts code-server for one run: bound to 127.0.0.1, in its own process group, with its data,
// extensions and settings in the run folder, and no route to any extension gallery.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { CODE_SERVER_ENTRY, NODE24_BIN } from './paths.mjs';
import { freePort, killGroup, waitFor } from './processes.mjs';
import { isolatedEnvironment, writeJson } from './run-folder.mjs';

const READY_TIMEOUT_MS = 60_000;

/**
 * Returns `{ port, stop, exited }` once the server answers its health check; `exited` settles
 * with the exit code or signal if the server ends on its own.
 */
export async function startCodeServer(run) {
  const { dirs } = run;
  const port = await freePort();
  const configFile = path.join(dirs.root, 'code-server.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  writeJson(path.join(dirs.userData, 'Machine', 'settings.json'), {});

  const log = fs.openSync(path.join(dirs.root, 'code-server.log'), 'a');
  const child = spawn(NODE24_BIN, [CODE_SERVER_ENTRY, ...serverArguments(run, port, configFile)], {
    cwd: dirs.workspace,
    env: { ...process.env, ...isolatedEnvironment(dirs), ...(await galleryEnvironment()) },
    stdio: ['ignore', log, log],
    detached: true,
  });
  fs.closeSync(log);

  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(signal ?? code));
  });
  const stop = () => killGroup(child.pid);
  try {
    await waitFor(() => Promise.race([isHealthy(port), exited.then(failStart)]), {
      timeoutMs: READY_TIMEOUT_MS, what: `code-server on 127.0.0.1:${port}`,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, stop, exited };
}

function serverArguments(run, port, configFile) {
  return [
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', run.dirs.userData,
    '--extensions-dir', run.dirs.extensions,
    // NOTE: without the smoke-test driver the release workbench ignores the test parameters.
    '--vscode-option', 'enable-smoke-test-driver',
  ];
}

/** The gallery points at a port nobody listens on, so no extension lookup leaves the machine. */
async function galleryEnvironment() {
  const closed = `http://127.0.0.1:${await freePort()}`;
  const gallery = {
    serviceUrl: `${closed}/gallery`,
    itemUrl: `${closed}/item`,
    extensionUrlTemplate: `${closed}/gallery/{publisher}/{name}/latest`,
    resourceUrlTemplate: `${closed}/asset/{publisher}/{name}/{version}/{path}`,
    controlUrl: '',
    recommendationsUrl: '',
  };
  return { EXTENSIONS_GALLERY: JSON.stringify(gallery) };
}

function failStart(how) {
  throw new Error(`code-server exited (${how}) before it was ready; see code-server.log.`);
}

function isHealthy(port) {
  return new Promise((resolve) => {
    const target = { host: '127.0.0.1', port, path: '/healthz', timeout: 2000 };
    const request = http.get(target, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}
