import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { api, createProject, INSTANT } from './helpers.js';
import { RELEASE_DATA } from '../../src/releases/releases.generated.js';
import { KNOWN_RELEASES } from '../../src/releases/table.js';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

async function emulate(version: string): Promise<Sandbox> {
  sb = await startSandbox({ timings: INSTANT, rateLimitPerMinute: 0, coolifyVersion: version, tokens: [{ token: 'read-only', abilities: ['read'] }] });
  return sb;
}

describe('sandbox audit events (Coolify 4.4, issue 18)', () => {
  it('4.4.2 has GET /audit-events with the read ability, as its contract routes say; 4.3.11 answers 404', async () => {
    const s = await emulate('4.4.2');
    const read = await api(s, 'GET', '/audit-events', undefined, { token: 'read-only' });
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ data: [], current_page: 1, last_page: 1, total: 0 });
    await s.close();
    const old = await emulate('4.3.11');
    expect((await api(old, 'GET', '/audit-events')).status).toBe(404);
  });

  it('logs each API write as an event of the token user, source api, newest first', async () => {
    const s = await emulate('4.4.2');
    const project = await createProject(s);
    await api(s, 'PATCH', `/projects/${project}`, { description: 'changed' });
    const page = (await api(s, 'GET', '/audit-events')).json as { data: Array<Record<string, unknown>> };
    expect(page.data.map((e) => e.action)).toEqual(['project.updated', 'project.created']);
    expect(page.data[0]).toMatchObject({ source: 'api', user_name: 'root', resource_type: 'project', resource_uuid: project });
    expect(page.data[1]!.resource_uuid).toBe(project);
  });

  it('records a UI change through the test hook, and filters and paginates', async () => {
    const s = await emulate('4.4.2');
    const project = await createProject(s);
    expect(s.recordAuditEvent({ resourceUuid: project, resourceType: 'project', userName: 'alice', source: 'ui' })).toBe(true);
    expect(s.recordAuditEvent({ resourceUuid: project, resourceType: 'project', userName: 'bob', source: 'webhook' })).toBe(true);
    const ui = (await api(s, 'GET', '/audit-events?source=ui')).json as { data: Array<Record<string, unknown>>; total: number };
    expect(ui.total).toBe(1);
    expect(ui.data[0]).toMatchObject({ user_name: 'alice', source: 'ui', action: 'project.updated' });
    const second = (await api(s, 'GET', '/audit-events?per_page=1&page=2')).json as { data: Array<Record<string, unknown>>; last_page: number };
    expect(second.last_page).toBe(3);
    expect(second.data[0]).toMatchObject({ user_name: 'alice' });
  });

  it('records nothing before 4.4', async () => {
    const s = await emulate('4.3.11');
    const project = await createProject(s);
    expect(s.recordAuditEvent({ resourceUuid: project, resourceType: 'project', userName: 'alice', source: 'ui' })).toBe(false);
    expect(s.store.world.auditEvents ?? []).toEqual([]);
  });

  it('follows the contracts: the route is in the 4.4.2 routes only (release table, extracted from them)', async () => {
    expect(RELEASE_DATA.routesNotInAll['GET /audit-events']).toEqual(['4.4.2']);
    for (const v of KNOWN_RELEASES) {
      const s = await emulate(v);
      expect((await api(s, 'GET', '/audit-events')).status, v).toBe(v === '4.4.2' ? 200 : 404);
      await s.close();
      sb = undefined;
    }
  });
});
