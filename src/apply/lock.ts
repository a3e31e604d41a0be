import { randomBytes } from 'node:crypto';
import { AdoError, ExitCode } from '../errors.js';
import { currentHolder, holderIsDeadHere, parseLockRecord, processAlive, type HolderIdentity, type LockRecord } from './lock-record.js';
import { formatAge, StalenessJudge, type LockVariable } from './lock-staleness.js';
import { terminalText } from '../render/sanitize.js';

/**
 * The apply lock: a Coolify team shared variable `ADO_COOLIFY_LOCK_<PROJECT>` whose value
 * records the holder. Team variables (not project variables) are used so that the lock exists
 * before the project does on a first apply. See docs/locking.md for what Coolify guarantees:
 *
 * - Creating an existing key answers 409, but Coolify checks, then inserts: two creates at the
 *   same instant can both succeed. So after creating, the lock reads the key back: the
 *   variable with the lowest id wins and any other creator removes its own.
 * - The lock id is that variable's id (Coolify never reuses ids): renewals and the release
 *   address it, so they can only touch our own lock, even when the token cannot read values.
 * - Expiry is judged by Coolify's clock, or by observation (lock-staleness.ts), never by the
 *   local wall clock; a holder dead on this host is detected by its pid.
 */

export type { LockVariable } from './lock-staleness.js';
export { parseLockRecord, type LockRecord } from './lock-record.js';

/** One read of the team shared variables. */
export interface LockListing {
  variables: LockVariable[];
  /** Coolify's time of the answer (its `Date` header), when known. */
  serverTime?: number;
}

/** The calls the lock needs: team shared variables. */
export interface LockClient {
  list(): Promise<LockListing>;
  /** Creates the variable; resolves with its id when Coolify answers one (4.x: `201 {id}`). */
  create(key: string, value: string): Promise<{ id?: string }>;
  update(id: string, key: string, value: string): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Options for acquiring the lock. */
export interface AcquireLockOptions {
  /** How long to wait for another holder, in ms (0: fail at once). */
  waitMs: number;
  /** Lease length; renewed every sixth of it while held. Default 30 minutes. */
  leaseMs?: number;
  pollMs?: number;
  /** This host's wall clock: only for the informative timestamps stored in the lock. */
  now?: () => number;
  /** Monotonic clock for waits and observations (default `performance.now`). */
  monotonic?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Waiting and takeover notices. */
  onWait?: (message: string) => void;
  signal?: AbortSignal;
  /** Who is written into the lock (tests); default this process. */
  identity?: HolderIdentity;
  /** Whether a pid exists on this host (tests); default `process.kill(pid, 0)`. */
  alive?: (pid: number) => boolean;
  /** Pauses between the attempts of a renewal or release (after the client's own retries). */
  retryDelaysMs?: readonly number[];
}

/** A held lock. */
export interface HeldLock {
  project: string;
  key: string;
  /** Coolify's id of the lock variable: the lock id for `force-unlock --lock-id`. */
  id: string;
  record: LockRecord;
  /** How often the holder must call `renew()`. */
  renewEveryMs: number;
  /** Extends the lease; throws ADO_LOCK_LOST when the lock is gone or cannot be renewed. */
  renew(): Promise<void>;
  /** Removes the lock, retrying; throws ADO_LOCK_NOT_RELEASED (exit 3) when it cannot. */
  release(): Promise<void>;
}

const DEFAULT_LEASE_MS = 30 * 60_000;

/** The variable name that holds the lock for one project. */
export function lockKey(project: string): string {
  return `ADO_COOLIFY_LOCK_${project.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}`;
}

/** The command that removes exactly this lock. */
export function forceUnlockCommand(project: string, lockId?: string): string {
  return `ado-coolify force-unlock ${project}${lockId ? ` --lock-id ${lockId}` : ''}`;
}

/** Error raised when the lock stays held by someone else for the whole wait. */
export class LockHeldError extends AdoError {
  constructor(project: string, lockId: string, holder: LockRecord | undefined, ageMs?: number) {
    const who = holder ? `${holder.holder} since ${holder.acquiredAt}` : 'another apply (details hidden: the token lacks read:sensitive)';
    const age = ageMs === undefined ? '' : `, renewed ${formatAge(ageMs)} ago by Coolify's clock`;
    super('ADO_LOCKED', `project "${project}" is locked by ${who} (lock id ${lockId}${age})`, {
      hint: `wait for it to finish, raise --lock-timeout, or if it died: ${forceUnlockCommand(project, lockId)}`,
    });
  }
}

/** Same-key variables, oldest (lowest id) first: the first one is the lock. */
function lockVariables(listing: LockListing, key: string): LockVariable[] {
  return listing.variables.filter((v) => v.key === key).sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id));
}

