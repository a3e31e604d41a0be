/**
 * Plan building: desired state + live state → a complete PlanJson: resource changes, their
 * ordered steps (src/graph/steps.ts) and the edges between them, the summary and every
 * diagnostic (the caller's earlier ones, ADO5xx, the placement check). Pure; redaction
 * happens here, once.
 */
import { hasProtectMarker } from '../model/resource.js';
import { matchesTarget, ownerOf, parentOf, parseAddress, type Address } from '../model/address.js';
import { LiveIndex } from '../model/live-index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import {
  PLAN_FORMAT_VERSION,
  createsResource,
  deletesResource,
  type Action,
  type ActionReason,
  type PlanJson,
  type PlanValue,
  type ResourceChange,
  type UnmanagedResource,
} from '../model/plan.js';
import type { DesiredResource, DesiredState, LiveResource, LiveState } from '../model/resource.js';
import { kindRank, specFor } from '../kinds/registry.js';
import type { KindSpec } from '../kinds/spec.js';
import { diffResource } from '../diff/diff-resource.js';
import type { DiffContext, FieldDiff, ResourceDiff } from '../diff/types.js';
import { createRefLookup, createRefTargetCheck } from './refs.js';
import { collectSecrets, createRedactor, redactRecord, scrubSecrets, toFieldChange, type Redactor } from './redact.js';
import { computeLiveFingerprint } from './fingerprint.js';
import { deletedFields } from './delete-fields.js';
import { summarizePlan } from './summary.js';
import { checkPlacements } from './placement-check.js';
import { buildSteps } from '../graph/steps.js';
import { findFormerDependents } from './former-dependents.js';
import { liveUsers } from './live-users.js';
import { findMoveSource } from './move-source.js';
import { movedHintDiagnostics, renamePlan } from './moved.js';
import { findDomainCollisions } from './domain-collisions.js';
import { caveatDiagnostics } from './caveats.js';
import { targetClosure } from './target-closure.js';
import { buildPreflight, NotVerifiableCollector } from './preflight.js';
import { checkReplaceRequests } from './replace-requests.js';
import { pruneRule } from './prune.js';
import { pendingDeployment } from './pending-deploy.js';
import { attachHealth } from './health.js';
import { computeImpact } from './impact.js';
import { planMadeWithOwner } from './made-with-owner.js';

export { pendingDeployment } from './pending-deploy.js';

/** Everything `buildPlan` needs. */
export interface BuildPlanInput {
  desired: DesiredState;
  live: LiveState;
  manifestPath: string;
  manifestHash: string;
  toolVersion: string;
  /** `--target` patterns (see `matchesTarget`). */
  targets?: string[];
  /** `--allow-destroy`: lets protected resources be deleted or replaced. */
  allowDestroy?: boolean;
  /**
   * `--prune`: delete the managed resources that left the manifest. Without it they are kept
   * and listed in `orphaned` (sub-resources and replica instances of declared resources are
   * deleted either way, see src/plan/prune.ts).
   */
  prune?: boolean;
  /** `--replace` addresses: each existing resource is deleted and created again (`replace-requested`). */
  replace?: readonly string[];
  /** Per-run key for the keyed hashes of redacted values. */
  hashKey: Uint8Array;
  now?: Date;
  /** Diagnostics found before planning (release gate, version warning): kept after the plan's own. */
  priorDiagnostics?: readonly Diagnostic[];
}

const isEnvChange = (c: FieldDiff): boolean => /^(env|sharedEnv)(\.|$)/.test(c.path);

function labelsOf(changes: readonly FieldDiff[]): string {
  const labels = [...new Set(changes.filter((c) => c.counts).map((c) => c.label))];
  const shown = labels.slice(0, 3).join(', ');
  return labels.length > 3 ? `${shown} and ${labels.length - 3} more` : shown;
}

function envRecordAfter(d: DesiredResource, r: Redactor): PlanValue | undefined {
  if (!d.env) return undefined;
  const out: Record<string, PlanValue> = {};
  for (const [k, v] of Object.entries(d.env)) {
    out[k] = {
      value: r.sensitive(JSON.stringify(v.value)),
      is_buildtime: v.is_buildtime,
      is_runtime: v.is_runtime,
      is_literal: v.is_literal,
      is_multiline: v.is_multiline,
      is_preview: v.is_preview,
    };
  }
  return out;
}

