import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadManifest } from '../../src/engine/manifest-file.js';
import { scaffoldManifest } from '../../src/init/manifest.js';
import { SCHEMA_PATH } from '../../src/manifest/schema-ref.js';
import { DATABASE_TYPES, type InitOptions } from '../../src/init/options.js';

const dir = mkdtempSync(join(tmpdir(), 'ado-init-'));
let n = 0;

/** Validates the text with the real loader (schema + semantic checks + reference resolution). */
async function validate(text: string) {
  const file = join(dir, `m${n++}.yaml`);
  writeFileSync(file, text);
  return loadManifest(file, { env: { COOLIFY_URL: 'https://coolify.example.com' } });
}

const base: InitOptions = { project: 'shop', environments: ['production'], apps: [], databases: [], server: 'localhost', githubWorkflows: false };

describe('scaffoldManifest', () => {
  it('starts with the schema comment for an npm-installed package', () => {
    const text = scaffoldManifest({ ...base, apps: [{ name: 'web', image: 'nginx:1.27-alpine' }] });
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_PATH}`);
    expect(SCHEMA_PATH).toBe('./node_modules/ado-coolify/schema/ado.coolify.schema.json');
  });

  it('wires the single database into every app, in every environment, and validates', async () => {
    const text = scaffoldManifest({
      ...base,
      environments: ['production', 'staging'],
      apps: [{ name: 'api', image: 'ghcr.io/acme/api:1.0.0' }, { name: 'worker', image: 'ghcr.io/acme/worker:1.0.0' }],
      databases: [{ name: 'db', type: 'postgresql' }],
    });
    // any: a parsed YAML document whose shape the assertions below check field by field
    const doc = parse(text) as { defaults: { server: string }; projects: Record<string, { environments: Record<string, any> }> };
    const prod = doc.projects.shop?.environments.production;
    expect(doc.defaults.server).toBe('localhost');
    expect(prod.applications.api.env).toEqual({ DATABASE_URL: '${databases.db.internalUrl}' });
    expect(prod.applications.worker.env).toEqual({ DATABASE_URL: '${databases.db.internalUrl}' });
    expect(prod.databases.db).toMatchObject({ type: 'postgresql', image: 'postgres:16-alpine', protect: true });
    expect(doc.projects.shop?.environments.staging.databases.db.protect).toBeUndefined();
    const loaded = await validate(text);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.manifest).toBeDefined();
    expect(loaded.edges.length).toBeGreaterThanOrEqual(4);
  });

  it('UX audit m10: the scaffold validates without COOLIFY_URL (it names no ${env.COOLIFY_URL})', async () => {
    const text = scaffoldManifest({ ...base, apps: [{ name: 'web', image: 'nginx:1.27-alpine' }] });
    expect(text).not.toContain('${env.COOLIFY_URL}');
    const file = join(dir, `offline${n++}.yaml`);
    writeFileSync(file, text);
    expect((await loadManifest(file, { env: {} })).diagnostics).toEqual([]);
  });

  it('does not wire anything with two databases', async () => {
    const text = scaffoldManifest({ ...base, apps: [{ name: 'api', image: 'a:1' }], databases: [{ name: 'db', type: 'postgresql' }, { name: 'cache', type: 'redis' }] });
    expect(text).not.toContain('internalUrl');
    expect((await validate(text)).diagnostics).toEqual([]);
  });

  it.each(DATABASE_TYPES)('produces a valid manifest for a %s database', async (type) => {
    const text = scaffoldManifest({ ...base, apps: [{ name: 'app', image: 'ghcr.io/acme/app:2' }], databases: [{ name: 'data', type }] });
    const loaded = await validate(text);
    expect(loaded.diagnostics).toEqual([]);
    expect(text).toContain(['redis', 'keydb', 'dragonfly'].includes(type) ? 'REDIS_URL: ${databases.data.internalUrl}' : 'DATABASE_URL: ${databases.data.internalUrl}');
  });

  it('quotes names and values that need it', async () => {
    const text = scaffoldManifest({ ...base, project: 'My Shop: EU', environments: ['production #1'], server: 'main server', apps: [{ name: 'web', image: 'nginx:1.27-alpine' }] });
    const doc = parse(text) as { defaults: { server: string }; projects: Record<string, { environments: Record<string, unknown> }> };
    expect(Object.keys(doc.projects)).toEqual(['My Shop: EU']);
    expect(Object.keys(doc.projects['My Shop: EU']?.environments ?? {})).toEqual(['production #1']);
    expect(doc.defaults.server).toBe('main server');
    expect((await validate(text)).diagnostics).toEqual([]);
  });
});
