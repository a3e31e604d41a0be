import type { ExitCodeValue } from '../errors.js';
import { fileSystemError } from '../fs-error.js';
import { debugRequested, renderError } from '../render/error.js';

/**
 * Prints an error to stderr the way every command does (message, hint, never a stack trace
 * unless ADO_COOLIFY_DEBUG=1 in `env`) and returns the exit code to use. A file-system error is the
 * user's (a path to fix), never reported as a bug.
 */
export function reportError(error: unknown, stream: { write(text: string): unknown }, env: Record<string, string | undefined> = {}): ExitCodeValue {
  const { text, exitCode } = renderError(fileSystemError(error) ?? error, { debug: debugRequested(env) });
  stream.write(text);
  return exitCode;
}