function withoutCaveat(c: FieldDiff): FieldDiff {
  const { caveat: _caveat, ...rest } = c;
  return rest;
}

/** A reason with the kind's notice (`KindPlanning.notice`: a cloud token's cost) when it has one. */
function withNotice(reason: string, spec: KindSpec): string {
  const notice = spec.planning?.notice;
  return notice === undefined ? reason : `${reason}; ${notice}`;
}

/** Builds the ResourceChange for one desired resource against its live match (if any). */
function planDesired(
  d: DesiredResource,
  live: LiveResource | undefined,
  diff: ResourceDiff,
  r: Redactor,
  extra: {
    as?: { action: 'move' | 'adopt' | 'update'; actionReason: ActionReason; reason: string };
    prefix?: FieldDiff[];
    fresh?: () => ResourceDiff;
    replaceRequested?: boolean;
    movedFrom?: Address;
  } = {},
): ResourceChange {
  const spec = specFor(d.kind);
  const counting = [...(extra.prefix ?? []), ...diff.changes.filter((c) => c.counts)];
  let action: Action;
  let actionReason: ActionReason;
  let reason: string;
  let alsoUpdates: boolean | undefined;
  const replaceFields = counting.filter((c) => c.effect === 'replace');
  if (!live && !extra.as) {
    [action, actionReason, reason] = ['create', 'not-in-coolify', withNotice('not in Coolify', spec)];
  } else if (diff.subtypeChange?.effect === 'replace' || replaceFields.length > 0) {
    action = 'replace';
    actionReason = diff.subtypeChange ? 'subtype-changed' : 'field-requires-replace';
    reason = diff.subtypeChange
      ? `type changes (${diff.subtypeChange.before} → ${diff.subtypeChange.after}); Coolify cannot change it in place`
      : `${labelsOf(replaceFields)} cannot be changed in place`;
  } else if (extra.replaceRequested && live) {
    [action, actionReason, reason] = ['replace', 'replace-requested', 'replace requested (--replace)'];
  } else if (extra.as) {
    ({ action, actionReason, reason } = extra.as);
    if (action !== 'update') alsoUpdates = diff.hasChanges;
  } else if (live && !live.owned && spec.team?.owned === undefined) {
    // (a kind whose ownership is not a marker, `TeamSpec.owned`, has nothing to adopt)
    [action, actionReason, alsoUpdates] = ['adopt', 'unowned-adopt', diff.hasChanges];
    reason = 'exists in Coolify without the ownership mark: will be adopted' + (diff.hasChanges ? `; changed: ${labelsOf(counting)}` : '');
  } else if (diff.hasChanges) {
    [action, actionReason, reason] = ['update', 'fields-changed', d.pruned ?? `changed: ${labelsOf(counting)}`];
  } else {
    [action, actionReason, reason] = ['no-op', 'up-to-date', 'up to date'];
  }
  const isNoop = action === 'no-op';
  const creating = createsResource(action);
  let shown = isNoop ? [] : [...(extra.prefix ?? []), ...diff.changes];
  if (live && creating && extra.fresh) {
    // A replace creates a new resource with none of the old one's env vars: every declared
    // env var is written again (and shown), whatever the old resource held.
    shown = [...shown.filter((c) => !isEnvChange(c)), ...extra.fresh().changes.filter(isEnvChange)];
  }
  const change: ResourceChange = {
    address: d.address,
    kind: d.kind,
    name: d.name,
    action,
    actionReason,
    ...(alsoUpdates !== undefined ? { alsoUpdates } : {}),
    reason,
    // A created resource initialises its data: no caveat applies.
    changes: shown.map((c) => toFieldChange(creating ? withoutCaveat(c) : c, r)),
    unchangedCount: creating ? 0 : diff.unchangedCount,
    consequences: creating ? [] : diff.consequences,
    protect: d.protect,
  };
  if (live?.uuid) change.uuid = live.uuid;
  if (extra.movedFrom !== undefined) change.movedFrom = extra.movedFrom;
  // What the create buys (a cloud server): marked in every rendering of the plan.
  const cost = creating ? spec.planning?.cost?.(d) : undefined;
  if (cost !== undefined) change.cost = cost;
  if (!isNoop) {
    const after: Record<string, PlanValue> = redactRecord(diff.after, spec, r, d);
    const env = envRecordAfter(d, r);
    if (env !== undefined) after['env'] = env;
    change.after = after;
    if (live) change.before = redactRecord(diff.before, spec, r);
  }
  return change;
}

