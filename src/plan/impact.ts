/**
 * The plan's impact summary (PlanImpact): what the plan does to running things, counted and
 * named, for the top of every rendered plan. Computed from the finished plan alone (its
 * resource changes, their field changes and its steps), so it holds only what the plan
 * already holds: redacted values stay redacted, a domain holding a secret is masked.
 * Kind knowledge comes from the kinds' tables (src/kinds/spec.ts: `deployDowntime`,
 * `deletesData`, `domainsField`, and the fields' `exposes`, `dataNote`, caveats).
 */
import type { Address } from '../model/address.js';
import {
  createsResource,
  deletesResource,
  type FieldChange,
  type ImpactActivation,
  type ImpactData,
  type ImpactDeletion,
  type ImpactDomain,
  type ImpactExposure,
  type PlanImpact,
  type PlanJson,
  type PlanValue,
  type ResourceChange,
} from '../model/plan.js';
import { specFor } from '../kinds/registry.js';
import type { FieldSpec } from '../kinds/spec.js';

/** How a domain holding a secret is shown: the words of src/render/mask-domains.ts. */
export const MASKED_DOMAIN = '(sensitive value)';

/** How a domain known only after apply (a `${…}` reference) is shown. */
export const UNKNOWN_DOMAIN = '(known after apply)';

const byAddress = (a: { address: Address }, b: { address: Address }): number => a.address.localeCompare(b.address);
const byText = (a: string | null, b: string | null): number => (a ?? '').localeCompare(b ?? '');

/** The impact of a plan (its steps say what deploys and restarts). */
export function computeImpact(plan: Pick<PlanJson, 'resourceChanges' | 'steps'>): PlanImpact {
  const opsOf = new Map<Address, Set<string>>();
  for (const s of plan.steps) {
    const ops = opsOf.get(s.address) ?? new Set<string>();
    ops.add(s.op);
    opsOf.set(s.address, ops);
  }
  const deploys: ImpactActivation[] = [];
  const restarts: ImpactActivation[] = [];
  const added: ImpactDomain[] = [];
  const removed: ImpactDomain[] = [];
  const exposure: ImpactExposure[] = [];
  const deletions: ImpactDeletion[] = [];
  const data: ImpactData[] = [];

  for (const rc of plan.resourceChanges) {
    const ops = opsOf.get(rc.address);
    if (ops?.has('deploy')) deploys.push(activation(rc, 'deploy'));
    if (ops?.has('restart')) restarts.push(activation(rc, 'restart'));
    if (rc.action === 'no-op') continue;
    domainChanges(rc, added, removed);
    exposure.push(...exposureChanges(rc));
    if (deletesResource(rc.action)) {
      deletions.push({ address: rc.address, kind: rc.kind, replaced: rc.action === 'replace', protect: rc.protect });
    }
    data.push(...dataChanges(rc));
  }

  deploys.sort(byAddress);
  restarts.sort(byAddress);
  added.sort((a, b) => byAddress(a, b) || byText(a.domain, b.domain));
  removed.sort((a, b) => byAddress(a, b) || byText(a.domain, b.domain));
  exposure.sort((a, b) => byAddress(a, b) || byText(a.field, b.field));
  deletions.sort(byAddress);
  data.sort((a, b) => byAddress(a, b) || byText(a.field, b.field));
  const downtime = [...deploys, ...restarts].filter((a) => a.downtime === 'expected').length;
  return {
    deploys,
    restarts,
    domains: { added, removed },
    exposure,
    deletions,
    data,
    counts: {
      deploys: deploys.length,
      restarts: restarts.length,
      downtime,
      domainsAdded: added.length,
      domainsRemoved: removed.length,
      exposure: exposure.length,
      deletions: deletions.length,
      data: data.length,
    },
  };
}

/** True when the impact names nothing (renderers then leave the section out). */
export function impactIsEmpty(impact: PlanImpact): boolean {
  return Object.values(impact.counts).every((n) => n === 0);
}

/** The record the kind reads a deploy's downtime from: the desired one, else the live one. */
function recordOf(rc: ResourceChange): Readonly<Record<string, PlanValue>> {
  return rc.after ?? rc.before ?? {};
}

