// The last line of every end-to-end run, and the exit code that goes with it.
import { readResult } from './run-folder.mjs';

/**
 * Prints `N passed, N failed` as the final line and returns the process exit code: non-zero
 * when the host reported failure, a test failed, or the suite never wrote its counts. `extra`
 * adds the counts of checks made outside the suite (the colour checks).
 */
export function reportOutcome({ resultFile, hostExitCode, failure, extra }) {
  const suite = readResult(resultFile);
  const result = suite && extra
    ? { passed: suite.passed + extra.passed, failed: suite.failed + extra.failed }
    : suite;
  if (failure !== undefined) {
    console.error(`[e2e] ${failure instanceof Error ? failure.message : String(failure)}`);
  }
  if (result === undefined) {
    console.error('[e2e] the suite did not report its results.');
  } else if (result.failed === 0 && hostExitCode !== 0 && failure === undefined) {
    console.error(`[e2e] the extension host exited with code ${hostExitCode}.`);
  }

  const counts = result ?? { passed: 0, failed: 0 };
  console.log(`${counts.passed} passed, ${counts.failed} failed`);

  const succeeded = failure === undefined && result !== undefined && result.failed === 0
    && hostExitCode === 0;
  return succeeded ? 0 : 1;
}
