/**
 * Domains that change hands within one plan (ux-audit M1). Coolify refuses a resource whose
 * domain another resource holds (409, "Domain conflicts detected"), so a resource that claims
 * a domain (created, or updated to add it) must wait until the live holder lets it go:
 *
 * - the holder is deleted by the plan: the claimant waits for that delete, and an ADO513
 *   warning says the site is down in between and that a `moved:` hint renames in place;
 * - the holder stays and its manifest entry drops the domain: the claimant waits for the
 *   holder's update (no gap);
 * - the holder stays and keeps the domain (unmanaged, left the manifest but not deleted, in a
 *   project the manifest does not declare, or its entry does not manage domains): an ADO514
 *   error names the fixes, instead of a 409 in the middle of an apply.
 *
 * Domains are compared as validate's ADO312 compares them (`domainKey`); which field holds
 * them is the kind table's `planning.domainsField`. Pure.
 */
import type { Address } from '../model/address.js';
import { parseAddress } from '../model/address.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { CODES } from '../model/diagnostic-codes.js';
import type { ResourceChange } from '../model/plan.js';
import { createsResource } from '../model/plan.js';
import type { DesiredResource, LiveResource } from '../model/resource.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { readLiveField } from '../kinds/spec.js';
import { specFor } from '../kinds/registry.js';
import { domainKey } from '../validate/duplicate-domains.js';

/** `claimant`'s first forward step waits for `releaser`'s `delete` (or its `update`, which drops the domain). */
export interface DomainHandover {
  claimant: Address;
  releaser: Address;
  op: 'delete' | 'update';
}

/** The handovers to order and the diagnostics about them. */
export interface DomainCollisions {
  handovers: DomainHandover[];
  diagnostics: Diagnostic[];
}

function keysOf(value: unknown): Set<string> {
  if (typeof value !== 'string') return new Set();
  return new Set(value.split(',').map((d) => domainKey(d)).filter((k): k is string => k !== undefined));
}

/** The domains a desired resource declares; undefined when its entry does not manage them. */
function desiredDomains(d: DesiredResource): Set<string> | undefined {
  const field = specFor(d.kind).planning?.domainsField;
  if (field === undefined || !(field in d.fields)) return undefined;
  return keysOf(d.fields[field]);
}

/** The domains a live resource holds in Coolify. */
function liveDomains(l: LiveResource): Set<string> {
  const field = specFor(l.kind).planning?.domainsField;
  const spec = field === undefined ? undefined : specFor(l.kind).fields.find((f) => f.path === field);
  return spec === undefined ? new Set() : keysOf(readLiveField(l.fields, spec).value);
}

const nameOf = (a: Address | undefined, fallback: string): string => (a === undefined ? fallback : (parseAddress(a)?.name ?? a));

/** The handovers among `changes` (planned from `desired` against `live`) and their diagnostics. */
export function findDomainCollisions(
  changes: readonly ResourceChange[],
  desired: readonly DesiredResource[],
  live: readonly LiveResource[],
  outside: readonly LiveResource[] = [],
): DomainCollisions {
  const holders = [...live, ...outside].filter((l) => specFor(l.kind).planning?.domainsField !== undefined);
  if (holders.length === 0) return { handovers: [], diagnostics: [] };
  const desiredAt = new Map(desired.map((d) => [d.address as string, d]));
  const changeAt = new Map(changes.map((c) => [c.address as string, c]));
  const handovers: DomainHandover[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const c of changes) {
    const d = desiredAt.get(c.address);
    const wanted = d ? desiredDomains(d) : undefined;
    if (!d || !wanted || wanted.size === 0 || c.action === 'delete' || c.action === 'no-op') continue;
    const self = c.uuid !== undefined && !createsResource(c.action) ? live.find((l) => l.uuid === c.uuid) : undefined;
    const owned = self ? liveDomains(self) : new Set<string>();
    for (const key of wanted) {
      if (owned.has(key)) continue;
      for (const h of holders) {
        if (h.uuid === c.uuid || !liveDomains(h).has(key)) continue;
        const hc = h.address !== undefined ? changeAt.get(h.address) : undefined;
        const once = `${c.address}\u0000${h.uuid}`;
        if (seen.has(once)) continue;
        const hd = h.address !== undefined ? desiredAt.get(h.address) : undefined;
        const hWants = hd ? desiredDomains(hd) : undefined;
        if (hWants?.has(key)) continue; // declared twice: validate's ADO312
        if (hc && (hc.action === 'delete' || hc.action === 'replace') && hc.address !== c.address) {
          seen.add(once);
          handovers.push({ claimant: c.address, releaser: hc.address, op: 'delete' });
          if (hc.action === 'delete') diagnostics.push(deletedHolderWarning(c, hc, key));
          continue;
        }
        if (hc && hWants !== undefined && !hWants.has(key)) {
          seen.add(once);
          handovers.push({ claimant: c.address, releaser: hc.address, op: 'update' });
          continue;
        }
        seen.add(once);
        diagnostics.push(heldError(c, h, key, hd !== undefined));
      }
    }
  }
  return { handovers, diagnostics };
}

function deletedHolderWarning(c: ResourceChange, holder: ResourceChange, key: string): Diagnostic {
  const name = nameOf(c.address, c.name);
  const old = nameOf(holder.address, holder.name);
  const renamable = holder.kind === c.kind && specFor(c.kind).planning?.renamable === true && c.action === 'create';
  return makeDiagnostic(
    CODES.DOMAIN_OF_DELETED,
    `${name} reuses domains of ${old} (being deleted; \`${key}\`): ${old} is deleted first, so the site is down until ${name} is deployed`,
    {
      address: c.address,
      hint: renamable
        ? `add \`moved: [{ from: ${holder.address}, to: ${c.address} }]\` to rename ${old} in place (same uuid, no gap)`
        : `to avoid the gap, move the domain in two applies: first add a new domain to ${name}, then drop ${old}`,
    },
  );
}

function heldError(c: ResourceChange, h: LiveResource, key: string, declared: boolean): Diagnostic {
  const name = nameOf(c.address, c.name);
  const where = h.address ?? `${h.kind} ${h.name} (uuid ${h.uuid}, in a project the manifest does not declare)`;
  const managedDropped = h.owned && !declared && h.address !== undefined;
  const renamable = managedDropped && h.kind === c.kind && specFor(c.kind).planning?.renamable === true && c.action === 'create';
  const state = declared
    ? 'its manifest entry does not manage domains, so it keeps it'
    : h.address === undefined
      ? 'the plan never changes it'
      : h.owned
        ? 'it left the manifest but the plan does not delete it'
        : 'it is not managed by ado-coolify';
  const fixes = declared
    ? `set \`domains\` on ${nameOf(h.address, h.name)} without \`${key}\`, or remove the domain from ${name}`
    : renamable
      ? `add \`moved: [{ from: ${h.address}, to: ${c.address} }]\` to rename it in place, or delete it first (plan and apply with --prune, or delete it in Coolify)`
      : `remove the domain from ${where} in Coolify (or delete it) first, or remove it from ${name}`;
  return makeDiagnostic(
    CODES.DOMAIN_HELD,
    `${name} claims domain \`${key}\`, which ${where} holds in Coolify (${state}): Coolify would refuse ${name} with 409`,
    { address: c.address, hint: fixes },
  );
}
