/** The outcome of an apply run, as data: which steps ended how, how long, which exit code. */
import { ExitCode } from '../errors.js';

/** Exit code of an apply: 0 all done, 3 partial, 1 nothing done and something went wrong. */
export type ApplyExitCode = typeof ExitCode.Ok | typeof ExitCode.Error | typeof ExitCode.Partial;

/** What happened to every step of an apply. Each step id is in exactly one list. */
export interface ApplySummary {
  /** Step ids that finished, in completion order. */
  done: string[];
  /** Step ids whose execution failed, in completion order. */
  failed: string[];
  /** Step ids not run because a (transitive) dependency failed, in step order. */
  skipped: string[];
  /** Step ids never started because the run was cancelled, in step order. */
  notStarted: string[];
  /** Milliseconds each finished or failed step took. */
  durations: Record<string, number>;
  /** Wall time of the whole run. */
  wallMs: number;
  /** True when the run was cancelled (abort signal). */
  cancelled: boolean;
  exitCode: ApplyExitCode;
}

/**
 * The exit code for a set of outcomes: 0 when nothing failed, was skipped or was left
 * unstarted; 3 (partial) when something was done and something was not; 1 when nothing was
 * done and something failed or did not run.
 */
export function applyExitCode(counts: { done: number; failed: number; skipped: number; notStarted: number }): ApplyExitCode {
  if (counts.failed + counts.skipped + counts.notStarted === 0) return ExitCode.Ok;
  return counts.done > 0 ? ExitCode.Partial : ExitCode.Error;
}

/** Assembles a summary and its exit code. */
export function buildApplySummary(parts: Omit<ApplySummary, 'exitCode'>): ApplySummary {
  return {
    ...parts,
    exitCode: applyExitCode({
      done: parts.done.length,
      failed: parts.failed.length,
      skipped: parts.skipped.length,
      notStarted: parts.notStarted.length,
    }),
  };
}
