import { loadManifest, type LoadedManifest } from './manifest-file.js';
import { buildDesiredState } from '../kinds/lower.js';
import { buildPlan } from '../plan/build.js';
import { readLiveState } from '../state/read-live-state.js';
import { hasErrors, type Diagnostic } from '../model/diagnostic.js';
import { waiveDiagnostics } from '../load/waivers.js';
import { specFor } from '../kinds/registry.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import type { DesiredState, LiveState } from '../model/resource.js';
import type { PlanJson } from '../model/plan.js';
import { ManifestInvalidError } from './manifest-invalid.js';
import { AdoError } from '../errors.js';
import { parseAddress, TEAM_KINDS, type ResourceKind, type TeamKind } from '../model/address.js';
import { TOOL_VERSION } from '../version.js';
import { assertSupportedVersion, connect, hashKeyFromToken, type ConnectionOptions } from './connect.js';
import type { CoolifyClient } from '../coolify/client.js';
import { scaleDesiredState } from './replica-hook.js';
import type { ReplicaOverrides } from '../plan/replica-sets.js';
import { gateByRelease } from '../plan/release-gate.js';
import { withSwitchedOffSingletons } from '../plan/switch-off.js';
import { SECTION_KIND } from '../manifest/structure.js';
import { joinPointer } from '../manifest/pointer.js';
import { loadPolicy, policyDiagnostics, type LoadedPolicy } from './policy.js';

/** What `plan` needs: the manifest, its inputs, the scope and how to reach Coolify. */
export interface PlanOptions {
  file: string;
  vars?: Record<string, string>;
  secretsFile?: string;
  /** Environment for `${env.X}`, secrets and COOLIFY_URL/COOLIFY_TOKEN. */
  env: Record<string, string | undefined>;
  /** The directory relative paths (manifest, secrets and token files) are read from; the process's by default. */
  cwd?: string;
  /** `--target` addresses or globs. */
  targets?: string[];
  /** `--project` / `--env` scope, turned into a target. */
  project?: string;
  environment?: string;
  allowDestroy?: boolean;
  /** `--prune`: delete managed resources that left the manifest (see src/plan/prune.ts). */
  prune?: boolean;
  /** `--policy` files, checked after the manifest's own `policy:` (docs/policy.md). */
  policyFiles?: string[];
  /** No policy checks (`drift` reports differences, it proposes nothing to check). */
  skipPolicy?: boolean;
  /** `--replace` addresses: resources to delete and create again (see src/plan/replace-requests.ts). */
  replace?: string[];
  connection?: Omit<ConnectionOptions, 'env' | 'manifestUrl'>;
  /** An existing client (library use, tests); otherwise one is created from the connection. */
  client?: CoolifyClient;
  coolifyUrl?: string;
  /** With `client`: the key for hashes of sensitive values (see `hashKeyFromToken`). */
  hashKey?: Uint8Array;
  /** Instance counts of replica sets to plan for (`scale`, `autoscale`); others keep the manifest's or live count. */
  replicaOverrides?: ReplicaOverrides;
  /**
   * Secrets need not be provided (read-only commands: `status`, `logs`, `previews list`,
   * `drift --no-secrets`): a value holding a missing one is unverifiable, never compared.
   * Never for commands that write.
   */
  allowMissingSecrets?: boolean;
}

/** A computed plan with everything it was computed from (for apply). */
export interface PlanResult {
  loaded: LoadedManifest;
  desired: DesiredState;
  live: LiveState;
  plan: PlanJson;
  client: CoolifyClient;
}

/** Loads, validates and resolves the manifest, or throws ManifestInvalidError. */
export async function loadValidManifest(options: Pick<PlanOptions, 'file' | 'vars' | 'secretsFile' | 'env' | 'cwd' | 'allowMissingSecrets'>): Promise<LoadedManifest> {
  const read = await loadManifest(options.file, { vars: options.vars, secretsFile: options.secretsFile, env: options.env, ...(options.cwd !== undefined ? { cwd: options.cwd } : {}) });
  const loaded = options.allowMissingSecrets ? withDiagnostics(read, waiveDiagnostics(read.diagnostics, { missingSecrets: true })) : read;
  if (hasErrors(loaded.diagnostics) || !loaded.manifest) throw new ManifestInvalidError(loaded, loaded.diagnostics);
  return loaded;
}

