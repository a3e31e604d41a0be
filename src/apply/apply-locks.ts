/**
 * The locks of one apply: one per project, taken in name order, renewed while the apply runs
 * and released at the end. A renewal that fails aborts `lostSignal` (the walker then starts no
 * new step and lets in-flight ones finish); a release that fails after its retries is kept as a
 * problem. Either way the apply reports it and exits 3.
 */
import { AdoError, ExitCode, isAdoError } from '../errors.js';
import { acquireLock, acquireLocksAtOnce, forceUnlockCommand, type AcquireLockOptions, type HeldLock, type LockClient } from './lock.js';

/** A lock that was lost during the apply or could not be released after it. */
export interface LockProblem {
  kind: 'lost' | 'not-released';
  project: string;
  /** The lock id (Coolify's variable id) for `force-unlock --lock-id`. */
  lockId: string;
  message: string;
  hint: string;
}

/** Locks held by one apply run. */
export class ApplyLocks {
  private readonly held: HeldLock[] = [];
  private readonly lost = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private renewing: Promise<void> | undefined;
  readonly problems: LockProblem[] = [];

  private constructor() {}

  /** Takes the lock of every project (sorted; the options apply to each) and starts renewing them. */
  static async acquire(client: LockClient, projects: Iterable<string>, options: AcquireLockOptions): Promise<ApplyLocks> {
    const locks = new ApplyLocks();
    const sorted = [...projects].sort();
    try {
      // All at once when no one else holds any of them (one round trip instead of one per project).
      const atOnce = sorted.length > 1 ? await acquireLocksAtOnce(client, sorted, options) : undefined;
      if (atOnce) locks.held.push(...atOnce);
      else for (const project of sorted) locks.held.push(await acquireLock(client, project, options));
    } catch (err) {
      await locks.release();
      if (locks.problems.length > 0) throw locks.withProblems(err);
      throw err;
    }
    const every = Math.min(...locks.held.map((l) => l.renewEveryMs));
    if (Number.isFinite(every)) {
      locks.timer = setInterval(() => void locks.renewAll(), every);
      locks.timer.unref();
    }
    return locks;
  }

  /** Aborts when a lock was lost: no new step may start. */
  get lostSignal(): AbortSignal {
    return this.lost.signal;
  }

  /** Renews every lock once (the timer calls it; exposed for tests). One renewal at a time. */
  renewAll(): Promise<void> {
    if (this.lost.signal.aborted) return Promise.resolve();
    this.renewing ??= this.renewOnce().finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  private async renewOnce(): Promise<void> {
    // Every lock at once; the first one lost (in name order) is reported.
    const results = await Promise.allSettled(this.held.map((l) => l.renew()));
    const i = results.findIndex((r) => r.status === 'rejected');
    if (i < 0) return;
    const l = this.held[i]!;
    const err: unknown = (results[i] as PromiseRejectedResult).reason;
    const message = err instanceof Error ? err.message : String(err);
    this.problems.push({
      kind: 'lost',
      project: l.project,
      lockId: l.id,
      message,
      hint: isAdoError(err) && err.hint ? err.hint : 're-run `ado-coolify apply` to converge',
    });
    this.lost.abort(message);
  }

  /** Stops renewing and releases every lock still held; failures become problems. */
  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.renewing; // a renewal in flight ends first (its failure is reported too)
    // A lost lock is released too: it may still exist (its renewal failed, not its removal);
    // the release addresses our own lock id, so it can never remove another apply's lock.
    // Every lock at once; problems are listed in reverse name order, as they were released before.
    const held = [...this.held].reverse();
    const results = await Promise.allSettled(held.map((l) => l.release()));
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') return;
      const l = held[i]!;
      const err: unknown = r.reason;
      this.problems.push({
        kind: 'not-released',
        project: l.project,
        lockId: l.id,
        message: err instanceof Error ? err.message : String(err),
        hint: isAdoError(err) && err.hint ? err.hint : forceUnlockCommand(l.project, l.id),
      });
    });
    this.held.length = 0;
  }

  /** An error that says both what failed and which lock is left behind (exit 3). */
  withProblems(err: unknown): Error {
    return lockProblemsError(err, this.problems);
  }
}

/** Adds lock problems to an error that is already propagating (exit 3: a lock is left behind). */
export function lockProblemsError(err: unknown, problems: readonly LockProblem[]): AdoError {
  const base = err instanceof Error ? err.message : String(err);
  const code = isAdoError(err) ? err.code : 'ADO_LOCK_NOT_RELEASED';
  const hints = [isAdoError(err) ? err.hint : undefined, ...problems.map((p) => p.hint)].filter((h): h is string => !!h);
  return new AdoError(code, `${base}; and ${problems.map((p) => p.message).join('; ')}`, {
    hint: hints.join('; '),
    exitCode: ExitCode.Partial,
    cause: err,
  });
}
