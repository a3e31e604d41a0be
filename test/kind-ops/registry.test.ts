import { describe, expect, it } from 'vitest';
import { KIND_OPS, opsFor } from '../../src/kind-ops/registry.js';
import { touchesConnection } from '../../src/kind-ops/s3-storage.js';
import { flattenStorages } from '../../src/kind-ops/storage.js';
import { KIND_ORDER, specFor } from '../../src/kinds/registry.js';
import { srcModule, typeErrors } from '../kinds/type-errors.js';

describe('the per-kind operations table', () => {
  it('has every kind, each under its own name', () => {
    expect(Object.keys(KIND_OPS).sort()).toEqual([...KIND_ORDER].sort());
    for (const kind of KIND_ORDER) expect(opsFor(kind).kind).toBe(kind);
  });

  it.each([
    // kind, has status, movable, restartable, env, shared env, tags, sub-resource
    ['project', false, false, false, false, true, false, false],
    ['environment', false, false, false, false, true, false, false],
    ['s3Storage', false, false, false, false, false, false, false],
    ['database', true, true, true, true, false, true, false],
    ['backup', false, false, false, false, false, false, true],
    ['application', true, true, true, true, false, true, false],
    ['storage', false, false, false, false, false, false, true],
    ['scheduledTask', false, false, false, false, false, false, true],
    ['service', true, true, true, true, false, true, false],
  ] as const)('%s: status %s, move %s, restart %s, env %s, shared env %s, tags %s, sub-resource %s', (kind, status, move, restart, env, shared, tags, sub) => {
    const ops = opsFor(kind);
    expect([ops.status !== null, ops.move !== null, ops.restart !== null, ops.envs !== null, ops.sharedEnvs !== null, ops.tags !== null, ops.ownedThroughOwner]).toEqual([status, move, restart, env, shared, tags, sub]);
    // The I/O table and the pure table agree on what the kind carries.
    expect(ops.envs !== null).toBe(specFor(kind).env !== undefined);
    expect(ops.sharedEnvs !== null).toBe(specFor(kind).sharedEnv !== undefined);
    expect(ops.tags !== null).toBe(specFor(kind).tags);
    if (ops.status) expect(ops.status.kind).toBe(kind);
  });

  it('only placed kinds are deleted in a queued job; only projects and environments wait for their children', () => {
    expect(KIND_ORDER.filter((k) => opsFor(k).gone !== null)).toEqual(['database', 'application', 'service']);
    expect(KIND_ORDER.filter((k) => opsFor(k).deleteWaitsForChildren)).toEqual(['project', 'environment']);
  });

  it('an S3 storage is checked again when its connection changes, not its labels', () => {
    expect(touchesConnection(['endpoint'])).toBe(true);
    expect(touchesConnection(['secret'])).toBe(true);
    expect(touchesConnection(['name', 'description'])).toBe(false);
  });

  it('storage answers flatten from both shapes', () => {
    expect(flattenStorages({ persistent_storages: [{ uuid: 'a' }], file_storages: [{ uuid: 'b' }] })).toEqual([{ uuid: 'a' }, { uuid: 'b' }]);
    expect(flattenStorages([{ uuid: 'c' }])).toEqual([{ uuid: 'c' }]);
    expect(flattenStorages(null)).toEqual([]);
  });

  it('a kind that omits an operation does not compile', () => {
    const out = typeErrors(
      `import type { KindOps } from '${srcModule('kind-ops/types.js')}';\n` +
        "export const BROKEN: KindOps = { kind: 'project', readBack: async () => ({}), list: async () => [], remove: async () => {}, gone: null, deleteWaitsForChildren: false, restart: null, deploy: null, status: null, envs: null, sharedEnvs: null, tags: null, ownedThroughOwner: false, existsWithParent: false, findMadeWithOwner: null, onCreateConflict: null, afterWrite: null, beforeRemove: null };\n",
    );
    expect(out).toMatch(/Property 'move' is missing/);
  }, 60_000);
});
