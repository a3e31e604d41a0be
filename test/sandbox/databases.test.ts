import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, clockedSandbox, createProject, seeded } from './helpers.js';

describe('sandbox databases and backups (API-NOTES §6, §7)', () => {
  let sb: Sandbox;
  let advance: (ms: number) => void;
  let project: string;
  const place = (): Record<string, string> => ({ project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main });

  beforeAll(async () => {
    ({ sb, advance } = await clockedSandbox({ tokens: [{ token: '2|reader-token', abilities: ['read'] }] }));
    project = await createProject(sb, 'dbs');
  });
  afterAll(async () => sb.close());

  it('create answers 201 {uuid, internal_db_url} with a generated 64-char password', async () => {
    const r = await api(sb, 'POST', '/databases/postgresql', { ...place(), postgres_user: 'ado', postgres_db: 'ado' });
    expect(r.status).toBe(201);
    expect(Object.keys(r.json).sort()).toEqual(['internal_db_url', 'uuid']);
    const m = /^postgres:\/\/ado:([A-Za-z0-9]+)@([a-z0-9]{24}):5432\/ado$/.exec(r.json.internal_db_url);
    expect(m).not.toBeNull();
    expect(m![1]).toHaveLength(64);
    const db = await api(sb, 'GET', `/databases/${r.json.uuid}`);
    expect(db.json.database_type).toBe('standalone-postgresql');
    expect(db.json.image).toBe('postgres:16-alpine');
    expect(db.json.status).toBe('exited:unhealthy') // the real 4.3.11 answers exited:unhealthy for a never-started database;
  });

  it('external_db_url only with is_public and public_port; is_public alone is switched off', async () => {
    const pub = await api(sb, 'POST', '/databases/redis', { ...place(), is_public: true, public_port: 16379 });
    expect(pub.json.external_db_url).toMatch(/^redis:\/\/default:.+@127\.0\.0\.1:16379\/0$/);
    const half = await api(sb, 'POST', '/databases/redis', { ...place(), is_public: true });
    expect(half.json.external_db_url).toBeUndefined();
    expect((await api(sb, 'GET', `/databases/${half.json.uuid}`)).json.is_public).toBe(false);
    const envs = await api(sb, 'GET', `/databases/${pub.json.uuid}/envs`);
    expect(envs.json.map((e: { key: string }) => e.key).sort()).toEqual(['REDIS_PASSWORD', 'REDIS_USERNAME']);
  });

  it('hides passwords and URLs from a token without read:sensitive', async () => {
    const r = await api(sb, 'POST', '/databases/mysql', place());
    const reader = await api(sb, 'GET', `/databases/${r.json.uuid}`, undefined, { token: '2|reader-token' });
    for (const k of ['mysql_password', 'mysql_root_password', 'internal_db_url', 'external_db_url']) expect(k in reader.json, k).toBe(false);
    expect(reader.json.mysql_user).toBe('mysql');
  });

  it('decodes base64 *_conf fields', async () => {
    const conf = 'max_connections = 50';
    const r = await api(sb, 'POST', '/databases/postgresql', { ...place(), postgres_conf: Buffer.from(conf).toString('base64') });
    expect((await api(sb, 'GET', `/databases/${r.json.uuid}`)).json.postgres_conf).toBe(conf);
  });

  it('PATCH answers Database updated. and rejects another engine\'s fields', async () => {
    const r = await api(sb, 'POST', '/databases/postgresql', place());
    const ok = await api(sb, 'PATCH', `/databases/${r.json.uuid}`, { image: 'postgres:17-alpine', instant_deploy: true });
    expect(ok.json).toEqual({ message: 'Database updated.' });
    expect((await api(sb, 'GET', `/databases/${r.json.uuid}`)).json.image).toBe('postgres:17-alpine');
    const bad = await api(sb, 'PATCH', `/databases/${r.json.uuid}`, { mysql_user: 'x' });
    expect(bad.status).toBe(422);
  });

  it('start then start again is 400 already running; stop twice is 400 already stopped; status moves to healthy', async () => {
    const r = await api(sb, 'POST', '/databases/postgresql', place());
    const uuid = r.json.uuid as string;
    const stopped = await api(sb, 'POST', `/databases/${uuid}/stop`);
    expect(stopped.status).toBe(400);
    expect(stopped.json.message).toBe('Database is already stopped.');
    expect((await api(sb, 'POST', `/databases/${uuid}/start`)).status).toBe(200);
    expect((await api(sb, 'GET', `/databases/${uuid}`)).json.status).toBe('running:starting');
    advance(300);
    expect((await api(sb, 'GET', `/databases/${uuid}`)).json.status).toBe('running:healthy');
    const again = await api(sb, 'POST', `/databases/${uuid}/start`);
    expect(again.status).toBe(400);
    expect(again.json.message).toBe('Database is already running.');
    expect((await api(sb, 'POST', `/databases/${uuid}/stop`)).status).toBe(200);
    expect((await api(sb, 'GET', `/databases/${uuid}`)).json.status).toBe('exited:unhealthy');
  });

  it('backups: create 201, listed in GET /databases backup_configs, patch, executions, delete', async () => {
    const s3 = await api(sb, 'POST', '/s3-storages', { name: 'eu-s3', endpoint: 'https://s3.example.com', bucket: 'ado-b', region: 'eu', key: 'AK', secret: 'SK' });
    expect(s3.status).toBe(201);
    const db = await api(sb, 'POST', '/databases/postgresql', { ...place(), postgres_db: 'ado' });
    const c = await api(sb, 'POST', `/databases/${db.json.uuid}/backups`, { frequency: '0 2 * * *', save_s3: true, s3_storage_uuid: s3.json.uuid, backup_now: true });
    expect(c.status).toBe(201);
    expect(c.json.uuid).toMatch(/^[a-z0-9]{24}$/);
    const all = await api(sb, 'GET', '/databases');
    const entry = all.json.find((d: { uuid: string }) => d.uuid === db.json.uuid);
    expect(entry.backup_configs).toHaveLength(1);
    expect(entry.backup_configs[0].databases_to_backup).toBe('ado');
    expect(typeof entry.backup_configs[0].s3_storage_id).toBe('number');
    expect((await api(sb, 'PATCH', `/databases/${db.json.uuid}/backups/${c.json.uuid}`, { frequency: 'daily' })).status).toBe(200);
    const ex = await api(sb, 'GET', `/databases/${db.json.uuid}/backups/${c.json.uuid}/executions`);
    expect(ex.json.executions).toHaveLength(1);
    expect((await api(sb, 'POST', `/databases/${db.json.uuid}/backups`, { frequency: 'whenever' })).status).toBe(422);
    expect((await api(sb, 'DELETE', `/databases/${db.json.uuid}/backups/${c.json.uuid}`)).status).toBe(200);
    expect((await api(sb, 'GET', `/databases/${db.json.uuid}/backups`)).json).toEqual([]);
  });

  it('backups are 422 for redis, keydb and dragonfly', async () => {
    for (const type of ['redis', 'keydb', 'dragonfly']) {
      const db = await api(sb, 'POST', `/databases/${type}`, place());
      expect((await api(sb, 'POST', `/databases/${db.json.uuid}/backups`, { frequency: 'daily' })).status, type).toBe(422);
    }
  });

  it('S3 key and secret are hidden without read:sensitive', async () => {
    const list = await api(sb, 'GET', '/s3-storages', undefined, { token: '2|reader-token' });
    expect(list.json.length).toBeGreaterThan(0);
    expect('key' in list.json[0]).toBe(false);
    expect('secret' in list.json[0]).toBe(false);
    expect('id' in list.json[0]).toBe(false);
    const v = await api(sb, 'POST', `/s3-storages/${list.json[0].uuid}/validate`);
    expect(v.json).toEqual({ valid: true, message: 'S3 storage connection is valid.' });
  });

  it('deletes run as async jobs: still visible until deleteAfterMs passes', async () => {
    const db = await api(sb, 'POST', '/databases/postgresql', place());
    expect((await api(sb, 'DELETE', `/databases/${db.json.uuid}`)).status).toBe(200);
    expect((await api(sb, 'GET', `/databases/${db.json.uuid}`)).status).toBe(200);
    advance(299);
    expect((await api(sb, 'GET', `/databases/${db.json.uuid}`)).status).toBe(200);
    advance(1);
    expect((await api(sb, 'GET', `/databases/${db.json.uuid}`)).status).toBe(404);
  });
});
