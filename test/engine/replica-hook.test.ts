import { describe, expect, it } from 'vitest';
import { scaleDesiredState } from '../../src/engine/replica-hook.js';
import { buildDesiredState } from '../../src/kinds/lower.js';
import { loadManifestSource } from '../../src/load/load-manifest.js';
import type { DesiredState, LiveResource, LiveState } from '../../src/model/resource.js';
import { addr } from '../helpers/address.js';

const manifest = (app: string): string =>
  `version: 1\nprojects:\n  shop:\n    environments:\n      prod:\n        applications:\n          web:\n            image: nginx:1.27\n          worker:\n${app}`;

function prepared(text: string) {
  const loaded = loadManifestSource('m.yaml', text, {});
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { loaded, desired: buildDesiredState(loaded.manifest!, loaded.edges) };
}

const liveApp = (name: string): LiveResource => ({ kind: 'application', uuid: `u-${name}`, name, address: addr(`shop/prod/application/${name}`), owned: true, fields: {} });
const liveState = (resources: LiveResource[]): LiveState => ({
  coolifyUrl: 'http://127.0.0.1',
  coolifyVersion: '4.3.11',
  canReadSensitive: true,
  resources,
  lookups: { servers: [], destinations: [], githubApps: [], privateKeys: [] },
});
const apps = (d: DesiredState): string[] => d.resources.filter((r) => r.kind === 'application').map((r) => r.address).sort();

describe('the replica-set hook of the plan', () => {
  it('reads once, for the desired state as lowered, when no set is autoscaled or overridden', async () => {
    const p = prepared(manifest('            image: busybox:1\n            replicas: 2\n'));
    const reads: DesiredState[] = [];
    const result = await scaleDesiredState(p, async (d) => (reads.push(d), liveState([])));
    expect(reads).toEqual([p.desired]);
    expect(apps(result.desired)).toEqual(['shop/prod/application/web', 'shop/prod/application/worker-1', 'shop/prod/application/worker-2']);
  });

  it('plans the override count, reading the widest shape first', async () => {
    const p = prepared(manifest('            image: busybox:1\n            replicas: 2\n'));
    const reads: string[][] = [];
    const result = await scaleDesiredState(p, async (d) => (reads.push(apps(d)), liveState([liveApp('worker-1'), liveApp('worker-2')])), { [addr('shop/prod/application/worker')]: 3 });
    expect(reads).toEqual([['shop/prod/application/web', 'shop/prod/application/worker-1', 'shop/prod/application/worker-2', 'shop/prod/application/worker-3']]);
    expect(apps(result.desired)).toEqual(['shop/prod/application/web', 'shop/prod/application/worker-1', 'shop/prod/application/worker-2', 'shop/prod/application/worker-3']);
  });

  it('keeps an autoscaled set at its live count inside [min, max]', async () => {
    const autoscale = '            autoscale: { min: 1, max: 4, metric: { redis: { url: "redis://127.0.0.1", list: q } }, up: { above: 10 }, down: { below: 1 } }\n';
    const p = prepared(manifest(`            image: busybox:1\n${autoscale}`));
    const live = liveState([liveApp('worker-1'), liveApp('worker-2'), liveApp('worker-3')]);
    const result = await scaleDesiredState(p, async () => live);
    expect(apps(result.desired)).toEqual(['shop/prod/application/web', 'shop/prod/application/worker-1', 'shop/prod/application/worker-2', 'shop/prod/application/worker-3']);
    expect(result.live).toBe(live);
  });
});
