/**
 * `KindPlanning.cost` and `replaceOnlyOnRequest` in buildPlan (src/plan/build.ts), on a server
 * bought at a cloud provider: the create carries its cost, an update or no-op none; a replace the
 * change forces is an ADO550 error unless `--replace` asks for it, and then the usual protection
 * rule applies (ADO502 without --allow-destroy).
 */
import { describe, expect, it } from 'vitest';
import { emptyLive, plan } from './fixtures.js';
import { lowerServer } from '../../src/kinds/server.js';
import { serverAddress } from '../../src/model/address.js';
import type { DesiredState, LiveResource, LiveState } from '../../src/model/resource.js';

const desired = (provider: 'hetzner' | 'vultr' = 'hetzner'): DesiredState => ({
  resources: [lowerServer('web-1', {
    privateKey: 'deploy',
    provision: provider === 'hetzner'
      ? { provider, token: 'hz', location: 'fsn1', serverType: 'cx22', image: 1 }
      : { provider, token: 'vu', region: 'fra', plan: 'vc2-1c-1gb', osId: 2284 },
  })],
  edges: [],
  projects: [],
  replicaBases: [],
  teamKinds: ['server'],
} as unknown as DesiredState);

const bought: LiveResource = {
  kind: 'server', uuid: 'srv-web', name: 'web-1', address: serverAddress('web-1'), owned: true,
  fields: { uuid: 'srv-web', name: 'web-1', ip: '203.0.113.7', description: '(managed by ado-coolify) (protect)', hetzner_server_id: 42 },
};
const withServer = (): LiveState => ({ ...emptyLive(), resources: [bought] });

describe('a cost-bearing create and a replace only on request', () => {
  it('the create carries what it buys; the server once bought plans no-op without it', () => {
    const fresh = plan(desired(), emptyLive()).resourceChanges.find((c) => c.address === 'sv/web-1');
    expect(fresh).toMatchObject({ action: 'create', cost: 'buys a server at Hetzner (cx22 in fsn1) billed to cloud token `hz`' });
    const again = plan(desired(), withServer()).resourceChanges.find((c) => c.address === 'sv/web-1');
    expect(again?.action).toBe('no-op');
    expect(again?.cost).toBeUndefined();
  });

  it('another provider: ADO550 without --replace; with it, only the protection rule', () => {
    const refused = plan(desired('vultr'), withServer());
    expect(refused.diagnostics.map((d) => d.code).sort()).toEqual(['ADO502', 'ADO550']);
    expect(refused.resourceChanges.find((c) => c.address === 'sv/web-1')).toMatchObject({ action: 'replace', cost: expect.stringContaining('at Vultr') });
    const asked = plan(desired('vultr'), withServer(), { replace: ['sv/web-1'] });
    expect(asked.diagnostics.map((d) => d.code)).toEqual(['ADO502']);
    const allowed = plan(desired('vultr'), withServer(), { replace: ['sv/web-1'], allowDestroy: true });
    expect(allowed.diagnostics.map((d) => d.code)).toEqual([]);
  });
});