/**
 * Builds the plan. One ResourceChange per desired resource and per owned live resource in a
 * declared project that the manifest dropped; unowned undeclared live resources are listed
 * in `unmanaged`. Errors (duplicate addresses, protected deletes, targets matching nothing)
 * go to `diagnostics`: a plan with error diagnostics must not be applied.
 */
export function buildPlan(input: BuildPlanInput): PlanJson {
  const { desired, live } = input;
  // A list answer that repeats one record (same uuid) names one resource, not two (audit m13).
  const index = new LiveIndex(live.resources);
  const refs = createRefLookup(live, desired, index);
  const ctx: DiffContext = { canReadSensitive: live.canReadSensitive, refs, refTargetExists: createRefTargetCheck(live) };
  const r = createRedactor(input.hashKey);
  const diagnostics: Diagnostic[] = [];
  const unverifiable = new NotVerifiableCollector();

  const duplicates = new Set<Address>();
  for (const [address, list] of index.duplicates()) {
    duplicates.add(address);
    diagnostics.push(
      makeDiagnostic(CODES.DUPLICATE_LIVE, `${list.length} live ${list[0]!.kind}s match ${address}: ${list.map((l) => l.uuid).join(', ')}`, {
        address,
        hint: `keep the one you want and rename or delete the other ${list.length - 1} in Coolify (by uuid), then plan again`,
      }),
    );
  }
  const single = (a: Address | undefined): LiveResource | undefined => index.single(a);
  const desiredAddresses = new Set(desired.resources.map((d) => d.address));
  const used = new Set<LiveResource>();
  const changes: ResourceChange[] = [];
  const replaceRequests = checkReplaceRequests(input.replace ?? [], desired.resources, diagnostics);

  for (const d of desired.resources) {
    if (duplicates.has(d.address)) continue;
    const spec = specFor(d.kind);
    const l = single(d.address);
    if (l) {
      used.add(l);
      const replaceRequested = replaceRequests.has(d.address);
      const diff = diffResource(d, l, spec, ctx);
      unverifiable.note(d.address, diff.changes);
      // A `moved:` hint re-keyed this live resource from its old address: renamed in place.
      const rename = renamePlan(d, l, diff.changes);
      const change = planDesired(d, l, diff, r, { fresh: () => diffResource(d, undefined, spec, ctx), replaceRequested, ...(rename ?? {}) });
      // A replace this kind makes only when asked (a cloud server: a new machine is bought).
      const onlyOnRequest = change.action === 'replace' && !replaceRequested ? spec.planning?.replaceOnlyOnRequest?.(d) : undefined;
      if (onlyOnRequest !== undefined) {
        diagnostics.push(makeDiagnostic(CODES.REPLACE_NOT_REQUESTED, `${d.address}: ${change.reason}, and only a replace can do it`, { address: d.address, hint: onlyOnRequest }));
      }
      changes.push(change);
      continue;
    }
    const moved = spec.planning?.movable ? findMoveSource(d, live.resources, desiredAddresses, duplicates) : undefined;
    if (moved) {
      used.add(moved);
      const from = parseAddress(moved.address ?? '')?.environment ?? '?';
      const to = parseAddress(d.address)?.environment ?? '?';
      const envChange: FieldDiff = { path: 'environment', label: 'environment', before: from, after: to, sensitive: false, redact: 'none', effect: 'move', counts: true };
      changes.push(
        planDesired(d, moved, diffResource(d, moved, spec, ctx), r, {
          as: { action: 'move', actionReason: 'environment-changed', reason: `moves from environment ${from} to ${to}` },
          prefix: [envChange],
        }),
      );
      continue;
    }
    if (spec.planning?.createdWithParent === d.name && d.parent && !single(d.parent)) {
      // Coolify creates `production` with every project: match it, do not create it.
      const synthetic: LiveResource = { kind: d.kind, uuid: '', name: d.name, owned: false, fields: { name: d.name }, sharedEnv: [] };
      const change = planDesired(d, synthetic, diffResource(d, synthetic, spec, ctx), r, {
        as: { action: 'adopt', actionReason: 'created-with-parent', reason: 'Coolify creates it with its project; it is then marked as managed' },
      });
      delete change.uuid;
      delete change.before;
      changes.push(change);
      continue;
    }
    if (spec.planning?.madeWithOwner !== undefined && d.parent !== undefined) {
      const change = planMadeWithOwner(d, live.resources, single, diagnostics, () => planDesired(d, undefined, diffResource(d, undefined, spec, ctx), r));
      if (change) changes.push(change);
      continue;
    }
    changes.push(planDesired(d, undefined, diffResource(d, undefined, spec, ctx), r));
  }

  const unmanaged: UnmanagedResource[] = [];
  const orphaned: UnmanagedResource[] = [];
  const declaredProjects = new Set(desired.projects);
  const prune = pruneRule(desired, input.prune ?? false);
  for (const l of live.resources) {
    if (!l.address || used.has(l) || duplicates.has(l.address) || desiredAddresses.has(l.address)) continue;
    // Made and deleted by Coolify with its owner, managed only while declared: an undeclared one is none of ours.
    if (specFor(l.kind).planning?.madeWithOwner !== undefined) continue;
    const parsed = parseAddress(l.address);
    const project = parsed?.project;
    // A part of a team-wide record (a server's registry login) is in the scope of its owner's section.
    const scopeKind = (parsed?.parent !== undefined && project === undefined ? parseAddress(parsed.parent)?.kind : undefined) ?? l.kind;
    const governed = specFor(scopeKind).team?.scope === 'withSection';
    const sectionDeclared = (desired.teamKinds ?? []).includes(scopeKind);
    // A team-level kind with its own section is out of scope for a manifest without it.
    if (governed && !sectionDeclared) continue;
    // A singleton (a notification channel) is never deleted: a dropped one already switched
    // off says nothing; an enabled one is kept (`--prune` switches it off: switch-off.ts).
    const singleton = specFor(l.kind).team?.singleton;
    if (singleton?.pruned(l.fields)) continue;
    const inScope = project !== undefined ? declaredProjects.has(project) : sectionDeclared;
    if (l.owned && !specFor(l.kind).planning?.keptWhenDropped && inScope) {
      // A singleton is never deleted: `--prune` switches it off through the desired state
      // (src/plan/switch-off.ts), so one here is kept, whatever the prune rule says.
      if (singleton !== undefined || !prune.deletes(l)) {
        const reason = singleton
          ? `no longer in the manifest: kept as it is (plan with --prune: ${singleton.pruneNote})`
          : 'marked as managed, no longer in the manifest: kept (plan with --prune to delete it)';
        orphaned.push({ kind: l.kind, uuid: l.uuid, name: l.name, address: l.address, reason, ...(singleton ? { onPrune: singleton.pruneNote } : {}) });
        continue;
      }
      const spec = specFor(l.kind);
      // In manifest terms: the fields it holds, labelled, nulls and defaults left out.
      const gone = deletedFields(l, spec, r);
      changes.push({
        address: l.address,
        kind: l.kind,
        name: l.name,
        action: 'delete',
        actionReason: 'removed-from-manifest',
        reason: withNotice('no longer in the manifest', specFor(l.kind)),
        uuid: l.uuid,
        changes: gone.changes,
        unchangedCount: 0,
        consequences: [],
        // Dropped from the manifest: its protection is read from the marker Coolify keeps.
        protect: hasProtectMarker(l.fields['description']) || specFor(l.kind).team?.markerless?.protectedWhenDropped === true,
        before: gone.before,
      });
      continue;
    }
    unmanaged.push({
      kind: l.kind,
      uuid: l.uuid,
      name: l.name,
      address: l.address,
      reason: !l.owned
        ? 'not declared in the manifest and not marked as managed'
        : project !== undefined && !declaredProjects.has(project)
          ? 'marked as managed, its project is no longer in the manifest (never deleted)'
          : 'marked as managed but not declared here (team-level: never deleted)',
    });
  }

  // A kept resource keeps what is under it: its tasks, storages and backups are not listed apart.
  const orphanedOwners = new Set(orphaned.map((o) => o.address));
  orphaned.splice(0, orphaned.length, ...orphaned.filter((o) => o.address === undefined || ownerOf(o.address) === o.address || !orphanedOwners.has(ownerOf(o.address))));

  recreateUnderReplaced(changes, desired, (d) => planDesired(d, undefined, diffResource(d, undefined, specFor(d.kind), ctx), r));

  // A changed storage of an existing application takes effect when the application is
  // redeployed (a new prometheus.yml is mounted at container start): say so, and do it.
  const changeAt = new Map(changes.map((c) => [c.address, c]));
  for (const c of changes) {
    const redeploys = specFor(c.kind).planning?.redeploysOwner;
    if (!redeploys || c.action === 'no-op') continue;
    const parent = parentOf(c.address);
    const owner = parent ? changeAt.get(parent) : undefined;
    if (!owner || !redeploys.includes(owner.kind) || createsResource(owner.action) || deletesResource(owner.action)) continue;
    if (owner.action === 'no-op') {
      owner.action = 'redeploy';
      owner.actionReason = 'storage-changed';
      owner.reason = `redeploy to apply ${specFor(c.kind).planning?.ownerRedeployWhy ?? 'a storage change'} (${c.name})`;
    }
    if (!owner.consequences.includes('redeploy')) owner.consequences.push('redeploy');
  }

  // A deployment that failed, was cancelled, never finished, or predates an env write is still pending work.
  const desiredAt = new Map(desired.resources.map((d) => [d.address, d]));
  for (const c of changes) {
    const l = single(c.address);
    const why = l && pendingDeployment({
      lastDeployment: l.lastDeployment, env: l.env, observedAt: live.observedAt,
      declaredEnvKeys: new Set(Object.keys(desiredAt.get(c.address)?.env ?? {})),
    });
    if (why === undefined || createsResource(c.action) || deletesResource(c.action)) continue;
    if (c.action === 'no-op') {
      c.action = 'redeploy';
      c.actionReason = why.actionReason;
      c.reason = why.reason;
    } else c.reason = `${c.reason}; ${why.reason}`;
    if (!c.consequences.includes('redeploy')) c.consequences.push('redeploy');
  }
  attachHealth(changes, single);

  for (const c of changes) {
    if (deletesResource(c.action) && c.protect && !input.allowDestroy) {
      diagnostics.push(
        makeDiagnostic(CODES.PROTECTED_DESTROY, `${c.address} is protected and the plan would delete it (${c.reason})`, {
          address: c.address,
          // A resource that left the manifest has no `protect:` to edit: its protection is the
          // marker Coolify keeps in its description (audit p2).
          hint: c.action === 'delete'
            ? 'it is no longer in the manifest: declare it again to keep it, or remove the (protect) marker from its description in Coolify, or run with --allow-destroy'
            : 'set `protect: false` or run with --allow-destroy',
        }),
      );
    }
  }

  diagnostics.push(...caveatDiagnostics(changes, input.allowDestroy ?? false));
  diagnostics.push(...movedHintDiagnostics(desired.moved, live.resources));
  const collisions = findDomainCollisions(changes, desired.resources, live.resources, live.outside);
  diagnostics.push(...collisions.diagnostics);

  const targets = input.targets ?? [];
  let scopedChanges = changes;
  let scopedUnmanaged = unmanaged;
  let scopedOrphaned = orphaned;
  let scopedLive = live.resources.filter((l) => l.address !== undefined);
  let selected: Set<Address> | undefined;
  if (targets.length > 0) {
    const hit = (a: Address | undefined): boolean => a !== undefined && targets.some((t) => matchesTarget(a, t));
    // Targets select matching resources, plus the ancestors they need created first
    // (targeting an app in a new environment also creates the project and environment),
    // and what they reference or depend on that is not in Coolify yet (audit M9).
    selected = targetClosure(changes, new Set(changes.filter((c) => hit(c.address)).map((c) => c.address)), desired.edges);
    const inScope = selected;
    scopedChanges = changes.filter((c) => inScope.has(c.address));
    scopedUnmanaged = unmanaged.filter((u) => hit(u.address));
    scopedOrphaned = orphaned.filter((u) => hit(u.address));
    scopedLive = scopedLive.filter((l) => hit(l.address) || (l.address !== undefined && inScope.has(l.address)));
    for (const t of targets) {
      const any = [...desiredAddresses, ...index.addresses()].some((a) => matchesTarget(a, t));
      if (!any) diagnostics.push(makeDiagnostic(CODES.TARGET_MATCHES_NOTHING, `target ${t} matches no resource in the manifest or in Coolify`, { hint: 'check the address, e.g. project/environment/application/name' }));
    }
  }
  const kept = (d: Diagnostic): boolean =>
    targets.length === 0 || d.code === CODES.TARGET_MATCHES_NOTHING.code || d.address === undefined || targets.some((t) => matchesTarget(d.address!, t)) || selected?.has(d.address as Address) === true;

  scopedChanges.sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.address.localeCompare(b.address));
  const byKindAndAddress = (a: UnmanagedResource, b: UnmanagedResource): number =>
    kindRank(a.kind) - kindRank(b.kind) || (a.address ?? '').localeCompare(b.address ?? '') || a.uuid.localeCompare(b.uuid);
  scopedUnmanaged.sort(byKindAndAddress);
  scopedOrphaned.sort(byKindAndAddress);

  const inPlan = new Set(scopedChanges.map((c) => c.address));
  const changing = new Set(scopedChanges.filter((c) => c.action !== 'no-op').map((c) => c.address));
  const formerDependents = findFormerDependents(scopedChanges, live.resources);
  const users = liveUsers(scopedChanges, live.resources);
  const plan: PlanJson = {
    formatVersion: PLAN_FORMAT_VERSION,
    toolVersion: input.toolVersion,
    createdAt: (input.now ?? new Date()).toISOString(),
    manifest: { path: input.manifestPath, hash: input.manifestHash },
    coolify: { url: live.coolifyUrl, version: live.coolifyVersion, canReadSensitive: live.canReadSensitive },
    preflight: buildPreflight(live, unverifiable.entries((a) => inPlan.has(a as Address))),
    liveFingerprint: computeLiveFingerprint(scopedLive),
    targets: [...targets],
    resourceChanges: scopedChanges,
    unmanaged: scopedUnmanaged,
    // Written only when there is something to say, so plans without them keep their shape.
    ...(scopedOrphaned.length > 0 ? { orphaned: scopedOrphaned } : {}),
    ...(input.prune === true ? { prune: true as const } : {}),
    // Among the resources that change: what a no-op depends on says nothing about this plan,
    // and a converged plan of thousands of resources would carry its whole graph.
    edges: desired.edges.filter((e) => changing.has(e.from) && changing.has(e.to)),
    // Ordered by every edge of the desired state: a path through a resource out of scope still counts.
    steps: buildSteps(scopedChanges, [...desired.edges, ...users.edges], formerDependents, collisions.handovers),
    summary: summarizePlan(scopedChanges, scopedUnmanaged.length),
    diagnostics: [
      ...diagnostics.filter(kept),
      ...users.diagnostics,
      ...(input.priorDiagnostics ?? []),
      ...checkPlacements(desired, scopedChanges, live.lookups),
    ],
  };
  const scrubbed = scrubSecrets(plan, collectSecrets(desired.resources, live.resources, specFor, refs));
  // From the scrubbed plan: the impact names only what the plan already shows.
  scrubbed.impact = computeImpact(scrubbed);
  return scrubbed;
}

