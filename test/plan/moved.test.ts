/**
 * Ux-audit M1 in the pure core: `moved:` hints re-key the live state (as the reader does) so a
 * renamed resource is planned as a rename in place, its sub-resources follow it, and a hint
 * that cannot apply says why; without a hint, a domain that changes hands is ordered (ADO513)
 * or refused (ADO514).
 */
import { describe, expect, it } from 'vitest';
import type { Address } from '../../src/model/address.js';
import type { DesiredState, LiveState } from '../../src/model/resource.js';
import { applyMovedHints } from '../../src/plan/moved.js';
import { plan, sampleDesired } from './fixtures.js';
import { convergedLive } from '../kinds/simulate-coolify.js';
import { addr } from '../helpers/address.js';

const API = addr('ado/production/application/api-gateway');
const OLD = addr('ado/production/application/gateway');

/** The converged live state, with `at` (the api-gateway) and what hangs off it still under its old name at `old`. */
function liveUnderOldName(desired: DesiredState, old: Address = OLD, at: Address = API): LiveState {
  const live = convergedLive(desired, true);
  for (const l of live.resources) {
    if (l.address === at) {
      l.address = old;
      l.name = old.slice(old.lastIndexOf('/') + 1);
      l.fields['name'] = l.name;
    } else if (l.address?.startsWith(`${at}#`)) l.address = addr(old + l.address.slice(at.length));
  }
  return live;
}

/** Plans with `moved` hints applied to the live state first, as readLiveState does. */
function planMoved(desired: DesiredState, live: LiveState, moved: Array<{ from: Address; to: Address }>) {
  const withHints: DesiredState = { ...desired, moved };
  applyMovedHints(live.resources, moved);
  return plan(withHints, live);
}

