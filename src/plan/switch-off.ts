/**
 * `--prune` of a singleton team kind (notification channels): Coolify keeps one record per
 * team and name and has no delete, so a record the manifest dropped is not deleted but switched
 * off. With `--prune`, each dropped record of a kind whose section the manifest has, and that
 * is not off already, gets a desired resource holding its kind's switch-off body
 * (`team.singleton.pruneBody`): the plan shows it as an update (`enabled: true → false`), apply
 * PATCHes only that, and every other setting is kept. Pure.
 */
import type { DesiredResource, DesiredState, LiveState } from '../model/resource.js';
import { specFor } from '../kinds/registry.js';

/** The desired state with the dropped singletons `--prune` switches off; `desired` itself without `--prune`. */
export function withSwitchedOffSingletons(desired: DesiredState, live: LiveState, prune: boolean): DesiredState {
  if (!prune) return desired;
  const declared = new Set(desired.resources.map((d) => d.address));
  const sections = new Set(desired.teamKinds ?? []);
  const added: DesiredResource[] = [];
  for (const l of live.resources) {
    const singleton = specFor(l.kind).team?.singleton;
    if (singleton === undefined || l.address === undefined || declared.has(l.address) || !sections.has(l.kind) || singleton.pruned(l.fields)) continue;
    const subtype = l.subtype ?? specFor(l.kind).liveSubtype?.(l.fields);
    added.push({
      address: l.address,
      kind: l.kind,
      name: l.name,
      ...(subtype !== undefined ? { subtype } : {}),
      fields: singleton.pruneBody(l.name) as DesiredResource['fields'],
      protect: false,
      ignoreChanges: [],
      pruned: `no longer in the manifest: ${singleton.pruneNote}`,
    });
  }
  return added.length === 0 ? desired : { ...desired, resources: [...desired.resources, ...added] };
}
