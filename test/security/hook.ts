/**
 * The preload hook of the runtime test: a CommonJS file given to Node with `--require`, which
 * wraps every function the server could use to run, load, write or reach the network, records
 * each call it sees, and writes the record as JSON when the process exits.
 */
import { FS_READ_CALLS, FS_WRITE_CALLS, NETWORK_CALLS, PROCESS_CALLS } from './watched';

/** One call the hook saw: what kind, which function, and its first argument. */
export interface Recorded {
  readonly kind: string;
  readonly call: string;
  readonly argument: string;
}

/** Where the hook is told its paths, through the environment of the process it watches. */
export const HOOK_ENV = {
  record: 'VPP_HOOK_RECORD',
  bundleFolder: 'VPP_HOOK_BUNDLE_FOLDER',
  workspace: 'VPP_HOOK_WORKSPACE',
} as const;

/** The hook's source. Its lists come from watched.ts, so the tests watch one set of functions. */
export function hookSource(): string {
  const lists = JSON.stringify({
    fsWrites: FS_WRITE_CALLS,
    fsReads: FS_READ_CALLS,
    processes: PROCESS_CALLS,
    network: NETWORK_CALLS,
  });

  return `'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const lists = ${lists};
const env = process.env;
const recordPath = env.${HOOK_ENV.record};
const bundleFolder = env.${HOOK_ENV.bundleFolder};
const workspace = env.${HOOK_ENV.workspace};
const writeRecord = fs.writeFileSync;
const records = [];

function wrap(target, name, kind, applies) {
  const original = target[name];
  if (typeof original !== 'function') {
    return;
  }
  target[name] = function (...args) {
    if (applies === undefined || applies(args)) {
      records.push({ kind, call: name, argument: String(args[0]).slice(0, 300) });
    }
    return original.apply(this, args);
  };
}

function inWorkspace(args) {
  const target = args[0] instanceof URL ? args[0].pathname : String(args[0]);
  return path.resolve(target).startsWith(workspace + path.sep);
}

function opensForWriting(args) {
  const flags = typeof args[1] === 'function' ? 'r' : args[1];
  return typeof flags === 'number' ? (flags & 3) !== 0 : /[wa+]/.test(String(flags ?? 'r'));
}

for (const name of lists.fsWrites) {
  wrap(fs, name, 'fs-write');
  wrap(fs, name + 'Sync', 'fs-write');
  wrap(fs.promises, name, 'fs-write');
}
for (const name of ['open', 'openSync']) {
  wrap(fs, name, 'fs-write', opensForWriting);
}
wrap(fs.promises, 'open', 'fs-write', opensForWriting);
for (const name of lists.fsReads) {
  wrap(fs, name, 'fs-read-workspace', inWorkspace);
  wrap(fs, name + 'Sync', 'fs-read-workspace', inWorkspace);
  wrap(fs.promises, name, 'fs-read-workspace', inWorkspace);
}
for (const name of lists.processes) {
  wrap(require('node:child_process'), name, 'process');
}
for (const [module, names] of Object.entries(lists.network)) {
  for (const name of names) {
    wrap(require('node:' + module), name, 'network');
  }
}
wrap(process, 'dlopen', 'native-addon');

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (!Module.isBuiltin(request)) {
    let file = request;
    try {
      file = Module._resolveFilename(request, parent, isMain);
    } catch {}
    if (!file.startsWith(bundleFolder + path.sep)) {
      records.push({ kind: 'module', call: request, argument: file });
    }
  }
  return load.apply(this, arguments);
};

process.on('exit', () => writeRecord(recordPath, JSON.stringify(records)));
`;
}
