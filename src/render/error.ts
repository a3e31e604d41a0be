/**
 * An error in words, the way every command reports it: message and code, hint, never a stack
 * trace unless debugging. Pure; src/cli/report-error.ts writes it to stderr, the GitHub Action
 * puts it in the job log.
 */
import { isAdoError, ExitCode, type ExitCodeValue } from '../errors.js';
import { terminalBlock, terminalText } from './sanitize.js';

/** The rendered error and the exit code that goes with it. */
export interface RenderedError {
  text: string;
  exitCode: ExitCodeValue;
}

/** True when the environment asks for stack traces (`ADO_COOLIFY_DEBUG=1`). */
export function debugRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.ADO_COOLIFY_DEBUG === '1';
}

/**
 * Renders a thrown value. An AdoError gives its message, code, hint and exit code; anything
 * else is a bug: "internal error", exit 1. The stack is only shown with `debug`. Messages embed
 * live text (names, Coolify's answers): no control or escape character is printed raw
 * (`terminalBlock`; audit M4).
 */
export function renderError(err: unknown, options: { debug: boolean }): RenderedError {
  if (isAdoError(err)) {
    let text = `error: ${terminalBlock(err.message)}${err.code ? ` [${terminalText(err.code)}]` : ''}\n`;
    if (err.hint) text += `hint: ${terminalBlock(err.hint)}\n`;
    if (options.debug && err.stack) text += `${err.stack}\n`;
    return { text, exitCode: err.exitCode };
  }
  const message = err instanceof Error ? err.message : String(err);
  let text = `error: internal error: ${terminalBlock(message)}\n`;
  text += 'hint: this is a bug in ado-coolify; rerun with ADO_COOLIFY_DEBUG=1 and report it.\n';
  if (options.debug && err instanceof Error && err.stack) text += `${err.stack}\n`;
  return { text, exitCode: ExitCode.Error };
}