/** The loaded manifest with other diagnostics, keeping its non-enumerable secret values. */
function withDiagnostics(loaded: LoadedManifest, diagnostics: LoadedManifest['diagnostics']): LoadedManifest {
  const out: LoadedManifest = { ...loaded, diagnostics };
  Object.defineProperty(out, 'secretValues', { value: loaded.secretValues ?? [], enumerable: false });
  return out;
}

/** The targets implied by `--project`, `--env` and `--target`. */
export function scopeTargets(options: Pick<PlanOptions, 'targets' | 'project' | 'environment'>): string[] {
  const targets = [...(options.targets ?? [])];
  if (options.project || options.environment) {
    targets.push(`${options.project ?? '*'}${options.environment ? `/${options.environment}` : ''}`);
    if (!options.environment) return targets;
  }
  return targets;
}

/**
 * `--env E` names an environment of the manifest: otherwise a plain error naming the ones
 * there are (audit p2), not "target * /E matches no resource".
 */
function checkEnvironmentFlag(desired: DesiredState, environment: string | undefined): void {
  if (environment === undefined) return;
  const known = [...new Set(desired.resources.map((d) => parseAddress(d.address)?.environment).filter((e): e is string => e !== undefined))].sort();
  if (known.includes(environment)) return;
  throw new AdoError('ADO_UNKNOWN_ENV', `no environment \`${environment}\` in the manifest (environments: ${known.join(', ') || 'none'})`, {
    hint: known.length > 0 ? `for example: --env ${known[0]}` : 'declare environments under projects.NAME.environments',
  });
}

/** A loaded manifest, its desired state and a client: everything before reading Coolify. */
export interface PreparedPlan {
  loaded: LoadedManifest;
  /** The manifest's `policy:` and the `--policy` files, checked. */
  policy: LoadedPolicy;
  desired: DesiredState;
  client: CoolifyClient;
  baseUrl: string;
  hashKey: Uint8Array;
}

/** Loads and resolves the manifest and connects (no request yet). */
export async function preparePlan(options: PlanOptions): Promise<PreparedPlan> {
  const loaded = await loadValidManifest(options);
  const manifest = loaded.manifest!;
  const desired = buildDesiredState(manifest, loaded.edges);
  checkEnvironmentFlag(desired, options.environment);
  const policy = await loadPolicy(loaded, options.policyFiles ?? [], options.cwd);
  const manifestUrl = typeof manifest.coolify?.url === 'string' && manifest.coolify.url.length > 0 ? manifest.coolify.url : undefined;
  if (options.client) {
    return { loaded, policy, desired, client: options.client, baseUrl: options.coolifyUrl ?? manifestUrl ?? '', hashKey: options.hashKey ?? hashKeyFromToken('') };
  }
  const { client, baseUrl, hashKey } = connect({ ...(options.connection ?? {}), env: options.env, ...(options.cwd !== undefined ? { cwd: options.cwd } : {}), manifestUrl, ...(loaded.secretValues ? { secrets: loaded.secretValues } : {}) });
  return { loaded, policy, desired, client, baseUrl, hashKey };
}

/** The manifest section of a team-wide kind, if it is one. */
const teamKindSection = (kind: ResourceKind): string | undefined => (kind in TEAM_KINDS ? TEAM_KINDS[kind as TeamKind].section : undefined);

