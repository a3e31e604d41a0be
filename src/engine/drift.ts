import { specFor } from '../kinds/registry.js';
import { CODES } from '../model/diagnostic-codes.js';
import type { DriftReport, PlanJson, ResourceChange, UnmanagedEnvKeys } from '../model/plan.js';
import type { DesiredState, LiveState } from '../model/resource.js';
import { LiveIndex } from '../model/live-index.js';
import { envRecordKeyParts } from '../kinds/lower-helpers.js';
import { isOwnedEnvVar } from '../kinds/env-records.js';
import { AdoError } from '../errors.js';
import { summarizePlan } from '../plan/summary.js';
import { healthNeedsAttention } from '../model/health.js';

/** One `--ignore ADDR.FIELD` rule: an address (or glob) and a field label/path (or glob). */
export interface IgnoreRule {
  address: string;
  field: string;
}

/** A glob (`*` only) as an anchored regular expression. */
export const globToRegExp = (glob: string): RegExp =>
  new RegExp(`^${glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/**
 * Parses `ADDR.FIELD`. Addresses may contain dots (resource names), so the split is at the
 * first dot after the last `/` or `#` segment start: `ado/production/application/api.image`
 * → (`ado/production/application/api`, `image`); `ado/*​/application/api.env.*` works too.
 */
export function parseIgnoreRule(text: string): IgnoreRule {
  const lastSep = Math.max(text.lastIndexOf('/'), text.lastIndexOf('#'));
  const dot = text.indexOf('.', lastSep + 1);
  if (lastSep < 0 || dot < 0 || dot === text.length - 1) {
    throw new AdoError(CODES.BAD_ARGUMENT.code, `--ignore expects ADDRESS.FIELD, got "${text}"`, {
      hint: 'for example: --ignore ado/production/application/api.image or --ignore "ado/*/application/*.env.*"',
    });
  }
  return { address: text.slice(0, dot), field: text.slice(dot + 1) };
}

/** True when a rule covers a field change of a resource. */
function covers(rule: IgnoreRule, address: string, label: string, path: string): boolean {
  const a = globToRegExp(rule.address);
  const f = globToRegExp(rule.field);
  return a.test(address) && (f.test(label) || f.test(path));
}

/**
 * Drift = the plan's differences between Coolify and the manifest, with ignored fields
 * dropped. A resource whose only differences are ignored drops out; creates and deletes are
 * drift too (something was removed or added out of band). Without the plan's `impact`.
 */
export function driftOf(plan: PlanJson, rules: IgnoreRule[]): PlanJson {
  const kept: ResourceChange[] = [];
  for (const rc of plan.resourceChanges) {
    // Only field updates are filtered; a redeploy (no field differs) counts as none.
    if (rc.action !== 'update' && rc.action !== 'redeploy') {
      kept.push(rc);
      continue;
    }
    const changes = rc.changes.filter((c) => !rules.some((r) => covers(r, rc.address, c.label, c.path)));
    if (changes.length === 0) {
      kept.push({ ...rc, action: 'no-op', actionReason: 'only-ignored-fields', changes: [], consequences: [], reason: 'only ignored fields differ', unchangedCount: rc.unchangedCount + rc.changes.length });
    } else {
      kept.push({ ...rc, changes, unchangedCount: rc.unchangedCount + (rc.changes.length - changes.length) });
    }
  }
  // Drift runs no step: the plan's impact (what an apply would deploy) is not part of it.
  const { impact: _impact, ...rest } = plan;
  return { ...rest, resourceChanges: kept, steps: [], summary: summarizePlan(kept, plan.unmanaged.length) };
}

/**
 * Env keys that exist live on a declared resource in scope but that its manifest entry does
 * not declare and that do not carry our ownership comment: the env diff leaves them alone
 * (keys we do not own are never deleted), drift lists them, by key only (audit m2). Only
 * resources that declare `env` have their env vars read. `--ignore ADDR.env.KEY` drops a key.
 */
export function unmanagedEnvKeysOf(plan: PlanJson, desired: DesiredState, live: LiveState, rules: IgnoreRule[] = []): UnmanagedEnvKeys[] {
  const inScope = new Set(plan.resourceChanges.map((rc) => rc.address));
  const index = new LiveIndex(live.resources);
  const out: UnmanagedEnvKeys[] = [];
  for (const want of desired.resources) {
    // With `envPolicy: exact` an undeclared key is a planned removal, not an unmanaged key.
    if (want.env === undefined || want.envPolicy === 'exact' || !inScope.has(want.address)) continue;
    const generated = specFor(want.kind).env?.generatedKeys;
    const rows = index.single(want.address)?.env;
    if (!rows) continue;
    const declared = new Set(Object.keys(want.env).map((k) => envRecordKeyParts(k).key));
    const keys = [...new Set(rows.filter((r) => !declared.has(r.key) && !isOwnedEnvVar(r) && generated?.test(r.key) !== true).map((r) => r.key))]
      .filter((key) => !rules.some((rule) => covers(rule, want.address, `env.${key}`, `env.${key}`)))
      .sort();
    if (keys.length > 0) out.push({ address: want.address, keys });
  }
  return out.sort((a, b) => a.address.localeCompare(b.address));
}

/** The drift report: the drift plan, the unmanaged env keys, and whether the unmanaged count. */
export function driftReport(drift: PlanJson, unmanagedEnvKeys: UnmanagedEnvKeys[], failOnUnmanaged: boolean): DriftReport {
  const notHealthy = drift.resourceChanges.filter((rc) => healthNeedsAttention(rc.health)).map((rc) => ({ address: rc.address, health: rc.health! }));
  return { ...drift, unmanagedEnvKeys, unmanagedCounted: failOnUnmanaged, notHealthy };
}

/** How many unmanaged things a report lists: resources plus env keys. */
export function unmanagedCount(report: Pick<DriftReport, 'unmanaged' | 'unmanagedEnvKeys'>): number {
  return report.unmanaged.length + report.unmanagedEnvKeys.reduce((n, e) => n + e.keys.length, 0);
}

/**
 * True when the (drift-filtered) plan shows any difference; with `--fail-on-unmanaged`,
 * also when anything unmanaged is listed in scope.
 */
export function hasDrift(plan: PlanJson | DriftReport): boolean {
  if (plan.resourceChanges.some((rc) => rc.action !== 'no-op')) return true;
  return 'unmanagedCounted' in plan && plan.unmanagedCounted && unmanagedCount(plan) > 0;
}
