/**
 * The plan of a declared sub-resource that Coolify makes with its owner (`madeWithOwner`: a
 * service's applications and databases, from its compose) and that is not in Coolify: when the
 * owner exists, Coolify has no record of that name, and none can be made (ADO560, naming the
 * ones it has); when the owner is new, the plan creates it, which apply does by finding the
 * record Coolify made and PATCHing it. Pure.
 */
import { parentOf, parseAddress, type Address } from '../model/address.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import type { ResourceChange } from '../model/plan.js';
import type { DesiredResource, LiveResource } from '../model/resource.js';
import { specFor } from '../kinds/registry.js';

/** The change for `d` (a create under a new owner), or undefined after an ADO560 error. */
export function planMadeWithOwner(
  d: DesiredResource,
  live: readonly LiveResource[],
  single: (a: Address | undefined) => LiveResource | undefined,
  diagnostics: Diagnostic[],
  create: () => ResourceChange,
): ResourceChange | undefined {
  const what = specFor(d.kind).planning?.madeWithOwner?.what ?? d.kind;
  const owner = single(d.parent);
  if (owner !== undefined) {
    const has = live.filter((l) => l.kind === d.kind && l.address !== undefined && parentOf(l.address) === d.parent).map((l) => l.name).sort();
    diagnostics.push(
      makeDiagnostic(CODES.SERVICE_PART_UNKNOWN, `${owner.name} has no ${what} named ${d.name}; it has ${has.length > 0 ? has.join(', ') : 'none'}`, {
        address: d.address,
        ...(d.source ? { source: d.source } : {}),
        hint: 'name one of those (its compose file’s service names), or drop the entry',
      }),
    );
    return undefined;
  }
  const change = create();
  change.reason = `Coolify makes it from ${parseAddress(d.parent ?? '')?.name ?? 'its owner'}’s compose; these settings are set once it has`;
  return change;
}