function activation(rc: ResourceChange, op: 'deploy' | 'restart'): ImpactActivation {
  const base = { address: rc.address, kind: rc.kind };
  if (rc.action === 'create') return { ...base, first: true, downtime: 'not-expected', why: 'first deploy' };
  if (rc.action === 'replace') return { ...base, first: false, downtime: 'expected', why: 'deleted, then created again' };
  // A restart stops the container, then starts it again (no second container meanwhile).
  if (op === 'restart') return { ...base, first: false, downtime: 'expected', why: 'stopped, then started' };
  const rule = specFor(rc.kind).planning?.deployDowntime;
  if (rule === undefined) return { ...base, first: false, downtime: 'possible', why: 'no rule for its kind' };
  return { ...base, first: false, ...rule(recordOf(rc)) };
}

/** The field of the change in its kind's table (matched by wire path, then label). */
function fieldSpecOf(rc: ResourceChange, c: FieldChange): FieldSpec | undefined {
  const fields = specFor(rc.kind).fields;
  return fields.find((f) => f.path === c.path) ?? fields.find((f) => f.label === c.label);
}

/** The domains of a value of the domains field: items of a list, or a comma-separated string. */
function domainsOf(value: PlanValue | undefined): string[] {
  const items: PlanValue[] = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.flatMap((item) => {
    if (typeof item === 'string') return item.split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (item !== null && typeof item === 'object' && '$sensitive' in item) return [MASKED_DOMAIN];
    if (item !== null && typeof item === 'object' && '$unknown' in item) return [UNKNOWN_DOMAIN];
    return [];
  });
}

function domainChanges(rc: ResourceChange, added: ImpactDomain[], removed: ImpactDomain[]): void {
  const wire = specFor(rc.kind).planning?.domainsField;
  if (wire === undefined) return;
  const spec = specFor(rc.kind).fields.find((f) => f.path === wire);
  const change = rc.changes.find((c) => c.path === wire || (spec !== undefined && c.label === spec.label));
  if (change === undefined) return;
  // A replace gives the new resource the domains again: before and after both count.
  const before = rc.action === 'create' ? [] : domainsOf(change.before);
  const after = rc.action === 'delete' ? [] : domainsOf(change.after);
  // Masked domains cannot be told apart: each counts, never as "unchanged".
  const kept = (d: string, other: string[]): boolean => d !== MASKED_DOMAIN && d !== UNKNOWN_DOMAIN && other.includes(d);
  for (const d of new Set(after)) if (!kept(d, before)) added.push({ address: rc.address, domain: d });
  for (const d of new Set(before)) if (!kept(d, after)) removed.push({ address: rc.address, domain: d });
}

function exposureChanges(rc: ResourceChange): ImpactExposure[] {
  // A deleted resource is reachable no more: its deletion says so.
  if (rc.action === 'delete') return [];
  const out: ImpactExposure[] = [];
  for (const c of rc.changes) {
    const exposes = fieldSpecOf(rc, c)?.exposes;
    if (exposes === undefined) continue;
    const was = rc.action === 'create' ? false : exposes(c.before);
    const will = exposes(c.after);
    if (was !== will) out.push({ address: rc.address, field: c.label, to: will ? 'public' : 'private' });
  }
  return out;
}

function dataChanges(rc: ResourceChange): ImpactData[] {
  const out: ImpactData[] = [];
  if (deletesResource(rc.action)) {
    const loses = specFor(rc.kind).planning?.deletesData?.(rc.before ?? rc.after ?? {});
    const replaced = rc.action === 'replace' ? 'replaced (deleted, then created empty)' : 'deleted';
    if (loses !== undefined) out.push({ address: rc.address, field: null, why: `${replaced}: ${loses}${rc.protect ? ' (protected)' : ''}` });
    else if (rc.protect) out.push({ address: rc.address, field: null, why: `${replaced}, although protected` });
  }
  // A created resource initialises its data: its fields affect none yet.
  if (createsResource(rc.action) || rc.action === 'delete') return out;
  for (const c of rc.changes) {
    if (c.implied === true) continue;
    if (c.caveat !== undefined) {
      out.push({ address: rc.address, field: c.label, why: c.caveat.note });
      continue;
    }
    const note = fieldSpecOf(rc, c)?.dataNote;
    if (note !== undefined) out.push({ address: rc.address, field: c.label, why: note });
  }
  return out;
}
