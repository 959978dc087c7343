// A fresh folder per run that holds everything VS Code and the browser would otherwise write
// into the home directory, plus a copy of the fixture workspace the tests may edit freely.
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES_WORKSPACE, PROJECT_ROOT } from './paths.mjs';

/** Settings that keep the workbench quiet and local: no telemetry, updates or downloads. */
export const OFFLINE_USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enable': false,
  'json.schemaDownload.enable': false,
  'remote.autoForwardPorts': false,
  'npm.fetchOnlinePackageInfo': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
};

/**
 * Creates `.cache/e2e/<name>/` from scratch. NOTE: the name stays short because VS Code puts
 * IPC sockets under TMPDIR, and a socket path may not exceed about 100 bytes.
 */
export function prepareRunFolder(name) {
  const root = path.join(PROJECT_ROOT, '.cache', 'e2e', name);
  fs.rmSync(root, { recursive: true, force: true });

  const dirs = {
    root,
    home: path.join(root, 'home'),
    tmp: path.join(root, 'tmp'),
    xdgConfig: path.join(root, 'xdg', 'config'),
    xdgData: path.join(root, 'xdg', 'data'),
    xdgCache: path.join(root, 'xdg', 'cache'),
    xdgState: path.join(root, 'xdg', 'state'),
    xdgRuntime: path.join(root, 'xdg', 'run'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    browserProfile: path.join(root, 'browser'),
    workspace: path.join(root, 'workspace'),
  };
  for (const dir of Object.values(dirs)) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  fs.cpSync(FIXTURES_WORKSPACE, dirs.workspace, { recursive: true });
  writeJson(path.join(dirs.userData, 'User', 'settings.json'), OFFLINE_USER_SETTINGS);

  return {
    dirs,
    logFile: path.join(root, 'run.log'),
    resultFile: path.join(root, 'result.json'),
  };
}

/** Marks the suite's own lines among the workbench's log, which shares their channel. */
export const SUITE_OUTPUT_TAG = '[vpp-e2e] ';

/** What the suite reads: where to write its counts, and an optional filter on test titles. */
export function suiteEnvironment(run) {
  const grep = process.env.VPP_E2E_GREP;
  return { VPP_E2E_RESULT_FILE: run.resultFile, ...(grep ? { VPP_E2E_GREP: grep } : {}) };
}

/** The variables that send every tool's home-directory writes into the run folder. */
export function isolatedEnvironment(dirs) {
  return {
    HOME: dirs.home,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    XDG_STATE_HOME: dirs.xdgState,
    XDG_RUNTIME_DIR: dirs.xdgRuntime,
  };
}

export function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** The counts the suite wrote, or undefined when it never got that far. */
export function readResult(resultFile) {
  try {
    const { passed, failed } = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    if (Number.isInteger(passed) && Number.isInteger(failed)) {
      return { passed, failed };
    }
  } catch {
    // Missing or unreadable: the caller reports that the suite did not finish.
  }
  return undefined;
}
