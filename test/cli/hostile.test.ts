import assert from 'node:assert/strict';
import { constants } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, suite, test } from 'node:test';
import { CLI, CliRun, workspace } from './run';
import { spawn, spawnSync } from 'node:child_process';

const TYPE = '#microsoft.graph.vppTokenRevokeLicensesActionResult';
const BROKEN = `{"@odata.type": "${TYPE}", "totalLicensesCount": 1, "failedLicensesCount": 2}`;

/** Long enough for a healthy run; a command that blocks or never stops is ended after it. */
const EXIT_TIMEOUT_MS = 10_000;

const files = workspace({ 'broken.json': BROKEN, 'empty.json': '', 'locked/inside.json': '{}' });
fs.symlinkSync('.', path.join(files.folder, 'loop'));
fs.symlinkSync('missing-target', path.join(files.folder, 'stale-link'));
fs.symlinkSync('missing-target.json', path.join(files.folder, 'stale.json'));
fs.chmodSync(path.join(files.folder, 'locked'), 0o000);
after(() => {
  fs.chmodSync(path.join(files.folder, 'locked'), 0o755);
  files.dispose();
});

/** Root reads every folder, so the command runs as an unprivileged user when tests run as root. */
function runUnprivileged(args: readonly string[]) {
  const asRoot = process.getuid?.() === 0;
  fs.chmodSync(files.folder, 0o755);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: files.folder,
    encoding: 'utf8',
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command and closes one output after its first chunk, as `| head -1` does. */
function runClosingEarly(
  closed: 'stdout' | 'stderr',
  args: readonly string[],
  cwd: string,
): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd });
  const output = { stdout: '', stderr: '' };
  for (const name of ['stdout', 'stderr'] as const) {
    child[name].setEncoding('utf8').on('data', (text: string) => {
      output[name] += text;
    });
  }
  child[closed].once('data', () => child[closed].destroy());

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`vpp-lint did not exit within ${EXIT_TIMEOUT_MS} ms`));
    }, EXIT_TIMEOUT_MS);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, ...output });
    });
  });
}

suite('when vpp-lint meets hostile input', () => {
  test('should report a folder without access and still check the other files', () => {
    const run = runUnprivileged(['--format', 'json', '.']);
    const report = JSON.parse(run.stdout);

    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'vpp-lint: cannot check locked: permission denied\n'
      + 'vpp-lint: cannot check stale.json: broken symbolic link: its target does not exist\n');
    assert.deepEqual(report.files.map((file: { path: string }) => file.path),
      ['broken.json', 'empty.json', 'locked', 'stale.json']);
    assert.deepEqual(report.files[0].diagnostics.map((d: { code: string }) => d.code),
      ['failed-exceeds-total']);
  });

  test('should call an unreadable folder a folder in the text report', () => {
    const run = runUnprivileged(['locked']);

    assert.equal(run.status, 2);
    assert.equal(run.stdout, 'locked: error cannot check this folder: permission denied\n'
      + '0 errors, 0 warnings, 0 information, 0 hints in 1 file, 1 unreadable.\n');
  });

  test('should walk a symbolic link loop once', () => {
    const run = runUnprivileged(['--format', 'json', 'loop']);
    const paths = JSON.parse(run.stdout).files.map((file: { path: string }) => file.path);

    assert.deepEqual(paths,
      ['loop/broken.json', 'loop/empty.json', 'loop/locked', 'loop/stale.json']);
  });

  test('should report an empty file as a clear syntax error', () => {
    const run = runUnprivileged(['empty.json']);

    assert.equal(run.status, 1);
    assert.equal(run.stdout, 'empty.json:1:1: error The document is empty; a JSON value was'
      + ' expected. [syntax-error]\n1 error, 0 warnings, 0 information, 0 hints in 1 file.\n');
  });
});

suite('when a glob meets links that do not resolve', () => {
  test('should ignore a broken link the glob does not match', () => {
    const linked = workspace({ 'broken.json': BROKEN });
    fs.symlinkSync('missing-target', path.join(linked.folder, 'stale-link'));

    try {
      const run = spawnSync(process.execPath, [CLI, '--format', 'json', 'b*.json'],
        { cwd: linked.folder, encoding: 'utf8' });

      assert.equal(run.status, 1);
      assert.equal(run.stderr, '');
      assert.deepEqual(JSON.parse(run.stdout).files.map((file: { path: string }) => file.path),
        ['broken.json']);
    } finally {
      linked.dispose();
    }
  });
});

