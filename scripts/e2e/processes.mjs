// Child processes for the runners: each runs in its own process group with a deadline, and is
// stopped by that group's id, never by name.
import { spawn } from 'node:child_process';
import net from 'node:net';

/**
 * Runs a command to completion, showing its output, and rejects on a non-zero exit or when it
 * outlives `timeoutMs` (its whole process group is then killed).
 */
export function runCommand(command, args, { cwd, env, timeoutMs, label }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit', detached: true });

    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(new Error(`${label} did not finish within ${Math.round(timeoutMs / 1000)} s.`));
    }, timeoutMs);

    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${label} could not start: ${error.message}`));
    });

    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) {
        resolve();
        return;
      }
      reject(new Error(`${label} failed (${signal ?? `exit code ${code}`}).`));
    });
  });
}

/** Sends SIGTERM, then SIGKILL after a grace period, to a whole process group. */
export function killGroup(pid, graceMs = 3000) {
  if (pid === undefined || !isGroupAlive(pid)) {
    return Promise.resolve();
  }
  signalGroup(pid, 'SIGTERM');

  return new Promise((resolve) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (!isGroupAlive(pid)) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > graceMs) {
        signalGroup(pid, 'SIGKILL');
        clearInterval(poll);
        resolve();
      }
    }, 100);
  });
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function isGroupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A port on 127.0.0.1 that was free a moment ago (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns true, failing with `what` after `timeoutMs`. */
export async function waitFor(check, { timeoutMs, intervalMs = 250, what }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}.`);
}