function statusOf(err: unknown): number | undefined {
  const s = typeof err === 'object' && err !== null ? (err as { status?: unknown }).status : undefined;
  return typeof s === 'number' ? s : undefined;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Takes the lock for `project`, waiting up to `waitMs` for another holder to release it.
 * A lock is taken over only when judged stale (lock-staleness.ts), with a notice.
 */

/** The record a new lock is created with: who holds it, its token, and a lease from `at`. */
function freshLockRecord(me: HolderIdentity, token: string, at: number, leaseMs: number): LockRecord {
  return {
    holder: me.holder,
    host: me.host,
    pid: me.pid,
    ...(me.pidns ? { pidns: me.pidns } : {}),
    token,
    acquiredAt: new Date(at).toISOString(),
    expiresAt: new Date(at + leaseMs).toISOString(),
    leaseMs,
    renewals: 0,
  };
}

export async function acquireLock(client: LockClient, project: string, options: AcquireLockOptions): Promise<HeldLock> {
  const now = options.now ?? Date.now;
  const monotonic = options.monotonic ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const pollMs = options.pollMs ?? 2000;
  const me = options.identity ?? currentHolder();
  const alive = options.alive ?? processAlive;
  const key = lockKey(project);
  const deadline = monotonic() + options.waitMs;
  const token = randomBytes(12).toString('hex');
  const judge = new StalenessJudge(monotonic);
  const ctx: HeldContext = { client, project, key, leaseMs, now, sleep, retryDelaysMs: options.retryDelaysMs ?? [1000, 3000] };
  let announced = false;

  const newRecord = (): LockRecord => freshLockRecord(me, token, now(), leaseMs);

  for (;;) {
    if (options.signal?.aborted) throw new AdoError('ADO_CANCELLED', 'cancelled while waiting for the apply lock');
    const record = newRecord();
    const ours = await createLock(client, key, record);
    let listing: LockListing;
    try {
      listing = await client.list();
    } catch (err) {
      // Cannot confirm the lock is ours: remove what we created and stop.
      if (ours?.id) await client.delete(ours.id).catch(() => undefined);
      throw err;
    }
    const same = lockVariables(listing, key);
    if (ours) {
      const oursId = ours.id ?? same.find((v) => parseLockRecord(v.value)?.token === token)?.id ?? (same.length === 1 ? same[0]!.id : undefined);
      if (oursId !== undefined && same[0]?.id === oursId) return heldLock(ctx, oursId, record);
      // Another apply created the key at the same instant and is older: it wins.
      if (oursId !== undefined) await deleteIgnoringMissing(client, oursId).catch(() => undefined);
      else throw new AdoError('ADO_LOCK_UNCERTAIN', `cannot tell which of the ${same.length} ${key} variables is this apply's lock`, { hint: forceUnlockCommand(project) });
    }
    const current = same.find((v) => v.id !== ours?.id);
    if (!current) continue; // released between our create and our read: try again at once
    const holder = parseLockRecord(current.value);
    const verdict = judge.judge({ variable: current, record: holder, serverTime: listing.serverTime, defaultLeaseMs: leaseMs, deadHere: holderIsDeadHere(holder, me, alive) });
    if (verdict.stale) {
      // the lock record is a Coolify team variable: live text (audit M4)
      options.onWait?.(terminalText(`taking over the apply lock of "${project}" (lock id ${current.id}) held by ${holder?.holder ?? 'another apply'}: ${verdict.reason}`));
      await deleteIgnoringMissing(client, current.id);
      continue;
    }
    if (monotonic() >= deadline) throw new LockHeldError(project, current.id, holder, verdict.ageMs);
    if (!announced) {
      options.onWait?.(terminalText(`waiting for the apply lock on "${project}" (lock id ${current.id}), held by ${holder?.holder ?? 'another apply'}`));
      announced = true;
    }
    await sleep(Math.min(pollMs, Math.max(0, deadline - monotonic())));
  }
}

/**
 * Takes the locks of several projects at once: every create in parallel, then one listing
 * decides them all, with the same rule as `acquireLock` (the oldest variable of a key is the
 * lock). Resolves with the held locks when every one is ours; otherwise removes what it created
 * and resolves undefined, and the caller takes them one by one with `acquireLock` (which waits,
 * takes over stale locks and keeps the name order that avoids two applies blocking each other).
 */
export async function acquireLocksAtOnce(client: LockClient, projects: readonly string[], options: AcquireLockOptions): Promise<HeldLock[] | undefined> {
  if (options.signal?.aborted) throw new AdoError('ADO_CANCELLED', 'cancelled while waiting for the apply lock');
  const now = options.now ?? Date.now;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const me = options.identity ?? currentHolder();
  const attempts = projects.map((project) => {
    const key = lockKey(project);
    const token = randomBytes(12).toString('hex');
    const record = freshLockRecord(me, token, now(), leaseMs);
    const ctx: HeldContext = { client, project, key, leaseMs, now, sleep: options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))), retryDelaysMs: options.retryDelaysMs ?? [1000, 3000] };
    return { project, key, token, record, ctx };
  });
  const created = await Promise.allSettled(attempts.map((a) => createLock(client, a.key, a.record)));
  let listing: LockListing | undefined;
  try {
    listing = await client.list();
  } catch {
    listing = undefined;
  }
  const ids = attempts.map((a, i) => {
    const c = created[i]!;
    if (c.status !== 'fulfilled' || !c.value) return undefined;
    if (c.value.id !== undefined) return c.value.id;
    const same = listing ? lockVariables(listing, a.key) : [];
    return same.find((v) => parseLockRecord(v.value)?.token === a.token)?.id ?? (same.length === 1 ? same[0]!.id : undefined);
  });
  const allOurs = listing !== undefined && attempts.every((a, i) => ids[i] !== undefined && lockVariables(listing!, a.key)[0]?.id === ids[i]);
  if (allOurs) return attempts.map((a, i) => heldLock(a.ctx, ids[i]!, a.record));
  // Not all ours (or not known): give back what we created, then go one by one.
  await Promise.all(ids.map((id) => (id === undefined ? undefined : deleteIgnoringMissing(client, id).catch(() => undefined))));
  const failed = created.find((c): c is PromiseRejectedResult => c.status === 'rejected');
  if (failed && listing === undefined) throw failed.reason;
  return undefined;
}