/** A diagnostic about a placed resource (or a part of a team-wide entry), with the file position of its manifest entry when it has none. */
function locatedAtEntry(loaded: LoadedManifest, d: Diagnostic): Diagnostic {
  const a = d.address !== undefined && d.source === undefined ? parseAddress(d.address) : undefined;
  const teamEntry = a?.parent !== undefined ? specFor(a.kind).underTeamEntry : undefined;
  const teamOwner = teamEntry !== undefined && a?.parent !== undefined ? parseAddress(a.parent) : undefined;
  const ownerSection = teamOwner !== undefined ? teamKindSection(teamOwner.kind) : undefined;
  if (teamEntry !== undefined && teamOwner !== undefined && ownerSection !== undefined && a !== undefined) {
    const source = loaded.locate(joinPointer('', ownerSection, teamOwner.name, teamEntry.key, a.name));
    return source ? { ...d, source } : d;
  }
  // A sub-resource entry of a placed one (a service's `applications.NAME`): under its owner's entry.
  const sub = a?.parent !== undefined ? specFor(a.kind).planning?.madeWithOwner?.section : undefined;
  const owner = sub !== undefined && a?.parent !== undefined ? parseAddress(a.parent) : a;
  const section = owner ? Object.entries(SECTION_KIND).find(([, kind]) => kind === owner.kind)?.[0] : undefined;
  if (!a || !owner || !section || owner.project === undefined || owner.environment === undefined) return d;
  const at = joinPointer('', 'projects', owner.project, 'environments', owner.environment, section, owner.name);
  const entry = sub !== undefined ? joinPointer(at, sub, a.name) : at;
  if (d.code === CODES.VIA_TOO_NEW.code) {
    // ADO540 names the entry's key it leaves out (`secretManager`) in `path`: located there when written.
    const key = d.path !== undefined ? joinPointer(entry, d.path) : undefined;
    const keySource = key !== undefined ? loaded.locate(key) : undefined;
    if (key !== undefined && keySource) return { ...d, path: key, source: keySource };
    const { path: _p, ...rest } = d;
    const at2 = loaded.locate(entry);
    return at2 ? { ...rest, source: at2 } : rest;
  }
  const source = loaded.locate(entry);
  return source ? { ...d, source } : d;
}

/** Reads live state and computes the plan with ordered steps. */
export async function computePlan(prepared: PreparedPlan, options: PlanOptions): Promise<PlanResult> {
  const { loaded, client, baseUrl, hashKey } = prepared;
  // day-2 hook: autoscaled replica sets keep their live count within [min, max]; replica overrides.
  const { desired, live } = await scaleDesiredState(prepared, (d) => readLiveState(client, d, { coolifyUrl: baseUrl }), options.replicaOverrides);
  const { release, warning } = assertSupportedVersion(live.coolifyVersion);
  // Fields this release does not accept yet: out of the desired state (never sent, never
  // compared), each with an ADO505 warning.
  // With --prune, a dropped singleton (a notification channel) is switched off, not deleted.
  const gated = gateByRelease(withSwitchedOffSingletons(desired, live, options.prune ?? false), release, live.coolifyVersion);
  // ADO516, ADO540 and the registry logins' release warning name the manifest entry (or key) they leave out: file and line
  const prior: Diagnostic[] = gated.diagnostics.map((d) => (d.code === CODES.KIND_TOO_NEW.code || d.code === CODES.VIA_TOO_NEW.code || d.code === CODES.PART_TOO_NEW.code ? locatedAtEntry(loaded, d) : d));
  if (warning) prior.push(makeDiagnostic(CODES.COOLIFY_TOO_NEW, warning, { hint: 'check the plan closely: fields this release added or renamed are unknown to ado-coolify' }));
  const planJson = buildPlan({
    desired: gated.desired,
    live,
    manifestPath: loaded.path,
    manifestHash: loaded.hash,
    toolVersion: TOOL_VERSION,
    targets: scopeTargets(options),
    allowDestroy: options.allowDestroy ?? false,
    prune: options.prune ?? false,
    replace: options.replace ?? [],
    hashKey,
    priorDiagnostics: prior,
  });
  // ADO560 names the manifest entry of the unknown compose name: file and line
  planJson.diagnostics = planJson.diagnostics.map((d) => (d.code === CODES.SERVICE_PART_UNKNOWN.code ? locatedAtEntry(loaded, d) : d));
  // Policy checks run over the finished plan: their violations are plan diagnostics.
  if (options.skipPolicy !== true) planJson.diagnostics.push(...policyDiagnostics(loaded, prepared.policy, planJson, { allowDestroy: options.allowDestroy ?? false, prune: options.prune ?? false }));
  return { loaded, desired: gated.desired, live, plan: planJson, client };
}

/**
 * Plans: manifest → desired state; Coolify → live state (fewest requests); diff → PlanJson
 * with ordered steps. Secrets stay in memory; the PlanJson holds none.
 */
export async function plan(options: PlanOptions): Promise<PlanResult> {
  return computePlan(await preparePlan(options), options);
}

export { ManifestInvalidError };
