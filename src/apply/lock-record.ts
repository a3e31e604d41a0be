/**
 * What the apply lock stores in its team shared variable, and who wrote it: user, host, pid
 * (and the pid namespace, so two containers that share a hostname are never confused).
 * Timestamps in the record come from the holder's clock and are informative only: staleness
 * is judged by Coolify's clock (see lock-staleness.ts).
 */
import { readlinkSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';

/** What is stored in the lock variable (JSON). */
export interface LockRecord {
  /** Human description: `user@host pid N (GitHub run R)`. */
  holder: string;
  /** `os.hostname()` of the holder. */
  host?: string;
  pid?: number;
  /** The holder's pid namespace (`/proc/self/ns/pid` target) when known. */
  pidns?: string;
  /** A random value only the holder knows: proves a stored lock is ours when values are visible. */
  token: string;
  /** Holder's clock: when it took the lock (informative). */
  acquiredAt: string;
  /** Holder's clock: acquiredAt/renewal + lease (informative; versions before 0.2 judged by it). */
  expiresAt: string;
  /** The lease the holder promises to renew within (ms). */
  leaseMs?: number;
  /** The lease counter: +1 on each renewal, so every renewal changes the stored value. */
  renewals?: number;
}

/** Who this process is, as written into a lock. */
export interface HolderIdentity {
  holder: string;
  host: string;
  pid: number;
  pidns?: string;
}

/** The identity of this process. */
export function currentHolder(env: Record<string, string | undefined> = process.env): HolderIdentity {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry in some containers
  }
  const host = hostname();
  const ci = env.GITHUB_ACTIONS === 'true' ? ` (GitHub run ${env.GITHUB_RUN_ID ?? '?'})` : '';
  const pidns = currentPidNamespace();
  return { holder: `${user}@${host} pid ${process.pid}${ci}`, host, pid: process.pid, ...(pidns ? { pidns } : {}) };
}

function currentPidNamespace(): string | undefined {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return undefined; // not Linux, or no /proc
  }
}

/** Parses a lock value; undefined when it is hidden (token without read:sensitive) or foreign. */
export function parseLockRecord(value: string | null | undefined): LockRecord | undefined {
  if (!value) return undefined;
  try {
    const p = JSON.parse(value) as Partial<LockRecord>;
    if (typeof p.holder !== 'string' || typeof p.token !== 'string' || typeof p.expiresAt !== 'string') return undefined;
    return {
      holder: p.holder,
      token: p.token,
      acquiredAt: typeof p.acquiredAt === 'string' ? p.acquiredAt : '',
      expiresAt: p.expiresAt,
      ...(typeof p.host === 'string' ? { host: p.host } : {}),
      ...(typeof p.pid === 'number' && Number.isInteger(p.pid) && p.pid > 0 ? { pid: p.pid } : {}),
      ...(typeof p.pidns === 'string' ? { pidns: p.pidns } : {}),
      ...(typeof p.leaseMs === 'number' && p.leaseMs > 0 ? { leaseMs: p.leaseMs } : {}),
      ...(typeof p.renewals === 'number' ? { renewals: p.renewals } : {}),
    };
  } catch {
    return undefined; // not ours
  }
}

/** True when a process with this pid exists here (EPERM: it exists, owned by someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when the record was written on this host, in this pid namespace, by a process that no
 * longer exists: the holder died without releasing. Anything unsure (another host, a hidden
 * value, an old record without host/pid) is false.
 */
export function holderIsDeadHere(record: LockRecord | undefined, me: HolderIdentity, alive: (pid: number) => boolean = processAlive): boolean {
  if (!record || record.host === undefined || record.pid === undefined) return false;
  if (record.host !== me.host || record.pidns !== me.pidns) return false;
  if (record.pid === me.pid) return false; // this very process (library use): alive
  return !alive(record.pid);
}
