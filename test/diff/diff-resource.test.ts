import { describe, expect, it } from 'vitest';
import type { DesiredResource, LiveResource } from '../../src/model/resource.js';
import { ENV_OWNERSHIP_COMMENT } from '../../src/model/resource.js';
import { APPLICATION_SPEC } from '../../src/kinds/application.js';
import { DATABASE_SPEC } from '../../src/kinds/database.js';
import { diffResource } from '../../src/diff/diff-resource.js';
import type { DiffContext } from '../../src/diff/types.js';
import { addr } from '../helpers/address.js';

const ctx = (canReadSensitive = true): DiffContext => ({ canReadSensitive, refs: () => undefined });
const app = (fields: DesiredResource['fields'], extra: Partial<DesiredResource> = {}): DesiredResource => ({
  address: addr('p/e/application/a'), kind: 'application', name: 'a', subtype: 'dockerimage', fields: { name: 'a', ...fields }, protect: false, ignoreChanges: [], ...extra,
});
const live = (fields: Record<string, unknown>, extra: Partial<LiveResource> = {}): LiveResource => ({
  kind: 'application', uuid: 'u', name: 'a', address: addr('p/e/application/a'), owned: true, subtype: 'dockerimage', fields: { name: 'a', ...fields }, ...extra,
});
const paths = (d: ReturnType<typeof diffResource>) => d.changes.filter((c) => c.counts).map((c) => c.path);

describe('diffResource: field classes', () => {
  it.each<[string, DesiredResource['fields'], Record<string, unknown>, string[]]>([
    ['comparable equal after normalisation', { domains: 'https://a.com/' }, { fqdn: 'https://a.com' }, []],
    ['comparable changed', { health_check_path: '/health' }, { health_check_path: '/' }, ['health_check_path']],
    ['numbers vs numeric strings', { health_check_port: 3000 }, { health_check_port: '3000' }, []],
    ['toggle read from settings', { is_auto_deploy_enabled: true }, { settings: { is_auto_deploy_enabled: true } }, []],
    ['write-only never compared', { autogenerate_domain: true }, {}, []],
    ['unset means unmanaged', {}, { health_check_path: '/x', limits_memory: '4g' }, []],
    ['limit "0" vs desired value', { limits_memory: '512M' }, { limits_memory: '0' }, ['limits_memory']],
  ])('%s', (_name, want, have, expected) => {
    expect(paths(diffResource(app(want), live(have), APPLICATION_SPEC, ctx()))).toEqual(expected);
  });

  it('sensitive readable: compared, reported as changed, counts', () => {
    const d = diffResource(app({ manual_webhook_secret_github: 'new' }), live({ manual_webhook_secret_github: 'old' }), APPLICATION_SPEC, ctx());
    expect(d.changes).toEqual([expect.objectContaining({ path: 'manual_webhook_secret_github', sensitiveState: 'changed', counts: true, redact: 'all' })]);
    expect(d.hasChanges).toBe(true);
  });

  it('sensitive unreadable: not a change, only an unverifiable note', () => {
    const d = diffResource(app({ manual_webhook_secret_github: 'new' }), live({}), APPLICATION_SPEC, ctx(false));
    expect(d.hasChanges).toBe(false);
    expect(d.changes).toEqual([expect.objectContaining({ sensitiveState: 'unverifiable', counts: false })]);
  });

  it('ignoreChanges skips the field', () => {
    const d = diffResource(app({ health_check_path: '/h' }, { ignoreChanges: ['health_check_path'] }), live({ health_check_path: '/' }), APPLICATION_SPEC, ctx());
    expect(d.hasChanges).toBe(false);
  });

  it('a source type change is a replace', () => {
    const d = diffResource(app({}), live({}, { subtype: 'public' }), APPLICATION_SPEC, ctx());
    expect(d.subtypeChange).toEqual({ before: 'public', after: 'dockerimage', effect: 'replace' });
  });

  it('database changes need a restart, public toggles do not', () => {
    const db: DesiredResource = { address: addr('p/e/database/d'), kind: 'database', name: 'd', subtype: 'postgresql', fields: { image: 'postgres:17', is_public: true }, protect: false, ignoreChanges: [] };
    const d = diffResource(db, { kind: 'database', uuid: 'u', name: 'd', owned: true, fields: { image: 'postgres:16', is_public: false } }, DATABASE_SPEC, ctx());
    expect(d.changes.map((c) => [c.path, c.effect])).toEqual([['image', 'restart'], ['is_public', 'update']]);
    expect(d.consequences).toEqual(['restart']);
  });
});

