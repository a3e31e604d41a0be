import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateManifestSchema } from '../../src/schema/index.js';
import { loadYaml, repoPath } from './helpers.js';

const examples = readdirSync(repoPath('examples'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('shipped manifests validate against the schema', () => {
  it('finds the five required examples', () => {
    for (const name of ['app-and-database', 'git-app-with-previews', 'multi-environment', 'backups-to-s3', 'services']) {
      expect(examples).toContain(`${name}.yaml`);
    }
  });

  it('ado.coolify.yaml is valid', () => {
    expect(validateManifestSchema(loadYaml('ado.coolify.yaml'))).toEqual([]);
  });

  it('ado.coolify.yaml points editors at the schema on its first line', () => {
    const firstLine = readFileSync(repoPath('ado.coolify.yaml'), 'utf8').split('\n')[0];
    expect(firstLine).toBe('# yaml-language-server: $schema=./schema/ado.coolify.schema.json');
  });

  it.each(examples)('examples/%s is valid', (file) => {
    expect(validateManifestSchema(loadYaml(`examples/${file}`))).toEqual([]);
  });

  it.each(examples)('examples/%s starts with a comment and the schema line', (file) => {
    const [first, second] = readFileSync(repoPath(`examples/${file}`), 'utf8').split('\n');
    expect(first).toMatch(/^# \S/);
    const header = readFileSync(repoPath(`examples/${file}`), 'utf8').split('\n').slice(0, 4);
    expect(header).toContain('# yaml-language-server: $schema=../schema/ado.coolify.schema.json');
    expect(second).toBeDefined();
  });

  // Audit m15: Ghost 5 runs on MySQL 8 only (SQLite for development); an example on PostgreSQL
  // gives a crash-looping blog to whoever copies it.
  it.each(examples)('examples/%s: every Ghost app is wired to a MySQL database', (file) => {
    type Env = { databases?: Record<string, { type?: string }>; applications?: Record<string, { image?: string; env?: Record<string, unknown> }> };
    const doc = loadYaml(`examples/${file}`) as { projects?: Record<string, { environments?: Record<string, Env> }> };
    for (const project of Object.values(doc.projects ?? {})) {
      for (const env of Object.values(project.environments ?? {})) {
        for (const app of Object.values(env.applications ?? {})) {
          if (!/^ghost:/.test(app.image ?? '')) continue;
          expect(app.env?.['database__client']).toBe('mysql');
          const ref = /\$\{databases\.([\w-]+)\.host\}/.exec(String(app.env?.['database__connection__host'] ?? ''));
          expect(ref, 'database__connection__host references a database').not.toBeNull();
          expect(env.databases?.[ref![1]!]?.type).toBe('mysql');
        }
      }
    }
  });
});
