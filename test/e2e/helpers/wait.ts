/** Waiting for a condition inside the extension host: re-checked often, never a fixed sleep. */

const DEFAULT_TIMEOUT_MS = 20_000;

const CHECK_INTERVAL_MS = 50;

export interface WaitOptions {
  readonly timeoutMs?: number;
  /** What was seen instead, added to the timeout message so a failure explains itself. */
  readonly explain?: () => string;
}

/**
 * Resolves with the first value `probe` returns that is not undefined, and fails naming `what`
 * once the timeout has passed.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  options: WaitOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;

  for (;;) {
    const value = await probe();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      const seen = options.explain === undefined ? '' : ` Last seen: ${options.explain()}`;
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, CHECK_INTERVAL_MS));
  }
}

/** Waits until `predicate` holds, for conditions that carry no value. */
export async function waitUntil(
  what: string,
  predicate: () => boolean | Promise<boolean>,
  options: WaitOptions = {},
): Promise<void> {
  await waitFor(what, async () => ((await predicate()) ? true : undefined), options);
}
