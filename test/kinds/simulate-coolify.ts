/**
 * Test helper: what Coolify stores and returns after a create, with the read quirks of
 * API-NOTES (image tag split, git URL short form, `fqdn` for `domains`, base64 blobs, "0"
 * limits, server defaults, settings sub-object, preview env copies, sensitive fields absent
 * without read:sensitive). Used to check that create → read → diff is all no-ops.
 */
import { createHash } from 'node:crypto';
import type { ResourceKind } from '../../src/model/address.js';
import type { DesiredResource, DesiredState, LiveEnvVar, LiveResource, LiveState } from '../../src/model/resource.js';
import { OWNERSHIP_DESCRIPTION_MARKER } from '../../src/model/resource.js';
import { buildCreateRequest, type PayloadContext } from '../../src/kinds/payload.js';
import { buildEnvUpsert, buildSharedEnvUpsert } from '../../src/diff/env-upsert.js';
import { specFor } from '../../src/kinds/registry.js';
import { storedEnvValue } from '../../src/kinds/env-records.js';
import { splitImage } from '../../src/kinds/normalize.js';
import type { RefLookup } from '../../src/model/value.js';
import { createRefLookup } from '../../src/plan/refs.js';

/** A deterministic 24-character Coolify-like uuid. */
export function fakeUuid(seed: string): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, 24);
}

const PLACEMENT = ['project_uuid', 'environment_uuid', 'environment_name', 'server_uuid', 'destination_uuid', 'instant_deploy', 'tags'];
const APP_SETTINGS = ['is_auto_deploy_enabled', 'is_preview_deployments_enabled', 'is_pr_deployments_public_enabled'];
const APP_SENSITIVE = ['dockerfile', 'docker_compose_raw', 'custom_labels', 'http_basic_auth_password', 'manual_webhook_secret_github'];
const LIMIT_DEFAULTS = { limits_memory: '0', limits_memory_swap: '0', limits_memory_reservation: '0', limits_cpus: '0', limits_cpuset: null, limits_memory_swappiness: 60, limits_cpu_shares: 1024 };

/** Options of one simulated read. */
export interface SimulateOptions {
  canReadSensitive: boolean;
  uuid: string;
}