/** Creates the lock variable; undefined on 409 (the key exists). */
async function createLock(client: LockClient, key: string, record: LockRecord): Promise<{ id?: string } | undefined> {
  try {
    return await client.create(key, JSON.stringify(record));
  } catch (err) {
    if (statusOf(err) === 409) return undefined;
    // The answer may have been lost after Coolify stored the variable: if it holds our token,
    // it is ours.
    const listing = await client.list().catch(() => undefined);
    const mine = listing && lockVariables(listing, key).find((v) => parseLockRecord(v.value)?.token === record.token);
    if (mine) return { id: mine.id };
    throw err;
  }
}

async function deleteIgnoringMissing(client: LockClient, id: string): Promise<void> {
  try {
    await client.delete(id);
  } catch (err) {
    if (statusOf(err) !== 404) throw err;
  }
}

interface HeldContext {
  client: LockClient;
  project: string;
  key: string;
  leaseMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  retryDelaysMs: readonly number[];
}

/** Runs `work`, retrying after each delay; a 404 is not retried. Resolves with the last error or undefined. */
async function withRetries(ctx: HeldContext, work: () => Promise<void>): Promise<unknown> {
  let last: unknown;
  for (let attempt = 0; attempt <= ctx.retryDelaysMs.length; attempt++) {
    if (attempt > 0) await ctx.sleep(ctx.retryDelaysMs[attempt - 1]!);
    try {
      await work();
      return undefined;
    } catch (err) {
      last = err;
      if (statusOf(err) === 404) return err;
    }
  }
  return last;
}

