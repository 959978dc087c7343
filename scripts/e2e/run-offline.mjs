// `npm run test:e2e`: runs the extension's mocha suite inside a real VS Code extension host,
// offline, through code-server and headless Chromium. Tools are installed into .cache/ once.
import fs from 'node:fs';
import { buildExtensionAndSuite } from './build-suite.mjs';
import { startCodeServer } from './code-server.mjs';
import { runInWorkbench } from './browser.mjs';
import { checkHighlighting, HIGHLIGHTING_TITLE } from './highlighting.mjs';
import { ensureTools } from './install.mjs';
import { PROJECT_ROOT, SUITE_ENTRY } from './paths.mjs';
import { prepareRunFolder, SUITE_OUTPUT_TAG, suiteEnvironment } from './run-folder.mjs';
import { reportOutcome } from './summary.mjs';
import { BROWSER_PACKAGES, ensureDebianPackages } from './system-packages.mjs';

/** The deadline for starting the server and running the suite (installs have their own). */
const RUN_TIMEOUT_MS = Number(process.env.VPP_E2E_TIMEOUT_SECONDS ?? 600) * 1000;

async function main() {
  const run = prepareRunFolder('code-server');
  const outcome = {
    resultFile: run.resultFile,
    hostExitCode: undefined,
    extra: undefined,
    failure: undefined,
  };

  try {
    if (!process.env.VPP_E2E_CHROMIUM) {
      await ensureDebianPackages(BROWSER_PACKAGES);
    }
    await ensureTools();
    await buildExtensionAndSuite();
    const { exitCode, highlighting } = await runSuite(run);
    outcome.hostExitCode = exitCode;
    outcome.extra = highlighting;
  } catch (error) {
    outcome.failure = error;
  }

  // NOTE: an explicit exit, once the output is flushed, so a browser left hanging by a timed-out
  // run cannot keep the process alive.
  const exitCode = reportOutcome(outcome);
  process.stdout.write('', () => process.exit(exitCode));
}

async function runSuite(run) {
  const server = await startCodeServer(run);
  const onSignal = () => void server.stop().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), RUN_TIMEOUT_MS);
  const logStream = fs.createWriteStream(run.logFile);
  try {
    const finished = runInWorkbench({
      run,
      port: server.port,
      extensionPath: PROJECT_ROOT,
      testsPath: SUITE_ENTRY,
      testEnv: { ...suiteEnvironment(run), VPP_E2E_OUTPUT_TAG: SUITE_OUTPUT_TAG },
      log: (level, message) => {
        logStream.write(`[${level}] ${message}\n`);
        showSuiteLine(String(message));
      },
      signal: deadline.signal,
    });
    const timedOut = new Promise((_, reject) => deadline.signal.addEventListener('abort', () =>
      reject(new Error(`The run did not finish within ${RUN_TIMEOUT_MS / 1000} s.`))));
    const serverEnded = server.exited.then((how) => {
      throw new Error(`code-server ended during the run (${how}); see code-server.log.`);
    });
    const { exitCode } = await Promise.race([finished, timedOut, serverEnded]);
    const highlighting = wantsHighlighting()
      ? await Promise.race([checkHighlighting({
        run, port: server.port, extensionPath: PROJECT_ROOT, signal: deadline.signal,
      }), timedOut, serverEnded])
      : undefined;
    return { exitCode, highlighting };
  } finally {
    clearTimeout(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    logStream.end();
    await server.stop();
  }
}

/** The colour checks run with the whole suite, or when VPP_E2E_GREP is part of their title. */
function wantsHighlighting() {
  const grep = process.env.VPP_E2E_GREP;
  return grep === undefined || grep === '' || HIGHLIGHTING_TITLE.includes(grep);
}

/** Only the suite's tagged lines reach the terminal; the workbench's log stays in run.log. */
function showSuiteLine(message) {
  if (message.startsWith(SUITE_OUTPUT_TAG)) {
    process.stdout.write(`${message.slice(SUITE_OUTPUT_TAG.length)}\n`);
  }
}

await main();
