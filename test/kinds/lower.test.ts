import { describe, expect, it } from 'vitest';
import { sampleDesired } from '../plan/fixtures.js';
import { addr } from '../helpers/address.js';

const byAddress = () => new Map(sampleDesired().resources.map((r) => [r.address, r]));

describe('buildDesiredState', () => {
  it('lowers an image application to wire fields', () => {
    const api = byAddress().get(addr('ado/production/application/api-gateway'))!;
    expect(api.subtype).toBe('dockerimage');
    expect(api.placement).toEqual({ server: 'main' });
    expect(api.tags).toEqual(['team-a']);
    expect(api.fields).toMatchObject({
      name: 'api-gateway',
      docker_registry_image_name: 'ghcr.io/dxheroes/ado/api-gateway',
      docker_registry_image_tag: '1.4.2',
      ports_exposes: '3000,3001',
      domains: 'https://api.ado.example.com/,https://API2.ado.example.com',
      autogenerate_domain: false,
      health_check_path: '/health',
      health_check_port: '3000',
      limits_cpus: '2',
      limits_memory: '2048M',
      pre_deployment_command: 'npm run migrate',
    });
    expect(api.env?.['PORT']).toEqual({
      value: '3000', is_buildtime: true, is_runtime: true, is_literal: false, is_multiline: false, is_preview: false, sensitive: false,
    });
  });

  it('lowers git apps, previews env, databases, backups and sub-resources', () => {
    const m = byAddress();
    const dash = m.get(addr('ado/production/application/dashboard'))!;
    expect(dash.subtype).toBe('public');
    expect(dash.fields).toMatchObject({ git_repository: 'https://github.com/dxheroes/ado.git', build_pack: 'dockerfile', is_auto_deploy_enabled: true, is_preview_deployments_enabled: true });
    expect(dash.env?.['API_URL#preview']?.is_preview).toBe(true);
    expect(dash.env?.['API_URL']?.is_preview).toBe(false);
    const pg = m.get(addr('ado/production/database/postgres'))!;
    expect(pg.subtype).toBe('postgresql');
    expect(pg.fields).toMatchObject({ postgres_user: 'ado', postgres_db: 'ado', image: 'postgres:16-alpine', health_check_interval: 10 });
    expect(m.get(addr('ado/production/database/postgres#backup/0'))?.fields).toEqual({
      frequency: '0 2 * * *', save_s3: true, s3_storage_uuid: 's3/backups-eu', databases_to_backup: 'ado', database_backup_retention_days_locally: 7,
    });
    expect(m.get(addr('ado/production/application/api-gateway#storage/data'))?.fields).toEqual({ mount_path: '/data', name: 'data' });
    expect(m.get(addr('ado/production/application/api-gateway#task/cleanup'))?.fields).toMatchObject({ command: 'npm run gc' });
    expect(m.get(addr('ado'))?.sharedEnv?.['JWT_SECRET']).toBeDefined();
    expect(m.get(addr('ado/production/service/plausible'))).toMatchObject({ subtype: 'template', fields: { type: 'plausible' } });
  });

  it('gives every instance of a replica set one shared, environment-qualified network alias', () => {
    const { resources } = sampleDesired();
    const workers = resources.filter((r) => r.kind === 'application' && /^worker-\d+$/.test(r.name));
    expect(workers.map((w) => w.name)).toEqual(['worker-1', 'worker-2']);
    expect(workers.map((w) => w.fields['custom_network_aliases'])).toEqual(['ado-production-worker', 'ado-production-worker']);
    const single = resources.find((r) => r.kind === 'application' && !/-\d+$/.test(r.name));
    expect(single?.fields['custom_network_aliases']).toBeUndefined();
  });

  it('expands replicas and their edges, and adds parent edges', () => {
    const desired = sampleDesired();
    const m = new Map(desired.resources.map((r) => [r.address, r]));
    expect(m.has(addr('ado/production/application/worker'))).toBe(false);
    expect(m.get(addr('ado/production/application/worker-2'))?.fields['name']).toBe('worker-2');
    expect(desired.edges).toEqual(expect.arrayContaining([
      { from: 'ado/production', to: 'ado', reason: 'parent' },
      { from: 'ado/production/application/worker-1', to: 'ado/production/database/redis', reason: 'dependsOn' },
      { from: 'ado/production/application/worker-2', to: 'ado/production/database/redis', reason: 'dependsOn' },
      { from: 'ado/production/database/postgres#backup/0', to: 's3/backups-eu', reason: 's3', via: 's3' },
      { from: 'ado/production/application/api-gateway#storage/data', to: 'ado/production/application/api-gateway', reason: 'parent' },
    ]));
    expect(desired.projects).toEqual(['ado']);
  });
});
