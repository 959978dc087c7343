/**
 * Which files the user associates with the type by glob, the same way in the editor and in
 * `vpp-lint`: each pattern is matched against a slash-separated path relative to the workspace
 * folder (or the current folder), and a pattern without a slash matches a file name anywhere.
 */
import picomatch from 'picomatch';

type Matcher = (candidate: string) => boolean;

const MATCHERS = new Map<string, Matcher | undefined>();

/** True when any pattern matches; a pattern picomatch cannot read is reported and ignored. */
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
    const normalized = pattern.replace(/^(\.\/)+/, '');
    matcher = picomatch(normalized, { dot: true, basename: !normalized.includes('/') });
  } catch (error) {
    onInvalid(pattern, error instanceof Error ? error.message : String(error));
  }
  MATCHERS.set(pattern, matcher);
  return matcher;
}
