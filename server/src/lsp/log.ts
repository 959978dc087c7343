/** The server's human log (the output channel), with failures and setting problems said once. */
import { CancellationToken, RemoteConsole } from 'vscode-languageserver/node';

export class ServerLog {
  private readonly said = new Set<string>();

  constructor(private readonly console: RemoteConsole) {}

  info(message: string): void {
    this.send(() => this.console.info(message));
  }

  /** Warns about a message the first time only: a bad setting is read on every request. */
  warnOnce(message: string): void {
    if (!this.said.has(message)) {
      this.said.add(message);
      this.send(() => this.console.warn(message));
    }
  }

  /** Logs an internal failure of a handler once per handler and message, with its stack. */
  failure(handler: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    const key = `${handler}\u0000${message}`;
    if (this.said.has(key)) {
      return;
    }

    this.said.add(key);
    const stack = error instanceof Error && error.stack ? `\n${error.stack}` : '';
    this.send(() =>
      this.console.error(
        `Internal error in ${handler}, answered with an empty result: ${message}${stack}`,
      ),
    );
  }

  /** Logging goes through the connection, which throws once closed: a log must never throw. */
  private send(write: () => void): void {
    try {
      write();
    } catch {
      // NOTE: the client is gone, so there is no one left to tell.
    }
  }
}

type Handler<P, R> = (params: P, token: CancellationToken) => R | Promise<R>;

/**
 * Wraps a handler so that an internal failure is logged once and answered with `fallback`:
 * one bad request must never take the server down.
 */
export function guarded<P, R>(
  log: ServerLog,
  name: string,
  fallback: R,
  handler: Handler<P, R>,
): (params: P, token?: CancellationToken) => Promise<R> {
  return async (params, token) => {
    try {
      return await handler(params, token ?? CancellationToken.None);
    } catch (error) {
      log.failure(name, error);
      return fallback;
    }
  };
}
