import { describe, expect, it } from 'vitest';
import { readLiveState } from '../../src/state/read-live-state.js';
import type { StateReaderClient, WireRecord } from '../../src/state/state-client.js';
import type { DesiredResource, DesiredState } from '../../src/model/resource.js';
import { OWNERSHIP_DESCRIPTION_MARKER } from '../../src/model/resource.js';
import { addr } from '../helpers/address.js';

const uuid = (n: number) => `u${String(n).padStart(23, '0')}`;

/** A fake client over fixed records that counts calls per method. */
function fakeClient(world: {
  projects: WireRecord[];
  projectDetails: Record<string, WireRecord>;
  applications?: WireRecord[];
  databases?: WireRecord[];
  services?: WireRecord[];
  s3?: WireRecord[];
  keys?: WireRecord[];
  envs?: Record<string, WireRecord[]>;
  shared?: Record<string, WireRecord[]>;
  storages?: Record<string, unknown>;
  deployments?: Record<string, WireRecord[]>;
}) {
  const calls: string[] = [];
  const rec = <T>(name: string, value: T) => {
    calls.push(name);
    return Promise.resolve(value);
  };
  const client: StateReaderClient = {
    version: () => rec('version', '4.3.11\n'),
    projects: {
      list: () => rec('projects.list', world.projects),
      get: (u) => rec(`projects.get ${u}`, world.projectDetails[u]!),
      sharedEnvs: { list: (u) => rec(`projects.sharedEnvs ${u}`, world.shared?.[u] ?? []) },
      environmentSharedEnvs: (p) => ({ list: (e) => rec(`env.sharedEnvs ${p}/${e}`, []) }),
    },
    servers: { list: () => rec('servers.list', [{ uuid: uuid(90), name: 'main', ip: '127.0.0.1', proxy: { type: 'traefik' } }]) },
    applications: {
      list: () => rec('applications.list', world.applications ?? []),
      envs: { list: (u) => rec(`applications.envs ${u}`, world.envs?.[u] ?? []) },
      storages: { list: (u) => rec(`applications.storages ${u}`, (world.storages?.[u] ?? []) as WireRecord[]) },
      scheduledTasks: { list: (u) => rec(`applications.tasks ${u}`, []) },
    },
    databases: {
      list: () => rec('databases.list', world.databases ?? []),
      envs: { list: (u) => rec(`databases.envs ${u}`, world.envs?.[u] ?? []) },
    },
    services: {
      list: () => rec('services.list', world.services ?? []),
      envs: { list: (u) => rec(`services.envs ${u}`, []) },
      scheduledTasks: { list: (u) => rec(`services.tasks ${u}`, []) },
    },
    send: (e: { template: string }) => (e.template === '/s3-storages' ? rec('s3.list', world.s3 ?? []) : e.template === '/security/keys' ? rec('keys.list', world.keys ?? []) : rec(`send ${e.template}`, [])),
    deployments: { forApplication: (u) => rec(`deployments ${u}`, { count: 0, deployments: world.deployments?.[u] ?? [] }) },
  };
  return { client, calls };
}

const desiredResource = (r: Partial<DesiredResource> & Pick<DesiredResource, 'address' | 'kind' | 'name'>): DesiredResource => ({
  fields: {},
  protect: false,
  ignoreChanges: [],
  ...r,
});

const world = {
  projects: [
    { uuid: uuid(1), name: 'ado', description: `ADO ${OWNERSHIP_DESCRIPTION_MARKER}` },
    { uuid: uuid(2), name: 'other', description: 'not ours' },
  ],
  projectDetails: {
    [uuid(1)]: {
      uuid: uuid(1),
      name: 'ado',
      description: `ADO ${OWNERSHIP_DESCRIPTION_MARKER}`,
      environments: [
        { id: 10, name: 'production', uuid: uuid(10) },
        { id: 11, name: 'staging', uuid: uuid(11) },
      ],
    },
  },
  applications: [
    { uuid: uuid(20), name: 'api', environment_id: 10, build_pack: 'dockerimage', description: `x ${OWNERSHIP_DESCRIPTION_MARKER}` },
    { uuid: uuid(21), name: 'api', environment_id: 11, build_pack: 'dockerimage', description: 'hand made' },
    { uuid: uuid(22), name: 'elsewhere', environment_id: 99, build_pack: 'dockerimage' },
  ],
  databases: [
    {
      uuid: uuid(30),
      name: 'pg',
      environment_id: 10,
      database_type: 'standalone-postgresql',
      postgres_password: 'x',
      tags: [{ name: 'managed-by-ado-coolify' }],
      backup_configs: [
        { id: 2, uuid: uuid(32), frequency: 'daily' },
        { id: 1, uuid: uuid(31), frequency: '0 2 * * *' },
      ],
    },
  ],
  envs: { [uuid(20)]: [{ uuid: uuid(40), key: 'A', value: '1', is_preview: false }] },
};