suite('when vpp-lint checks a 50 MB minified file', () => {
  test('should report every mistake in it and exit 1', () => {
    const item = `{"@odata.type":"${TYPE}","actionState":"done","totalLicensesCount":5,`
      + '"failedLicensesCount":1,"startDateTime":"2026-01-01T00:00:00Z"}';
    const bad = item.replace('"failedLicensesCount":1', '"failedLicensesCount":6');
    const count = Math.ceil((50 * 1024 * 1024) / item.length);
    const items = Array.from({ length: count }, (_, index) => (index % 1000 === 7 ? bad : item));
    const big = workspace({ 'big.json': `{"value":[${items.join(',')}]}` });

    try {
      const result = spawnSync(process.execPath, [CLI, '--format', 'json', 'big.json'],
        { cwd: big.folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      const report = JSON.parse(result.stdout);

      assert.equal(result.status, 1);
      assert.equal(report.summary.errors, Math.ceil((count - 7) / 1000));
      assert.deepEqual(new Set(report.files[0].diagnostics.map((d: { code: string }) => d.code)),
        new Set(['failed-exceeds-total']));
    } finally {
      big.dispose();
    }
  });
});

suite('when vpp-lint is named a path that is not a regular file', () => {
  test('should refuse a named pipe and a device at once, still checking the others', () => {
    const special = workspace({ 'broken.json': BROKEN });
    assert.equal(spawnSync('mkfifo', [path.join(special.folder, 'pipe.json')]).status, 0);

    try {
      const run = spawnSync(process.execPath, [CLI, 'pipe.json', '/dev/null', 'broken.json'],
        { cwd: special.folder, encoding: 'utf8', timeout: EXIT_TIMEOUT_MS });

      assert.equal(run.status, 2);
      assert.equal(run.stderr,
        'vpp-lint: cannot check pipe.json: not a regular file (a named pipe)\n'
        + 'vpp-lint: cannot check /dev/null: not a regular file (a character device)\n');
      assert.equal(run.stdout,
        'pipe.json: error cannot check this file: not a regular file (a named pipe)\n'
        + '/dev/null: error cannot check this file: not a regular file (a character device)\n'
        + 'broken.json:1:120: error "failedLicensesCount" (2) is greater than'
        + ' "totalLicensesCount" (1); no more licenses can fail than the action tried to revoke.'
        + ' [failed-exceeds-total]\n'
        + '    at broken.json:1:94: "totalLicensesCount" is 1 here.\n'
        + '1 error, 0 warnings, 0 information, 0 hints in 3 files, 2 unreadable.\n');
    } finally {
      special.dispose();
    }
  });

  test('should refuse a file too large to become one string, without reading it', () => {
    const huge = workspace({ 'huge.json': '' });
    const size = constants.MAX_STRING_LENGTH + 1;
    // A sparse file: it takes no room on disk, and only reading it would cost memory.
    fs.truncateSync(path.join(huge.folder, 'huge.json'), size);

    try {
      const run = spawnSync(process.execPath, [CLI, 'huge.json'],
        { cwd: huge.folder, encoding: 'utf8', timeout: EXIT_TIMEOUT_MS });

      assert.equal(run.status, 2);
      assert.equal(run.stderr, `vpp-lint: cannot check huge.json: too large to check (${size}`
        + ` bytes; at most ${constants.MAX_STRING_LENGTH})\n`);
    } finally {
      huge.dispose();
    }
  });
});

suite('when the reader of the output stops reading early', () => {
  const many = workspace({ 'many.json': `[${Array(5000).fill(BROKEN).join(',\n')}]` });
  after(many.dispose);

  test('should exit quietly on a closed stdout, with the exit code of the run', async () => {
    const run = await runClosingEarly('stdout', ['many.json', 'missing.json'], many.folder);

    assert.equal(run.stderr, 'vpp-lint: cannot check missing.json: no such file or folder\n');
    assert.equal(run.status, 2);
  });

  test('should still write the report and exit code when stderr closes early', async () => {
    const missing = Array.from({ length: 3000 }, (_, index) => `missing-${index}.json`);
    const run = await runClosingEarly('stderr', ['--quiet', 'many.json', ...missing],
      many.folder);

    assert.equal(run.stdout.split('\n').at(-2),
      '5000 errors, 0 warnings, 0 information, 0 hints in 3001 files, 3000 unreadable.');
    assert.equal(run.status, 2);
  });
});
