import { describe, expect, it } from 'vitest';
import { checkPlacements } from '../../src/plan/placement-check.js';
import type { DesiredState } from '../../src/model/resource.js';
import type { ResourceChange } from '../../src/model/plan.js';
import type { Address } from '../../src/model/address.js';
import { addr } from '../helpers/address.js';

const desired = (server: string): DesiredState => ({
  projects: ['shop'],
  edges: [],
  resources: [
    { address: addr('shop/production/application/web'), kind: 'application', name: 'web', fields: {}, protect: false, ignoreChanges: [], placement: { server } },
    { address: addr('shop/production/database/pg'), kind: 'database', name: 'pg', fields: {}, protect: false, ignoreChanges: [], placement: { server } },
  ],
});
const change = (address: Address, action: 'create' | 'no-op'): ResourceChange => ({
  address, kind: 'application', name: address, action, actionReason: action === 'create' ? 'not-in-coolify' : 'up-to-date', reason: '', changes: [], unchangedCount: 0, consequences: [], protect: false,
});
const lookups = { servers: [{ uuid: 'u1', name: 'main' }, { uuid: 'u2', name: 'edge' }], destinations: [], githubApps: [], privateKeys: [] };

describe('checkPlacements', () => {
  it.each([
    ['a known server', 'main', 0],
    ['an unknown server, reported once for all its resources', 'mian', 1],
  ])('%s', (_t, server, count) => {
    const out = checkPlacements(desired(server), [change(addr('shop/production/application/web'), 'create'), change(addr('shop/production/database/pg'), 'create')], lookups);
    expect(out).toHaveLength(count);
    if (count) {
      expect(out[0]).toMatchObject({ code: 'ADO504', severity: 'error' });
      expect(out[0]!.hint).toContain('main, edge');
    }
  });

  it('does not check resources that already exist', () => {
    expect(checkPlacements(desired('gone'), [change(addr('shop/production/application/web'), 'no-op')], lookups)).toEqual([]);
  });
});
