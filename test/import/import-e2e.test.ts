/**
 * Acceptance (end to end, sandbox on 127.0.0.1): a project built by hand through the HTTP API
 * (plain fetch) is imported with the CLI; the manifest validates, plans as adoption only,
 * applies, and then plans with no changes.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { sandboxApi } from './cli-harness.js';
import { minimalEnv, runCli } from '../e2e/harness.js';

const INSTANT = { deploymentQueuedMs: 0, deploymentRunMs: 0, healthyAfterMs: 0, deleteAfterMs: 0, databaseStartMs: 0 };
const COMPOSE = 'services:\n  grafana:\n    image: grafana/grafana:11.1.0\n    environment:\n      GF_SECURITY_ADMIN_PASSWORD: ${GRAFANA_PASSWORD}\n';

interface PlanJsonLite {
  resourceChanges: Array<{ address: string; kind: string; action: string; alsoUpdates?: boolean; changes: Array<{ path: string; before: unknown; after: unknown; sensitiveState?: string }> }>;
}

let sb: Sandbox;
let dir: string;
let env: NodeJS.ProcessEnv;

/** Builds the hand-made project: every kind at least once. */
async function buildState(api: ReturnType<typeof sandboxApi>): Promise<void> {
  const servers = await api<Array<{ uuid: string; name: string }>>('GET', '/servers');
  const server_uuid = servers.find((s) => s.name === 'main')!.uuid;
  const { uuid: project_uuid } = await api<{ uuid: string }>('POST', '/projects', { name: 'shop', description: 'The shop' });
  await api('POST', `/projects/${project_uuid}/environments`, { name: 'staging' });
  await api('POST', `/projects/${project_uuid}/envs`, { key: 'LOG_LEVEL', value: 'info' });
  await api('POST', `/projects/${project_uuid}/envs`, { key: 'JWT_SECRET', value: 'project-jwt-secret' });
  await api('POST', `/projects/${project_uuid}/environments/staging/envs`, { key: 'REGION', value: 'eu-west' });
  const s3 = await api<{ uuid: string }>('POST', '/s3-storages', {
    name: 'backups-eu', endpoint: 'https://s3.eu-central-1.amazonaws.com', bucket: 'shop-backups', region: 'eu-central-1', key: 'AKIAEXAMPLE', secret: 'wJalrXUtnFEMI',
  });
  const place = (environment_name: string) => ({ project_uuid, environment_name, server_uuid });

  const pg = await api<{ uuid: string }>('POST', '/databases/postgresql', {
    ...place('production'), name: 'postgres', image: 'postgres:16-alpine', postgres_user: 'shop', postgres_db: 'shop', limits_memory: '1g',
  });
  await api('POST', `/databases/${pg.uuid}/backups`, { frequency: '0 2 * * *', save_s3: true, s3_storage_uuid: s3.uuid, database_backup_retention_days_locally: 7 });
  const redis = await api<{ uuid: string }>('POST', '/databases/redis', { ...place('production'), name: 'cache', image: 'redis:7-alpine' });
  await api('POST', `/databases/${redis.uuid}/tags`, { tag_names: ['cache'] });
  const mysql = await api<{ uuid: string }>('POST', '/databases/mysql', { ...place('staging'), name: 'legacy-db', mysql_database: 'legacy', is_public: true, public_port: 13306 });
  await api('PATCH', `/databases/${mysql.uuid}`, { health_check_interval: 30 });

  const app = await api<{ uuid: string }>('POST', '/applications/dockerimage', {
    ...place('production'), name: 'api-gateway', description: 'Public API', docker_registry_image_name: 'ghcr.io/acme/api-gateway', docker_registry_image_tag: '1.4.2',
    ports_exposes: '3000,3001', domains: 'https://api.shop.example.com,https://api2.shop.example.com', autogenerate_domain: false,
    health_check_enabled: true, health_check_path: '/health', health_check_port: '3000', health_check_interval: 30,
    limits_cpus: '2', limits_memory: '2048m', pre_deployment_command: 'npm run migrate', post_deployment_command: 'npm run warm', post_deployment_command_container: 'api',
  });
  await api('POST', `/applications/${app.uuid}/envs`, { key: 'NODE_ENV', value: 'production' });
  await api('POST', `/applications/${app.uuid}/envs`, { key: 'JWT_SECRET', value: 'app-jwt-secret' });
  await api('POST', `/applications/${app.uuid}/envs`, { key: 'BUILD_FLAG', value: '1', is_runtime: false });
  await api('POST', `/applications/${app.uuid}/envs`, { key: 'TEMPLATE', value: 'hello ${USER}', is_literal: true });
  await api('POST', `/applications/${app.uuid}/storages`, { type: 'persistent', name: 'uploads', mount_path: '/app/uploads' });
  await api('POST', `/applications/${app.uuid}/storages`, { type: 'file', mount_path: '/app/config.json', content: '{"a":1}' });
  await api('POST', `/applications/${app.uuid}/scheduled-tasks`, { name: 'cleanup', command: 'npm run cleanup', frequency: '0 3 * * *' });
  await api('POST', `/applications/${app.uuid}/tags`, { tag_names: ['backend', 'public'] });

  const dash = await api<{ uuid: string }>('POST', '/applications/public', {
    ...place('production'), name: 'dashboard', git_repository: 'https://github.com/acme/dashboard', git_branch: 'main', build_pack: 'dockerfile',
    dockerfile_location: '/packages/dashboard/Dockerfile', autogenerate_domain: false, domains: 'https://dash.shop.example.com',
    is_preview_deployments_enabled: true, preview_url_template: 'pr-{{pr_id}}.preview.shop.example.com',
  });
  await api('POST', `/applications/${dash.uuid}/envs`, { key: 'API_URL', value: 'https://api.shop.example.com' });
  await api('POST', `/applications/${dash.uuid}/envs`, { key: 'PREVIEW_BANNER', value: 'on', is_preview: true });

  await api('POST', '/services', { ...place('staging'), name: 'metrics', docker_compose_raw: Buffer.from(COMPOSE).toString('base64') });
}

