/** Deletes of Git Apps that applications use: ordered after the users' deletes, or refused (ADO519). */
import { describe, expect, it } from 'vitest';
import { liveUsers } from '../../src/plan/live-users.js';
import type { ResourceChange } from '../../src/model/plan.js';
import type { LiveResource } from '../../src/model/resource.js';
import type { Address } from '../../src/model/address.js';

const A = (s: string) => s as Address;
const change = (address: string, kind: ResourceChange['kind'], action: ResourceChange['action'], uuid: string): ResourceChange =>
  ({ address: A(address), kind, name: address, action, uuid, changes: [], unchangedCount: 0, consequences: [] }) as unknown as ResourceChange;
const live: LiveResource[] = [
  { kind: 'githubApp', uuid: '7', name: 'acme', address: A('gh/acme'), owned: true, fields: { id: 7, uuid: 'u7' } },
  { kind: 'application', uuid: 'w', name: 'web', address: A('p/e/application/web'), owned: true, fields: { source_type: 'App\\Models\\GithubApp', source_id: 7 } },
  { kind: 'application', uuid: 'x', name: 'other', address: A('p/e/application/other'), owned: true, fields: { source_type: 'App\\Models\\GithubApp', source_id: 8 } },
];

describe('liveUsers', () => {
  it('refuses the delete of an app an application that stays still uses', () => {
    const out = liveUsers([change('gh/acme', 'githubApp', 'delete', '7')], live);
    expect(out.edges).toEqual([]);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['ADO519']);
    expect(out.diagnostics[0]!.message).toContain('p/e/application/web');
    expect(out.diagnostics[0]!.message).not.toContain('other');
  });

  it('orders the app after the delete of the application that uses it', () => {
    const out = liveUsers([change('gh/acme', 'githubApp', 'delete', '7'), change('p/e/application/web', 'application', 'delete', 'w')], live);
    expect(out.diagnostics).toEqual([]);
    expect(out.edges).toEqual([{ from: 'p/e/application/web', to: 'gh/acme', reason: 'reference', via: 'source' }]);
  });

  it('says nothing for kinds without users or changes that are not deletes', () => {
    expect(liveUsers([change('gh/acme', 'githubApp', 'update', '7'), change('p/e/application/web', 'application', 'delete', 'w')], live)).toEqual({ edges: [], diagnostics: [] });
  });
});
