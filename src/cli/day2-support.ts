/** Small helpers the day-2 CLI commands share (printing apply progress, confirmations). */
import { CODES } from '../model/diagnostic-codes.js';
import type { ApplyEvent } from '../model/apply-events.js';
import { AdoError } from '../errors.js';
import { isInteractive, type CliIo } from './io.js';

/** Throws the "needs --yes" error used when there is no terminal to confirm on. */
export function requireYesWithoutTty(yes: boolean, command: string, io: CliIo): void {
  if (!yes && !isInteractive(io)) {
    throw new AdoError('ADO_NEEDS_APPROVAL', `${command} needs confirmation, and there is no terminal to ask on`, { hint: 'pass --yes' });
  }
}

/** An apply progress printer writing one line per event (to stderr, keeping stdout for results). */
export async function lineProgress(io: Pick<CliIo, 'stderr'>): Promise<{ onEvent: (e: ApplyEvent) => void; close: () => void }> {
  const { createProgressReporter } = await import('../engine/progress-reporter.js');
  const reporter = createProgressReporter(io.stderr, 'lines');
  return { onEvent: (e) => reporter.onEvent(e), close: () => reporter.close() };
}

/** Parses a whole number ≥ 1 given as a positional argument or flag. */
export function parseCount(what: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new AdoError(CODES.BAD_ARGUMENT.code, `${what} expects a whole number ≥ 1, got "${value}"`);
  return n;
}
