import { randomBytes } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import { AdoError } from '../errors.js';

/**
 * The apply lock: a Coolify team shared variable `ADO_COOLIFY_LOCK_<PROJECT>` whose value
 * records the holder and an expiry. Creating an existing key answers 409, which makes
 * acquisition atomic on the Coolify side, with no state file. Team variables (not project
 * variables) are used so that the lock exists before the project does on a first apply.
 */

/** A shared variable as the lock sees it. */
export interface LockVariable {
  /** Id used in `/team/envs/{env_id}` (Coolify returns `uuid`; older versions `id`). */
  id: string;
  key: string;
  value?: string | null;
}

/** The calls the lock needs: team shared variables. */
export interface LockClient {
  list(): Promise<LockVariable[]>;
  create(key: string, value: string): Promise<void>;
  update(id: string, key: string, value: string): Promise<void>;
  delete(id: string): Promise<void>;
}

/** What is stored in the lock variable. */
export interface LockRecord {
  holder: string;
  token: string;
  acquiredAt: string;
  expiresAt: string;
}

/** Options for acquiring the lock. */
export interface AcquireLockOptions {
  /** How long to wait for another holder, in ms (0: fail at once). */
  waitMs: number;
  /** Lease length; renewed while held. Default 30 minutes. */
  leaseMs?: number;
  pollMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onWait?: (message: string) => void;
  signal?: AbortSignal;
}

/** A held lock. */
export interface HeldLock {
  key: string;
  record: LockRecord;
  renew(): Promise<void>;
  release(): Promise<void>;
}

/** The variable name that holds the lock for one project. */
export function lockKey(project: string): string {
  return `ADO_COOLIFY_LOCK_${project.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}`;
}

/** Parses a lock value; undefined when it is hidden (token without read:sensitive) or foreign. */
export function parseLockRecord(value: string | null | undefined): LockRecord | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(value) as Partial<LockRecord>;
    if (typeof parsed.holder === 'string' && typeof parsed.token === 'string' && typeof parsed.expiresAt === 'string') {
      return { holder: parsed.holder, token: parsed.token, acquiredAt: parsed.acquiredAt ?? '', expiresAt: parsed.expiresAt };
    }
  } catch {
    // not ours
  }
  return undefined;
}

function describeHolder(): string {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry in some containers
  }
  const ci = process.env.GITHUB_ACTIONS === 'true' ? ` (GitHub run ${process.env.GITHUB_RUN_ID ?? '?'})` : '';
  return `${user}@${hostname()} pid ${process.pid}${ci}`;
}

/** Error raised when the lock stays held by someone else for the whole wait. */
export class LockHeldError extends AdoError {
  constructor(project: string, holder: LockRecord | undefined) {
    const who = holder ? `${holder.holder} since ${holder.acquiredAt} (expires ${holder.expiresAt})` : 'another apply (details hidden: the token lacks read:sensitive)';
    super('ADO_LOCKED', `project "${project}" is locked by ${who}`, {
      hint: `wait for it to finish, raise --lock-timeout, or if it died: ado-coolify force-unlock ${project}`,
    });
  }
}

/**
 * Takes the lock for `project`, waiting up to `waitMs` for another holder to release it.
 * A lock whose expiry has passed is considered abandoned and is taken over.
 */
export async function acquireLock(client: LockClient, project: string, options: AcquireLockOptions): Promise<HeldLock> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const leaseMs = options.leaseMs ?? 30 * 60_000;
  const pollMs = options.pollMs ?? 2000;
  const key = lockKey(project);
  const deadline = now() + options.waitMs;
  const token = randomBytes(12).toString('hex');
  const holder = describeHolder();
  let announced = false;

  const recordNow = (): LockRecord => ({
    holder,
    token,
    acquiredAt: new Date(now()).toISOString(),
    expiresAt: new Date(now() + leaseMs).toISOString(),
  });

  for (;;) {
    if (options.signal?.aborted) throw new AdoError('ADO_CANCELLED', 'cancelled while waiting for the apply lock');
    const record = recordNow();
    try {
      await client.create(key, JSON.stringify(record));
      return heldLock(client, key, record, leaseMs, now);
    } catch (err) {
      if (!isConflict(err)) {
        // The answer may have been lost after Coolify stored the variable: if it holds our
        // token, the lock is ours.
        const mine = (await client.list().catch(() => [])).find((v) => v.key === key && parseLockRecord(v.value)?.token === token);
        if (mine) return heldLock(client, key, record, leaseMs, now);
        throw err;
      }
    }
    const existing = (await client.list()).find((v) => v.key === key);
    if (!existing) continue; // released between our create and our read: try again at once
    const current = parseLockRecord(existing.value);
    if (current && Date.parse(current.expiresAt) < now()) {
      await client.delete(existing.id);
      continue;
    }
    if (now() >= deadline) throw new LockHeldError(project, current);
    if (!announced) {
      options.onWait?.(`waiting for the apply lock on "${project}", held by ${current?.holder ?? 'another apply'}`);
      announced = true;
    }
    await sleep(Math.min(pollMs, Math.max(0, deadline - now())));
  }
}

function heldLock(client: LockClient, key: string, initial: LockRecord, leaseMs: number, now: () => number): HeldLock {
  let record = initial;
  const findOurs = async (): Promise<LockVariable | undefined> => {
    const found = (await client.list()).find((v) => v.key === key);
    if (!found) return undefined;
    const parsed = parseLockRecord(found.value);
    // Without read:sensitive the value is hidden; the key alone must then do.
    return !parsed || parsed.token === record.token ? found : undefined;
  };
  return {
    key,
    get record() {
      return record;
    },
    async renew() {
      const ours = await findOurs();
      if (!ours) throw new AdoError('ADO_LOCK_LOST', `the apply lock ${key} was taken over or removed`);
      record = { ...record, expiresAt: new Date(now() + leaseMs).toISOString() };
      await client.update(ours.id, key, JSON.stringify(record));
    },
    async release() {
      const ours = await findOurs();
      if (ours) await client.delete(ours.id);
    },
  };
}

/** Removes the lock whatever holds it (`ado-coolify force-unlock`). Returns what was removed. */
export async function forceUnlock(client: LockClient, project: string): Promise<LockRecord | 'hidden' | undefined> {
  const key = lockKey(project);
  const found = (await client.list()).find((v) => v.key === key);
  if (!found) return undefined;
  await client.delete(found.id);
  return parseLockRecord(found.value) ?? 'hidden';
}

function isConflict(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { status?: unknown }).status === 409;
}
