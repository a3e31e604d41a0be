import { describe, expect, it } from 'vitest';
import { buildAdoptRequest, buildCreateRequest, buildUpdateBody, matchesLive, updateEndpoint, type PayloadContext, type WireEndpoint } from '../../src/kinds/payload.js';
import { lowerScheduledTask } from '../../src/kinds/scheduled-task.js';
import { buildEnvUpsert } from '../../src/diff/env-upsert.js';
import { OWNERSHIP_TAG } from '../../src/model/resource.js';
import { sampleDesired } from '../plan/fixtures.js';
import { convergedLive } from './simulate-coolify.js';
import { plan } from '../plan/fixtures.js';
import { addr } from '../helpers/address.js';

/** What Coolify's PATCH /applications refuses (ApplicationsController update_by_uuid allow-list). */
const PATCH_APPLICATION_REJECTS = [
  'project_uuid', 'environment_name', 'environment_uuid', 'server_uuid', 'destination_uuid', 'github_app_uuid', 'private_key_uuid',
  'dockerfile', 'autogenerate_domain', 'tags', 'type', 'docker_compose_raw', 'instant_deploy',
];

/** `METHOD /path` with the endpoint's parameters filled in (the builders return typed endpoints). */
function filled(e: WireEndpoint): string {
  return `${e.method} ${e.template.replace(/\{(\w+)\}/g, (_, k: string) => e.params[k] ?? `{${k}}`)}`;
}

const ctx: PayloadContext = {
  projectUuid: 'proj', environmentUuid: 'env', serverUuid: 'srv', ownerUuid: 'owner',
  resolveUuid: (what, name) => `${what}:${name}`,
  refs: (r) => (r.attr === 'internalUrl' ? 'postgres://x' : undefined),
};
const get = (address: string) => sampleDesired().resources.find((r) => r.address === address)!;
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('buildCreateRequest', () => {
  it('dockerimage application: exact body', () => {
    const req = buildCreateRequest(get('ado/production/application/api-gateway'), ctx);
    expect(filled(req.endpoint)).toBe('POST /applications/dockerimage');
    expect(req.body).toEqual({
      project_uuid: 'proj', environment_uuid: 'env', server_uuid: 'srv',
      name: 'api-gateway', description: '(managed by ado-coolify)',
      docker_registry_image_name: 'ghcr.io/dxheroes/ado/api-gateway', docker_registry_image_tag: '1.4.2',
      ports_exposes: '3000,3001', domains: 'https://api.ado.example.com/,https://API2.ado.example.com',
      autogenerate_domain: false, health_check_path: '/health', health_check_port: '3000', health_check_interval: 30, health_check_timeout: 10,
      limits_cpus: '2', limits_memory: '2048M', pre_deployment_command: 'npm run migrate',
      tags: [OWNERSHIP_TAG, 'team-a'], instant_deploy: false,
    });
    expect(req.followUp).toBeUndefined();
  });

  it('public git application: defaults and webhook secret', () => {
    const req = buildCreateRequest(get('ado/production/application/dashboard'), ctx);
    expect(filled(req.endpoint)).toBe('POST /applications/public');
    expect(req.body).toMatchObject({ git_repository: 'https://github.com/dxheroes/ado.git', git_branch: 'main', build_pack: 'dockerfile', dockerfile_location: 'packages/dashboard/Dockerfile', is_auto_deploy_enabled: true, manual_webhook_secret_github: 'CANARY-SECRET-42-hook' });
    expect(req.body).not.toHaveProperty('docker_registry_image_name');
  });

  it('postgres database: type fields, base64 conf, health checks as follow-up', () => {
    const req = buildCreateRequest(get('ado/production/database/postgres'), ctx);
    expect(filled(req.endpoint)).toBe('POST /databases/postgresql');
    expect(req.body).toEqual({
      project_uuid: 'proj', environment_uuid: 'env', server_uuid: 'srv', name: 'postgres', description: '(managed by ado-coolify) (protect)',
      image: 'postgres:16-alpine', postgres_user: 'ado', postgres_password: 'CANARY-SECRET-42-pg', postgres_db: 'ado',
      postgres_conf: b64('max_connections = 200\nshared_buffers = 256MB'), tags: [OWNERSHIP_TAG, 'team-a'], instant_deploy: false,
    });
    expect(req.followUp).toEqual({ health_check_interval: 10 });
  });

  it.each([
    ['ado', 'POST /projects', { name: 'ado', description: 'ADO platform (managed by ado-coolify)' }, undefined],
    ['ado/staging', 'POST /projects/proj/environments', { name: 'staging' }, { description: 'Staging (managed by ado-coolify)' }],
    ['ado/production/database/postgres#backup/0', 'POST /databases/owner/backups', { frequency: '0 2 * * *', save_s3: true, s3_storage_uuid: 's3Storage:s3/backups-eu', databases_to_backup: 'ado', database_backup_retention_days_locally: 7 }, undefined],
    ['ado/production/application/api-gateway#storage/data', 'POST /applications/owner/storages', { type: 'persistent', name: 'data', mount_path: '/data' }, undefined],
    ['ado/production/application/api-gateway#task/cleanup', 'POST /applications/owner/scheduled-tasks', { name: 'cleanup', command: 'npm run gc', frequency: '0 * * * *' }, undefined],
    ['ado/production/service/plausible', 'POST /services', { project_uuid: 'proj', environment_uuid: 'env', server_uuid: 'srv', name: 'plausible', description: '(managed by ado-coolify)', type: 'plausible', tags: [OWNERSHIP_TAG, 'team-a'], instant_deploy: false }, undefined],
    ['s3/backups-eu', 'POST /s3-storages', { name: 'backups-eu', description: '(managed by ado-coolify)', endpoint: 'https://s3.eu-central-1.amazonaws.com', bucket: 'ado-backups', region: 'eu-central-1', key: 'CANARY-SECRET-42-key', secret: 'CANARY-SECRET-42-secret' }, undefined],
  ])('%s', (address, endpoint, body, followUp) => {
    const req = buildCreateRequest(get(address), ctx);
    expect(filled(req.endpoint)).toBe(endpoint);
    expect(req.body).toEqual(body);
    expect(req.followUp).toEqual(followUp);
  });
});

