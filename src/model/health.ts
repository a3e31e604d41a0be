/**
 * Health of a running resource, in Argo CD's words, from the status string Coolify reports.
 * One mapping for every output: plan, drift and `status` (and a later `serve`) use these names.
 *
 * Coolify's status is `STATE:HEALTH` with an optional `:excluded` suffix
 * (app/Models/Service.php:218-231 getStatusAttribute: states running, exited, degraded,
 * starting, paused, restarting; health healthy, unhealthy, unknown; `:excluded` when every
 * container is excluded from health monitoring). An application or database stores the
 * container's state and Docker health (app/Enums/ContainerStatusTypes.php: paused, restarting,
 * removing, running, dead, created, exited; Docker's health `starting` while the health check
 * has not passed yet, app/Models/Application.php:895-906 reads `running (healthy)` as
 * `running:healthy`); several servers that disagree give `degraded` (:912-920); a service that is
 * being started is `starting:unhealthy` (Service.php:235-237). A bare state (`exited`) has no
 * health part: its state decides.
 */

/** Argo CD's health names (a fixed set: JSON readers may rely on it). */
export type Health = 'Healthy' | 'Progressing' | 'Degraded' | 'Missing' | 'Unknown';

/** Every health, from best to worst-known. */
export const HEALTHS: readonly Health[] = ['Healthy', 'Progressing', 'Degraded', 'Missing', 'Unknown'];

/**
 * How one kind's status strings map to health: by state, then, for a running state, by the
 * health part. A per-kind table (src/kinds/spec.ts `KindSpec.health`), so a kind with another
 * vocabulary brings its own.
 */
export interface HealthRules {
  /** The health of each state (the part before the first `:`); a state not listed is Unknown. */
  byState: Readonly<Record<string, Health>>;
  /** For these states, the health part decides: its health by that part (absent part: `unknown`). */
  byHealth: Readonly<Record<string, Readonly<Record<string, Health>>>>;
}

/** Coolify 4's status vocabulary for applications, databases and services (see the file comment). */
export const COOLIFY_STATUS_HEALTH: HealthRules = {
  byState: {
    running: 'Healthy',
    starting: 'Progressing',
    restarting: 'Progressing',
    created: 'Progressing',
    removing: 'Progressing',
    degraded: 'Degraded',
    exited: 'Degraded',
    dead: 'Degraded',
    paused: 'Degraded',
  },
  byHealth: {
    // `running:unknown`: no health check defined; Docker's `starting`: the check has not passed yet.
    running: { healthy: 'Healthy', unknown: 'Healthy', starting: 'Progressing', unhealthy: 'Degraded' },
  },
};

/**
 * The health of a Coolify status string (pure). Empty or unrecognised: Unknown. A health part
 * of an `:excluded` status is not monitored, so it does not count (the state decides).
 * `Missing` is never returned here: it means Coolify has no such resource, which the caller knows.
 */
export function healthOf(status: string | null | undefined, rules: HealthRules = COOLIFY_STATUS_HEALTH): Health {
  if (typeof status !== 'string') return 'Unknown';
  const parts = status.trim().toLowerCase().split(':');
  const state = parts[0] ?? '';
  const excluded = parts.slice(2).includes('excluded');
  const byHealth = rules.byHealth[state];
  if (byHealth && !excluded) {
    const found = byHealth[parts[1] === undefined || parts[1] === '' ? 'unknown' : parts[1]];
    if (found) return found;
  }
  return rules.byState[state] ?? 'Unknown';
}

/** True for the healths that need attention in a plan or drift report (Degraded, Progressing). */
export function healthNeedsAttention(health: Health | undefined): boolean {
  return health === 'Degraded' || health === 'Progressing';
}
