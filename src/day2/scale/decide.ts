/** The autoscaling decision (pure): one step per run, within [min, max], after the cooldown. */

/** The last scaling action, as recorded on the Coolify side. */
export interface LastAction {
  /** ISO time of the action. */
  at: string;
  from: number;
  to: number;
  reason: string;
}

/** Inputs of one decision. */
export interface ScaleInput {
  /** Instances running now. */
  current: number;
  min: number;
  max: number;
  /** The load just read. */
  metric: number;
  /** How the metric is called in messages, e.g. `queue length` (default `metric`). */
  metricLabel?: string;
  up: { above: number; step?: number };
  down: { below: number; step?: number };
  /** Minimum time between two actions, ms (0: none). */
  cooldownMs: number;
  lastAction?: LastAction;
  /** Epoch ms. */
  now: number;
}

/** The decision: the instance count to have and why, in one line. */
export interface ScaleDecision {
  target: number;
  reason: string;
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, ''));

function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.round(s / 60);
  return m < 120 ? `${m}m` : `${Math.round(m / 60)}h`;
}

/**
 * Decides the instance count. Out of [min, max] → clamped, whatever the cooldown. Above
 * `up.above` → `current + up.step` (default 1), below `down.below` → `current - down.step`,
 * both clamped to [min, max]; otherwise unchanged. A change within the cooldown after the
 * last action is held back (target = current).
 */
export function decideScale(input: ScaleInput): ScaleDecision {
  const { current, min, max, metric } = input;
  const label = input.metricLabel ?? 'metric';
  if (!Number.isFinite(metric)) return { target: Math.min(max, Math.max(min, current)), reason: `${label} is ${metric}, not a number` };
  if (current < min) return { target: min, reason: `${current} is below min ${min}` };
  if (current > max) return { target: max, reason: `${current} is above max ${max}` };

  let target = current;
  let why: string;
  if (metric > input.up.above) {
    target = Math.min(max, current + (input.up.step ?? 1));
    why = `${label} ${fmt(metric)} > ${fmt(input.up.above)}`;
    if (target === current) return { target, reason: `${why}, already at max ${max}` };
  } else if (metric < input.down.below) {
    target = Math.max(min, current - (input.down.step ?? 1));
    why = `${label} ${fmt(metric)} < ${fmt(input.down.below)}`;
    if (target === current) return { target, reason: `${why}, already at min ${min}` };
  } else {
    return { target, reason: `${label} ${fmt(metric)} within [${fmt(input.down.below)}, ${fmt(input.up.above)}]` };
  }

  if (input.lastAction && input.cooldownMs > 0) {
    const since = input.now - Date.parse(input.lastAction.at);
    if (Number.isFinite(since) && since < input.cooldownMs) {
      return {
        target: current,
        reason: `${why}, but in cooldown: last action ${ago(since)} ago (${input.lastAction.from} → ${input.lastAction.to}), cooldown ${ago(input.cooldownMs)}`,
      };
    }
  }
  return { target, reason: why };
}

/** The one-line report: `workers: 3 → 4 (queue length 130 > 100)` or `no change: workers stays at 3 (…)`. */
export function describeDecision(app: string, current: number, decision: ScaleDecision): string {
  return decision.target === current
    ? `no change: ${app} stays at ${current} (${decision.reason})`
    : `${app}: ${current} → ${decision.target} (${decision.reason})`;
}
