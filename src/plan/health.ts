/**
 * The health of each existing resource in a plan (Argo CD's names, src/model/health.ts), from
 * the status Coolify reports in the list reads the plan makes anyway (no extra request).
 */
import { healthOf } from '../model/health.js';
import type { ResourceChange } from '../model/plan.js';
import type { Address } from '../model/address.js';
import type { LiveResource } from '../model/resource.js';
import { createsResource } from '../model/plan.js';
import { specFor } from '../kinds/registry.js';

/**
 * Sets `health` on every change of a resource that exists and whose kind has a runtime status
 * (`KindSpec.health`); creates get none (nothing runs yet).
 */
export function attachHealth(changes: ResourceChange[], liveAt: (address: Address) => LiveResource | undefined): void {
  for (const c of changes) {
    const rules = specFor(c.kind).health;
    if (!rules || createsResource(c.action)) continue;
    const live = liveAt(c.address);
    if (!live) continue;
    const status = typeof live.fields['status'] === 'string' ? live.fields['status'] : live.status;
    c.health = healthOf(status, rules);
  }
}
