/**
 * What policy rules see (pure): one subject per application, database and service of the
 * manifest, and per such resource the plan deletes, in manifest terms. Secret values never
 * reach a subject: a `${secrets.NAME}` stays that text, a redacted plan value is
 * "(sensitive)".
 */
import { listPlaced } from '../manifest/structure.js';
import { ownerOf, parseAddress, replicaIndexOf, type Address } from '../model/address.js';
import type { PlanJson, PlanValue, ResourceChange } from '../model/plan.js';
import { isRefPart, isSecretPart, isTemplate } from '../model/value.js';

/** A plain JSON-like value as rules see it. */
export type PolicyValue = null | boolean | number | string | PolicyValue[] | { [key: string]: PolicyValue };

/** One field change of a subject, values as rules see them. */
export interface SubjectChange {
  label: string;
  path: string;
  before: PolicyValue;
  after: PolicyValue;
  effect: string;
}

/** The `resource` variable of a rule. */
export interface PolicySubject {
  address: string;
  kind: string;
  name: string;
  project: string;
  /** '' for resources outside an environment. */
  environment: string;
  /** The plan's action for it (`no-op` when unchanged), e.g. `create`, `update`, `delete`. */
  action: string;
  /** The plan's reason code, e.g. `not-in-coolify`. */
  reason: string;
  protect: boolean;
  /** Its manifest entry (`{}` for a resource the plan deletes). */
  spec: { [key: string]: PolicyValue };
  changes: SubjectChange[];
  /** JSON pointer of its manifest entry, for the diagnostic's location; undefined when deleted. */
  pointer?: string;
}

/** A manifest value as rules see it: templates as their `${…}` text, never a secret value. */
export function policyValue(value: unknown): PolicyValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isTemplate(value)) {
    return value.$template
      .map((p) => (typeof p === 'string' ? p : isSecretPart(p) ? `\${secrets.${p.secret}}` : isRefPart(p) ? `\${${p.ref}.${p.attr}}` : ''))
      .join('');
  }
  if (Array.isArray(value)) return value.map(policyValue);
  if (typeof value === 'object') {
    const out: { [key: string]: PolicyValue } = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = policyValue(v);
    return out;
  }
  return null;
}

function planValue(v: PlanValue | undefined): PolicyValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && !Array.isArray(v)) {
    if ('$sensitive' in v) return '(sensitive)';
    if ('$unknown' in v) return '(known after apply)';
  }
  if (Array.isArray(v)) return v.map(planValue);
  if (typeof v === 'object') {
    const out: { [key: string]: PolicyValue } = {};
    for (const [k, x] of Object.entries(v)) out[k] = planValue(x as PlanValue);
    return out;
  }
  return v;
}

function changesOf(c: ResourceChange | undefined): SubjectChange[] {
  return (c?.changes ?? []).map((f) => ({ label: f.label, path: f.path, before: planValue(f.before), after: planValue(f.after), effect: f.effect }));
}

/**
 * The subjects of a plan: every placed manifest entry (its change is its own, or for a
 * replicated application that of its first instance with one), then every resource the plan
 * deletes that the manifest no longer declares (environments and sub-resources included).
 */
export function policySubjects(manifest: unknown, plan: Pick<PlanJson, 'resourceChanges'>): PolicySubject[] {
  const byAddress = new Map<string, ResourceChange>(plan.resourceChanges.map((c) => [c.address, c]));
  const instancesOf = (base: Address): ResourceChange[] => plan.resourceChanges.filter((c) => replicaIndexOf(base, c.address) !== undefined);
  const out: PolicySubject[] = [];
  const covered = new Set<string>();
  for (const e of listPlaced(manifest)) {
    const own = byAddress.get(e.address);
    const instances = own ? [own] : instancesOf(e.address);
    const change = instances.find((c) => c.action !== 'no-op') ?? instances[0];
    for (const c of instances) covered.add(c.address);
    covered.add(e.address);
    const spec = policyValue(e.spec);
    out.push({
      address: e.address,
      kind: e.kind,
      name: e.name,
      project: e.project,
      environment: e.environment,
      action: change?.action ?? 'no-op',
      reason: change?.actionReason ?? 'up-to-date',
      protect: change?.protect ?? false,
      spec: spec !== null && typeof spec === 'object' && !Array.isArray(spec) ? spec : {},
      changes: changesOf(change),
      pointer: e.pointer,
    });
  }
  for (const c of plan.resourceChanges) {
    if (covered.has(c.address) || c.action !== 'delete') continue;
    const parsed = parseAddress(ownerOf(c.address));
    out.push({
      address: c.address,
      kind: c.kind,
      name: c.name,
      // The first segment of every address is its project (s3 storages aside: team-level).
      project: parsed?.project ?? c.address.split(/[/#]/)[0] ?? '',
      environment: parsed?.environment ?? '',
      action: c.action,
      reason: c.actionReason,
      protect: c.protect,
      spec: {},
      changes: [],
    });
  }
  return out;
}
