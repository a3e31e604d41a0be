/**
 * Contract tests, databases and services part: every `client.databases.*` and
 * `client.services.*` method against the sandbox, plus the database rejections of API-NOTES
 * §6, §7 and the read-only token's view (sensitive keys absent, not null).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inferCanReadSensitive } from '../../src/coolify/capabilities.js';
import { DATABASE_TYPES, type DatabaseType } from '../../src/coolify/types.js';
import { CONTRACT_OWNERS, UUID, b64, expectApiError, startContract, uncalled, type ContractContext } from './contract-helpers.js';

const URL_SCHEME: Record<DatabaseType, string> = {
  postgresql: 'postgres://', mysql: 'mysql://', mariadb: 'mysql://', mongodb: 'mongodb://',
  redis: 'redis://', keydb: 'redis://', dragonfly: 'redis://', clickhouse: 'clickhouse://',
  // no URL: a Coolify 4.4 SQLite database is a file (not in DATABASE_TYPES, the 4.3 engines)
  sqlite: '',
};

describe('contract: databases and services (client ↔ sandbox)', () => {
  let c: ContractContext;
  let project: string;
  let otherEnv: string;
  const dbs = {} as Record<DatabaseType, string>;
  let pg: string;
  let templateSvc: string;
  let composeSvc: string;

  beforeAll(async () => {
    c = await startContract({ tokens: [{ token: '2|ro', abilities: ['read'] }] });
    project = (await c.client.projects.create({ name: 'contract-dbs' })).uuid;
    otherEnv = (await c.client.projects.createEnvironment(project, { name: 'staging' })).uuid;
  });
  afterAll(async () => c.close());

  describe('databases', () => {
    it('creates all eight types: 201 {uuid, internal_db_url}; Dragonfly answers {uuid} alone', async () => {
      expect(DATABASE_TYPES).toHaveLength(8);
      for (const type of DATABASE_TYPES) {
        const created = await c.client.databases.create(type, { ...c.place(project), name: `db-${type}`, tags: ['ado-db'] });
        expect(created.uuid, type).toMatch(UUID);
        dbs[type] = created.uuid;
        // DatabasesController.php:449-451: the Dragonfly create answers its uuid only (as the real 4.3.11 does).
        if (type === 'dragonfly') {
          expect(created).toEqual({ uuid: created.uuid });
          continue;
        }
        expect(created.internal_db_url?.startsWith(URL_SCHEME[type]), `${type}: ${String(created.internal_db_url)}`).toBe(true);
        expect(created.internal_db_url).toContain(`@${created.uuid}:`);
        expect('external_db_url' in created).toBe(false);
      }
      pg = dbs.postgresql;
      const pub = await c.client.databases.create('postgresql', { ...c.place(project), postgres_user: 'ado', postgres_db: 'ado', is_public: true, public_port: 15432 });
      expect(pub.external_db_url).toMatch(/^postgres:\/\/ado:[A-Za-z0-9]{64}@127\.0\.0\.1:15432\/ado$/);
      await c.client.databases.delete(pub.uuid);
      c.advance(100); // the queued delete job runs
    });

    it('get and list: database_type, status, passwords (root), backup_configs on list', async () => {
      const got = await c.client.databases.get(pg);
      expect(got).toMatchObject({ uuid: pg, name: 'db-postgresql', database_type: 'standalone-postgresql', image: 'postgres:16-alpine', status: 'exited:unhealthy', server_status: true });
      expect(got.postgres_password).toMatch(/^[A-Za-z0-9]{64}$/);
      expect(typeof got.environment_id).toBe('number');
      const list = await c.client.databases.list();
      // Every engine but KeyDB appends database_type (app/Models/StandaloneKeydb.php:55 does not).
      expect(list.map((d) => d.database_type).filter(Boolean).sort()).toEqual(DATABASE_TYPES.filter((t) => t !== 'keydb').map((t) => `standalone-${t}`).sort());
      expect(list.find((d) => d.uuid === dbs.keydb)).toMatchObject({ keydb_conf: null });
      expect('database_type' in list.find((d) => d.uuid === dbs.keydb)!).toBe(false);
      for (const d of list) expect(d.backup_configs).toEqual([]);
      expect(inferCanReadSensitive(list)).toBe(true);
    });

    it('update answers {message}; is_public + public_port brings external_db_url', async () => {
      expect(await c.client.databases.update(pg, { image: 'postgres:17-alpine', is_public: true, public_port: 15433, limits_memory: '512m' })).toEqual({ message: 'Database updated.' });
      const got = await c.client.databases.get(pg);
      expect(got).toMatchObject({ image: 'postgres:17-alpine', is_public: true, public_port: 15433, limits_memory: '512m' });
      expect(got.external_db_url).toContain('@127.0.0.1:15433/');
    });

    it('envs: create answers the record (not {uuid}), list, update, bulkUpsert, delete', async () => {
      const created = await c.client.databases.envs.create(pg, { key: 'PGTZ', value: 'UTC' });
      expect(created).toMatchObject({ uuid: expect.stringMatching(UUID), key: 'PGTZ', value: 'UTC' });
      expect((await c.client.databases.envs.list(pg)).map((e) => e.key)).toEqual(['PGTZ']); // no preview copies for databases
      expect(await c.client.databases.envs.update(pg, { key: 'PGTZ', value: 'Europe/Berlin' })).toMatchObject({ key: 'PGTZ', value: 'Europe/Berlin' });
      const bulk = await c.client.databases.envs.bulkUpsert(pg, [{ key: 'PGTZ', value: 'UTC' }, { key: 'PGAPPNAME', value: 'ado' }]);
      expect(bulk.map((e) => e.key)).toEqual(['PGTZ', 'PGAPPNAME']);
      expect((await c.client.databases.envs.delete(pg, bulk[1]!.uuid)).message).toMatch(/deleted/i);
      const redisEnvs = await c.client.databases.envs.list(dbs.redis);
      expect(redisEnvs.map((e) => e.key).sort()).toEqual(['REDIS_PASSWORD', 'REDIS_USERNAME']);
    });

    it('tags: add, list, remove', async () => {
      expect((await c.client.databases.tags.add(pg, ['Primary'])).map((t) => t.name).sort()).toEqual(['ado-db', 'primary']);
      const primary = (await c.client.databases.tags.list(pg)).find((t) => t.name === 'primary')!;
      expect((await c.client.databases.tags.remove(pg, primary.uuid)).message).toMatch(/removed/i);
    });

    it('storages: create, list, update, delete; storageBackups set, run, delete', async () => {
      const s = await c.client.databases.storages.create(pg, { type: 'persistent', name: 'pg-extra', mount_path: '/extra' });
      // The database's own data volume comes first (app/Models/StandalonePostgresql.php:106 postgres-data-<uuid>).
      const listed = (await c.client.databases.storages.list(pg)).persistent_storages;
      // Added volumes are stored as `{owner_uuid}-{name}` (DatabasesController.php:4148).
      expect(listed.map((x) => x.name)).toEqual([`postgres-data-${pg}`, `${pg}-pg-extra`]);
      expect(listed[1]!.uuid).toBe(s.uuid);
      expect((await c.client.databases.storages.update(pg, { uuid: s.uuid as string, type: 'persistent', name: 'pg-extra2' })).name).toBe('pg-extra2');
      const set = await c.client.databases.storageBackups.set(pg, s.uuid as string, { frequency: 'daily', timeout: 120 });
      expect(set).toMatchObject({ message: 'Storage backup schedule created.', storage_uuid: s.uuid, storage_type: 'persistent', frequency: 'daily', timeout: 120 });
      expect((await c.client.databases.storageBackups.run(pg, s.uuid as string)).uuid).toBe(set.uuid);
      await expectApiError(c.client.databases.storageBackups.set('nope', s.uuid as string, { frequency: 'daily' }), { status: 404, coolifyMessage: 'Database not found.' });
      expect((await c.client.databases.storageBackups.delete(pg, s.uuid as string)).message).toBe('Storage backup schedule and archives deleted.');
      expect((await c.client.databases.storages.delete(pg, s.uuid as string)).message).toMatch(/deleted/i);
    });

    it('backups: create (backup_now), list with executions, update, executions, delete; list() shows backup_configs', async () => {
      const created = await c.client.databases.backups.create(pg, { frequency: 'daily', backup_now: true, database_backup_retention_amount_locally: 7 });
      expect(created).toMatchObject({ uuid: expect.stringMatching(UUID), message: expect.any(String) });
      const list = await c.client.databases.backups.list(pg);
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ uuid: created.uuid, frequency: 'daily', enabled: true, save_s3: false, databases_to_backup: 'postgres' });
      expect(list[0]!.executions).toHaveLength(1);
      expect((await c.client.databases.backups.update(pg, created.uuid, { frequency: '0 3 * * *', enabled: false })).message).toMatch(/updated/i);
      const exec = await c.client.databases.backups.executions(pg, created.uuid);
      const executions = Array.isArray(exec) ? exec : exec.executions;
      expect(executions[0]).toMatchObject({ uuid: expect.stringMatching(UUID), status: 'success' });
      const withConfigs = (await c.client.databases.list()).find((d) => d.uuid === pg)!;
      expect(withConfigs.backup_configs?.map((b) => b.uuid)).toEqual([created.uuid]);
      expect((await c.client.databases.backups.delete(pg, created.uuid, { deleteS3: false })).message).toMatch(/deleted/i);
      expect(await c.client.databases.backups.list(pg)).toEqual([]);
    });

    it('start/stop are not idempotent in Coolify; the client turns "already …" 400s into {unchanged: true}', async () => {
      const started = await c.client.databases.start(pg);
      expect(started.unchanged).toBeUndefined();
      expect(await c.client.databases.start(pg)).toEqual({ message: 'Database is already running.', unchanged: true });
      expect((await c.client.databases.get(pg)).status).toBe('running:starting');
      c.advance(100);
      expect((await c.client.databases.get(pg)).status).toBe('running:healthy');
      expect((await c.client.databases.logs(pg, { lines: 10 })).logs).toContain('postgresql');
      expect((await c.client.databases.restart(pg)).message).toMatch(/restart/i);
      expect((await c.client.databases.stop(pg)).unchanged).toBeUndefined();
      expect(await c.client.databases.stop(pg)).toEqual({ message: 'Database is already stopped.', unchanged: true });
      await expectApiError(c.client.databases.logs(pg), { status: 400, coolifyMessage: 'Database is not running.' });
    });

    it('move, then delete (queued)', async () => {
      expect((await c.client.databases.move(dbs.mysql, otherEnv)).message).toMatch(/moved/i);
      expect((await c.client.databases.get(dbs.mysql)).environment_id).toBe((await c.client.projects.getEnvironment(project, otherEnv)).id);
      expect((await c.client.databases.delete(dbs.mysql, { deleteVolumes: true })).message).toMatch(/queued/i);
      c.advance(100);
      await expectApiError(c.client.databases.get(dbs.mysql), { status: 404, code: 'COOLIFY_NOT_FOUND', coolifyMessage: 'Database not found.' });
    });
  });

  describe('services', () => {
    it('create from a template and from raw compose: 201 {uuid, domains}', async () => {
      const tpl = await c.client.services.create({ ...c.place(project), type: 'uptime-kuma', name: 'status', urls: [{ name: 'uptime-kuma', url: 'https://status.example.test' }], tags: ['ado-svc'] });
      expect(tpl).toEqual({ uuid: expect.stringMatching(UUID), domains: ['https://status.example.test'] });
      templateSvc = tpl.uuid;
      const compose = 'services:\n  whoami:\n    image: traefik/whoami:v1.10\n';
      const raw = await c.client.services.create({ ...c.place(project), name: 'whoami', docker_compose_raw: b64(compose) });
      composeSvc = raw.uuid;
      // Coolify stores its Symfony re-dump of the compose (bootstrap/helpers/parsers.php:2794):
      // a string with `:` is single-quoted (as a real Coolify 4.3.11 does).
      expect((await c.client.services.get(composeSvc)).docker_compose_raw).toBe("services:\n  whoami:\n    image: 'traefik/whoami:v1.10'\n");
    });

    it('get, list, update', async () => {
      expect(await c.client.services.get(templateSvc)).toMatchObject({ uuid: templateSvc, service_type: 'uptime-kuma', status: 'exited' });
      expect((await c.client.services.list()).map((s) => s.uuid).sort()).toEqual([templateSvc, composeSvc].sort());
      // ServicesController.php:1293-1296: {uuid, domains} (no sub-application of this compose has a domain).
      expect(await c.client.services.update(composeSvc, { description: 'echo', connect_to_docker_network: true })).toEqual({ uuid: composeSvc, domains: [] });
      expect(await c.client.services.get(composeSvc)).toMatchObject({ description: 'echo', connect_to_docker_network: true });
    });

    it('envs, tags, storages and scheduled tasks', async () => {
      // A service env create answers the record (ServicesController.php:1727; checked against Coolify 4.3.11).
      expect(await c.client.services.envs.create(templateSvc, { key: 'TZ', value: 'UTC' })).toMatchObject({ uuid: expect.stringMatching(UUID), key: 'TZ', value: 'UTC' });
      expect((await c.client.services.envs.list(templateSvc)).map((e) => e.key)).toEqual(['TZ']);
      expect(await c.client.services.envs.update(templateSvc, { key: 'TZ', value: 'Europe/Berlin' })).toMatchObject({ value: 'Europe/Berlin' });
      const bulk = await c.client.services.envs.bulkUpsert(templateSvc, [{ key: 'TZ', value: 'UTC' }, { key: 'LOG', value: 'info' }]);
      expect((await c.client.services.envs.delete(templateSvc, bulk[1]!.uuid)).message).toMatch(/deleted/i);

      const tag = (await c.client.services.tags.add(templateSvc, ['monitoring'])).find((t) => t.name === 'monitoring')!;
      expect((await c.client.services.tags.list(templateSvc)).map((t) => t.name).sort()).toEqual(['ado-svc', 'monitoring']);
      expect((await c.client.services.tags.remove(templateSvc, tag.uuid)).message).toMatch(/removed/i);

      // A service storage names one of the service's sub-applications (ServicesController.php:2492-2498).
      const subApps = (await c.client.services.get(templateSvc)).applications as Array<{ uuid: string }>;
      const sub = subApps[0]!.uuid;
      const s = await c.client.services.storages.create(templateSvc, { type: 'persistent', name: 'kuma', mount_path: '/app/data', resource_uuid: sub });
      expect(s.name).toBe(`${sub}-kuma`);
      expect((await c.client.services.storages.list(templateSvc)).persistent_storages).toHaveLength(1);
      // Every service volume is read-only (ServicesController.php:2806-2815, :2960-2963; checked against Coolify 4.3.11).
      await expectApiError(c.client.services.storages.update(templateSvc, { uuid: s.uuid as string, type: 'persistent', mount_path: '/data' }), { status: 422 });
      expect((await c.client.services.storages.update(templateSvc, { uuid: s.uuid as string, type: 'persistent', is_preview_suffix_enabled: false })).uuid).toBe(s.uuid);
      await expectApiError(c.client.services.storages.delete(templateSvc, s.uuid as string), { status: 422 });

      const t = await c.client.services.scheduledTasks.create(templateSvc, { name: 'vacuum', command: 'sqlite3 db vacuum', frequency: '@daily', container: 'uptime-kuma' });
      expect((await c.client.services.scheduledTasks.list(templateSvc)).map((x) => x.uuid)).toEqual([t.uuid]);
      expect(await c.client.services.scheduledTasks.update(templateSvc, t.uuid, { enabled: false })).toMatchObject({ enabled: false });
      expect(await c.client.services.scheduledTasks.executions(templateSvc, t.uuid)).toEqual([]);
      expect((await c.client.services.scheduledTasks.delete(templateSvc, t.uuid)).message).toMatch(/deleted/i);
    });

    it('start, restart, stop, move, delete', async () => {
      expect((await c.client.services.start(templateSvc)).message).toMatch(/start/i);
      c.advance(100);
      expect((await c.client.services.get(templateSvc)).status).toBe('running:healthy');
      expect((await c.client.services.restart(templateSvc)).message).toMatch(/restart/i);
      expect((await c.client.services.stop(templateSvc)).message).toMatch(/stop/i);
      expect((await c.client.services.get(templateSvc)).status).toBe('exited');
      expect((await c.client.services.move(composeSvc, otherEnv)).message).toMatch(/moved/i);
      expect((await c.client.services.delete(composeSvc)).message).toMatch(/queued/i);
      c.advance(100);
      await expectApiError(c.client.services.get(composeSvc), { status: 404, coolifyMessage: 'Service not found.' });
    });
  });

  describe('rejections (API-NOTES §6, §7, §9)', () => {
    it('backups on redis, keydb and dragonfly → 422 (message only, no field errors)', async () => {
      for (const type of ['redis', 'keydb', 'dragonfly'] as const) {
        const err = await expectApiError(c.client.databases.backups.create(dbs[type], { frequency: 'daily' }), {
          status: 422, code: 'COOLIFY_VALIDATION', coolifyMessage: `Backups are not supported for ${type} databases.`,
        });
        expect(err.fieldErrors).toEqual({});
      }
    });

    it('backup frequency must be cron or a named frequency → 422 on frequency', async () => {
      await expectApiError(c.client.databases.backups.create(pg, { frequency: 'every tuesday' }), { status: 422, field: 'frequency' });
    });

    it('PATCH with another engine\'s field → 422 naming it', async () => {
      await expectApiError(c.client.databases.update(pg, { mysql_user: 'x' }), { status: 422, field: 'mysql_user' });
    });

    it('service: type and docker_compose_raw together → 422; unknown template → 404', async () => {
      await expectApiError(c.client.services.create({ ...c.place(project), type: 'ghost', docker_compose_raw: b64('services: {}') }), { status: 422, coolifyMessage: /both/ });
      await expectApiError(c.client.services.create({ ...c.place(project), type: 'no-such-template' }), { status: 404, coolifyMessage: 'Invalid service type.' });
    });

    it('read-only token: database secrets are absent (not null); inferCanReadSensitive and capabilities say false', async () => {
      const ro = c.clientFor('2|ro');
      const list = await ro.databases.list();
      expect(list.length).toBeGreaterThan(0);
      for (const d of list) {
        for (const k of ['postgres_password', 'mysql_password', 'redis_password', 'clickhouse_admin_password', 'internal_db_url', 'external_db_url']) {
          expect(k in d, `${String(d.database_type)} ${k}`).toBe(false);
        }
      }
      const one = await ro.databases.get(pg);
      expect(one.postgres_user).toBe('postgres');
      expect('postgres_password' in one).toBe(false);
      expect(inferCanReadSensitive(list)).toBe(false);
      expect((await ro.capabilities()).canReadSensitive).toBe(false);
      await expectApiError(ro.databases.start(pg), { status: 403, coolifyMessage: 'Missing required permissions: deploy' });
    });
  });

  it('coverage: every databases/services client method was called', () => {
    expect(uncalled(c.client, c.called, CONTRACT_OWNERS.databases!)).toEqual([]);
  });
});
