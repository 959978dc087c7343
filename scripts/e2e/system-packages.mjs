// Debian packages the offline run needs: a browser for the workbench, and the build tools that
// code-server's native modules (kerberos needs gssapi.h) compile with while it installs.
import { spawnSync } from 'node:child_process';
import { runCommand } from './processes.mjs';

export const BROWSER_PACKAGES = ['chromium'];

export const BUILD_PACKAGES = ['libkrb5-dev', 'build-essential', 'pkg-config', 'python3'];

const APT_TIMEOUT_MS = 15 * 60 * 1000;

/** Installs missing packages with apt-get when running as root, else says what to install. */
export async function ensureDebianPackages(packages) {
  const missing = packages.filter((name) => !isInstalled(name));
  if (missing.length === 0) {
    return;
  }

  const list = missing.join(' ');
  const command = `apt-get update && apt-get install -y --no-install-recommends ${list}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(', ')}. Install them with:\n`
      + `  sudo sh -c '${command}'`);
  }

  console.log(`[e2e] installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runCommand('apt-get', ['update'],
    { env, timeoutMs: APT_TIMEOUT_MS, label: 'apt-get update' });
  await runCommand('apt-get', ['install', '-y', '--no-install-recommends', ...missing],
    { env, timeoutMs: APT_TIMEOUT_MS, label: 'apt-get install' });

  const stillMissing = missing.filter((name) => !isInstalled(name));
  if (stillMissing.length > 0) {
    throw new Error(`apt-get did not install: ${stillMissing.join(', ')}.`);
  }
}

function isInstalled(name) {
  const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  if (query.error !== undefined) {
    throw new Error('dpkg-query is not available; the offline run needs a Debian-based system.');
  }
  return query.status === 0 && query.stdout.includes('install ok installed');
}
