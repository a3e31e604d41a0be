/**
 * The plan's counts (PlanSummary) from its resource changes: one function, used by the plan
 * and by drift (src/engine/drift.ts), so both count alike.
 */
import type { PlanSummary, ResourceChange } from '../model/plan.js';

/**
 * Counts the changes: each action once (`create` → add, `replace`, `delete` → destroy, `move`,
 * `adopt`, `no-op`; an adopt `created-with-parent` counts as add); `change` counts updates, redeploys and the adoptions that also update;
 * a move is counted once, as a move, whatever else it changes (ux p7); `redeploy` and
 * `restart` count consequences.
 */
export function summarizePlan(changes: readonly ResourceChange[], unmanaged: number): PlanSummary {
  const s: PlanSummary = { add: 0, change: 0, destroy: 0, replace: 0, move: 0, adopt: 0, redeploy: 0, restart: 0, noop: 0, unmanaged };
  for (const c of changes) {
    if (c.action === 'replace') s.replace++;
    else if (c.action === 'create') s.add++;
    else if (c.action === 'delete') s.destroy++;
    else if (c.action === 'move') s.move++;
    // an environment Coolify makes with the project this plan creates is part of that create,
    // so it counts as added, not adopted (ux p2: no 'adopt' against an empty Coolify)
    else if (c.action === 'adopt' && c.actionReason === 'created-with-parent') s.add++;
    else if (c.action === 'adopt') s.adopt++;
    else if (c.action === 'no-op') s.noop++;
    if (c.action === 'update' || c.action === 'redeploy' || (c.alsoUpdates === true && c.action !== 'move')) s.change++;
    if (c.consequences.includes('redeploy')) s.redeploy++;
    if (c.consequences.includes('restart')) s.restart++;
  }
  return s;
}
