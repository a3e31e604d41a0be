/**
 * Audit M8: changes Coolify stores but the database ignores (init-only fields) and image
 * changes that need a data migration are marked on the change and get a diagnostic; on a
 * protected database a major version change needs --allow-destroy.
 */
import { describe, expect, it } from 'vitest';
import type { LiveState } from '../../src/model/resource.js';
import { emptyLive, plan, sampleDesired } from './fixtures.js';
import { convergedLive } from '../kinds/simulate-coolify.js';

const PG = 'ado/production/database/postgres';

function liveWith(fields: Record<string, unknown>, protect = true): { live: LiveState; desired: ReturnType<typeof sampleDesired> } {
  const desired = sampleDesired();
  if (!protect) for (const d of desired.resources) if (d.address === PG) d.protect = false;
  const live = convergedLive(desired, true);
  const pg = live.resources.find((r) => r.address === PG)!;
  Object.assign(pg.fields, fields);
  return { live, desired };
}

describe('caveats of field changes on an existing database', () => {
  it.each<[string, Record<string, unknown>, boolean, Array<[string, string | undefined]>, string[]]>([
    ['user: init-only, a warning', { postgres_user: 'old' }, true, [['postgres_user', 'init-only']], ['ADO507:warning']],
    ['database name: init-only', { postgres_db: 'old' }, true, [['postgres_db', 'init-only']], ['ADO507:warning']],
    ['password: init-only (sensitive)', { postgres_password: 'old-password' }, true, [['postgres_password', 'init-only']], ['ADO507:warning']],
    ['major version on a protected database: an error', { image: 'postgres:15-alpine' }, true, [['image', 'data-migration']], ['ADO509:error']],
    ['major version, unprotected: a warning', { image: 'postgres:15-alpine' }, false, [['image', 'data-migration']], ['ADO508:warning']],
    ['minor version: nothing', { image: 'postgres:16.3-alpine' }, true, [['image', undefined]], []],
    ['limits: nothing', { limits_memory: '1G' }, true, [], []],
  ])('%s', (_name, fields, protect, caveats, codes) => {
    const { desired, live } = liveWith(fields, protect);
    const p = plan(desired, live);
    const pg = p.resourceChanges.find((c) => c.address === PG)!;
    for (const [path, code] of caveats) expect(pg.changes.find((c) => c.path === path)?.caveat?.code, path).toBe(code);
    expect(p.diagnostics.map((d) => `${d.code}:${d.severity}`)).toEqual(codes);
    for (const d of p.diagnostics) expect(d.address).toBe(PG);
  });

  it('--allow-destroy turns the protected major version error into a warning', () => {
    const { desired, live } = liveWith({ image: 'postgres:15-alpine' });
    expect(plan(desired, live, { allowDestroy: true }).diagnostics.map((d) => d.code)).toEqual(['ADO508']);
  });

  it('a create or a replace initialises the data: no caveat, no diagnostic', () => {
    const created = plan(sampleDesired(), emptyLive());
    expect(created.resourceChanges.flatMap((c) => c.changes).filter((c) => c.caveat)).toEqual([]);
    const { desired, live } = liveWith({ postgres_user: 'old', image: 'mysql:8.0' });
    live.resources.find((r) => r.address === PG)!.subtype = 'mysql';
    const replaced = plan(desired, live, { allowDestroy: true });
    const pg = replaced.resourceChanges.find((c) => c.address === PG)!;
    expect(pg.action).toBe('replace');
    expect(pg.changes.filter((c) => c.caveat)).toEqual([]);
    expect(replaced.diagnostics).toEqual([]);
  });
});
