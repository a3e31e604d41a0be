/**
 * Issue 18: the plan's impact summary (src/plan/impact.ts). Each category empty and not,
 * from hand-made resource changes whose steps come from the real step builder, and a
 * redaction canary through buildPlan.
 */
import { describe, expect, it } from 'vitest';
import { computeImpact, impactIsEmpty, MASKED_DOMAIN, UNKNOWN_DOMAIN } from '../../src/plan/impact.js';
import type { PlanImpact, ResourceChange } from '../../src/model/plan.js';
import { buildSteps } from '../../src/graph/steps.js';
import { create, field, noop, resource, secret, unknown } from '../render/fixtures/builders.js';
import { addr } from '../helpers/address.js';
import { CANARY, emptyLive, plan, sampleDesired, sampleManifest } from './fixtures.js';
import { buildDesiredState } from '../../src/kinds/lower.js';

const APP = addr('ado/production/application/api');
const APP2 = addr('ado/production/application/web');
const DB = addr('ado/production/database/pg');
const SVC = addr('ado/production/service/plausible');
const VOL = addr('ado/production/application/api#storage/data');
const FILE = addr('ado/production/application/api#storage/config');

function impactOf(changes: ResourceChange[]): PlanImpact {
  return computeImpact({ resourceChanges: changes, steps: buildSteps(changes, []) });
}

const update = (address: typeof APP, kind: ResourceChange['kind'], changes: ResourceChange['changes'], extra: Partial<ResourceChange> = {}): ResourceChange =>
  resource(address, kind, 'update', 'changed', { uuid: 'u', changes, ...extra });

