/**
 * Answers that serialize Coolify 4.3.11's models (columns, $appends, $hidden): database rows per
 * engine, service domains, S3 rows, move answers, the environment read and /resources.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { api, createImageApp, createProject, seeded } from './helpers.js';

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

describe('sandbox model answers', () => {
  let sb: Sandbox;
  let project: string;
  let place: Record<string, string>;
  beforeAll(async () => {
    sb = await startSandbox({ rateLimitPerMinute: 0, tokens: [{ token: '2|ro', abilities: ['read'] }] });
    project = await createProject(sb, 'model-answers');
    place = { project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main };
  });
  afterAll(async () => sb.close());

  const createDb = async (type: string): Promise<{ uuid: string; created: Record<string, unknown> }> => {
    const r = await api(sb, 'POST', `/databases/${type}`, place);
    expect(r.status).toBe(201);
    return { uuid: r.json.uuid as string, created: r.json };
  };

  it('database rows carry their engine table\'s columns and appends only', async () => {
    const dragonfly = await createDb('dragonfly');
    expect(dragonfly.created).toEqual({ uuid: dragonfly.uuid });
    const get = async (uuid: string): Promise<Record<string, unknown>> => (await api(sb, 'GET', `/databases/${uuid}`)).json;
    const redis = await get((await createDb('redis')).uuid);
    expect('redis_password' in redis).toBe(false); // the column moved to the REDIS_PASSWORD env var
    expect(redis.internal_db_url).toMatch(/^redis:\/\/default:/);
    const mariadb = await get((await createDb('mariadb')).uuid);
    expect('is_include_timestamps' in mariadb).toBe(false);
    const keydb = await get((await createDb('keydb')).uuid);
    expect('database_type' in keydb).toBe(false);
    expect(keydb).toMatchObject({ keydb_conf: null, enable_ssl: false });
    const clickhouse = await createDb('clickhouse');
    expect(clickhouse.created.internal_db_url).toMatch(/:9000\/default$/);
    const ch = await get(clickhouse.uuid);
    expect(ch).toMatchObject({ clickhouse_db: 'default', database_type: 'standalone-clickhouse' });
    expect('enable_ssl' in ch).toBe(false);
    // 2026_05_31_000000_add_health_check_to_standalone_databases.php defaults.
    expect(ch).toMatchObject({ health_check_enabled: true, health_check_interval: 15, health_check_timeout: 5, health_check_retries: 5, health_check_start_period: 5 });
    // Without read:sensitive a PostgreSQL row hides init_scripts too (StandalonePostgresql.php:68).
    const pg = await createDb('postgresql');
    expect('init_scripts' in (await api(sb, 'GET', `/databases/${pg.uuid}`, undefined, { token: '2|ro' })).json).toBe(false);
  });

  it('a template service gets the domain its magic SERVICE_URL variable asks for; PATCH answers the domains', async () => {
    const r = await api(sb, 'POST', '/services', { ...place, type: 'uptime-kuma' });
    expect(r.status).toBe(201);
    const uuid = r.json.uuid as string;
    expect(r.json.domains).toEqual([`http://uptimekuma-${uuid}.127.0.0.1.sslip.io:3001`]);
    const svc = (await api(sb, 'GET', `/services/${uuid}`)).json;
    expect(svc.applications).toEqual([expect.objectContaining({ name: 'uptime-kuma', image: 'louislam/uptime-kuma:2', fqdn: r.json.domains[0] })]);
    const urls = await api(sb, 'PATCH', `/services/${uuid}`, { urls: [{ name: 'uptime-kuma', url: 'https://status.example.test' }] });
    expect(urls.json).toEqual({ uuid, domains: ['https://status.example.test'] });
    // A raw compose is parsed the same way; a service without a magic variable has no domain.
    const raw = await api(sb, 'POST', '/services', { ...place, docker_compose_raw: b64('services:\n  api:\n    image: nginx\n    environment:\n      - SERVICE_FQDN_API_8080=/v1\n  worker:\n    image: busybox\n') });
    expect(raw.json.domains).toEqual([`http://api-${raw.json.uuid as string}.127.0.0.1.sslip.io/v1:8080`]);
  });

  it('S3 rows carry team_id, unusable_email_sent and the timestamps, the seeded one too', async () => {
    const dev = await startSandbox({ seedProfile: 'coolify-dev', rateLimitPerMinute: 0 });
    try {
      await api(dev, 'POST', '/s3-storages', { name: 'made-here', region: 'us-east-1', key: 'k', secret: 's', bucket: 'made-bucket', endpoint: 'https://s3.amazonaws.com' });
      const s3 = (await api(dev, 'GET', '/s3-storages')).json as Array<Record<string, unknown>>;
      expect(s3.map((r) => r.uuid)).toContain('minio');
      expect(s3).toHaveLength(2);
      for (const row of s3) expect(row).toMatchObject({ team_id: expect.any(Number), unusable_email_sent: false, created_at: expect.any(String), updated_at: expect.any(String) });
    } finally {
      await dev.close();
    }
  });

  it('move answers the target project and environment; the errors name the resource type', async () => {
    const app = await createImageApp(sb, project);
    const staging = (await api(sb, 'POST', `/projects/${project}/environments`, { name: 'staging' })).json.uuid as string;
    const r = await api(sb, 'POST', `/applications/${app}/move`, { environment_uuid: staging });
    expect(r.json).toEqual({ message: 'Application moved successfully.', uuid: app, project_uuid: project, environment_uuid: staging });
    expect((await api(sb, 'POST', `/applications/${app}/move`, { environment_uuid: staging })).json.message).toBe('Application is already in this environment.');
    expect((await api(sb, 'POST', `/applications/${app}/move`, { environment_uuid: 'nope' })).json.message).toBe('Target environment not found or not owned by your team.');
    await api(sb, 'POST', `/applications/${app}/move`, { environment_uuid: (await api(sb, 'GET', `/projects/${project}/production`)).json.uuid });
  });

  it('the environment read serializes the models: id, hidden keys only for read:sensitive, nested server secrets never', async () => {
    await createImageApp(sb, project);
    await api(sb, 'POST', '/services', { ...place, docker_compose_raw: b64('services:\n  web:\n    image: nginx\n') });
    const root = (await api(sb, 'GET', `/projects/${project}/production`)).json;
    const app = root.applications[0] as Record<string, unknown>;
    expect(app).toMatchObject({ id: expect.any(Number), domain_dns_statuses: null, manual_webhook_secret_github: expect.any(String) });
    const settings = ((app.destination as Record<string, unknown>).server as Record<string, unknown>).settings as Record<string, unknown>;
    expect('sentinel_token' in settings).toBe(false);
    const service = root.services[0] as Record<string, unknown>;
    expect(service).toMatchObject({ id: expect.any(Number), server: expect.any(Object), applications: expect.any(Array) });
    expect('destination' in service).toBe(false);
    const ro = (await api(sb, 'GET', `/projects/${project}/production`, undefined, { token: '2|ro' })).json;
    expect('custom_labels' in ro.applications[0]).toBe(false);
    expect(ro.applications[0].private_key_id).toBeNull();
    expect('postgres_password' in ro.postgresqls[0]).toBe(false);
  });

  it('/resources lists the whole models with laravel_through_key and type, applications, services, then each engine', async () => {
    const list = (await api(sb, 'GET', '/resources')).json as Array<Record<string, unknown>>;
    const types = list.map((r) => r.type as string);
    expect(types.indexOf('service')).toBeGreaterThan(types.lastIndexOf('application'));
    expect(types.indexOf('standalone-postgresql')).toBeGreaterThan(types.lastIndexOf('service'));
    expect(types.indexOf('standalone-redis')).toBeLessThan(types.indexOf('standalone-mariadb')); // DATABASE_TYPES order
    const projectId = sb.store.world.projects.find((p) => p.uuid === project)!.id;
    const app = list.find((r) => r.type === 'application')!;
    expect(app).toMatchObject({ id: expect.any(Number), laravel_through_key: projectId, watch_paths: null, swarm_replicas: 1, static_image: 'nginx:alpine', server_status: true, destination: expect.any(Object) });
    expect(list.find((r) => r.type === 'service')).toMatchObject({ server: expect.any(Object), databases: [] });
    const ro = (await api(sb, 'GET', '/resources', undefined, { token: '2|ro' })).json as Array<Record<string, unknown>>;
    expect('manual_webhook_secret_github' in ro.find((r) => r.type === 'application')!).toBe(false);
    expect('postgres_password' in ro.find((r) => r.type === 'standalone-postgresql')!).toBe(false);
  });
});
