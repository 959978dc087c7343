import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

/**
 * A file to check, or an input that could not be turned into one; an unreadable folder is
 * marked as one, so that reports do not call it a file.
 */
export type InputFile =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'unreadable'; readonly path: string; readonly reason: string;
    readonly isFolder?: boolean };

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const NO_SUCH_FILE = 'no such file or folder';
const LINK_LOOP = 'symbolic link loop';
const JSON_EXTENSIONS = new Set(['.json', '.jsonc']);

/** As for the language, letter case does not matter: `DATA.JSON` is searched too. */
function isJsonFileName(file: string): boolean {
  return JSON_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/**
 * Expands the command line's files, folders and globs into files, in a stable order. Folders
 * are walked for *.json and *.jsonc; a symbolic link loop is walked once.
 */
export function collectInputs(inputs: readonly string[]): InputFile[] {
  const collected: InputFile[] = [];
  const seen = new Set<string>();
  const add = (file: InputFile): void => {
    const key = path.resolve(file.path);
    if (!seen.has(key)) {
      seen.add(key);
      collected.push(file);
    }
  };

  for (const input of inputs) {
    if (picomatch.scan(input).isGlob && !fs.existsSync(input)) {
      expandGlob(input, add);
      continue;
    }

    const stat = statOf(input);
    if (typeof stat === 'string') {
      add({ kind: 'unreadable', path: input, reason: stat });
    } else if (stat.isDirectory()) {
      walkFolder(input, add, new Set());
    } else if (stat.isFile()) {
      add({ kind: 'file', path: input });
    } else {
      // Refused unopened: a named pipe waits for a writer, a device such as /dev/zero never ends.
      add({ kind: 'unreadable', path: input, reason: notRegularFile(stat) });
    }
  }
  return collected;
}

function expandGlob(pattern: string, add: (file: InputFile) => void): void {
  const normalized = toPosix(pattern).replace(/^(\.\/)+/, '');
  const { base } = picomatch.scan(normalized);
  const isMatch = picomatch(normalized, { dot: true });
  const found: InputFile[] = [];

  const accepts = (child: string) => isMatch(toPosix(child));
  walkFolder(base === '' ? '.' : base, (file) => found.push(file), new Set(), accepts);
  if (found.length === 0) {
    add({ kind: 'unreadable', path: pattern, reason: 'no file matches this pattern' });
  }
  found.forEach(add);
}

function walkFolder(
  folder: string,
  add: (file: InputFile) => void,
  visited: Set<string>,
  accepts: (child: string) => boolean = isJsonFileName,
): void {
  const real = realPathOf(folder);
  if (real === undefined || visited.has(real)) {
    return;
  }
  visited.add(real);

  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    add({ kind: 'unreadable', path: folder, reason: describeError(error), isFolder: true });
    return;
  }

  entries.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
  for (const entry of entries) {
    const child = path.join(folder, entry.name);
    const stat = entry.isSymbolicLink() ? statOf(child) : entry;
    if (typeof stat === 'string') {
      // A broken link is only worth a word when it would have been checked.
      if (accepts(child)) {
        add({ kind: 'unreadable', path: child, reason: linkProblem(stat) });
      }
    } else if (stat.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) {
        walkFolder(child, add, visited, accepts);
      }
    } else if (stat.isFile() && accepts(child)) {
      add({ kind: 'file', path: child });
    }
  }
}

function linkProblem(reason: string): string {
  if (reason === NO_SUCH_FILE) {
    return 'broken symbolic link: its target does not exist';
  }
  return reason === LINK_LOOP ? 'symbolic link loop' : reason;
}

/** Why a path that is neither a file nor a folder is not read, naming what it is instead. */
export function notRegularFile(stat: fs.Stats): string {
  if (stat.isFIFO()) {
    return 'not a regular file (a named pipe)';
  }
  if (stat.isSocket()) {
    return 'not a regular file (a socket)';
  }
  if (stat.isCharacterDevice()) {
    return 'not a regular file (a character device)';
  }
  return stat.isBlockDevice() ? 'not a regular file (a block device)' : 'not a regular file';
}

function statOf(target: string): fs.Stats | string {
  try {
    return fs.statSync(target);
  } catch (error) {
    return describeError(error);
  }
}

function realPathOf(target: string): string | undefined {
  try {
    return fs.realpathSync(target);
  } catch {
    return undefined;
  }
}

/** A reason a person can act on, instead of a stack trace. */
export function describeError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return NO_SUCH_FILE;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return LINK_LOOP;
    case 'EISDIR':
      return 'is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