beforeAll(async () => {
  sb = await startSandbox({ timings: INSTANT });
  dir = mkdtempSync(join(tmpdir(), 'ado-import-e2e-'));
  env = minimalEnv({ COOLIFY_URL: sb.url, COOLIFY_TOKEN: sb.token });
  await buildState(sandboxApi(sb.url, sb.token));
});
afterAll(async () => {
  await sb.close();
});

describe('import → validate → plan (adopt only) → apply → plan (no changes)', () => {
  it('round-trips a hand-made project', async () => {
    const imported = await runCli(['import', '--project', 'shop', '-o', 'out.yaml', '--secrets-out', 'secrets.env'], { env, cwd: dir });
    expect(imported.stderr).not.toContain('internal error');
    expect(imported.status, imported.stderr).toBe(0);
    const yaml = readFileSync(join(dir, 'out.yaml'), 'utf8');
    const secrets = readFileSync(join(dir, 'secrets.env'), 'utf8');
    // Secret values never reach the manifest or the terminal, only the user's secrets file.
    for (const value of ['app-jwt-secret', 'project-jwt-secret', 'AKIAEXAMPLE', 'wJalrXUtnFEMI']) {
      expect(yaml).not.toContain(value);
      expect(imported.stderr + imported.stdout).not.toContain(value);
      expect(secrets).toContain(value);
    }
    expect(statSync(join(dir, 'secrets.env')).mode & 0o777).toBe(0o600);
    expect(yaml).toContain('${secrets.API_GATEWAY_JWT_SECRET}');
    expect(imported.stderr).toContain('API_GATEWAY_JWT_SECRET');
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=/);
    expect(yaml).toContain('image: ghcr.io/acme/api-gateway:1.4.2');
    expect(yaml).toContain('$${GRAFANA_PASSWORD}');

    const validated = await runCli(['validate', '-f', 'out.yaml', '--secrets-file', 'secrets.env'], { env, cwd: dir });
    expect(validated.stdout + validated.stderr).not.toContain('error');
    expect(validated.status).toBe(0);

    const planned = await runCli(['plan', '-f', 'out.yaml', '--secrets-file', 'secrets.env', '--format', 'json', '--detailed-exitcode'], { env, cwd: dir });
    expect(planned.status, planned.stderr).toBe(2);
    const plan = JSON.parse(planned.stdout) as PlanJsonLite;
    const kinds = new Set(plan.resourceChanges.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['application', 'backup', 'database', 'environment', 'project', 's3Storage', 'scheduledTask', 'service', 'storage']);
    const bad = plan.resourceChanges.filter((c) => c.action !== 'adopt');
    expect(bad.map((c) => `${c.address}: ${c.action}`)).toEqual([]);
    // The only updates are env/shared variables taken over (see docs/import.md): same value
    // and flags, only the ownership comment is new.
    const updates = plan.resourceChanges.filter((c) => c.alsoUpdates === true);
    for (const c of updates) {
      for (const f of c.changes) {
        expect(f.path, `${c.address} ${f.path}`).toMatch(/^(env|sharedEnv)\./);
        expect(f.before, `${c.address} ${f.path}`).toEqual(f.after);
      }
    }
    expect(planned.stdout).not.toContain('app-jwt-secret');

    const applied = await runCli(['apply', '-f', 'out.yaml', '--secrets-file', 'secrets.env', '--auto-approve'], { env, cwd: dir });
    expect(applied.status, applied.stderr + applied.stdout).toBe(0);

    const again = await runCli(['plan', '-f', 'out.yaml', '--secrets-file', 'secrets.env', '--detailed-exitcode'], { env, cwd: dir });
    expect(again.stdout).toContain('No changes');
    expect(again.status, again.stdout).toBe(0);
  }, 120_000);

  it('fails clearly on bad input (exit 1, hint, no stack trace)', async () => {
    const unknown = await runCli(['import', '--project', 'nope'], { env, cwd: dir });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no Coolify project is named "nope"');
    expect(unknown.stderr).toContain('hint: projects this token can see: "shop"');
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
    const badEnv = await runCli(['import', '--project', 'shop', '--env', 'qa'], { env, cwd: dir });
    expect(badEnv.status).toBe(1);
    expect(badEnv.stderr).toContain('has no environment "qa"');
    const exists = await runCli(['import', '--project', 'shop', '-o', 'out.yaml'], { env, cwd: dir });
    expect(exists.status).toBe(1);
    expect(exists.stderr).toContain('out.yaml already exists');
    const missing = await runCli(['import'], { env, cwd: dir });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('import needs --project');
  }, 60_000);
});
