/**
 * Which documents are associated with the type by the user's globs: each pattern is matched
 * against the document's path relative to the workspace folder that holds it.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';

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

type Matcher = (candidate: string) => boolean;

const MATCHERS = new Map<string, Matcher | undefined>();

/**
 * True when any pattern matches. A pattern without a slash also matches a file name in any
 * folder. A pattern picomatch cannot read is reported through `onInvalid` and ignored.
 */
export function isAssociated(
  matchPath: string,
  patterns: readonly string[],
  onInvalid: (pattern: string, reason: string) => void,
): boolean {
  return patterns.some((pattern) => matcherOf(pattern, onInvalid)?.(matchPath) ?? false);
}

function matcherOf(
  pattern: string,
  onInvalid: (pattern: string, reason: string) => void,
): Matcher | undefined {
  if (MATCHERS.has(pattern)) {
    return MATCHERS.get(pattern);
  }

  let matcher: Matcher | undefined;
  try {
    matcher = picomatch(pattern, { dot: true, basename: !pattern.includes('/') });
  } catch (error) {
    onInvalid(pattern, error instanceof Error ? error.message : String(error));
  }
  MATCHERS.set(pattern, matcher);
  return matcher;
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
