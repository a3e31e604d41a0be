import { describe, expect, it } from 'vitest';
import type { RawReaderClient, WireRecord } from '../../src/kinds/raw-client.js';
import { listedFields, readRawLists, readRawProject, readSharedEnvs, readUnder, subReadsOf } from '../../src/kinds/raw-reader.js';
import { storageRecords, storageTypeOf } from '../../src/kinds/storage.js';
import type { DesiredResource } from '../../src/model/resource.js';
import { addr } from '../helpers/address.js';

/** A fake client over fixed answers; `calls` records every request. */
function fake(answers: Partial<Record<'projects' | 'applications' | 'databases' | 'services' | 's3' | 'keys' | 'servers', unknown>> = {}, detail: unknown = {}) {
  const calls: string[] = [];
  const at = <T>(name: string, value: unknown): Promise<T> => {
    calls.push(name);
    return Promise.resolve(value as T);
  };
  const client: RawReaderClient = {
    projects: {
      list: () => at('projects', answers.projects ?? []),
      get: (u) => at(`project ${u}`, detail),
      sharedEnvs: { list: (u) => at(`project envs ${u}`, [{ id: 1, key: 'A' }]) },
      environmentSharedEnvs: (p) => ({ list: (e) => at(`env envs ${p}/${e}`, [{ id: 2, key: 'B' }]) }),
    },
    servers: { list: () => at('servers', answers.servers ?? []) },
    applications: {
      list: () => at('applications', answers.applications ?? []),
      envs: { list: (u) => at(`app envs ${u}`, []) },
      storages: { list: (u) => at(`storages ${u}`, { persistent_storages: [{ uuid: 'v1', name: 'app-data', mount_path: '/data' }], file_storages: [{ uuid: 'f1', mount_path: '/etc/x.yml', fs_path: '/srv/x.yml' }] }) },
      scheduledTasks: { list: (u) => at(`tasks ${u}`, [{ uuid: 't1', name: 'gc' }]) },
    },
    databases: { list: () => at('databases', answers.databases ?? []), envs: { list: (u) => at(`db envs ${u}`, []) } },
    services: {
      list: () => at('services', answers.services ?? []),
      envs: { list: (u) => at(`svc envs ${u}`, []) },
      scheduledTasks: { list: (u) => at(`svc tasks ${u}`, [{ uuid: 'st1', name: 'vacuum', container: 'db' }]) },
    },
    send: (e: { template: string; params: Readonly<Record<string, string>> }) => {
      if (e.template.startsWith('/notifications/')) return at(`channel ${e.template.slice('/notifications/'.length)}`, { id: 1, team_id: 0 });
      if (e.template === '/servers') return at('send /servers', answers.servers ?? []);
      if (e.template === '/servers/{uuid}') return at(`send /servers/${e.params.uuid}`, { uuid: e.params.uuid, name: 'edge', proxy: { type: 'CADDY' }, private_key_id: 7 });
      return at(e.template === '/s3-storages' ? 's3' : e.template === '/security/keys' ? 'keys' : `send ${e.template}`, e.template === '/s3-storages' ? answers.s3 ?? [] : answers.keys ?? []);
    },
  };
  return { client, calls };
}

const want = (address: string, name: string, fields: WireRecord = {}, subtype?: string): DesiredResource => ({
  address: addr(address),
  kind: 'storage',
  name,
  fields: fields as DesiredResource['fields'],
  protect: false,
  ignoreChanges: [],
  ...(subtype ? { subtype } : {}),
});

