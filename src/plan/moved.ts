/**
 * `moved:` hints (Terraform's `moved` blocks) applied to the live state: the live resource a
 * hint's `from` names is re-keyed to its `to`, with its sub-resources (`from#…` → `to#…`), so
 * that everything downstream (the reader's env, storage and task reads, the diff, the plan,
 * the apply's lookups) sees one resource whose `name` (and maybe environment) changed: a
 * rename in place, not a delete and a create. `movedFrom` keeps the old address for the plan.
 *
 * A hint is applied only when it is unambiguous: exactly one live resource at `from`, owned,
 * of a renamable kind, and nothing live at `to` already. Otherwise it is left alone and the
 * plan says why (`movedHintProblems`); a `from` that no longer exists is a harmless no-op.
 * Pure.
 */
import { ownerOf, parseAddress, reowned, type Address } from '../model/address.js';
import type { ActionReason } from '../model/plan.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import type { DesiredResource, MovedHint, LiveResource } from '../model/resource.js';
import type { FieldDiff } from '../diff/types.js';
import { specFor } from '../kinds/registry.js';

/** Re-keys, in place, the live resources the hints rename (see the module comment). */
export function applyMovedHints(resources: readonly LiveResource[], moved: readonly MovedHint[] | undefined): void {
  if (!moved || moved.length === 0) return;
  const at = (a: Address): LiveResource[] => resources.filter((l) => l.address === a);
  for (const hint of moved) {
    const sources = at(hint.from);
    if (sources.length !== 1 || at(hint.to).length > 0) continue;
    const source = sources[0]!;
    if (!source.owned || specFor(source.kind).planning?.renamable !== true) continue;
    for (const l of resources) {
      if (l.address === undefined || ownerOf(l.address) !== hint.from) continue;
      l.movedFrom = l.address;
      l.address = reowned(l.address, hint.to);
    }
  }
}

/** Why a hint was not applied, for the plan's ADO512 warning; undefined when applied or when `from` is gone. */
export function movedHintProblem(hint: MovedHint, resources: readonly LiveResource[]): string | undefined {
  if (resources.some((l) => l.address === hint.to && l.movedFrom === hint.from)) return undefined;
  const sources = resources.filter((l) => l.address === hint.from);
  if (sources.length === 0) return undefined;
  if (sources.length > 1) return `${sources.length} live resources match ${hint.from}`;
  if (resources.some((l) => l.address === hint.to)) return `both ${hint.from} and ${hint.to} exist in Coolify`;
  if (!sources[0]!.owned) return `${hint.from} is not marked as managed by ado-coolify`;
  return undefined;
}

/** The live resources a hint re-keyed to `to` (the resource itself, not its sub-resources), by new address. */
export function renamedSources(resources: readonly LiveResource[]): Map<Address, Address> {
  const out = new Map<Address, Address>();
  for (const l of resources) if (l.address !== undefined && l.movedFrom !== undefined && ownerOf(l.address) === l.address) out.set(l.address, l.movedFrom);
  return out;
}

/** How a renamed resource is planned: its action, reason code and words, and the field changes shown first. */
export interface RenamePlan {
  as: { action: 'move' | 'update'; actionReason: ActionReason; reason: string };
  prefix: FieldDiff[];
  movedFrom: Address;
}

/**
 * The plan of a desired resource matched to a live one that a hint re-keyed: an `update`
 * (`renamed`: Coolify's PATCH of `name`) when only the name changes, a `move`
 * (`environment-changed`, then the PATCH) when the environment does too. Undefined for a
 * live resource no hint re-keyed.
 */
export function renamePlan(d: DesiredResource, l: LiveResource, changes: readonly FieldDiff[]): RenamePlan | undefined {
  // Only the renamed resource itself: its sub-resources follow it unchanged.
  if (l.movedFrom === undefined || l.address !== d.address || ownerOf(d.address) !== d.address) return undefined;
  const from = parseAddress(l.movedFrom);
  const to = parseAddress(d.address);
  if (!from || !to) return undefined;
  const others = [...new Set(changes.filter((c) => c.counts && c.path !== 'name').map((c) => c.label))];
  const also = others.length > 0 ? `; changed: ${others.slice(0, 3).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''}` : '';
  const renamed = from.name !== to.name ? `renamed from ${from.name}` : '';
  if (from.project === to.project && from.environment === to.environment) {
    return { as: { action: 'update', actionReason: 'renamed', reason: `${renamed}${also}` }, prefix: [], movedFrom: l.movedFrom };
  }
  const place = (p: typeof from): string => (from.project === to.project ? `${p.environment}` : `${p.project}/${p.environment}`);
  const envChange: FieldDiff = { path: 'environment', label: 'environment', before: place(from), after: place(to), sensitive: false, redact: 'none', effect: 'move', counts: true };
  const reason = `moves from environment ${place(from)} to ${place(to)}${renamed ? `; ${renamed}` : ''}${also}`;
  return { as: { action: 'move', actionReason: 'environment-changed', reason }, prefix: [envChange], movedFrom: l.movedFrom };
}

/** One ADO512 warning per hint that matched a live resource but could not be applied. */
export function movedHintDiagnostics(moved: readonly MovedHint[] | undefined, resources: readonly LiveResource[]): Diagnostic[] {
  return (moved ?? []).flatMap((hint) => {
    const why = movedHintProblem(hint, resources);
    if (why === undefined) return [];
    return [
      makeDiagnostic(CODES.MOVED_IGNORED, `moved: ${hint.from} → ${hint.to} not applied: ${why}`, {
        address: hint.to,
        hint: 'the rename is planned as a delete and a create; resolve it in Coolify (delete or rename the extra one, or adopt it), then plan again',
      }),
    ];
  });
}