/**
 * A replaced resource is deleted with everything below it (Coolify deletes an application's
 * scheduled tasks and storages, a database's backups, with it). Each declared sub-resource of
 * a replaced resource that the plan kept (no-op, update) is planned as a create instead, so
 * the new resource gets it back before it deploys, and the plan says so.
 */
function recreateUnderReplaced(changes: ResourceChange[], desired: DesiredState, create: (d: DesiredResource) => ResourceChange): void {
  const replaced = new Set(changes.filter((c) => c.action === 'replace').map((c) => c.address));
  if (replaced.size === 0) return;
  const replacedAncestor = (address: Address): Address | undefined => {
    for (let p = parseAddress(address)?.parent; p !== undefined; p = parseAddress(p)?.parent) if (replaced.has(p)) return p;
    return undefined;
  };
  const byAddress = new Map(desired.resources.map((d) => [d.address, d]));
  changes.forEach((c, i) => {
    if (createsResource(c.action)) return;
    const ancestor = replacedAncestor(c.address);
    const d = byAddress.get(c.address);
    if (ancestor === undefined || d === undefined) return;
    const change = create(d);
    change.actionReason = 'parent-replaced';
    change.reason = `recreated with ${parseAddress(ancestor)?.name ?? ancestor}, which is replaced`;
    changes[i] = change;
  });
}
