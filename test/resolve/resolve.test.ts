import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadManifest } from '../../src/engine/manifest-file.js';
import { coerceAt, expandDocument } from '../../src/resolve/expand.js';
import { resolveReferences } from '../../src/resolve/resolve-refs.js';
import { getAtPointer } from '../../src/manifest/pointer.js';

const FULL = fileURLToPath(new URL('../fixtures/valid/full.yaml', import.meta.url));
const ENV = { COOLIFY_URL: 'https://coolify.example.com', AWS_KEY: 'ak', AWS_SECRET: 'as' };
const APP = '/projects/ado/environments/production/applications';

describe('expandDocument (vars and env)', () => {
  it.each([
    ['var in text', 'img:${vars.V}', { V: '2' }, {}, 'img:2'],
    ['env', '${env.E}/x', {}, { E: 'https://e' }, 'https://e/x'],
    ['escape stays literal', '$${vars.V}', { V: '2' }, {}, '${vars.V}'],
    ['var value is not re-parsed', '${vars.V}', { V: '${secrets.S}' }, {}, '${secrets.S}'],
    ['two vars', '${vars.A}-${vars.B}', { A: 'a', B: 'b' }, {}, 'a-b'],
  ])('%s', (_n, input, vars, env, expected) => {
    const r = expandDocument({ k: input }, { vars, env });
    expect(r.diagnostics).toEqual([]);
    expect((r.doc as { k: unknown }).k).toBe(expected);
    expect(r.deferred.size).toBe(0);
  });

  it('marks strings made only of vars as coercible, and coerceAt converts them', () => {
    const r = expandDocument({ a: '${vars.P}', b: 'x${vars.P}', c: '${vars.T}', d: '${vars.V}' }, { vars: { P: '8080', T: 'true', V: 'v1' }, env: {} });
    expect([...r.coercible].sort()).toEqual(['/a', '/c']);
    expect(coerceAt(r.doc, '/a', ['integer'])).toBe(true);
    expect(coerceAt(r.doc, '/c', ['string'])).toBe(false);
    expect(coerceAt(r.doc, '/d', ['integer'])).toBe(false);
    expect(r.doc).toEqual({ a: 8080, b: 'x8080', c: 'true', d: 'v1' });
  });

  it('defers secrets and references as parts', () => {
    const r = expandDocument({ k: 'a${secrets.S}b${databases.pg.host}' }, { vars: {}, env: {} });
    expect(r.deferred.get('/k')).toEqual(['a', { secret: 'S' }, 'b', { ref: { namespace: 'databases', name: 'pg', attr: 'host', raw: '${databases.pg.host}' } }]);
  });

  it('never writes through a `__proto__` key', () => {
    const doc = JSON.parse('{"__proto__": {"polluted": "${vars.A}"}}') as unknown;
    const r = expandDocument(doc, { vars: { A: 'x' }, env: {} });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(r.doc as object)).toEqual(['__proto__']);
  });
});

describe('resolveReferences', () => {
  it('a string with only a reference becomes a RefPart and an edge', () => {
    const doc = { projects: { ado: { environments: { prod: { databases: { pg: { type: 'postgresql' } }, applications: { api: { env: { DB: 'x' } } } } } } } };
    const ptr = '/projects/ado/environments/prod/applications/api/env/DB';
    const deferred = new Map([[ptr, [{ ref: { namespace: 'databases' as const, name: 'pg', attr: 'internalUrl', raw: '${databases.pg.internalUrl}' } }]]]);
    const r = resolveReferences(doc, deferred, { secret: () => undefined });
    expect(r.diagnostics).toEqual([]);
    expect(getAtPointer(r.doc, ptr)).toEqual({ $template: [{ ref: 'ado/prod/database/pg', attr: 'internalUrl' }] });
    expect(r.edges).toEqual([{ from: 'ado/prod/application/api', to: 'ado/prod/database/pg', reason: 'reference', via: ptr }]);
    // the input document is not modified
    expect(getAtPointer(doc, ptr)).toBe('x');
  });
});

describe('loadManifest on a valid manifest', () => {
  it('resolves vars, overrides, escapes, secrets and references', async () => {
    const r = await loadManifest(FULL, { env: ENV, secrets: { JWT_SECRET: 'jwt-value' }, vars: { VERSION: '2.0.0' } });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.manifest).toBeDefined();
    const m = r.manifest as unknown;
    const cases: Array<[string, unknown]> = [
      ['/coolify/url', 'https://coolify.example.com'],
      [`${APP}/api/image`, 'ghcr.io/x/api:2.0.0'],
      [`${APP}/api/ports/0`, 3000],
      [`${APP}/api/env/PLAIN`, 'hello'],
      [`${APP}/api/replicas`, 1],
      [`${APP}/api/env/GREETING`, 'cost: ${HOME} and 2.0.0'],
      [`${APP}/api/env/JWT_SECRET`, { $template: [{ secret: 'JWT_SECRET', value: 'jwt-value' }] }],
      [`${APP}/api/env/DATABASE_URL`, { $template: [{ ref: 'ado/production/database/postgres', attr: 'internalUrl' }] }],
      [`${APP}/worker/env/API`, { $template: ['http://', { ref: 'ado/production/application/api', attr: 'host' }, ':3000'] }],
      ['/s3Storages/backups-eu/key', { $template: [{ secret: 'AWS_KEY', value: 'ak' }] }],
    ];
    for (const [ptr, expected] of cases) expect([ptr, getAtPointer(m, ptr)]).toEqual([ptr, expected]);
  });

  it('produces reference, dependsOn and s3 edges', async () => {
    const r = await loadManifest(FULL, { env: { ...ENV, JWT_SECRET: 'j' } });
    const edges = r.edges.map((e) => `${e.from} -> ${e.to} (${e.reason}) ${e.via}`).sort();
    expect(edges).toEqual(
      [
        `ado/production/application/api -> ado/production/database/postgres (reference) ${APP}/api/env/DATABASE_URL`,
        `ado/production/application/worker -> ado/production/application/api (reference) ${APP}/worker/env/API`,
        `ado/production/application/worker -> ado/production/database/redis (reference) ${APP}/worker/env/REDIS`,
        `ado/production/application/worker -> ado/production/application/api (dependsOn) ${APP}/worker/dependsOn/0`,
        'ado/production/database/postgres -> s3/backups-eu (s3) /projects/ado/environments/production/databases/postgres/backups/0/s3',
      ].sort(),
    );
  });

  it('uses the manifest var when there is no override', async () => {
    const r = await loadManifest(FULL, { env: { ...ENV, JWT_SECRET: 'j' } });
    expect(getAtPointer(r.manifest, `${APP}/api/image`)).toBe('ghcr.io/x/api:1.4.2');
  });
});
