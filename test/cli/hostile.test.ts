import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, suite, test } from 'node:test';
import { CLI, workspace } from './run';
import { spawnSync } from 'node:child_process';

const TYPE = '#microsoft.graph.vppTokenRevokeLicensesActionResult';
const BROKEN = `{"@odata.type": "${TYPE}", "totalLicensesCount": 1, "failedLicensesCount": 2}`;

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