describe('moved: hints', () => {
  it('rename in place: one update of the name, same uuid, sub-resources unchanged, nothing deleted or created', () => {
    const desired = sampleDesired();
    const live = liveUnderOldName(desired);
    const uuid = live.resources.find((l) => l.address === OLD)!.uuid;
    const p = planMoved(desired, live, [{ from: OLD, to: API }]);
    const changed = p.resourceChanges.filter((c) => c.action !== 'no-op');
    expect(changed.map((c) => [c.address, c.action, c.actionReason])).toEqual([[API, 'update', 'renamed']]);
    expect(changed[0]).toMatchObject({ uuid, movedFrom: OLD, reason: 'renamed from gateway' });
    expect(changed[0]!.changes.map((c) => [c.path, c.before, c.after])).toEqual([['name', 'gateway', 'api-gateway']]);
    for (const sub of ['#task/cleanup', '#storage/data']) expect(p.resourceChanges.find((c) => c.address === `${API}${sub}`)?.action).toBe('no-op');
    expect(p.steps.map((s) => s.id)).toEqual([`${API}:update`]);
    expect(p.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a protected database with a backup is renamed in place: the backup follows, no ADO502', () => {
    const desired = sampleDesired();
    const pg = addr('ado/production/database/postgres');
    const old = addr('ado/production/database/pg');
    const live = liveUnderOldName(desired, old, pg);
    expect(live.resources.some((l) => l.address?.startsWith(`${old}#backup/`))).toBe(true);
    const p = planMoved(desired, live, [{ from: old, to: pg }]);
    expect(p.resourceChanges.filter((c) => c.action !== 'no-op').map((c) => [c.address, c.action, c.actionReason])).toEqual([[pg, 'update', 'renamed']]);
    expect(p.resourceChanges.filter((c) => c.kind === 'backup').map((c) => c.action)).toEqual(['no-op']);
    expect(p.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a rename with another change says both and PATCHes both in one update', () => {
    const desired = sampleDesired();
    const live = liveUnderOldName(desired);
    live.resources.find((l) => l.address === OLD)!.fields['health_check_path'] = '/old';
    const p = planMoved(desired, live, [{ from: OLD, to: API }]);
    const api = p.resourceChanges.find((c) => c.address === API)!;
    expect(api).toMatchObject({ action: 'update', actionReason: 'renamed', reason: 'renamed from gateway; changed: healthCheck.path' });
  });

  it('a rename into another environment is a move then an update of the name', () => {
    const desired = sampleDesired();
    const old = addr('ado/staging/application/gateway');
    const p = planMoved(desired, liveUnderOldName(desired, old), [{ from: old, to: API }]);
    const api = p.resourceChanges.find((c) => c.address === API)!;
    expect(api).toMatchObject({ action: 'move', actionReason: 'environment-changed', movedFrom: old, reason: 'moves from environment staging to production; renamed from gateway' });
    expect(api.changes.map((c) => c.path)).toEqual(['environment', 'name']);
    expect(p.steps.filter((s) => s.address === API).map((s) => s.op)).toEqual(['move', 'update']);
    expect(p.resourceChanges.some((c) => c.action === 'delete' || c.action === 'create')).toBe(false);
  });

  it('a hint whose from is gone does nothing and says nothing (it may stay, as in Terraform)', () => {
    const desired = sampleDesired();
    const p = planMoved(desired, convergedLive(desired, true), [{ from: OLD, to: API }]);
    expect(p.resourceChanges.filter((c) => c.action !== 'no-op')).toEqual([]);
    expect(p.diagnostics.filter((d) => d.code === 'ADO512')).toEqual([]);
  });

  it.each([
    [
      'both from and to exist',
      (live: LiveState) => {
        const copy = structuredClone(live.resources.find((l) => l.address === OLD)!);
        live.resources.push({ ...copy, uuid: 'other-uuid', address: API, name: 'api-gateway', fields: { ...copy.fields, name: 'api-gateway', fqdn: null } });
      },
      'both ado/production/application/gateway and ado/production/application/api-gateway exist in Coolify',
    ],
    [
      'from is not managed',
      (live: LiveState) => {
        live.resources.find((l) => l.address === OLD)!.owned = false;
      },
      'is not marked as managed by ado-coolify',
    ],
  ])('a hint is not applied when %s: ADO512 says why', (_what, arrange, why) => {
    const desired = sampleDesired();
    const live = liveUnderOldName(desired);
    arrange(live);
    const p = planMoved(desired, live, [{ from: OLD, to: API }]);
    const d = p.diagnostics.find((x) => x.code === 'ADO512');
    expect(d?.message).toContain(why);
    expect(p.resourceChanges.find((c) => c.address === API)?.movedFrom).toBeUndefined();
  });
});

describe('domains that change hands without a hint', () => {
  it('a create reusing the domains of a deleted app waits for the delete, with ADO513 naming the hint', () => {
    const desired = sampleDesired();
    // Pruning is opt-in: without --prune the old app stays and holds the domains (ADO514).
    const kept = plan(desired, liveUnderOldName(desired));
    expect(kept.resourceChanges.find((c) => c.address === OLD)).toBeUndefined();
    expect(kept.diagnostics.map((d) => d.code)).toContain('ADO514');
    const p = plan(desired, liveUnderOldName(desired), { prune: true });
    expect(p.resourceChanges.find((c) => c.address === OLD)?.action).toBe('delete');
    expect(p.resourceChanges.find((c) => c.address === API)?.action).toBe('create');
    const warnings = p.diagnostics.filter((d) => d.code === 'ADO513');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.severity).toBe('warning');
    expect(warnings[0]!.message).toMatch(/^api-gateway reuses domains of gateway \(being deleted; `api\.ado\.example\.com`\): gateway is deleted first, so the site is down until api-gateway is deployed$/);
    expect(warnings[0]!.hint).toBe(`add \`moved: [{ from: ${OLD}, to: ${API} }]\` to rename gateway in place (same uuid, no gap)`);
    expect(p.steps.find((s) => s.id === `${API}:create`)!.dependsOn).toContain(`${OLD}:delete`);
  });

  it('a create reusing the domain of an app that stays is an ADO514 error naming both fixes', () => {
    const desired = sampleDesired();
    const live = liveUnderOldName(desired);
    live.resources.find((l) => l.address === OLD)!.owned = false;
    const p = plan(desired, live);
    const errors = p.diagnostics.filter((d) => d.code === 'ADO514');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.message).toContain('which ado/production/application/gateway holds in Coolify (it is not managed by ado-coolify)');
    expect(errors[0]!.hint).toContain('remove the domain from ado/production/application/gateway in Coolify');
  });

  it('a managed app left in Coolify (not deleted by the plan) is refused with the moved: hint and the delete as fixes', () => {
    const desired = sampleDesired();
    const live = liveUnderOldName(desired, addr('ado/production/application/gateway'));
    // Its project is no longer declared: the plan lists it, never deletes it.
    const old = live.resources.find((l) => l.address === OLD)!;
    old.address = addr('legacy/production/application/gateway');
    const p = plan(desired, live);
    const error = p.diagnostics.find((d) => d.code === 'ADO514')!;
    expect(error.message).toContain('it left the manifest but the plan does not delete it');
    expect(error.hint).toContain(`add \`moved: [{ from: legacy/production/application/gateway, to: ${API} }]\``);
    expect(error.hint).toContain('or delete it first');
  });

  it('a domain one app drops and a new app takes: the create waits for the update, no diagnostic', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    const worker = live.resources.find((l) => l.address === 'ado/production/application/worker-1')!;
    const api = live.resources.find((l) => l.address === API)!;
    // Live: the worker holds the domain the manifest now gives the api-gateway, which is new.
    worker.fields['fqdn'] = 'https://api.ado.example.com';
    live.resources.splice(live.resources.indexOf(api), 1);
    // The worker's entry does not manage domains: it keeps the one it holds, so that is refused.
    const held = plan(desired, live).diagnostics.find((d) => d.code === 'ADO514');
    expect(held?.message).toContain('its manifest entry does not manage domains, so it keeps it');
    desired.resources.find((d) => d.address === 'ado/production/application/worker-1')!.fields['domains'] = 'https://worker.ado.example.com';
    const p = plan(desired, live);
    expect(p.diagnostics.filter((d) => d.code === 'ADO513' || d.code === 'ADO514')).toEqual([]);
    expect(p.steps.find((s) => s.id === `${API}:create`)!.dependsOn).toContain('ado/production/application/worker-1:update');
  });
});
