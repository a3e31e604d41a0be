import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ApplicationSpec, DatabaseSpec, DatabaseType, ResolvedManifest, Resolved } from '../../src/manifest/types.js';
import { buildDesiredState } from '../../src/kinds/lower.js';
import { convergedLive } from '../kinds/simulate-coolify.js';
import { CANARY, emptyLive, plan, secret } from './fixtures.js';

const word = fc.stringMatching(/^[a-z][a-z0-9-]{2,10}$/);
const envKey = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,8}$/);
const envValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer({ min: 0, max: 99999 }),
  fc.string({ minLength: 1, maxLength: 10 }).map((s) => secret('S', `${CANARY}-${s}`)),
);
const image = fc.tuple(fc.constantFrom('nginx', 'ghcr.io/org/app', 'localhost:5000/team/x', 'docker.io/library/redis'), fc.option(fc.constantFrom('1.2.3', '7-alpine', 'latest'), { nil: undefined }))
  .map(([n, t]) => (t ? `${n}:${t}` : n));
const domain = fc.tuple(fc.constantFrom('https://', 'http://'), word, fc.constantFrom('', '/'), fc.boolean())
  .map(([s, w, slash, upper]) => `${s}${upper ? w.toUpperCase() : w}.example.com${slash}`);
const repo = fc.tuple(word, word, fc.constantFrom('https://github.com/%', 'https://github.com/%.git', 'git@github.com:%.git', '%'))
  .map(([o, r, form]) => form.replace('%', `${o}/${r}`));
const limits = fc.record({ cpus: fc.constantFrom(1, 2, '1.5'), memory: fc.constantFrom('512M', '2g', '1024m') }, { requiredKeys: [] });

const application: fc.Arbitrary<Resolved<ApplicationSpec>> = fc.record(
  {
    description: fc.string({ maxLength: 15 }),
    ports: fc.uniqueArray(fc.integer({ min: 1, max: 65535 }), { minLength: 1, maxLength: 3 }),
    domains: fc.uniqueArray(domain, { minLength: 1, maxLength: 3, selector: (d) => d.toLowerCase().replace(/\/$/, '') }),
    healthCheck: fc.record({ path: fc.constantFrom('/health', '/'), port: fc.integer({ min: 1, max: 9999 }), interval: fc.integer({ min: 1, max: 60 }) }, { requiredKeys: [] }),
    limits,
    env: fc.dictionary(envKey, envValue, { maxKeys: 4 }),
    preDeploy: fc.constantFrom('npm run migrate', 'echo hi'),
  },
  { requiredKeys: [] },
).chain((common) =>
  fc.oneof(
    image.map((i) => ({ ...common, image: i })),
    fc.record({ repository: repo, branch: fc.constantFrom('main', 'dev'), autoDeploy: fc.boolean(), watchPaths: fc.array(fc.constantFrom('src/**', 'apps/*'), { maxLength: 2 }) }, { requiredKeys: ['repository'] })
      .map((git) => ({ ...common, git, previews: { enabled: true, env: { PREVIEW_ONLY: 'x' } } })),
    fc.string({ minLength: 1, maxLength: 40 }).map((d) => ({ ...common, dockerfile: `FROM node:20\n${d}\n` })),
  ),
);

const DB_TYPES: DatabaseType[] = ['postgresql', 'mysql', 'mariadb', 'mongodb', 'redis', 'keydb', 'dragonfly', 'clickhouse'];
const database: fc.Arbitrary<Resolved<DatabaseSpec>> = fc.record(
  {
    type: fc.constantFrom(...DB_TYPES),
    image: fc.constantFrom('postgres:16-alpine', 'redis:7', 'mysql'),
    password: fc.string({ minLength: 1, maxLength: 12 }).map((s) => secret('DB', `${CANARY}-${s}`)),
    conf: fc.constantFrom('a = 1\nb = 2', 'maxmemory 100mb'),
    public: fc.boolean(),
    publicPort: fc.integer({ min: 1024, max: 65535 }),
    limits,
    healthCheck: fc.record({ interval: fc.integer({ min: 1, max: 60 }) }),
    env: fc.dictionary(envKey, envValue, { maxKeys: 3 }),
  },
  { requiredKeys: ['type'] },
).map((db) => {
  const extra: Partial<Resolved<DatabaseSpec>> = ['postgresql', 'mysql', 'mariadb', 'mongodb'].includes(db.type as string) ? { user: 'app', database: 'appdb' } : {};
  return { ...db, ...extra };
});

function manifestOf(apps: Record<string, Resolved<ApplicationSpec>>, dbs: Record<string, Resolved<DatabaseSpec>>): ResolvedManifest {
  return { version: 1, defaults: { server: 'main' }, projects: { demo: { environments: { production: { applications: apps, databases: dbs } } } } };
}

describe('create → Coolify read → plan is all no-ops', () => {
  it('holds for random applications and databases, with and without read:sensitive', () => {
    fc.assert(
      fc.property(fc.dictionary(word, application, { minKeys: 1, maxKeys: 3 }), fc.dictionary(word, database, { maxKeys: 2 }), fc.boolean(), (apps, dbs, canRead) => {
        const desired = buildDesiredState(manifestOf(apps, dbs), []);
        const p = plan(desired, convergedLive(desired, canRead));
        const drift = p.resourceChanges.filter((c) => c.action !== 'no-op').map((c) => [c.address, c.changes.map((f) => f.path)]);
        expect(drift).toEqual([]);
        expect(p.diagnostics).toEqual([]);
        expect(JSON.stringify(p)).not.toContain(CANARY);
      }),
      { numRuns: 150 },
    );
  });

  it('a fresh plan never leaks secrets and creates every resource', () => {
    fc.assert(
      fc.property(fc.dictionary(word, application, { minKeys: 1, maxKeys: 3 }), fc.dictionary(word, database, { maxKeys: 2 }), (apps, dbs) => {
        const desired = buildDesiredState(manifestOf(apps, dbs), []);
        const p = plan(desired, emptyLive());
        expect(JSON.stringify(p)).not.toContain(CANARY);
        expect(p.resourceChanges.filter((c) => c.action === 'create')).toHaveLength(desired.resources.length - 1);
      }),
      { numRuns: 60 },
    );
  });
});
