// Opens the workbench in headless Chromium with the extension-test parameters and resolves
// with the exit code the workbench reports once the tests module's run() has settled.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromiumPath, PLAYWRIGHT_MODULE } from './paths.mjs';
import { isolatedEnvironment } from './run-folder.mjs';

/** Every host name except the loopback address resolves to nothing. */
const HOST_RULES = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  HOST_RULES,
];

/**
 * Runs the suite and returns `{ exitCode }`; `log` receives every line the workbench forwards.
 * The caller's deadline closes the browser through `signal`.
 */
export async function runInWorkbench(options) {
  const { run, port, extensionPath, testsPath, testEnv, log, signal } = options;
  const context = await launchBrowser(run.dirs.browserProfile, run);
  const aborted = () => context.close().catch(() => undefined);
  signal.addEventListener('abort', aborted, { once: true });

  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let reportExit;
    const exit = new Promise((resolve) => {
      reportExit = resolve;
    });
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      saveWorkbenchLogs(run, logs);
      reportExit(code);
    });
    await page.exposeFunction('codeAutomationLog', (level, message) => log(level, message));

    const workspace = run.dirs.workspace;
    await page.goto(workbenchUrl({ port, workspace, extensionPath, testsPath, testEnv }));
    return { exitCode: await exit };
  } finally {
    signal.removeEventListener('abort', aborted);
    await aborted();
  }
}

/** Headless Chromium with a profile of its own, able to reach 127.0.0.1 only. */
export function launchBrowser(profileDir, run, viewport) {
  const { chromium } = createRequire(import.meta.url)(PLAYWRIGHT_MODULE);
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, ...isolatedEnvironment(run.dirs) },
    ...(viewport ? { viewport } : {}),
  });
}

/** The workbench on the workspace with the extension under development; tests when given. */
export function workbenchUrl({ port, workspace, extensionPath, testsPath, testEnv }) {
  const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`;
  const tests = testsPath === undefined ? [] : [
    ['extensionTestsPath', remote(testsPath)],
    ['extensionEnvironment', JSON.stringify(testEnv)],
  ];
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ...tests,
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const query = new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) });
  return `http://127.0.0.1:${port}/?${query}`;
}

/** The workbench hands over its log files on exit; they explain a failed activation. */
function saveWorkbenchLogs(run, logs) {
  const target = path.join(run.dirs.root, 'workbench-logs');
  for (const { relativePath, contents } of Array.isArray(logs) ? logs : []) {
    const file = path.join(target, relativePath);
    if (!file.startsWith(target + path.sep)) {
      continue;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents);
  }
}
