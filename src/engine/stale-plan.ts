import type { PlanJson } from '../model/plan.js';

/**
 * Why a saved plan no longer describes what apply would do, in words (empty when it still
 * does): another manifest, another Coolify, a changed live state, or other steps.
 */
export function comparePlans(saved: PlanJson, fresh: PlanJson): string[] {
  const problems: string[] = [];
  if (saved.manifest.hash !== fresh.manifest.hash) problems.push(`the manifest ${fresh.manifest.path} changed since the plan was made`);
  if (saved.coolify.url !== fresh.coolify.url) problems.push(`the plan was made for ${saved.coolify.url}, not ${fresh.coolify.url}`);
  if (saved.liveFingerprint !== fresh.liveFingerprint) problems.push('Coolify changed since the plan was made (live state differs)');
  const key = (p: PlanJson) => p.resourceChanges.filter((c) => c.action !== 'no-op').map((c) => `${c.address}:${c.action}${c.alsoUpdates ? '+update' : ''}`);
  const a = new Set(key(saved));
  const b = new Set(key(fresh));
  const added = [...b].filter((x) => !a.has(x));
  const removed = [...a].filter((x) => !b.has(x));
  if (added.length > 0 || removed.length > 0) {
    const parts = [...added.map((x) => `now also ${x}`), ...removed.map((x) => `no longer ${x}`)].slice(0, 10);
    problems.push(`the changes differ (different --var or secrets?): ${parts.join(', ')}`);
  }
  return problems;
}
