import { spawnSync } from 'node:child_process';
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoPath } from './helpers.js';

/** The parts of scripts/build-schema.mjs this test uses. */
interface BuildSchemaModule {
  generateValidatorSource(schema: unknown): string;
}

const generatedPath = repoPath('src/schema/compiled-validator.ts');

async function loadBuilder(): Promise<BuildSchemaModule> {
  // A computed specifier: the script is plain JS without type declarations.
  const specifier = pathToFileURL(repoPath('scripts/build-schema.mjs')).href;
  return (await import(specifier)) as BuildSchemaModule;
}

describe('compiled validator', () => {
  it('matches schema/ado.coolify.schema.json (the test setup and the build regenerate it)', async () => {
    const { generateValidatorSource } = await loadBuilder();
    const schema: unknown = JSON.parse(readFileSync(repoPath('schema/ado.coolify.schema.json'), 'utf8'));
    const fresh = generateValidatorSource(schema);
    const generated = readFileSync(generatedPath, 'utf8');
    // toBe on 500 KB strings prints an unreadable diff; compare, then say what to do.
    expect(generated === fresh, 'src/schema/compiled-validator.ts is stale: run `node scripts/build-schema.mjs`').toBe(true);
  }, 60_000);

  it('says it is generated and how to rebuild it', () => {
    const head = readFileSync(generatedPath, 'utf8').split('\n').slice(0, 5).join('\n');
    expect(head).toContain('// @ts-nocheck');
    expect(head).toContain('DO NOT EDIT, NOT COMMITTED');
    expect(head).toContain('node scripts/build-schema.mjs');
  });

  it('is not in git: it is generated (.gitignore names it)', () => {
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', 'src/schema/compiled-validator.ts'], { cwd: repoPath(''), encoding: 'utf8' });
    expect(tracked.status).not.toBe(0);
    const ignored = spawnSync('git', ['check-ignore', '-q', 'src/schema/compiled-validator.ts'], { cwd: repoPath(''), encoding: 'utf8' });
    expect(ignored.status).toBe(0);
  });

  it('validator-body.cjs is not in git either, and holds the code the module names by hash', () => {
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', 'src/schema/validator-body.cjs'], { cwd: repoPath(''), encoding: 'utf8' });
    expect(tracked.status).not.toBe(0);
    const ignored = spawnSync('git', ['check-ignore', '-q', 'src/schema/validator-body.cjs'], { cwd: repoPath(''), encoding: 'utf8' });
    expect(ignored.status).toBe(0);
    const hash = /export const validatorBodyHash: string = "([0-9a-f]{64})"/.exec(readFileSync(generatedPath, 'utf8'))?.[1];
    expect(hash).toBeDefined();
    expect(readFileSync(repoPath('src/schema/validator-body.cjs'), 'utf8')).toContain(`hash: "${hash}"`);
  });

  it('validator-body.cjs is ASCII (read without UTF-8 decoding): the schema text `…` is a string escape of it', () => {
    const bytes = readFileSync(repoPath('src/schema/validator-body.cjs'));
    expect(isAscii(bytes)).toBe(true);
    const literal = /"description":("[^"]*\\u2026[^"]*")/.exec(bytes.toString('latin1'))?.[1];
    expect(literal).toBeDefined();
    const text = JSON.parse(literal ?? '""') as string;
    expect(text).toContain('…');
    expect(readFileSync(repoPath('schema/ado.coolify.schema.json'), 'utf8')).toContain(JSON.stringify(text).slice(1, -1));
  });

  it('loads and validates in plain Node (its runtime requires resolve outside vitest)', () => {
    const probe = [
      'const body = require("./src/schema/validator-body.cjs");',
      'const validate = body.create(require);',
      'const bad = { version: 1, projects: { ado: { environments: { production: { applications: { a: { ports: ["x"] } } } } } } };',
      'const good = { version: 1, projects: {} };',
      'console.log(JSON.stringify({ good: validate(good), bad: validate(bad), errors: validate.errors.length }));',
    ].join('\n');
    // stdin with cwd at the repository root: bare `ajv/...` specifiers resolve from node_modules.
    const run = spawnSync(process.execPath, ['--input-type=commonjs'], { cwd: repoPath(''), input: probe, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { good: boolean; bad: boolean; errors: number };
    expect(result.good).toBe(true);
    expect(result.bad).toBe(false);
    expect(result.errors).toBeGreaterThan(0);
  }, 60_000);
});