function heldLock(ctx: HeldContext, id: string, initial: LockRecord): HeldLock {
  let record = initial;
  const { client, project, key } = ctx;
  return {
    project,
    key,
    id,
    get record() {
      return record;
    },
    renewEveryMs: Math.max(1, Math.floor(ctx.leaseMs / 6)),
    async renew() {
      const next: LockRecord = { ...record, renewals: (record.renewals ?? 0) + 1, expiresAt: new Date(ctx.now() + ctx.leaseMs).toISOString() };
      const failure = await withRetries(ctx, () => client.update(id, key, JSON.stringify(next)));
      if (failure === undefined) {
        record = next;
        return;
      }
      const why = statusOf(failure) === 404 ? 'it was removed (force-unlock, or another apply judged it stale)' : `renewing it failed: ${messageOf(failure)}`;
      throw new AdoError('ADO_LOCK_LOST', `lost the apply lock of "${project}" (lock id ${id}): ${why}`, {
        hint: 'no new steps were started; check that no other apply is running, then re-run `ado-coolify apply` to converge',
        exitCode: ExitCode.Partial,
      });
    },
    async release() {
      const failure = await withRetries(ctx, () => client.delete(id));
      if (failure === undefined || statusOf(failure) === 404) return;
      throw new AdoError('ADO_LOCK_NOT_RELEASED', `the apply lock of "${project}" (lock id ${id}) could not be released: ${messageOf(failure)}`, {
        hint: `every other apply of "${project}" is refused until it is removed: ${forceUnlockCommand(project, id)}`,
        exitCode: ExitCode.Partial,
      });
    },
  };
}

/** What `forceUnlock` removed. */
export interface ForceUnlockResult {
  /** The removed lock variables (more than one only after a race between creates). */
  removed: Array<{ id: string; record?: LockRecord }>;
}

/**
 * Removes the lock of `project` (`ado-coolify force-unlock`). With `lockId`, only that lock:
 * a lock taken since by another apply (another id) is left alone and reported.
 */
export async function forceUnlock(client: LockClient, project: string, lockId?: string): Promise<ForceUnlockResult> {
  const key = lockKey(project);
  const same = lockVariables(await client.list(), key);
  const targets = lockId === undefined ? same : same.filter((v) => v.id === lockId);
  if (lockId !== undefined && targets.length === 0 && same.length > 0) {
    throw new AdoError('ADO_LOCK_ID_MISMATCH', `the apply lock of "${project}" now has lock id ${same.map((v) => v.id).join(', ')}, not ${lockId}: nothing was removed`, {
      hint: `another apply holds it now; if that one died too: ${forceUnlockCommand(project, same[0]!.id)}`,
    });
  }
  const removed: ForceUnlockResult['removed'] = [];
  for (const v of targets) {
    await deleteIgnoringMissing(client, v.id);
    const record = parseLockRecord(v.value);
    removed.push({ id: v.id, ...(record ? { record } : {}) });
  }
  return { removed };
}
