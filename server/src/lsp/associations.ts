/**
 * The paths association globs are matched against: a document's path relative to the
 * workspace folder that holds it. The matching itself is the core's, shared with the CLI.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export { isAssociated } from '../core/associations';

export class WorkspaceFolders {
  /** Folder paths, longest first, so the innermost folder of nested ones wins. */
  private folders: string[] = [];

  set(uris: readonly string[]): void {
    this.folders = uris
      .map(filePathOf)
      .filter((folder): folder is string => folder !== undefined)
      .sort((left, right) => right.length - left.length);
  }

  /** The path globs are matched against: relative to its folder, else the whole path. */
  matchPathOf(uri: string): string {
    const filePath = filePathOf(uri);
    if (filePath === undefined) {
      return untitledName(uri);
    }

    for (const folder of this.folders) {
      const relative = path.relative(folder, filePath);
      if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) {
        return toSlashes(relative);
      }
    }
    return toSlashes(filePath);
  }
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) {
    return undefined;
  }
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** An untitled document is matched by its name, such as `Untitled-1`. */
function untitledName(uri: string): string {
  const colon = uri.indexOf(':');
  return decodeURIComponentSafely(uri.slice(colon + 1));
}

function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function toSlashes(filePath: string): string {
  return filePath.split(path.sep).join('/');
}
