import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The bundled command, as users run it: built by `npm run build` before the tests. */
export const CLI = path.resolve(__dirname, '../../../dist/vpp-lint.js');
export const EXAMPLES = path.resolve(__dirname, '../../../examples');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder with the given files; removed by the returned function. */
export function workspace(files: Record<string, string | Buffer>): {
  folder: string;
  dispose: () => void;
} {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vpp-lint-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return { folder, dispose: () => fs.rmSync(folder, { recursive: true, force: true }) };
}