describe('the raw reader', () => {
  it('reads one list per kind and checks every answer', async () => {
    const { client, calls } = fake({ applications: [{ uuid: 'a', name: 'api', environment_id: 1 }] });
    const lists = await readRawLists(client);
    expect(lists.applications).toHaveLength(1);
    // a singleton kind (notification channels): one GET per channel, each record named by it
    const channels = ['email', 'discord', 'slack', 'telegram', 'pushover', 'webhook'];
    expect(calls.sort()).toEqual(['applications', ...channels.map((c) => `channel ${c}`).sort(), 'databases', 'keys', 'projects', 's3', 'send /cloud-init-scripts', 'send /cloud-tokens', 'send /destinations', 'send /github-apps', 'send /gitlab-apps', 'send /servers', 'servers', 'services']);
    expect(lists.team.notification.map((r) => [r.name, r.uuid])).toEqual(channels.map((c) => [c, c]));
    await expect(readRawLists(fake({ databases: [{ uuid: 'd', name: 'pg', environment_id: '1' }] }).client)).rejects.toMatchObject({
      code: 'COOLIFY_UNEXPECTED_ANSWER',
      message: expect.stringContaining('GET /databases (item 0)'),
    });
    await expect(readRawLists(fake({ projects: { error: 'nope' } }).client)).rejects.toMatchObject({ code: 'COOLIFY_UNEXPECTED_ANSWER' });
  });

  it('reads each record of a team-wide kind whose list answer is short (servers: GET /servers/{uuid})', async () => {
    const { client, calls } = fake({ servers: [{ uuid: 's1', name: 'edge', ip: '10.0.0.2' }], keys: [{ id: 6, uuid: 'k6', name: 'old' }, { id: 7, uuid: 'k7', name: 'deploy' }] });
    const lists = await readRawLists(client, { teamKinds: ['server'] });
    // the key the server names by id, by its record's name (team.byId): the keys are listed with the servers
    expect(lists.team.server).toEqual([{ uuid: 's1', name: 'edge', ip: '10.0.0.2', proxy: { type: 'CADDY' }, private_key_id: 7, private_key_name: 'deploy', private_key_live_uuid: 'k7' }]);
    expect(calls).toContain('send /servers/s1');
    expect(calls).toContain('keys');
    // a key id no listed key has is never taken for a name
    const unknown = await readRawLists(fake({ servers: [{ uuid: 's1', name: 'edge' }] }).client, { teamKinds: ['server'] });
    expect(unknown.team.server[0]!.private_key_name).toBe('#7');
    // without the section, servers are only the placement lookup list
    const other = fake({ servers: [{ uuid: 's1', name: 'edge' }] });
    expect((await readRawLists(other.client, { teamKinds: [] })).team.server).toEqual([]);
    expect(other.calls.filter((c) => c.startsWith('send /servers'))).toEqual([]);
  });

  it('reads a project with its environments, checked', async () => {
    const { record, environments } = await readRawProject(fake({}, { uuid: 'p', name: 'ado', environments: [{ id: 1, uuid: 'e', name: 'production' }] }).client, 'p');
    expect(record.name).toBe('ado');
    expect(environments.map((e) => e.name)).toEqual(['production']);
    await expect(readRawProject(fake({}, { uuid: 'p', name: 'ado', environments: [{ uuid: 'e', name: 'production' }] }).client, 'p')).rejects.toMatchObject({
      code: 'COOLIFY_UNEXPECTED_ANSWER',
    });
  });

  it('reads shared variables from the kind table: an environment through its project', async () => {
    const { client, calls } = fake();
    expect(await readSharedEnvs(client, 'environment', 'e1', { project_uuid: 'p1' })).toEqual([{ id: 2, key: 'B' }]);
    expect(await readSharedEnvs(client, 'project', 'p1', {})).toEqual([{ id: 1, key: 'A' }]);
    expect(await readSharedEnvs(client, 'application', 'a1', {})).toEqual([]);
    expect(calls).toEqual(['env envs p1/e1', 'project envs p1']);
  });

  it('knows which sub-resources are read under which owner', () => {
    expect(subReadsOf('application').map((s) => s.kind)).toEqual(['storage', 'scheduledTask', 'network']);
    expect(subReadsOf('database').map((s) => [s.kind, s.under.ownerField])).toEqual([['backup', 'backup_configs']]);
    expect(subReadsOf('service').map((s) => [s.kind, s.under.ownerField])).toEqual([['scheduledTask', null], ['serviceApplication', null], ['serviceDatabase', null]]);
    expect(listedFields('database', { uuid: 'd', backup_configs: [] })).toEqual({ uuid: 'd' });
    expect(listedFields('application', { uuid: 'a', backup_configs: [] })).toEqual({ uuid: 'a', backup_configs: [] });
  });

  it('names backups by position, oldest first, and keeps only the engine’s own', async () => {
    const record = {
      uuid: 'd',
      backup_configs: [
        { id: 2, uuid: 'b2', database_type: 'App\\Models\\StandalonePostgresql' },
        { id: 1, uuid: 'b1', database_type: 'App\\Models\\StandalonePostgresql' },
        { id: 3, uuid: 'b3', database_type: 'App\\Models\\StandaloneMysql' },
      ],
    };
    const wanted = [{ ...want('p/e/database/d#backup/nightly', 'nightly'), kind: 'backup' as const }];
    const found = await readUnder(fake().client, 'backup', { kind: 'database', uuid: 'd', subtype: 'postgresql', record }, wanted);
    // One the manifest does not declare is named by its uuid (ux-audit p1.7).
    expect(found.map((b) => [b.uuid, b.name])).toEqual([['b1', 'nightly'], ['b2', 'b2']]);
  });

  it('reads scheduled tasks under the collection of their owner: an application’s or a service’s', async () => {
    const f = fake();
    const svc = await readUnder(f.client, 'scheduledTask', { kind: 'service', uuid: 'svc', record: {} });
    const app = await readUnder(f.client, 'scheduledTask', { kind: 'application', uuid: 'app', record: {} });
    expect(svc.map((t) => [t.uuid, t.name, t.record.container])).toEqual([['st1', 'vacuum', 'db']]);
    expect(app.map((t) => [t.uuid, t.name])).toEqual([['t1', 'gc']]);
    expect(f.calls).toEqual(['svc tasks svc', 'tasks app']);
  });

  it('names storages as the manifest does: volume names without the uuid prefix, files by mount path', async () => {
    const wanted = [want('p/e/application/a#storage/data', 'data'), want('p/e/application/a#storage/conf', 'conf', { mount_path: '/etc/x.yml' }, 'file')];
    const found = await readUnder(fake().client, 'storage', { kind: 'application', uuid: 'app', record: {} }, wanted);
    expect(found.map((s) => [s.uuid, s.name, s.subtype])).toEqual([['v1', 'data', 'volume'], ['f1', 'conf', 'file']]);
  });
});

describe('telling a file storage from a volume', () => {
  it('classifies a flat list by its fields and a grouped answer by its group', () => {
    expect(storageTypeOf({ fs_path: '/x' })).toBe('file');
    expect(storageTypeOf({ content: 'x' })).toBe('file');
    expect(storageTypeOf({ name: 'v' })).toBe('volume');
    expect(storageRecords([{ name: 'v' }, { fs_path: '/x' }], 'GET s').map((s) => s.type)).toEqual(['volume', 'file']);
    expect(storageRecords({ file_storages: [{ uuid: 'f' }], persistent_storages: [{ uuid: 'v' }] }, 'GET s').map((s) => [s.record.uuid, s.type])).toEqual([['v', 'volume'], ['f', 'file']]);
  });

  it('refuses an answer of another shape', () => {
    expect(() => storageRecords('nope', 'GET s')).toThrow(/GET s/);
    expect(() => storageRecords({ persistent_storages: {} }, 'GET s')).toThrow(/persistent_storages/);
  });
});
