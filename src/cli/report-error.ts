import { isAdoError, ExitCode, type ExitCodeValue } from '../errors.js';
import { fileSystemError } from '../fs-error.js';

/**
 * Prints an error to stderr the way every command does (message, hint, never a stack trace
 * unless ADO_COOLIFY_DEBUG=1) and returns the exit code to use. A file-system error is the
 * user's (a path to fix), never reported as a bug.
 */
export function reportError(error: unknown, stream: NodeJS.WritableStream = process.stderr): ExitCodeValue {
  const err = fileSystemError(error) ?? error;
  const debug = process.env.ADO_COOLIFY_DEBUG === '1';
  if (isAdoError(err)) {
    stream.write(`error: ${err.message}${err.code ? ` [${err.code}]` : ''}\n`);
    if (err.hint) stream.write(`hint: ${err.hint}\n`);
    if (debug && err.stack) stream.write(`${err.stack}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  stream.write(`error: internal error: ${message}\n`);
  stream.write('hint: this is a bug in ado-coolify; rerun with ADO_COOLIFY_DEBUG=1 and report it.\n');
  if (debug && err instanceof Error && err.stack) stream.write(`${err.stack}\n`);
  return ExitCode.Error;
}
