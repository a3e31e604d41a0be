import { describe, expect, it } from 'vitest';
import { importProject } from '../../src/import/import-project.js';
import { liveReplicaSets } from '../../src/import/replicas.js';
import type { ApplicationSnapshot, ProjectSnapshot, WireRecord } from '../../src/import/types.js';

const app = (record: WireRecord): ApplicationSnapshot => ({
  record: { build_pack: 'dockerimage', docker_registry_image_name: 'nginx', docker_registry_image_tag: '1.27', ports_exposes: '80', redirect: 'both', ...record },
  envs: [],
  tags: [],
  storages: { persistent_storages: [], file_storages: [] },
  scheduledTasks: [],
  server: 'main',
});
const ALIAS = 'shop-production-worker';

function snapshot(apps: ApplicationSnapshot[]): ProjectSnapshot {
  return {
    project: { name: 'shop' },
    sharedEnv: [],
    environments: [{ record: { id: 1, name: 'production' }, sharedEnv: [], applications: apps, databases: [], services: [] }],
    s3Storages: [],
    githubApps: [],
    privateKeys: [],
    servers: ['main'],
    canReadSensitive: true,
  };
}

describe('liveReplicaSets', () => {
  it('finds NAME-1..N sharing the alias lowering gives NAME', () => {
    const apps = [app({ name: 'worker-2', custom_network_aliases: ALIAS }), app({ name: 'worker-1', custom_network_aliases: ALIAS }), app({ name: 'web' })];
    const sets = liveReplicaSets(apps, 'shop', 'production');
    expect(sets.map((s) => [s.base, s.members.map((m) => m.record.name)])).toEqual([['worker', ['worker-1', 'worker-2']]]);
  });

  it('leaves alone a gap, a single instance, another alias and a set whose base name is taken', () => {
    expect(liveReplicaSets([app({ name: 'worker-1', custom_network_aliases: ALIAS }), app({ name: 'worker-3', custom_network_aliases: ALIAS })], 'shop', 'production')).toEqual([]);
    expect(liveReplicaSets([app({ name: 'worker-1', custom_network_aliases: ALIAS })], 'shop', 'production')).toEqual([]);
    expect(liveReplicaSets([app({ name: 'worker-1', custom_network_aliases: 'x' }), app({ name: 'worker-2', custom_network_aliases: 'x' })], 'shop', 'production')).toEqual([]);
    expect(liveReplicaSets([app({ name: 'worker' }), app({ name: 'worker-1', custom_network_aliases: ALIAS }), app({ name: 'worker-2', custom_network_aliases: ALIAS })], 'shop', 'production')).toEqual([]);
  });
});

describe('importProject with a replica set', () => {
  it('folds alike instances into replicas: N, without the alias note', () => {
    const r = importProject(snapshot([app({ name: 'worker-1', custom_network_aliases: ALIAS }), app({ name: 'worker-2', custom_network_aliases: ALIAS }), app({ name: 'worker-3', custom_network_aliases: ALIAS })]));
    const apps = r.manifest.projects['shop']!.environments['production']!.applications!;
    expect(Object.keys(apps)).toEqual(['worker']);
    expect(apps['worker']).toMatchObject({ image: 'nginx:1.27', replicas: 3 });
    expect(r.notes.filter((n) => n.message.includes('network aliases'))).toEqual([]);
  });

  it('imports instances that differ one by one, with a note', () => {
    const r = importProject(snapshot([app({ name: 'worker-1', custom_network_aliases: ALIAS }), app({ name: 'worker-2', custom_network_aliases: ALIAS, docker_registry_image_tag: '1.28' })]));
    const apps = r.manifest.projects['shop']!.environments['production']!.applications!;
    expect(Object.keys(apps).sort()).toEqual(['worker-1', 'worker-2']);
    expect(apps['worker-1']).not.toHaveProperty('replicas');
    expect(r.notes.some((n) => n.where === 'shop/production/application/worker' && n.message.includes('differ'))).toBe(true);
  });
});
