import type { PlanJson, PlanSummary, ResourceChange } from '../model/plan.js';

/** The single action a resource is displayed under. */
export type DisplayAction = 'create' | 'update' | 'replace' | 'delete' | 'move' | 'adopt' | 'no-op';

/** Symbols, as in the human plan and the Markdown diff blocks. */
export const ACTION_SYMBOL: Record<DisplayAction, string> = {
  create: '+',
  update: '~',
  replace: '±',
  delete: '-',
  move: '→',
  adopt: '⊕',
  'no-op': ' ',
};

/** Future-tense phrases for the human plan ("will be created"). */
export const ACTION_PHRASE: Record<DisplayAction, string> = {
  create: 'will be created',
  update: 'will be updated in place',
  replace: 'will be replaced (destroyed, then created)',
  delete: 'will be destroyed',
  move: 'will be moved',
  adopt: 'will be adopted (tagged as managed; nothing else changes)',
  'no-op': 'has no changes',
};

/**
 * The action a resource is displayed under: its own, except that a `redeploy` (no field
 * changes, a deploy or restart to run) shows as an update, with its consequences; an adopt of
 * what Coolify creates with a new project shows as a create.
 */
export function displayAction(rc: ResourceChange): DisplayAction {
  if (rc.action === 'redeploy') return 'update';
  // made by Coolify with the project this plan creates: shown with that create (ux p2)
  if (rc.action === 'adopt' && rc.actionReason === 'created-with-parent') return 'create';
  // no-op with consequences or field changes is still worth showing, as an update
  if (rc.action === 'no-op' && (rc.changes.length > 0 || rc.consequences.length > 0)) return 'update';
  return rc.action;
}

/** True when the resource changes in any way (not a no-op). */
export function isChanged(rc: ResourceChange): boolean {
  return displayAction(rc) !== 'no-op';
}

/** True when the plan would destroy something (a delete or a replace). */
export function isDestructive(rc: ResourceChange): boolean {
  const a = displayAction(rc);
  return a === 'delete' || a === 'replace';
}

/** True when the plan changes anything at all. */
export function planHasChanges(plan: PlanJson): boolean {
  const s = plan.summary;
  return (
    plan.resourceChanges.some(isChanged) ||
    s.add + s.change + s.destroy + s.replace + s.move + s.adopt + s.redeploy + s.restart > 0
  );
}

/** Consequence words: "will redeploy", "will restart". */
export function consequenceText(rc: ResourceChange): string[] {
  return [...new Set(rc.consequences)].map((c) => `will ${c}`);
}

/**
 * The summary line: `Plan: N to add, M to change, K to destroy, R to redeploy.` plus replace,
 * move, adopt and restart counts when non-zero.
 */
export function summaryLine(s: PlanSummary): string {
  const parts = [`${s.add} to add`, `${s.change} to change`, `${s.destroy} to destroy`, `${s.redeploy} to redeploy`];
  if (s.restart > 0) parts.push(`${s.restart} to restart`);
  if (s.replace > 0) parts.push(`${s.replace} to replace`);
  if (s.move > 0) parts.push(`${s.move} to move`);
  if (s.adopt > 0) parts.push(`${s.adopt} to adopt`);
  return `Plan: ${parts.join(', ')}.`;
}

/** The line printed when the plan changes nothing. */
export const NO_CHANGES_LINE = 'No changes. Coolify matches the manifest.';

/** `1 resource`, `2 resources`. */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
