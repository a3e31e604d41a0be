/**
 * Coolify finds database backups by `database_id` alone, and each engine has its own id
 * sequence (DatabasesController.php:196-205, :271, :1136, :2684). Checked against Coolify
 * 4.3.11: after creating a PostgreSQL and a Redis that got the same table id, a backup of the
 * PostgreSQL is listed in the Redis's `backup_configs` and by `GET /databases/{redis}/backups`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, clockedSandbox, createProject, seeded } from './helpers.js';

describe('sandbox: backups are matched by database_id without the engine (Coolify 4.3.11)', () => {
  let sb: Sandbox;
  let advance: (ms: number) => void;
  let pg: string;
  let redis: string;
  let backup: string;

  beforeAll(async () => {
    ({ sb, advance } = await clockedSandbox());
    const project = await createProject(sb, 'backup-ids');
    const place = { project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main, instant_deploy: false };
    pg = (await api(sb, 'POST', '/databases/postgresql', place)).json.uuid;
    redis = (await api(sb, 'POST', '/databases/redis', place)).json.uuid;
    const created = await api(sb, 'POST', `/databases/${pg}/backups`, { frequency: '0 2 * * *' });
    expect(created.status).toBe(201);
    backup = created.json.uuid;
  });
  afterAll(async () => sb.close());

  it('gives each engine its own id sequence', () => {
    const dbs = sb.store.world.databases;
    expect(dbs.find((d) => d.uuid === pg)!.table_id).toBe(1);
    expect(dbs.find((d) => d.uuid === redis)!.table_id).toBe(1);
  });

  it('lists the PostgreSQL backup under the Redis too, with the PostgreSQL morph class', async () => {
    const list = (await api(sb, 'GET', '/databases')).json as Array<{ uuid: string; backup_configs: Array<{ uuid: string; database_type: string }> }>;
    const r = list.find((d) => d.uuid === redis)!;
    expect(r.backup_configs.map((b) => b.uuid)).toEqual([backup]);
    expect(r.backup_configs[0]!.database_type).toBe('App\\Models\\StandalonePostgresql');
    expect((await api(sb, 'GET', `/databases/${redis}/backups`)).json.map((b: { uuid: string }) => b.uuid)).toEqual([backup]);
  });

  it('answers 404 "Backup config not found." for an unknown backup on update', async () => {
    const r = await api(sb, 'PATCH', `/databases/${pg}/backups/nope`, { frequency: '0 3 * * *' });
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ message: 'Backup config not found.' });
  });

  it("deleting the Redis keeps the PostgreSQL's backup (the model's own relation matches the type)", async () => {
    expect((await api(sb, 'DELETE', `/databases/${redis}`)).status).toBe(200);
    advance(60_000);
    expect((await api(sb, 'GET', `/databases/${redis}`)).status).toBe(404);
    expect((await api(sb, 'GET', `/databases/${pg}/backups`)).json.map((b: { uuid: string }) => b.uuid)).toEqual([backup]);
  });
});
