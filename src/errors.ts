import type { ErrorCode } from './error-codes.js';

/**
 * Errors the CLI knows how to report. Anything thrown that is not an AdoError is a bug and is
 * reported as an internal error (still without a stack trace unless ADO_COOLIFY_DEBUG=1).
 */

/** Exit codes, the CI contract (see DESIGN.md). */
export const ExitCode = {
  /** Success, or no changes. */
  Ok: 0,
  /** Error: bad input, API failure before any change. */
  Error: 1,
  /** Changes present (`plan --detailed-exitcode`, `drift`). */
  Changes: 2,
  /** Partial apply: some steps done, some failed. */
  Partial: 3,
  /** A policy rule at level `error` is violated (`plan`, `apply`): nothing was applied. */
  Policy: 4,
} as const;

/** One of the documented exit codes. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The code of an AdoError: a named error code (typed by ./error-codes.ts) or a numbered
 * diagnostic code (`ADO010`; registered in model/diagnostic-codes.ts, which imports this file,
 * so the numbered side is checked by test/model/diagnostic-codes.test.ts rather than by type).
 */
export type AdoErrorCode = ErrorCode | `ADO${number}`;

/** A user-facing error with a stable code, a message and an optional hint. */
export class AdoError extends Error {
  readonly code: AdoErrorCode;
  readonly hint?: string;
  readonly exitCode: ExitCodeValue;

  constructor(code: AdoErrorCode, message: string, options: { hint?: string; exitCode?: ExitCodeValue; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AdoError';
    this.code = code;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? ExitCode.Error;
  }
}

/** Type guard for AdoError. */
export function isAdoError(err: unknown): err is AdoError {
  return err instanceof AdoError;
}
