import { describe, expect, it } from 'vitest';
import { protectSecrets, type DatabaseCredentials } from '../../src/import/known-secrets.js';
import { finalizeManifestValues, looksSecret, SecretBook } from '../../src/import/secrets.js';
import type { ImportNote } from '../../src/import/types.js';

const PG: DatabaseCredentials = {
  project: 'shop', environment: 'production', name: 'pg', address: 'shop/production/database/pg',
  internalUrl: 'postgres://postgres:pgpassword123@abc:5432/postgres', password: 'pgpassword123',
};

/** A manifest tree with one application (`web`) and the given extra parts. */
function tree(app: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 1, projects: { shop: { ...extra, environments: { production: { applications: { web: app } }, staging: { applications: { other: app } } } } } };
}

function run(t: Record<string, unknown>, book = new SecretBook(), databases: DatabaseCredentials[] = [PG]) {
  const notes: ImportNote[] = [];
  const { tree: out, scrub } = protectSecrets(t, { book, notes, databases });
  // any: the tests read the finalized tree by known paths.
  return { out: finalizeManifestValues(out) as { projects: { shop: Record<string, any> } }, book, notes, scrub };
}

describe('protectSecrets', () => {
  it('turns a database internal URL into a reference in its environment only, and its password into a secret elsewhere', () => {
    const { out, book } = run(tree({ env: { DATABASE_URL: PG.internalUrl, PW: 'x pgpassword123' } }, { description: 'pw pgpassword123' }));
    const shop = out.projects.shop;
    expect(shop.environments.production.applications.web.env).toEqual({ DATABASE_URL: '${databases.pg.internalUrl}', PW: 'x ${databases.pg.password}' });
    // Another environment has no `pg`: the URL's password becomes the database's secret.
    expect(shop.environments.staging.applications.other.env).toEqual({ DATABASE_URL: 'postgres://postgres:${secrets.PG_PASSWORD}@abc:5432/postgres', PW: 'x ${secrets.PG_PASSWORD}' });
    // The project is no resource: no reference there.
    expect(shop.description).toBe('pw ${secrets.PG_PASSWORD}');
    expect(book.list()).toEqual([{ name: 'PG_PASSWORD', where: 'shop/production/database/pg password', value: 'pgpassword123' }]);
  });

  it('replaces known secrets in place in any field, learns URL passwords and escapes the rest', () => {
    const book = new SecretBook();
    book.add(['web', 'API_TOKEN'], 'web env.API_TOKEN', 'tok-0123456789');
    const { out, notes } = run(tree({ preDeploy: 'curl -H "X: tok-0123456789" ${HOME}', healthCheck: { path: '/h/tok-0123456789' }, env: { EXT: 'mysql://u:urlpw@db.example.com/x' } }), book, []);
    const web = out.projects.shop.environments.production.applications.web;
    expect(web.preDeploy).toBe('curl -H "X: ${secrets.WEB_API_TOKEN}" $${HOME}');
    expect(web.healthCheck.path).toBe('/h/${secrets.WEB_API_TOKEN}');
    expect(web.env.EXT).toBe('mysql://u:${secrets.WEB_EXT_PASSWORD}@db.example.com/x');
    expect(book.list().find((s) => s.name === 'WEB_EXT_PASSWORD')?.value).toBe('urlpw');
    expect(notes).toEqual([]);
  });

  it('makes an encoded copy a secret of its own and leaves a tag with a secret out', () => {
    const book = new SecretBook();
    book.add(['web', 'API_TOKEN'], 'web env.API_TOKEN', 'tok-0123456789');
    const b64 = Buffer.from('tok-0123456789').toString('base64');
    const { out, notes, scrub } = run(tree({ tags: ['tok-0123456789', 'web'], storages: { c: { content: `a=${b64}\nb=TOK-0123456789\n` } } }), book, []);
    const web = out.projects.shop.environments.production.applications.web;
    expect(web.tags).toEqual(['web']);
    expect(web.storages.c.content).toBe('a=${secrets.WEB_STORAGES_C_CONTENT}\nb=${secrets.WEB_STORAGES_C_CONTENT_2}\n');
    const values = book.list().map((s) => s.value);
    expect(values).toContain(b64);
    expect(values).toContain('TOK-0123456789');
    expect(notes.map((n) => n.where)).toContain('shop/production/application/web tags.0');
    expect(scrub(`tag ${b64} and tok-0123456789`)).toBe('tag [redacted] and [redacted]');
  });

  it('drops a tags list emptied by secrets instead of writing an empty one', () => {
    const book = new SecretBook();
    book.add(['web', 'API_TOKEN'], 'web env.API_TOKEN', 'tok-0123456789');
    const { out } = run(tree({ tags: ['tok-0123456789'], image: 'nginx:1' }), book, []);
    expect(out.projects.shop.environments.production.applications.web).toEqual({ image: 'nginx:1' });
  });

  it('does not search for short values, which would match by chance', () => {
    const book = new SecretBook();
    book.add(['web', 'TOKEN'], 'web env.TOKEN', 'main');
    const { out } = run(tree({ description: 'main app' }), book, []);
    expect(out.projects.shop.environments.production.applications.web.description).toBe('main app');
  });
});

describe('looksSecret (UX audit B1)', () => {
  it('counts …SECRET_KEY, DSNs and generated service passwords as secret', () => {
    for (const k of ['DJANGO_SECRET_KEY', 'SECRET_KEY_BASE', 'SENTRY_DSN', 'SERVICE_PASSWORD_APP', 'SERVICE_BASE64_64_KEY', 'DB_PASS']) expect(looksSecret(k), k).toBe(true);
    for (const k of ['NODE_ENV', 'PASSAGE', 'DATABASE_URL', 'SERVICE_FQDN_APP']) expect(looksSecret(k), k).toBe(false);
  });
});
