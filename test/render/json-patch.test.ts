import jsonpatch from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import type { FieldChange, PatchOperation, PlanJson, PlanValue } from '../../src/model/plan.js';
import { resourcePatch } from '../../src/render/json-patch.js';
import { renderPlanJson } from '../../src/render/json.js';
import { convergedLive } from '../kinds/simulate-coolify.js';
import { CANARY, emptyLive, plan, sampleDesired } from '../plan/fixtures.js';
import { field, secret, unknown } from './fixtures/builders.js';
import { FIXTURES } from './fixtures/plans.js';

/** The document a resource change's patch applies to: each change's value keyed by its path. */
function doc(changes: readonly FieldChange[], side: 'before' | 'after'): Record<string, PlanValue> {
  const out: Record<string, PlanValue> = {};
  for (const c of changes) if (c[side] !== undefined) out[c.path] = c[side]!;
  return out;
}

/** The resource changes of a rendered plan file, as written. */
function written(p: PlanJson): Array<{ address: string; action: string; changes: FieldChange[]; patch: PatchOperation[] }> {
  return (JSON.parse(renderPlanJson(p)) as { resourceChanges: Array<{ address: string; action: string; changes: FieldChange[]; patch: PatchOperation[] }> }).resourceChanges;
}

describe('resourcePatch', () => {
  it('adds, replaces and removes, one pointer per change path, in change order', () => {
    expect(
      resourcePatch([
        field('image', 'nginx:1.26', 'nginx:1.27', { path: 'docker_registry_image_tag' }),
        field('env.NEW', undefined, 'x', { path: 'env.NEW' }),
        field('env.OLD', 'y', undefined, { path: 'env.OLD' }),
      ]),
    ).toEqual([
      { op: 'replace', path: '/docker_registry_image_tag', value: 'nginx:1.27' },
      { op: 'add', path: '/env.NEW', value: 'x' },
      { op: 'remove', path: '/env.OLD' },
    ]);
  });

  it('patches inside lists and objects, and escapes `/` and `~` in paths', () => {
    expect(resourcePatch([field('domains', ['https://a'], ['https://a', 'https://b'], { path: 'fqdn' })])).toEqual([{ op: 'add', path: '/fqdn/1', value: 'https://b' }]);
    expect(resourcePatch([field('hc', { port: 80, path: '/' }, { port: 8080, path: '/' }, { path: 'a/b~c' })])).toEqual([{ op: 'replace', path: '/a~1b~0c/port', value: 8080 }]);
  });

  it('replaces a marker as a whole, never inside it', () => {
    expect(resourcePatch([field('env.T', secret('h1'), secret('h2'), { path: 'env.T', sensitive: true })])).toEqual([
      { op: 'replace', path: '/env.T', value: { $sensitive: true, hash: 'h2' } },
    ]);
    expect(resourcePatch([field('env.U', 'postgres://old', unknown('databases.pg.internalUrl'), { path: 'env.U' })])).toEqual([
      { op: 'replace', path: '/env.U', value: { $unknown: true, from: 'databases.pg.internalUrl' } },
    ]);
  });

  it('still writes a change whose redacted values look equal (a sensitive value the token cannot read)', () => {
    const change = field('key', secret(), secret(), { path: 'key', sensitive: true, sensitiveState: 'unverifiable' });
    expect(resourcePatch([change])).toEqual([{ op: 'replace', path: '/key', value: { $sensitive: true } }]);
  });

  it.each(Object.keys(FIXTURES).filter((n) => n !== 'huge'))('turns the live values into the desired ones (RFC 6902, fast-json-patch): %s', (name) => {
    for (const rc of written(FIXTURES[name]!())) {
      // A delete's changes say what it held; its patch is empty (what happens is its action).
      if (rc.action === 'delete') {
        expect(rc.patch, rc.address).toEqual([]);
        continue;
      }
      const result = jsonpatch.applyPatch(doc(rc.changes, 'before'), rc.patch, true, false).newDocument;
      // markers are replaced whole, so the result equals the desired document exactly
      expect(result, rc.address).toEqual(doc(rc.changes, 'after'));
    }
  });
});

describe('the JSON plan patch keeps secrets out (canary)', () => {
  it('holds no secret value and masks every sensitive change like the changes are masked', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    for (const l of live.resources) if (l.env) for (const e of l.env) if (e.value) e.value = `${e.value}-changed`;
    for (const p of [plan(desired, emptyLive()), plan(desired, live)]) {
      const changes = written(p);
      expect(changes.some((rc) => rc.patch.some((op) => op.op !== 'remove' && JSON.stringify(op.value).includes('$sensitive')))).toBe(true);
      for (const rc of changes) {
        expect(JSON.stringify(rc.patch)).not.toContain('CANARY');
        for (const c of rc.changes.filter((x) => x.sensitive)) {
          const ops = rc.patch.filter((op) => op.path === `/${c.path}` || op.path.startsWith(`/${c.path}/`));
          expect(ops.length, `${rc.address} ${c.path}`).toBeGreaterThan(0);
          // A sensitive env record is patched inside (its flags are no secret): an operation
          // under it carries the masked value at its pointer.
          const at = (path: string): unknown =>
            path.slice(c.path.length + 2).split('/').filter((s) => s !== '').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], c.after);
          for (const op of ops) if (op.op !== 'remove') expect(op.value, `${rc.address} ${c.path}`).toEqual(at(op.path));
        }
      }
    }
  });

  it('masks a plain value in a change flagged sensitive (an upstream bug) in the patch too', () => {
    const p = FIXTURES['image-bump']!();
    p.resourceChanges[0]!.changes = [field('env.TOKEN', `${CANARY}-old`, `${CANARY}-new`, { path: 'env.TOKEN', sensitive: true })];
    const text = renderPlanJson(p);
    expect(text).not.toContain(CANARY);
    expect(written(p)[0]!.patch).toEqual([{ op: 'replace', path: '/env.TOKEN', value: { $sensitive: true } }]);
  });
});
