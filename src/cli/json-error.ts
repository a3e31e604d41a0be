import { CommanderError, type Command } from 'commander';
import { isAdoError } from '../errors.js';
import { fileSystemError } from '../fs-error.js';
import { CODES } from '../model/diagnostic-codes.js';

/** The object `--format json` prints on stdout when a command fails (one line, like apply's events). */
export interface JsonErrorReport {
  type: 'error';
  error: { code: string; message: string; hint?: string };
  exitCode: number;
}

/**
 * Builds the JSON error object for a failure, with the same message and hint the human report
 * prints on stderr (AdoError messages are already free of secret values).
 */
export function jsonErrorReport(error: unknown, exitCode: number): JsonErrorReport {
  const err = fileSystemError(error) ?? error;
  if (isAdoError(err)) {
    return { type: 'error', error: { code: err.code, message: err.message, ...(err.hint ? { hint: err.hint } : {}) }, exitCode };
  }
  if (err instanceof CommanderError) {
    return { type: 'error', error: { code: CODES.BAD_ARGUMENT.code, message: err.message.replace(/^error: /, ''), hint: 'run with --help for usage' }, exitCode };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { type: 'error', error: { code: 'ADO_INTERNAL', message: `internal error: ${message}` }, exitCode };
}

/**
 * Whether the failing command was asked for JSON: its parsed `--format`, or, when parsing itself
 * failed before an action was chosen, a `--format json` on the command line.
 */
export function wantsJson(actionCommand: Command | undefined, argv: readonly string[]): boolean {
  if (actionCommand !== undefined) return actionCommand.opts().format === 'json';
  return argv.some((a, i) => a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'));
}
