import { describe, expect, it } from 'vitest';
import type { LiveResource, LiveState } from '../../src/model/resource.js';
import { ENV_OWNERSHIP_COMMENT, ownershipMarker } from '../../src/model/resource.js';
import { CANARY, emptyLive, plan, sampleDesired } from './fixtures.js';
import { buildSteps } from '../../src/graph/steps.js';
import { convergedLive, fakeUuid } from '../kinds/simulate-coolify.js';
import { addr } from '../helpers/address.js';

function clone(live: LiveState): LiveState {
  return structuredClone(live);
}
function find(live: LiveState, address: string): LiveResource {
  const r = live.resources.find((x) => x.address === address);
  if (!r) throw new Error(`no live ${address}`);
  return r;
}
const API = addr('ado/production/application/api-gateway');

describe('buildPlan returns a complete plan (issue 15 item 7)', () => {
  it('with its steps, ordered by the desired edges, and the edges among its resources', () => {
    const desired = sampleDesired();
    const p = plan(desired, emptyLive());
    expect(p.steps).toEqual(buildSteps(p.resourceChanges, desired.edges));
    expect(p.steps.length).toBeGreaterThan(p.resourceChanges.length);
    const addresses = new Set(p.resourceChanges.map((c) => c.address));
    expect(p.edges).toEqual(desired.edges.filter((e) => addresses.has(e.from) && addresses.has(e.to)));
    expect(p.edges.length).toBeGreaterThan(0);
  });

  it('with the edges of its targets only, and steps still ordered through resources out of scope', () => {
    const desired = sampleDesired();
    const p = plan(desired, emptyLive(), { targets: [API] });
    const addresses = new Set(p.resourceChanges.map((c) => c.address));
    expect(addresses.has(addr('ado/production/database/redis'))).toBe(false);
    expect(p.edges.every((e) => addresses.has(e.from) && addresses.has(e.to))).toBe(true);
    expect(p.steps).toEqual(buildSteps(p.resourceChanges, desired.edges));
  });

  it('with the placement check (ADO504) and the caller’s earlier diagnostics after its own', () => {
    const desired = sampleDesired();
    const live = emptyLive();
    live.lookups.servers = [{ uuid: 'srv-edge', name: 'edge' }];
    const prior = { severity: 'warning' as const, code: 'ADO505' as const, message: 'gated' };
    const p = plan(desired, live, { priorDiagnostics: [prior] });
    expect(p.diagnostics.map((d) => d.code)).toEqual(['ADO505', 'ADO504']);
    expect(p.diagnostics[1]!.message).toMatch(/placed on server "main", which Coolify does not have/);
  });
});

