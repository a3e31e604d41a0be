import type { ExitCodeValue } from '../errors.js';
import { debugRequested, renderError } from '../render/error.js';

/**
 * Prints an error to stderr the way every command does (message, hint, never a stack trace
 * unless ADO_COOLIFY_DEBUG=1) and returns the exit code to use.
 */
export function reportError(err: unknown, stream: NodeJS.WritableStream = process.stderr): ExitCodeValue {
  const { text, exitCode } = renderError(err, { debug: debugRequested(process.env) });
  stream.write(text);
  return exitCode;
}