describe('diffResource: env vars', () => {
  const flags = { is_buildtime: true, is_runtime: true, is_literal: false, is_multiline: false, sensitive: false };
  const want = app({}, { env: { A: { value: 'a', is_preview: false, ...flags }, 'B#preview': { value: 'b', is_preview: true, ...flags } } });
  const row = (key: string, value: string | undefined, extra: object = {}) => ({
    uuid: `${key}-${JSON.stringify(extra)}`, key, value, is_preview: false, is_buildtime: true, is_runtime: true, is_literal: false, is_multiline: false, comment: ENV_OWNERSHIP_COMMENT, ...extra,
  });

  it('converged with preview copies and foreign keys: no changes', () => {
    const d = diffResource(want, live({}, { env: [row('A', 'a'), row('A', 'a', { is_preview: true }), row('B', 'b', { is_preview: true }), row('X', 'x', { comment: null })] }), APPLICATION_SPEC, ctx());
    expect(d.changes).toEqual([]);
    expect(d.unchangedCount).toBe(3); // name + two env keys
  });

  it('value change, flag change, owned removal', () => {
    const d = diffResource(want, live({}, { env: [row('A', 'z', { is_literal: true }), row('B', 'b', { is_preview: true }), row('OLD', 'o')] }), APPLICATION_SPEC, ctx());
    expect(d.changes.map((c) => [c.path, c.sensitiveState, c.after === undefined])).toEqual([
      ['env.A', 'changed', false],
      ['env.OLD', undefined, true],
    ]);
    expect(d.changes[1]?.removeUuid).toBe('OLD-{}');
    expect(d.consequences).toEqual(['redeploy']);
  });

  it('unreadable values are never drift', () => {
    const d = diffResource(want, live({}, { env: [row('A', undefined), row('B', undefined, { is_preview: true })] }), APPLICATION_SPEC, ctx(false));
    expect(d.hasChanges).toBe(false);
  });

  it('a foreign key the manifest declares with the same value is not a change (no comment-only updates)', () => {
    const d = diffResource(want, live({}, { env: [row('A', 'a', { comment: null }), row('B', 'b', { is_preview: true })] }), APPLICATION_SPEC, ctx());
    expect(paths(d)).toEqual([]);
  });

  // Row 8: two preview rows for one key (what Coolify's bulk upsert left behind for older clients).
  it('duplicate live rows of a declared key are reported and the extra is removed, keeping the row with the desired value', () => {
    const rows = [row('A', 'a'), row('B', 'auto-copy', { is_preview: true, uuid: 'b1' }), row('B', 'b', { is_preview: true, uuid: 'b2' })];
    const d = diffResource(want, live({}, { env: rows }), APPLICATION_SPEC, ctx());
    const dup = d.changes.filter((c) => c.removeUuid !== undefined);
    expect(dup.map((c) => [c.path, c.label, c.removeUuid, c.counts])).toEqual([['env.B#preview', 'previews.env.B (duplicate)', 'b1', true]]);
    expect(d.changes.filter((c) => c.removeUuid === undefined)).toEqual([]);
  });

  it('duplicates where no row has the desired value: the first is kept and updated, the others removed', () => {
    const rows = [row('A', 'a'), row('A', 'x', { uuid: 'a2' }), row('B', 'b', { is_preview: true })];
    const d = diffResource(want, live({}, { env: rows }), APPLICATION_SPEC, ctx());
    expect(d.changes.map((c) => [c.path, c.removeUuid])).toEqual([['env.A', 'a2']]);
    const rows2 = [row('A', 'y', { uuid: 'a1' }), row('A', 'x', { uuid: 'a2' }), row('B', 'b', { is_preview: true })];
    const d2 = diffResource(want, live({}, { env: rows2 }), APPLICATION_SPEC, ctx());
    expect(d2.changes.map((c) => [c.path, c.sensitiveState, c.removeUuid])).toEqual([['env.A', undefined, 'a2'], ['env.A', 'changed', undefined]]);
  });

  it('a foreign key the manifest declares with another value is updated (and gets our comment)', () => {
    const d = diffResource(want, live({}, { env: [row('A', 'other', { comment: null }), row('B', 'b', { is_preview: true })] }), APPLICATION_SPEC, ctx());
    expect(paths(d)).toEqual(['env.A']);
  });
});
