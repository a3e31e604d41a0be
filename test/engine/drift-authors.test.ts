import { describe, expect, it } from 'vitest';
import { addr } from '../helpers/address.js';
import { attachDriftAuthors } from '../../src/engine/drift-authors.js';
import { readAuditEvents, toAuditEvent, AUDIT_EVENTS_MAX_PAGES } from '../../src/coolify/audit-events.js';
import { driftReport } from '../../src/engine/drift.js';
import { renderDriftHuman, renderDriftMarkdown } from '../../src/render/drift.js';
import { renderPlanJson } from '../../src/render/json.js';
import { CoolifyApiError } from '../../src/coolify/api-error.js';
import { P, plan, resource } from '../render/fixtures/builders.js';

const CANARY = 'CANARY-audit-props-91c2';
const event = (uuid: string, name: string, at: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 1, action: 'application.updated', source: 'ui', user_name: name, resource_uuid: uuid, created_at: at, properties: { value: CANARY }, ...extra,
});

function pages(all: unknown[][]): { calls: Array<{ page: number }>; auditEvents: (q: { page: number }) => Promise<unknown> } {
  const calls: Array<{ page: number }> = [];
  return {
    calls,
    auditEvents: async (q) => {
      calls.push(q);
      return { data: all[q.page - 1] ?? [], current_page: q.page, last_page: all.length };
    },
  };
}

const drifted = () =>
  driftReport(
    plan([
      resource(addr(`${P}/application/web`), 'application', 'update', 'changed: image', { uuid: 'app-1' }),
      resource(addr(`${P}/application/api`), 'application', 'update', 'changed: image', { uuid: 'app-2' }),
      resource(addr(`${P}/application/quiet`), 'application', 'no-op', 'up to date', { uuid: 'app-3' }),
    ]),
    [],
    false,
  );

describe('audit events reader (issue 18)', () => {
  it('keeps who, when, from where; drops what was sent; skips records it cannot read', () => {
    expect(toAuditEvent(event('u', 'alice', '2026-01-01T00:00:00Z', { ip_address: '10.0.0.1' }))).toEqual({ resourceUuid: 'u', name: 'alice', at: '2026-01-01T00:00:00Z', via: 'ui', ip: '10.0.0.1' });
    expect(toAuditEvent({ resource_uuid: 'u', user: { name: 'bob' }, created_at: 't', source: 'mcp' })).toMatchObject({ name: 'bob', via: 'mcp' });
    expect(toAuditEvent({ user_name: 'x', created_at: 't' })).toBeUndefined();
    expect(toAuditEvent('nonsense')).toBeUndefined();
  });

  it('reads every page up to last_page, and at most AUDIT_EVENTS_MAX_PAGES', async () => {
    const two = pages([[event('a', 'alice', '2026-01-02T00:00:00Z')], [event('b', 'bob', '2026-01-01T00:00:00Z')]]);
    expect((await readAuditEvents(two)).map((e) => e.name)).toEqual(['alice', 'bob']);
    expect(two.calls.map((c) => c.page)).toEqual([1, 2]);
    const many = pages(Array.from({ length: 20 }, () => []));
    await readAuditEvents(many);
    expect(many.calls).toHaveLength(AUDIT_EVENTS_MAX_PAGES);
  });
});

describe('attachDriftAuthors', () => {
  it('names the newest event on each drifted resource; null when none; no-ops untouched; nothing sent printed', async () => {
    const client = pages([[event('app-1', 'alice', '2026-01-02T00:00:00Z'), event('app-1', 'old', '2026-01-01T00:00:00Z'), event('app-3', 'carol', '2026-01-03T00:00:00Z')]]);
    const report = await attachDriftAuthors(drifted(), client, '4.4.2');
    expect(client.calls).toHaveLength(1);
    const by = (n: string) => report.resourceChanges.find((rc) => rc.name === n)!;
    expect(by('web').author).toMatchObject({ name: 'alice', via: 'ui' });
    expect(by('api').author).toBeNull();
    expect(by('quiet').author).toBeUndefined();
    const human = renderDriftHuman(report, { color: false });
    expect(human).toContain('# changed by alice via the UI at 2026-01-02T00:00:00Z');
    expect(human).toContain('# author unknown (no audit event names it)');
    for (const out of [human, renderDriftMarkdown(report), renderPlanJson(report)]) expect(out).not.toContain(CANARY);
  });

  it('before 4.4: author null for every drifted resource, the reason, no request', async () => {
    const client = pages([[event('app-1', 'alice', 't')]]);
    const report = await attachDriftAuthors(drifted(), client, '4.3.11');
    expect(client.calls).toHaveLength(0);
    expect(report.authorUnknownReason).toBe('Coolify 4.3.11 has no audit events');
    expect(report.resourceChanges.filter((rc) => rc.action !== 'no-op').every((rc) => rc.author === null)).toBe(true);
  });

  it('no drift: no request, the report unchanged', async () => {
    const client = pages([]);
    const clean = driftReport(plan([resource(addr(`${P}/application/quiet`), 'application', 'no-op', 'up to date', { uuid: 'x' })]), [], false);
    expect(await attachDriftAuthors(clean, client, '4.4.2')).toBe(clean);
    expect(client.calls).toHaveLength(0);
  });

  it('a refused read leaves the drift standing with the author unknown', async () => {
    const refusing = {
      auditEvents: async (): Promise<unknown> => {
        throw new CoolifyApiError({ code: 'COOLIFY_FORBIDDEN', message: 'no', method: 'GET', path: '/audit-events', status: 403, retryable: false });
      },
    };
    const report = await attachDriftAuthors(drifted(), refusing, '4.4.2');
    expect(report.authorUnknownReason).toBe('audit events could not be read (HTTP 403)');
  });
});