/** The record Coolify returns for a resource created with `body`. */
export function simulateCoolifyRead(kind: ResourceKind, body: Record<string, unknown>, opts: SimulateOptions): Record<string, unknown> {
  const rec: Record<string, unknown> = { ...body, uuid: opts.uuid, id: 7, status: 'running:healthy', updated_at: '2026-01-01T00:00:00Z' };
  for (const k of PLACEMENT) delete rec[k];
  if (kind === 'application') {
    delete rec['autogenerate_domain'];
    delete rec['github_app_uuid'];
    delete rec['private_key_uuid'];
    const name = rec['docker_registry_image_name'];
    if (typeof name === 'string') {
      const s = splitImage(name);
      rec['docker_registry_image_name'] = s.name;
      rec['docker_registry_image_tag'] = rec['docker_registry_image_tag'] ?? s.tag ?? 'latest';
      rec['build_pack'] = 'dockerimage';
    }
    if (typeof rec['git_repository'] === 'string') {
      rec['git_repository'] = (rec['git_repository'] as string).replace(/^https:\/\/github\.com\//, '').replace(/\.git$/, '');
    }
    if (typeof rec['dockerfile'] === 'string') {
      rec['dockerfile'] = Buffer.from(rec['dockerfile'] as string, 'base64').toString('utf8');
      rec['build_pack'] = 'dockerfile';
      rec['ports_exposes'] = '80';
    }
    rec['fqdn'] = rec['domains'] ?? null;
    delete rec['domains'];
    const settings: Record<string, unknown> = { is_static: false, is_git_lfs_enabled: true };
    for (const k of APP_SETTINGS) {
      settings[k] = rec[k] ?? false;
      delete rec[k];
    }
    rec['settings'] = settings;
    Object.assign(rec, { ...LIMIT_DEFAULTS, ...pick(rec, Object.keys(LIMIT_DEFAULTS)) });
    rec['health_check_path'] ??= '/';
    rec['health_check_interval'] ??= 5;
    rec['base_directory'] ??= '/';
    rec['ports_exposes'] ??= '80';
    rec['git_commit_sha'] ??= 'HEAD';
    if (!opts.canReadSensitive) for (const k of APP_SENSITIVE) delete rec[k];
  }
  if (kind === 'database') {
    Object.assign(rec, { ...LIMIT_DEFAULTS, ...pick(rec, Object.keys(LIMIT_DEFAULTS)) });
    rec['is_public'] ??= false;
    rec['health_check_enabled'] ??= true;
    rec['internal_db_url'] = `postgres://u:${String(rec['postgres_password'] ?? 'generatedpassword')}@${opts.uuid}:5432/db`;
    if (!opts.canReadSensitive) {
      for (const k of Object.keys(rec)) if (k.endsWith('_password') || k.endsWith('_db_url')) delete rec[k];
    }
  }
  if (kind === 'backup') {
    if (rec['s3_storage_uuid'] !== undefined) rec['s3_storage_id'] = 3;
    delete rec['s3_storage_uuid'];
    rec['enabled'] ??= true;
    rec['dump_all'] ??= false;
  }
  if (kind === 'storage') {
    rec['name'] = typeof rec['name'] === 'string' ? `${fakeUuid('owner')}-${rec['name'] as string}` : rec['name'];
  }
  if (kind === 's3Storage' && !opts.canReadSensitive) {
    delete rec['key'];
    delete rec['secret'];
  }
  if (kind === 'service') {
    // Coolify stores a template's name as service_type (ServicesController.php create_service).
    if (typeof rec['type'] === 'string') rec['service_type'] = rec['type'];
    delete rec['type'];
    delete rec['urls'];
    if (!opts.canReadSensitive) delete rec['docker_compose_raw'];
  }
  return rec;
}

function pick(rec: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (rec[k] !== undefined) out[k] = rec[k];
  return out;
}

/** Env vars as Coolify lists them after our upsert (preview copies for applications). */
export function simulateEnvRead(resource: DesiredResource, refs: RefLookup, canReadSensitive: boolean): LiveEnvVar[] {
  const { upsert } = buildEnvUpsert(resource, undefined, refs);
  const out: LiveEnvVar[] = [];
  for (const r of upsert) {
    const row: LiveEnvVar = { ...r, uuid: fakeUuid(`${resource.address}:${r.key}:${String(r.is_preview)}`) };
    // Coolify stores the value trimmed (app/Models/EnvironmentVariable.php:364, :372).
    if (typeof row.value === 'string') row.value = storedEnvValue(row.value);
    if (!canReadSensitive) delete row.value;
    out.push(row);
    const hasOwnPreview = upsert.some((o) => o.key === r.key && o.is_preview === true);
    if (resource.kind === 'application' && r.is_preview === false && !hasOwnPreview) {
      out.push({ ...row, uuid: fakeUuid(`${row.uuid}:copy`), is_preview: true });
    }
  }
  return out;
}

function liveSubtype(resource: DesiredResource): string | undefined {
  return resource.subtype;
}

/** A live state in which every desired resource exists exactly as created by this tool. */
export function convergedLive(desired: DesiredState, canReadSensitive: boolean, opts: { recordRefs?: boolean } = {}): LiveState {
  const state: LiveState = {
    coolifyUrl: 'https://coolify.test',
    coolifyVersion: '4.3.11',
    canReadSensitive,
    resources: [],
    lookups: { servers: [{ uuid: 'srv-main', name: 'main' }], destinations: [], githubApps: [], privateKeys: [] },
  };
  // Records first (with secrets resolved from the desired state), then env vars, whose
  // references resolve against the live records like the plan does.
  const noRefs: RefLookup = () => 'unresolved';
  state.resources = liveRecords(desired, canReadSensitive, noRefs);
  const real = createRefLookup(state, desired);
  const refs: RefLookup = (r) => real(r) ?? 'unresolved';
  // `recordRefs`: references in record fields (a mounted file naming `${applications.x.host}`)
  // resolve too, as after a real apply, against the records of the first pass.
  if (opts.recordRefs === true) state.resources = liveRecords(desired, canReadSensitive, refs);
  for (const live of state.resources) {
    const d = desired.resources.find((x) => x.address === live.address)!;
    if (d.env) live.env = simulateEnvRead(d, refs, canReadSensitive);
    if (d.sharedEnv) {
      live.sharedEnv = buildSharedEnvUpsert(d, undefined, refs).upsert.map((r) => {
        const row: LiveEnvVar = { ...r, uuid: fakeUuid(`${d.address}:shared:${r.key}`) };
        if (!canReadSensitive) delete row.value;
        return row;
      });
    }
  }
  return state;
}

function liveRecords(desired: DesiredState, canReadSensitive: boolean, refs: RefLookup): LiveResource[] {
  const ctx: PayloadContext = {
    projectUuid: fakeUuid('project'),
    environmentUuid: fakeUuid('environment'),
    serverUuid: fakeUuid('server'),
    ownerUuid: fakeUuid('owner'),
    resolveUuid: (what, name) => fakeUuid(`${what}:${name}`),
    refs,
  };
  return desired.resources.map((d) => {
    const uuid = fakeUuid(d.address);
    const { body, followUp } = buildCreateRequest(d, ctx);
    const merged = { ...body, ...(followUp ?? {}) };
    if (d.kind === 'environment' && merged['description'] === undefined) merged['description'] = OWNERSHIP_DESCRIPTION_MARKER;
    const live: LiveResource = {
      kind: d.kind,
      uuid,
      name: d.name,
      address: d.address,
      owned: true,
      fields: simulateCoolifyRead(d.kind, merged, { canReadSensitive, uuid }),
    };
    const subtype = liveSubtype(d);
    if (subtype !== undefined) live.subtype = subtype;
    if (specFor(d.kind).tags) live.tags = Array.isArray(body['tags']) ? (body['tags'] as string[]) : [];
    return live;
  });
}
