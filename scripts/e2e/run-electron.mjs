// `npm run test:electron`: runs the same suite in desktop VS Code through @vscode/test-electron.
// It downloads VS Code into .vscode-test/ unless VSCODE_EXECUTABLE_PATH names an installed one.
import fs from 'node:fs';
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import { buildExtensionAndSuite } from './build-suite.mjs';
import { PROJECT_ROOT, SUITE_ENTRY } from './paths.mjs';
import { isolatedEnvironment, prepareRunFolder, suiteEnvironment } from './run-folder.mjs';
import { reportOutcome } from './summary.mjs';

async function main() {
  const run = prepareRunFolder('electron');
  const outcome = { resultFile: run.resultFile, hostExitCode: undefined, failure: undefined };

  try {
    await buildExtensionAndSuite();
    outcome.hostExitCode = await runInDesktopVsCode(run);
  } catch (error) {
    outcome.failure = error;
  }

  const exitCode = reportOutcome(outcome);
  process.stdout.write('', () => process.exit(exitCode));
}

async function runInDesktopVsCode(run) {
  warnWithoutDisplay();
  const options = {
    ...vsCodeSource(),
    extensionDevelopmentPath: PROJECT_ROOT,
    extensionTestsPath: SUITE_ENTRY,
    extensionTestsEnv: { ...isolatedEnvironment(run.dirs), ...suiteEnvironment(run) },
    launchArgs: [
      run.dirs.workspace,
      '--user-data-dir', run.dirs.userData,
      '--extensions-dir', run.dirs.extensions,
      '--disable-telemetry',
    ],
  };

  try {
    return await runTests(options);
  } catch (error) {
    if (error instanceof TestRunFailedError) {
      return error.code ?? 1;
    }
    throw explainLaunchFailure(error, options.vscodeExecutablePath);
  }
}

/** An installed VS Code when VSCODE_EXECUTABLE_PATH names one, else a download (VSCODE_VERSION). */
function vsCodeSource() {
  const executable = process.env.VSCODE_EXECUTABLE_PATH;
  if (executable === undefined || executable === '') {
    return { version: process.env.VSCODE_VERSION || 'stable' };
  }
  if (!fs.existsSync(executable)) {
    throw new Error(`VSCODE_EXECUTABLE_PATH is ${executable}, which does not exist.`);
  }
  console.log(`[e2e] using the VS Code at ${executable}`);
  return { vscodeExecutablePath: executable };
}

function explainLaunchFailure(error, executable) {
  const reason = error instanceof Error ? error.message : String(error);
  if (executable !== undefined) {
    return new Error(`Could not run the VS Code at ${executable}: ${reason}`);
  }
  return new Error(`Could not download VS Code (${reason}). This needs internet access; on a `
    + 'machine without it, set VSCODE_EXECUTABLE_PATH to an installed VS Code, or run '
    + '`npm run test:e2e`, which needs only the npm registry.');
}

function warnWithoutDisplay() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.warn('[e2e] no display is set; on a headless Linux machine run this under '
      + '`xvfb-run -a npm run test:electron`.');
  }
}

await main();