const desired: DesiredState = {
  projects: ['ado'],
  edges: [],
  resources: [
    desiredResource({ address: addr('ado'), kind: 'project', name: 'ado' }),
    desiredResource({ address: addr('ado/production/application/api'), kind: 'application', name: 'api', env: {} }),
    desiredResource({ address: addr('ado/production/database/pg'), kind: 'database', name: 'pg' }),
    desiredResource({ address: addr('ado/production/database/pg#backup/nightly'), kind: 'backup', name: 'nightly', parent: addr('ado/production/database/pg') }),
  ],
};

describe('readLiveState', () => {
  it('maps resources of declared projects to addresses and ignores the rest', async () => {
    const { client } = fakeClient(world);
    const live = await readLiveState(client, desired, { coolifyUrl: 'http://127.0.0.1:1' });
    const addresses = live.resources.map((r) => r.address).sort();
    expect(addresses).toEqual([
      'ado',
      'ado/production',
      'ado/production/application/api',
      'ado/production/database/pg',
      'ado/production/database/pg#backup/nightly',
      // A live backup the manifest does not declare is named by its uuid (ux-audit p1.7).
      `ado/production/database/pg#backup/${uuid(32)}`,
      'ado/staging',
      'ado/staging/application/api',
    ]);
    expect(live.coolifyVersion).toBe('4.3.11');
  });

  it('reads ownership from the description marker or the tag', async () => {
    const { client } = fakeClient(world);
    const live = await readLiveState(client, desired, { coolifyUrl: 'x' });
    const owned = Object.fromEntries(live.resources.map((r) => [r.address, r.owned]));
    expect(owned['ado/production/application/api']).toBe(true);
    expect(owned['ado/staging/application/api']).toBe(false);
    expect(owned['ado/production/database/pg']).toBe(true);
    expect(owned['ado/production/database/pg#backup/nightly']).toBe(true);
  });

  it('matches backups to the manifest by position, oldest first', async () => {
    const { client } = fakeClient(world);
    const live = await readLiveState(client, desired, { coolifyUrl: 'x' });
    const nightly = live.resources.find((r) => r.address === 'ado/production/database/pg#backup/nightly');
    expect(nightly?.uuid).toBe(uuid(31));
  });

  it('lists the private keys only for a manifest with a privateKeys: section', async () => {
    const { client, calls } = fakeClient(world);
    await readLiveState(client, { ...desired, teamKinds: ['privateKey'] }, { coolifyUrl: 'x' });
    expect(calls).toContain('keys.list');
  });

  it('reads env vars only for declared resources that manage env, and counts requests', async () => {
    const { client, calls } = fakeClient(world);
    const live = await readLiveState(client, desired, { coolifyUrl: 'x' });
    const api = live.resources.find((r) => r.address === 'ado/production/application/api');
    expect(api?.env).toEqual([{ uuid: uuid(40), key: 'A', value: '1', is_preview: false }]);
    // 7 list calls (no `privateKeys:` section: no key list) + 1 project read + 1 env list + 1
    // deployment list (the one owned declared app)
    expect(calls).toHaveLength(10);
    expect(calls).not.toContain('keys.list');
    expect(calls.filter((c) => c.startsWith('projects.get'))).toEqual([`projects.get ${uuid(1)}`]);
    expect(calls.filter((c) => c.startsWith('deployments'))).toEqual([`deployments ${api!.uuid}`]);
  });

  it('reads the env of an owned application that moves to another environment (ux p7)', async () => {
    const web = { uuid: uuid(25), name: 'web', environment_id: 11, build_pack: 'dockerimage', description: `x ${OWNERSHIP_DESCRIPTION_MARKER}` };
    const envs = { [uuid(25)]: [{ uuid: uuid(45), key: 'MODE', value: 'staging', is_preview: false }] };
    const moving: DesiredState = {
      ...desired,
      resources: [...desired.resources, desiredResource({ address: addr('ado/production/application/web'), kind: 'application', name: 'web', env: {} })],
    };
    const { client, calls } = fakeClient({ ...world, applications: [...world.applications, web], envs: { ...world.envs, ...envs } });
    const live = await readLiveState(client, moving, { coolifyUrl: 'x' });
    const source = live.resources.find((r) => r.address === 'ado/staging/application/web');
    expect(source?.env).toEqual([{ uuid: uuid(45), key: 'MODE', value: 'staging', is_preview: false }]);
    expect(calls.filter((c) => c === `applications.envs ${uuid(25)}`)).toHaveLength(1);
    // Without a desired web in another environment, its env is not read.
    const plain = fakeClient({ ...world, applications: [...world.applications, web], envs: { ...world.envs, ...envs } });
    await readLiveState(plain.client, desired, { coolifyUrl: 'x' });
    expect(plain.calls.filter((c) => c.includes(uuid(25)))).toEqual([]);
  });

  it("reads an owned application's last non-preview deployment (audit M2)", async () => {
    const apiUuid = (world.applications ?? []).find((a) => a.name === 'api' && String(a.description ?? '').length > 0)?.uuid as string;
    const deployments = {
      [apiUuid]: [
        { deployment_uuid: 'preview', status: 'finished', pull_request_id: 7 },
        { deployment_uuid: 'main', status: 'failed', pull_request_id: 0 },
      ],
    };
    const live = await readLiveState(fakeClient({ ...world, deployments }).client, desired, { coolifyUrl: 'x' });
    const api = live.resources.find((r) => r.address === 'ado/production/application/api');
    expect(api?.lastDeployment).toEqual({ status: 'failed', uuid: 'main' });
    const none = await readLiveState(fakeClient(world).client, desired, { coolifyUrl: 'x' });
    expect(none.resources.find((r) => r.address === 'ado/production/application/api')?.lastDeployment).toBeNull();
    expect(none.resources.find((r) => r.address === 'ado/staging/application/api')?.lastDeployment).toBeUndefined();
  });

  // Shared variables have no uuid column (migration 2024_01_23_113129); PATCH/DELETE take the
  // integer id (SharedEnvironmentVariablesController.php:92-97), a uuid there is a 500.
  it('addresses shared variables by id, even when a record also carries a uuid', async () => {
    const shared = { [uuid(1)]: [{ id: 6, uuid: uuid(60), key: 'S', value: 'v' }, { id: 7, key: 'T', value: 'w' }] };
    const { client } = fakeClient({ ...world, shared });
    const want: DesiredState = { ...desired, resources: [desiredResource({ address: addr('ado'), kind: 'project', name: 'ado', sharedEnv: {} })] };
    const live = await readLiveState(client, want, { coolifyUrl: 'x' });
    expect(live.resources.find((r) => r.address === 'ado')!.sharedEnv!.map((v) => [v.key, v.uuid])).toEqual([['S', '6'], ['T', '7']]);
  });

  // Row 13: Coolify stores volume names as `{app_uuid}-{name}` (ApplicationsController.php:4898).
  it('strips the owner uuid from volume names, and only the owner uuid', async () => {
    const app = uuid(20);
    const storages = { [app]: { persistent_storages: [
      { uuid: uuid(50), name: `${app}-data`, mount_path: '/data' },
      { uuid: uuid(51), name: `${uuid(77)}-cache`, mount_path: '/cache' },
    ], file_storages: [] } };
    const { client } = fakeClient({ ...world, storages });
    const owner = addr('ado/production/application/api');
    const want: DesiredState = {
      ...desired,
      resources: [
        ...desired.resources,
        desiredResource({ address: addr(`${owner}#storage/data`), kind: 'storage', name: 'data', subtype: 'volume', parent: owner, fields: { name: 'data', mount_path: '/data' } }),
      ],
    };
    const live = await readLiveState(client, want, { coolifyUrl: 'x' });
    expect(live.resources.filter((r) => r.kind === 'storage').map((r) => r.name).sort()).toEqual(['data', `${uuid(77)}-cache`]);
  });

  it('infers sensitive access from database records', async () => {
    const { client } = fakeClient(world);
    expect((await readLiveState(client, desired, { coolifyUrl: 'x' })).canReadSensitive).toBe(true);
    const noSecrets = { ...world, databases: world.databases.map(({ postgres_password: _p, ...d }) => d) };
    const { client: c2 } = fakeClient(noSecrets);
    expect((await readLiveState(c2, desired, { coolifyUrl: 'x' })).canReadSensitive).toBe(false);
  });
});
