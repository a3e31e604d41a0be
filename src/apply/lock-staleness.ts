/**
 * When may another apply's lock be taken over? Never by comparing wall clocks of two hosts
 * (a host whose clock runs ahead would steal a live lock: audit C1). A lock is stale when:
 *
 * 1. its holder ran on this host (same hostname and pid namespace) and that pid is gone; or
 * 2. by Coolify's clock alone: the `Date` of Coolify's answer minus the `updated_at` Coolify
 *    wrote at the last renewal is more than the holder's lease (plus a grace for the
 *    one-second resolution of `Date`); or, when Coolify gives no usable times,
 * 3. it was observed unchanged (same id, `updated_at` and value, i.e. the same lease counter)
 *    for longer than the lease, measured by this process's monotonic clock across reads.
 *
 * A lock whose renewals cannot be seen (no `updated_at` and a hidden value) is never judged
 * stale by observation: only `force-unlock` removes it.
 */
import type { LockRecord } from './lock-record.js';

/** A shared variable as the lock sees it. */
export interface LockVariable {
  /** Id used in `/team/envs/{env_id}` (shared variables have integer ids only). */
  id: string;
  key: string;
  value?: string | null;
  /** Coolify's `updated_at` (its clock), when answered. */
  updatedAt?: string;
}

/** The verdict on one lock. */
export type Staleness =
  | { stale: false; /** Age since the last renewal by Coolify's clock, when known. */ ageMs?: number }
  | { stale: true; reason: string };

/** What the judge needs to know about one read. */
export interface StalenessInput {
  variable: LockVariable;
  record?: LockRecord;
  /** Coolify's time of the read (its `Date` header), when known. */
  serverTime?: number;
  /** The lease to assume when the record does not say. */
  defaultLeaseMs: number;
  /** True when the holder is known dead on this host. */
  deadHere: boolean;
}

/** The grace added to a lease before it counts as expired. */
export function graceFor(leaseMs: number): number {
  return Math.min(60_000, Math.round(leaseMs / 4));
}

/** Minutes or seconds, for messages. */
export function formatAge(ms: number): string {
  return ms >= 120_000 ? `${Math.round(ms / 60_000)} min` : `${Math.max(0, Math.round(ms / 1000))} s`;
}

/** Judges locks across reads; keeps what it saw, per variable, for rule 3. */
export class StalenessJudge {
  private readonly seen = new Map<string, { fingerprint: string; since: number }>();

  constructor(private readonly monotonic: () => number) {}

  /** Judges one read of a lock variable (see the module comment). */
  judge(input: StalenessInput): Staleness {
    const { variable, record } = input;
    if (input.deadHere) return { stale: true, reason: `its process (pid ${record?.pid ?? '?'} on this host) no longer exists` };
    const leaseMs = record?.leaseMs ?? input.defaultLeaseMs;
    const limit = leaseMs + graceFor(leaseMs);
    const updated = variable.updatedAt ? Date.parse(variable.updatedAt) : NaN;
    if (input.serverTime !== undefined && Number.isFinite(updated)) {
      const age = input.serverTime - updated;
      if (age > limit) return { stale: true, reason: `not renewed for ${formatAge(age)} by Coolify's clock (lease ${formatAge(leaseMs)})` };
      if (age >= -graceFor(leaseMs)) return { stale: false, ageMs: Math.max(0, age) };
      // Coolify's times contradict each other (a proxy's Date?): fall back to observing.
    }
    if (variable.updatedAt === undefined && (variable.value === undefined || variable.value === null)) return { stale: false };
    const fingerprint = `${variable.updatedAt ?? ''}\u0000${variable.value ?? ''}`;
    const now = this.monotonic();
    const prev = this.seen.get(variable.id);
    if (!prev || prev.fingerprint !== fingerprint) {
      this.seen.set(variable.id, { fingerprint, since: now });
      return { stale: false };
    }
    const unchanged = now - prev.since;
    if (unchanged > limit) return { stale: true, reason: `seen unchanged for ${formatAge(unchanged)} (lease ${formatAge(leaseMs)})` };
    return { stale: false };
  }
}
