/** Exit codes of `sift`, one per kind of failure a script may want to tell apart (docs/cli.md). */
export const EXIT = {
  OK: 0,
  /** A bug: an exception nobody expected. */
  INTERNAL: 1,
  USAGE: 2,
  /** File missing, unreadable or a directory; stdin unreadable. */
  FILE: 3,
  /** DNS failure, connection refused or reset, TLS failure, redirect loop. */
  UNREACHABLE: 4,
  /** The server answered with a status other than 2xx. */
  HTTP: 5,
  /** The response (or file) is not HTML. */
  NOT_HTML: 6,
  TIMEOUT: 7,
  TOO_LARGE: 8,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure with its one-line message and exit code; anything else thrown is a bug (exit 1). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