describe('buildUpdateBody', () => {
  it('holds only changed PATCHable fields, never forbidden keys', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    const api = live.resources.find((r) => r.address === 'ado/production/application/api-gateway')!;
    Object.assign(api.fields, { docker_registry_image_tag: 'old', health_check_path: '/x', description: 'changed' });
    const resource = desired.resources.find((r) => r.address === api.address)!;
    resource.fields['description'] = 'API';
    const change = plan(desired, live).resourceChanges.find((c) => c.address === api.address)!;
    const body = buildUpdateBody(resource, change, ctx);
    expect(body).toEqual({ docker_registry_image_tag: '1.4.2', health_check_path: '/health', description: 'API (managed by ado-coolify)' });
    const all = buildUpdateBody(resource, { changes: Object.keys(resource.fields).map((path) => ({ path, label: path, before: null, after: null, sensitive: false, effect: 'update' })) }, ctx);
    // Keys PATCH /applications rejects with 422 (API-NOTES §4 Update): the fields' `patchable`
    // flags keep them out, with no list of their own in the builder.
    for (const k of PATCH_APPLICATION_REJECTS) expect(all).not.toHaveProperty(k);
    expect(all).toHaveProperty('docker_registry_image_name');
  });
});

describe('env, adopt and idempotent-create lookups', () => {
  it('builds full env records and deletes owned dropped keys', () => {
    const api = get('ado/production/application/api-gateway');
    const { upsert, deleteUuids } = buildEnvUpsert(api, {
      kind: 'application', uuid: 'u', name: 'api-gateway', owned: true, fields: {},
      env: [{ uuid: 'old', key: 'OLD', value: 'v', comment: 'managed by ado-coolify' }, { uuid: 'f', key: 'FOREIGN', value: 'v' }],
    }, ctx.refs);
    expect(deleteUuids).toEqual(['old']);
    expect(upsert.find((r) => r.key === 'PORT')).toEqual({
      key: 'PORT', value: '3000', is_preview: false, is_literal: false, is_multiline: false, is_shown_once: false, is_runtime: true, is_buildtime: true, comment: 'managed by ado-coolify, plain value',
    });
    // A secret carries no plain mark: its removed value is never shown (ux-audit p1.5).
    expect(upsert.find((r) => r.key === 'JWT_SECRET')?.comment).toBe('managed by ado-coolify');
    const db = buildEnvUpsert({ ...get('ado/production/service/plausible') }, undefined, ctx.refs);
    expect(db.upsert).toEqual([{ key: 'BASE_URL', value: 'https://stats.example.com', is_literal: false, is_multiline: false, is_shown_once: false, comment: 'managed by ado-coolify, plain value' }]);
  });

  it('adopts by marking the description and adding tags', () => {
    const redis = get('ado/production/database/redis');
    const req = buildAdoptRequest(redis, { kind: 'database', uuid: 'r', name: 'redis', owned: false, fields: { description: 'cache' }, tags: ['team-a'] }, ctx);
    expect({ ...req, endpoint: filled(req!.endpoint) }).toEqual({ endpoint: 'PATCH /databases/r', body: { description: 'cache (managed by ado-coolify)' }, tagNames: [OWNERSHIP_TAG] });
  });

  it('matchesLive needs name, environment and ownership', () => {
    const redis = get('ado/production/database/redis');
    const base = { kind: 'database' as const, uuid: 'r', name: 'redis', address: redis.address, fields: {} };
    expect(matchesLive(redis, { ...base, owned: true })).toBe(true);
    expect(matchesLive(redis, { ...base, owned: false, fields: { description: 'x (managed by ado-coolify)' } })).toBe(true);
    expect(matchesLive(redis, { ...base, owned: false })).toBe(false);
    expect(matchesLive(redis, { ...base, owned: true, address: addr('ado/staging/database/redis') })).toBe(false);
    expect(matchesLive(redis, { ...base, owned: true, name: 'other' })).toBe(false);
  });
});

describe('scheduled tasks of a service', () => {
  const task = lowerScheduledTask(addr('ado/production/service/umami'), 'vacuum', { command: 'vacuumdb -a', frequency: 'daily', container: 'postgresql' });

  it('are created and patched under /services/{uuid}/scheduled-tasks, with the same body as an application task', () => {
    const req = buildCreateRequest(task, ctx);
    expect(filled(req.endpoint)).toBe('POST /services/owner/scheduled-tasks');
    expect(req.body).toEqual({ name: 'vacuum', command: 'vacuumdb -a', frequency: 'daily', container: 'postgresql' });
    expect(filled(updateEndpoint(task, 't1', ctx))).toBe('PATCH /services/owner/scheduled-tasks/t1');
  });

  it('an application task keeps the /applications routes', () => {
    const appTask = lowerScheduledTask(addr('ado/production/application/api'), 'gc', { command: 'gc', frequency: 'hourly' });
    expect(filled(buildCreateRequest(appTask, ctx).endpoint)).toBe('POST /applications/owner/scheduled-tasks');
    expect(filled(updateEndpoint(appTask, 't2', ctx))).toBe('PATCH /applications/owner/scheduled-tasks/t2');
  });
});
