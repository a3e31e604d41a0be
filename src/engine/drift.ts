import { CODES } from '../model/diagnostic-codes.js';
import type { PlanJson, ResourceChange } from '../model/plan.js';
import { AdoError } from '../errors.js';
import { summarizePlan } from '../plan/summary.js';

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
 * drift too (something was removed or added out of band).
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
  return { ...plan, resourceChanges: kept, steps: [], summary: summarizePlan(kept, plan.unmanaged.length) };
}

/** True when the (drift-filtered) plan shows any difference. */
export function hasDrift(plan: PlanJson): boolean {
  return plan.resourceChanges.some((rc) => rc.action !== 'no-op');
}