describe('buildPlan', () => {
  it('creates everything from an empty live state, in kind order', () => {
    const desired = sampleDesired();
    const p = plan(desired, emptyLive());
    const byAddress = new Map(p.resourceChanges.map((c) => [c.address, c]));
    expect(byAddress.get(addr('ado'))?.action).toBe('create');
    // production comes with the project: adopted, never created
    expect(byAddress.get(addr('ado/production'))?.action).toBe('adopt');
    expect(byAddress.get(addr('ado/staging'))?.action).toBe('create');
    expect(byAddress.get(addr('ado/production/application/worker-1'))?.action).toBe('create');
    expect(byAddress.get(addr('ado/production/application/worker-2'))?.action).toBe('create');
    // …and counted with the create that makes it (ux p2)
    expect(p.summary.add).toBe(desired.resources.length);
    expect(p.summary.adopt).toBe(0);
    const ranks = p.resourceChanges.map((c) => c.kind);
    expect(ranks.indexOf('project')).toBeLessThan(ranks.indexOf('database'));
    expect(ranks.lastIndexOf('database')).toBeLessThan(ranks.indexOf('application'));
    expect(p.diagnostics).toEqual([]);
    // the DATABASE_URL reference is known only after apply
    const api = byAddress.get(API)!;
    const dbUrl = api.changes.find((c) => c.path === 'env.DATABASE_URL')!;
    expect(dbUrl.after).toMatchObject({ value: { $unknown: true, from: 'databases.postgres.internalUrl' } });
  });

  it.each([true, false])('is all no-ops on a converged state (read:sensitive=%s)', (canRead) => {
    const desired = sampleDesired();
    const p = plan(desired, convergedLive(desired, canRead));
    const notNoop = p.resourceChanges.filter((c) => c.action !== 'no-op');
    expect(notNoop).toEqual([]);
    expect(p.summary.noop).toBe(desired.resources.length);
    expect(p.unmanaged).toEqual([]);
  });

  it('an image tag bump is exactly one tag change with a redeploy', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    find(live, API).fields['docker_registry_image_tag'] = '1.4.1';
    const p = plan(desired, live);
    const changed = p.resourceChanges.filter((c) => c.action !== 'no-op');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ address: API, action: 'update', consequences: ['redeploy'] });
    expect(changed[0]!.changes).toEqual([
      { path: 'docker_registry_image_tag', label: 'image.tag', before: '1.4.1', after: '1.4.2', sensitive: false, effect: 'redeploy' },
    ]);
    expect(p.summary).toMatchObject({ change: 1, redeploy: 1 });
  });

  it('an out-of-band change of one field is one FieldChange', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    find(live, 'ado/production/database/redis').fields['limits_memory'] = '1g';
    const p = plan(desired, live);
    const changed = p.resourceChanges.filter((c) => c.action !== 'no-op');
    expect(changed.map((c) => [c.address, c.changes.map((f) => f.path), c.consequences])).toEqual([
      ['ado/production/database/redis', ['limits_memory'], ['restart']],
    ]);
  });

  it('with --prune, deletes an owned resource that left the manifest, and lists foreign ones as unmanaged', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    const extra = (name: string, owned: boolean): LiveResource => ({
      kind: 'application', uuid: fakeUuid(name), name, address: addr(`ado/production/application/${name}`), owned, fields: { name },
    });
    live.resources.push(extra('old-api', true), extra('hand-made', false));
    const p = plan(desired, live, { prune: true });
    const del = p.resourceChanges.find((c) => c.address.endsWith('/old-api'));
    expect(del).toMatchObject({ action: 'delete', uuid: fakeUuid('old-api'), reason: 'no longer in the manifest' });
    expect(p.unmanaged).toEqual([
      expect.objectContaining({ uuid: fakeUuid('hand-made'), address: 'ado/production/application/hand-made' }),
    ]);
    expect(p.summary).toMatchObject({ destroy: 1, unmanaged: 1 });
  });

  it('gives a protected resource that left the manifest a hint it can follow (no `protect:` to edit)', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    live.resources.push({
      kind: 'application', uuid: fakeUuid('old-api'), name: 'old-api', address: addr('ado/production/application/old-api'), owned: true,
      fields: { name: 'old-api', description: ownershipMarker(true) },
    });
    const p = plan(desired, live, { prune: true });
    const d = p.diagnostics.find((x) => x.code === 'ADO502');
    expect(d).toMatchObject({ address: 'ado/production/application/old-api' });
    expect(d?.hint).toContain('no longer in the manifest');
    expect(d?.hint).not.toContain('protect: false');
  });

  it('refuses to replace a protected database unless allowDestroy is given', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    find(live, 'ado/production/database/postgres').subtype = 'mysql';
    const refused = plan(desired, live);
    const pg = refused.resourceChanges.find((c) => c.address === 'ado/production/database/postgres');
    expect(pg).toMatchObject({ action: 'replace', actionReason: 'subtype-changed' });
    expect(refused.diagnostics).toEqual([
      expect.objectContaining({ code: 'ADO502', severity: 'error', address: 'ado/production/database/postgres' }),
    ]);
    expect(refused.diagnostics[0]!.hint).toContain('--allow-destroy');
    expect(plan(desired, live, { allowDestroy: true }).diagnostics).toEqual([]);
  });

  it('a replaced application gets its env vars, tasks and storages back: all planned as creates (audit B3)', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    find(live, API).subtype = 'public';
    const p = plan(desired, live);
    const byAddress = new Map(p.resourceChanges.map((c) => [c.address, c]));
    const api = byAddress.get(API)!;
    expect(api).toMatchObject({ action: 'replace', actionReason: 'subtype-changed' });
    expect(api.changes.filter((c) => c.path.startsWith('env.')).map((c) => c.path).sort()).toEqual([
      'env.DATABASE_URL',
      'env.JWT_SECRET',
      'env.NODE_ENV',
      'env.PORT',
    ]);
    for (const sub of [addr(`${API}#task/cleanup`), addr(`${API}#storage/data`)]) {
      expect(byAddress.get(sub), sub).toMatchObject({ action: 'create', actionReason: 'parent-replaced', reason: 'recreated with api-gateway, which is replaced' });
    }
    expect(JSON.stringify(p)).not.toContain(CANARY);
  });

  it.each([
    [{ status: 'failed', uuid: 'd1' }, 'redeploy: last deployment failed', 'last-deployment-failed'],
    [{ status: 'cancelled-by-user', uuid: 'd1' }, 'redeploy: last deployment was cancelled', 'last-deployment-cancelled'],
    [{ status: 'finished', uuid: 'd1', rollback: true }, 'redeploy: last deployment was a rollback', 'last-deployment-rolled-back'],
  ])('an owned app whose last deployment is %j is planned as a redeploy (audit M2)', (last, reason, actionReason) => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    find(live, API).lastDeployment = last;
    const api = plan(desired, live).resourceChanges.find((c) => c.address === API)!;
    expect(api).toMatchObject({ action: 'redeploy', actionReason, reason, consequences: ['redeploy'] });
    expect(plan(desired, live).summary).toMatchObject({ change: 1, redeploy: 1, noop: plan(desired, live).resourceChanges.length - 1 });
    for (const quiet of [{ status: 'finished', uuid: 'd2' }, { status: 'in_progress', uuid: 'd3' }, null]) {
      find(live, API).lastDeployment = quiet;
      expect(plan(desired, live).resourceChanges.find((c) => c.address === API)!.action, JSON.stringify(quiet)).toBe('no-op');
    }
  });

  it('existing applications, databases and services carry their health (Argo names); a degraded one changes nothing by itself', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    find(live, API).fields['status'] = 'exited:unhealthy';
    const p = plan(desired, live);
    const api = p.resourceChanges.find((c) => c.address === API)!;
    expect(api).toMatchObject({ action: 'no-op', health: 'Degraded' });
    for (const c of p.resourceChanges) {
      const hasRuntime = ['application', 'database', 'service'].includes(c.kind);
      expect(c.health !== undefined, c.address).toBe(hasRuntime);
    }
    expect(p.summary).toMatchObject({ change: 0, redeploy: 0 });
    // A create has no health: nothing runs yet.
    const fresh = plan(desired, { ...live, resources: live.resources.filter((l) => l.address !== API && !l.address?.startsWith(`${API}#`)) });
    expect(fresh.resourceChanges.find((c) => c.address === API)).toMatchObject({ action: 'create' });
    expect(fresh.resourceChanges.find((c) => c.address === API)!.health).toBeUndefined();
  });

  it('a changed storage of an unchanged application makes it a redeploy (storage-changed), with its deploy step', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    find(live, `${API}#storage/data`).fields['mount_path'] = '/old-data';
    const p = plan(desired, live);
    expect(p.resourceChanges.find((c) => c.address === `${API}#storage/data`)).toMatchObject({ action: 'update', actionReason: 'fields-changed' });
    const api = p.resourceChanges.find((c) => c.address === API)!;
    expect(api).toMatchObject({ action: 'redeploy', actionReason: 'storage-changed', reason: 'redeploy to apply a storage change (data)', consequences: ['redeploy'] });
    expect(p.steps.filter((st) => st.address === API).map((st) => st.op)).toEqual(['deploy']);
  });

  it('an update whose last deployment failed stays an update; the reason says both', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    find(live, API).fields['health_check_path'] = '/';
    find(live, API).lastDeployment = { status: 'failed', uuid: 'd1' };
    const api = plan(desired, live).resourceChanges.find((c) => c.address === API)!;
    expect(api).toMatchObject({ action: 'update', actionReason: 'fields-changed', consequences: ['redeploy'] });
    expect(api.reason).toMatch(/^changed: .*; redeploy: last deployment failed$/);
  });

  it('an owned S3 storage the manifest dropped is never deleted (team-level): listed as unmanaged', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    const trimmed = { ...desired, resources: desired.resources.filter((r) => r.kind !== 's3Storage'), edges: desired.edges.filter((e) => !e.to.startsWith('s3/')) };
    const p = plan(trimmed, live);
    expect(p.resourceChanges.some((c) => c.kind === 's3Storage')).toBe(false);
    expect(p.unmanaged).toEqual([expect.objectContaining({ kind: 's3Storage', reason: expect.stringMatching(/team-level: never deleted/) })]);
  });

  it('reports two live resources at one address as ADO501 naming both uuids', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    const twin = { ...structuredClone(find(live, API)), uuid: 'twinuuid0000000000000000' };
    live.resources.push(twin);
    const p = plan(desired, live);
    const d = p.diagnostics.find((x) => x.code === 'ADO501');
    expect(d?.message).toContain(fakeUuid(API));
    expect(d?.message).toContain('twinuuid0000000000000000');
    expect(p.resourceChanges.some((c) => c.address === API)).toBe(false);
  });

  it('a list answer that repeats one record is one resource, not an ADO501 (audit m13)', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    live.resources.push(structuredClone(find(live, API)));
    const p = plan(desired, live);
    expect(p.diagnostics.filter((x) => x.code === 'ADO501')).toEqual([]);
    expect(p.resourceChanges.find((c) => c.address === API)?.action).toBe('no-op');
  });

  it('ADO501 advice can be followed: keep one, remove the others, counted', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    live.resources.push({ ...structuredClone(find(live, API)), uuid: 'twinuuid0000000000000000' }, { ...structuredClone(find(live, API)), uuid: 'tripuuid0000000000000000' });
    const d = plan(desired, live).diagnostics.find((x) => x.code === 'ADO501');
    expect(d?.message).toMatch(/^3 live applications match/);
    expect(d?.hint).toBe('keep the one you want and rename or delete the other 2 in Coolify (by uuid), then plan again');
  });

  it('an environment glob selects everything below it, and existing ancestors are not pulled in', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    const p = plan(desired, live, { targets: ['*/production'] });
    expect(p.diagnostics).toEqual([]);
    expect(p.resourceChanges.length).toBeGreaterThan(1);
    expect(p.resourceChanges.every((c) => c.address.startsWith('ado/production'))).toBe(true);
  });

  it('restricts the plan to targets and reports targets matching nothing', () => {
    const desired = sampleDesired();
    const p = plan(desired, emptyLive(), { targets: ['ado/production/database/redis', 'ado/nowhere'] });
    // the project does not exist yet, so the target pulls in its creation, and the adoption of
    // the environment Coolify creates with it (audit M9)
    expect(p.resourceChanges.map((c) => c.address)).toEqual(['ado', 'ado/production', 'ado/production/database/redis']);
    expect(p.targets).toEqual(['ado/production/database/redis', 'ado/nowhere']);
    expect(p.diagnostics).toEqual([expect.objectContaining({ code: 'ADO503', severity: 'error' })]);
    expect(p.diagnostics[0]!.message).toContain('ado/nowhere');
    const sub = plan(desired, emptyLive(), { targets: [API] });
    // and the database its env references (env.DATABASE_URL), which does not exist either
    expect(sub.resourceChanges.map((c) => c.address).sort()).toEqual(['ado', 'ado/production', API, `${API}#storage/data`, `${API}#task/cleanup`, 'ado/production/database/postgres']);
    expect(sub.resourceChanges.find((c) => c.address === 'ado/production/database/postgres')!.reason).toContain(`included for the targets: ${API} references it`);
    // once they exist, nothing else is pulled in
    const existing = convergedLive(desired, true);
    existing.resources = existing.resources.filter((r) => !r.address?.startsWith(API));
    expect(plan(desired, existing, { targets: [API] }).resourceChanges.map((c) => c.address).sort()).toEqual([API, `${API}#storage/data`, `${API}#task/cleanup`]);
  });

  it('adopts a matching live resource that is not owned', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    find(live, 'ado/production/database/redis').owned = false;
    const api = find(live, API);
    api.owned = false;
    api.fields['health_check_path'] = '/';
    const p = plan(desired, live);
    expect(p.resourceChanges.find((c) => c.address === 'ado/production/database/redis')).toMatchObject({ action: 'adopt', actionReason: 'unowned-adopt', alsoUpdates: false });
    const a = p.resourceChanges.find((c) => c.address === API)!;
    // One action; that fields change too is `alsoUpdates` (1.x wrote `["adopt", "update"]`).
    expect(a).toMatchObject({ action: 'adopt', actionReason: 'unowned-adopt', alsoUpdates: true });
    expect(p.summary.change).toBe(1);
    expect(p.steps.filter((s) => s.address === API).map((s) => s.op)).toEqual(['adopt', 'update', 'deploy']);
    expect(a.changes.map((c) => c.path)).toEqual(['health_check_path']);
    expect(p.summary.adopt).toBe(2);
  });

  it('plans a move when an owned resource sits in another environment of the project', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    const redis = find(live, 'ado/production/database/redis');
    redis.address = addr('ado/staging/database/redis');
    const p = plan(desired, live);
    const mv = p.resourceChanges.find((c) => c.address === 'ado/production/database/redis')!;
    expect(mv).toMatchObject({ action: 'move', actionReason: 'environment-changed', alsoUpdates: false });
    expect(mv.changes[0]).toMatchObject({ path: 'environment', before: 'staging', after: 'production', effect: 'move' });
    expect(p.resourceChanges.some((c) => (c.action === 'delete' || c.action === 'replace'))).toBe(false);
  });

  it('a moved application diffs its env against its live env and counts once (ux p7)', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    const api = find(live, API);
    api.address = addr('ado/staging/application/api-gateway');
    const p = plan(desired, live);
    const mv = p.resourceChanges.find((c) => c.address === API)!;
    expect(mv).toMatchObject({ action: 'move', alsoUpdates: false });
    expect(mv.changes.map((c) => c.path)).toEqual(['environment']);
    expect(p.summary).toMatchObject({ move: 1, change: 0 });

    api.fields['health_check_path'] = '/other';
    const changed = plan(desired, live);
    expect(changed.resourceChanges.find((c) => c.address === API)).toMatchObject({ action: 'move', alsoUpdates: true });
    expect(changed.summary).toMatchObject({ move: 1, change: 0 });
  });

  it('env: a removed owned key is deleted, foreign keys and preview copies are left alone', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    const api = find(live, API);
    api.env!.push(
      { uuid: 'e1', key: 'OLD', value: 'x', is_preview: false, comment: ENV_OWNERSHIP_COMMENT },
      { uuid: 'e2', key: 'FOREIGN', value: 'y', is_preview: false, comment: null },
    );
    const p = plan(desired, live);
    const c = p.resourceChanges.find((x) => x.address === API)!;
    expect(c.changes.map((f) => f.path)).toEqual(['env.OLD']);
    expect(c.changes[0]).toMatchObject({ after: undefined, sensitive: true, effect: 'redeploy' });
    expect(c.consequences).toEqual(['redeploy']);
  });

  it('never lets a secret value into the plan (canary)', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    for (const l of live.resources) if (l.env) for (const e of l.env) if (e.value) e.value = `${e.value}-changed`;
    find(live, 's3/backups-eu').fields['secret'] = `${CANARY}-old`;
    find(live, 'ado/production/database/postgres').fields['postgres_password'] = `${CANARY}-old`;
    for (const p of [plan(desired, emptyLive()), plan(desired, live), plan(desired, live, { targets: ['ado'] })]) {
      const text = JSON.stringify(p);
      expect(text).not.toContain(CANARY);
      expect(text).not.toContain('CANARY');
    }
    const p = plan(desired, live);
    const s3 = p.resourceChanges.find((c) => c.address === 's3/backups-eu')!;
    expect(s3.changes).toEqual([
      expect.objectContaining({ path: 'secret', sensitive: true, sensitiveState: 'changed', before: expect.objectContaining({ $sensitive: true }) }),
    ]);
  });

  it('computes a fingerprint that ignores volatile fields and order', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    const a = plan(desired, live).liveFingerprint;
    const shuffled = clone(live);
    shuffled.resources.reverse();
    for (const r of shuffled.resources) r.fields['status'] = 'exited';
    expect(plan(desired, shuffled).liveFingerprint).toBe(a);
    find(shuffled, API).fields['health_check_path'] = '/other';
    expect(plan(desired, shuffled).liveFingerprint).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});