describe('computeImpact', () => {
  it('names nothing for a plan without changes (every category empty)', () => {
    const impact = impactOf([noop(APP, 'application'), noop(DB, 'database')]);
    expect(impact).toEqual({
      deploys: [],
      restarts: [],
      domains: { added: [], removed: [] },
      exposure: [],
      deletions: [],
      data: [],
      counts: { deploys: 0, restarts: 0, downtime: 0, domainsAdded: 0, domainsRemoved: 0, exposure: 0, deletions: 0, data: 0 },
    });
    expect(impactIsEmpty(impact)).toBe(true);
  });

  it.each<[string, ResourceChange, Partial<PlanImpact['deploys'][number]> | undefined]>([
    ['a created application: its first deploy', create(APP, 'application', { image: 'nginx:1' }), { first: true, downtime: 'not-expected' }],
    ['an image change: a rolling update', update(APP, 'application', [field('image.tag', '1', '2', { path: 'docker_registry_image_tag', effect: 'redeploy' })], { after: { ports_mappings: null } }), { first: false, downtime: 'not-expected', why: 'rolling update' }],
    ['ports mapped to the host: no rolling update', update(APP, 'application', [field('image.tag', '1', '2', { path: 'docker_registry_image_tag', effect: 'redeploy' })], { after: { ports_mappings: '8080:80' } }), { downtime: 'expected' }],
    ['a replaced application', resource(APP, 'application', 'replace', 'replaced', { changes: [field('dockerfile', 'a', 'b', { effect: 'replace' })] }), { downtime: 'expected' }],
    ['a service (no rolling update rule)', update(SVC, 'service', [field('compose', 'a', 'b', { path: 'docker_compose_raw', effect: 'redeploy' })]), { downtime: 'possible' }],
    ['a description change: no deploy', update(APP, 'application', [field('description', 'a', 'b')]), undefined],
  ])('deploys: %s', (_name, change, expected) => {
    const impact = impactOf([change]);
    if (expected === undefined) {
      expect(impact.deploys).toEqual([]);
      return;
    }
    expect(impact.deploys).toEqual([expect.objectContaining({ address: change.address, kind: change.kind, ...expected })]);
    expect(impact.counts.deploys).toBe(1);
    expect(impact.counts.downtime).toBe(expected.downtime === 'expected' ? 1 : 0);
  });

  it('restarts: a database restarted for a changed limit, with downtime; a created database has none', () => {
    const impact = impactOf([
      update(DB, 'database', [field('limits.memory', '1g', '2g', { path: 'limits_memory', effect: 'restart' })]),
      create(addr('ado/production/database/other'), 'database', { image: 'redis:7' }),
    ]);
    expect(impact.restarts).toEqual([{ address: DB, kind: 'database', first: false, downtime: 'expected', why: 'stopped, then started' }]);
    expect(impact.counts).toMatchObject({ restarts: 1, downtime: 1, deploys: 0 });
  });

  it.each<[string, ResourceChange, string[], string[]]>([
    ['one domain swapped for another', update(APP, 'application', [field('domains', ['https://a.example.com', 'https://b.example.com'], ['https://a.example.com', 'https://c.example.com'], { path: 'domains', effect: 'redeploy' })]), ['https://c.example.com'], ['https://b.example.com']],
    ['a created application: all added', create(APP, 'application', { domains: ['https://a.example.com'] }), ['https://a.example.com'], []],
    ['a deleted application: all removed', resource(APP, 'application', 'delete', 'gone', { changes: [field('domains', ['https://a.example.com'], undefined, { path: 'domains' })] }), [], ['https://a.example.com']],
    ['a domain holding a secret is masked', update(APP, 'application', [field('domains', [], [secret('hmac:1')], { path: 'domains', effect: 'redeploy' })]), [MASKED_DOMAIN], []],
    ['a domain known after apply', update(APP, 'application', [field('domains', [], [unknown('x')], { path: 'domains', effect: 'redeploy' })]), [UNKNOWN_DOMAIN], []],
    ['no domain change', update(APP, 'application', [field('image.tag', '1', '2', { path: 'docker_registry_image_tag', effect: 'redeploy' })]), [], []],
    ['a kind without domains', update(DB, 'database', [field('domains', [], ['https://x.example.com'], { path: 'domains' })]), [], []],
  ])('domains: %s', (_name, change, added, removed) => {
    const impact = impactOf([change]);
    expect(impact.domains.added.map((d) => d.domain)).toEqual(added);
    expect(impact.domains.removed.map((d) => d.domain)).toEqual(removed);
    expect(impact.counts).toMatchObject({ domainsAdded: added.length, domainsRemoved: removed.length });
  });

  it.each<[string, ResourceChange, Array<[string, 'public' | 'private']>]>([
    ['a database made public', update(DB, 'database', [field('public', false, true, { path: 'is_public' })]), [['public', 'public']]],
    ['a database made private', update(DB, 'database', [field('public', true, false, { path: 'is_public' })]), [['public', 'private']]],
    ['a port published on the host', update(APP, 'application', [field('portMappings', null, ['8080:80'], { path: 'ports_mappings', effect: 'redeploy' })]), [['portMappings', 'public']]],
    ['the last published port removed', update(APP, 'application', [field('portMappings', ['8080:80'], [], { path: 'ports_mappings', effect: 'redeploy' })]), [['portMappings', 'private']]],
    ['a published port changed: still public', update(APP, 'application', [field('portMappings', ['8080:80'], ['8081:80'], { path: 'ports_mappings', effect: 'redeploy' })]), []],
    ['a deleted public database: its deletion says it', resource(DB, 'database', 'delete', 'gone', { changes: [field('public', true, undefined, { path: 'is_public' })] }), []],
  ])('exposure: %s', (_name, change, expected) => {
    const impact = impactOf([change]);
    expect(impact.exposure.map((e) => [e.field, e.to])).toEqual(expected);
    expect(impact.counts.exposure).toBe(expected.length);
  });

  it('exposure: a database created public is named', () => {
    const impact = impactOf([create(DB, 'database', {}, { changes: [field('public', undefined, true, { path: 'is_public' })] })]);
    expect(impact.exposure).toEqual([{ address: DB, field: 'public', to: 'public' }]);
  });

  it('deletions: deletes and replaces, with their protection', () => {
    const impact = impactOf([
      resource(APP, 'application', 'delete', 'gone', { uuid: 'a' }),
      resource(DB, 'database', 'replace', 'engine changed', { uuid: 'd', protect: true }),
      update(APP2, 'application', [field('description', 'a', 'b')]),
    ]);
    expect(impact.deletions).toEqual([
      { address: APP, kind: 'application', replaced: false, protect: false },
      { address: DB, kind: 'database', replaced: true, protect: true },
    ]);
    expect(impact.counts.deletions).toBe(2);
  });

  it.each<[string, ResourceChange, Array<[string | null, RegExp]>]>([
    ['a deleted database', resource(DB, 'database', 'delete', 'gone', { before: { image: 'postgres:16' } }), [[null, /^deleted: its data volumes are deleted with it$/]]],
    ['a replaced protected database', resource(DB, 'database', 'replace', 'engine', { protect: true }), [[null, /^replaced \(deleted, then created empty\): .*\(protected\)$/]]],
    ['a deleted volume', resource(VOL, 'storage', 'delete', 'gone', { before: { mount_path: '/data' } }), [[null, /volume is no longer mounted/]]],
    ['a deleted file mount: its content is in the manifest', resource(FILE, 'storage', 'delete', 'gone', { before: { mount_path: '/etc/x', content: 'a' } }), []],
    ['a protected project deleted', resource(addr('ado'), 'project', 'delete', 'gone', { protect: true }), [[null, /^deleted, although protected$/]]],
    ['an init-only field changed', update(DB, 'database', [field('user', 'a', 'b', { path: 'postgres_user', effect: 'restart', caveat: { code: 'init-only', note: 'no effect on existing data' } })]), [['user', /^no effect on existing data$/]]],
    ['a volume renamed', update(VOL, 'storage', [field('name', 'a', 'b', { effect: 'redeploy' })]), [['name', /another volume/]]],
    ['a volume created: nothing yet', create(VOL, 'storage', { name: 'a' }), []],
    ['a limit changed: nothing', update(DB, 'database', [field('limits.memory', '1g', '2g', { path: 'limits_memory', effect: 'restart' })]), []],
  ])('data: %s', (_name, change, expected) => {
    const impact = impactOf([change]);
    expect(impact.data.map((d) => d.field)).toEqual(expected.map(([f]) => f));
    impact.data.forEach((d, i) => expect(d.why).toMatch(expected[i]![1]));
    expect(impact.counts.data).toBe(expected.length);
  });

  it('sorts every list by address, then field or domain', () => {
    const impact = impactOf([
      update(APP2, 'application', [field('domains', [], ['https://z.example.com', 'https://a.example.com'], { path: 'domains', effect: 'redeploy' })]),
      update(APP, 'application', [field('domains', [], ['https://m.example.com'], { path: 'domains', effect: 'redeploy' })]),
    ]);
    expect(impact.deploys.map((d) => d.address)).toEqual([APP, APP2]);
    expect(impact.domains.added.map((d) => `${d.address} ${d.domain}`)).toEqual([`${APP} https://m.example.com`, `${APP2} https://a.example.com`, `${APP2} https://z.example.com`]);
  });
});

describe('impact through buildPlan', () => {
  it('is part of the plan, and names no secret (a domain holding one is masked)', () => {
    const m = sampleManifest();
    const api = m.projects['ado']!.environments!['production']!.applications!['api-gateway']!;
    api.domains = [{ $template: ['https://', { secret: 'SUB', value: `${CANARY}-sub` }, '.example.com'] }] as unknown as string[];
    api.portMappings = ['8080:3000'];
    const p = plan(buildDesiredState(m, sampleDesired().edges), emptyLive());
    expect(p.impact).toBeDefined();
    expect(JSON.stringify(p.impact)).not.toContain(CANARY);
    expect(p.impact!.domains.added).toContainEqual({ address: addr('ado/production/application/api-gateway'), domain: MASKED_DOMAIN });
    expect(p.impact!.deploys.map((d) => d.address)).toContain(addr('ado/production/application/api-gateway'));
    expect(p.impact!.counts.deploys).toBe(p.steps.filter((s) => s.op === 'deploy').length);
  });
});
