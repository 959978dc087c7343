/**
 * The tests module VS Code loads into the extension host (`extensionTestsPath`): it runs every
 * `*.e2e.js` file under `suite/` with mocha and rejects when any test fails, which is how both
 * test-electron and the code-server runner learn the outcome.
 */
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha from 'mocha';

/** Where the runner wants the counts; the workbench's own exit code carries no numbers. */
const RESULT_FILE_VARIABLE = 'VPP_E2E_RESULT_FILE';

/** Runs only the tests whose full title matches, for quick local iterations. */
const GREP_VARIABLE = 'VPP_E2E_GREP';

/**
 * A tag put before each line of the suite's output when set: the code-server runner receives
 * the workbench's own log through the same channel, and shows only the tagged lines.
 */
const OUTPUT_TAG_VARIABLE = 'VPP_E2E_OUTPUT_TAG';

const TEST_TIMEOUT_MS = 60_000;

interface SuiteResult {
  readonly passed: number;
  readonly failed: number;
}

/** The slice of mocha's base reporter this module replaces; its typings omit it. */
interface ReporterConsole {
  consoleLog: (...args: unknown[]) => void;
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: TEST_TIMEOUT_MS });
  const grep = process.env[GREP_VARIABLE];
  if (grep !== undefined && grep !== '') {
    mocha.grep(grep);
  }

  const suiteDir = path.join(__dirname, 'suite');
  for (const file of fs.readdirSync(suiteDir).filter((name) => name.endsWith('.e2e.js')).sort()) {
    mocha.addFile(path.join(suiteDir, file));
  }

  const result = await runMocha(mocha);
  writeResult(result);

  if (result.failed > 0) {
    throw new Error(`${result.failed} end-to-end test(s) failed.`);
  }
}

/**
 * NOTE: the web workbench forwards console arguments joined by commas, without applying
 * format strings, so the reporter's `%s` lines are formatted here before they leave.
 */
function runMocha(mocha: Mocha): Promise<SuiteResult> {
  const reporterConsole = Mocha.reporters.Base as unknown as ReporterConsole;
  reporterConsole.consoleLog = (...args: unknown[]) => report(format(...args));

  return new Promise((resolve) => {
    try {
      const runner = mocha.run(() => {
        resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 });
      });
    } catch (error) {
      report(`The suite could not be loaded: ${describeError(error)}`);
      resolve({ passed: 0, failed: 1 });
    }
  });
}

function report(text: string): void {
  console.log(`${process.env[OUTPUT_TAG_VARIABLE] ?? ''}${text}`);
}

function writeResult(result: SuiteResult): void {
  const target = process.env[RESULT_FILE_VARIABLE];
  if (target !== undefined && target !== '') {
    fs.writeFileSync(target, JSON.stringify(result));
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
