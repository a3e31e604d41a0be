import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAdoError } from '../../src/errors.js';
import { defaultTemplatesDir, planInitFiles, readWorkflowTemplates, writeInitFiles } from '../../src/init/files.js';
import type { InitOptions } from '../../src/init/options.js';

const opts: InitOptions = { project: 'shop', environments: ['production'], apps: [{ name: 'web', image: 'nginx:1' }], databases: [], server: 'localhost', githubWorkflows: true };
const examples = new URL('../../examples/github/', import.meta.url);

describe('init files', () => {
  it('finds the example workflows in the package and copies them verbatim, prefixed coolify-', () => {
    const dir = defaultTemplatesDir();
    expect(dir).toBeDefined();
    const files = planInitFiles(opts, dir);
    expect(files.map((f) => f.path)).toEqual([
      'ado.coolify.yaml',
      '.github/workflows/coolify-apply-on-merge.yml',
      '.github/workflows/coolify-nightly-drift.yml',
      '.github/workflows/coolify-pr-plan.yml',
      '.github/workflows/coolify-previews.yml',
    ]);
    for (const name of readdirSync(examples)) {
      expect(files.find((f) => f.path === `.github/workflows/coolify-${name}`)?.content).toBe(readFileSync(new URL(name, examples), 'utf8'));
    }
    expect(planInitFiles({ ...opts, githubWorkflows: false }).map((f) => f.path)).toEqual(['ado.coolify.yaml']);
  });

  it('fails clearly when the templates are missing', () => {
    expect(() => readWorkflowTemplates(undefined)).toThrow(/not installed/);
    expect(defaultTemplatesDir('/nonexistent/a/b.js')).toBeUndefined();
  });

  it('refuses to overwrite without force, listing the files, and overwrites with force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ado-init-files-'));
    const files = planInitFiles(opts);
    const written = await writeInitFiles(dir, files, false);
    expect(written).toHaveLength(5);
    expect(existsSync(join(dir, '.github/workflows/coolify-pr-plan.yml'))).toBe(true);

    writeFileSync(join(dir, 'ado.coolify.yaml'), 'mine\n');
    const err = await writeInitFiles(dir, files, false).catch((e: unknown) => e);
    expect(isAdoError(err)).toBe(true);
    if (!isAdoError(err)) return;
    expect(err.code).toBe('ADO_INIT_EXISTS');
    expect(err.exitCode).toBe(1);
    expect(err.message).toContain('ado.coolify.yaml');
    expect(err.message).toContain('coolify-pr-plan.yml');
    expect(err.hint).toContain('--force');
    expect(readFileSync(join(dir, 'ado.coolify.yaml'), 'utf8')).toBe('mine\n');

    await writeInitFiles(dir, files, true);
    expect(readFileSync(join(dir, 'ado.coolify.yaml'), 'utf8')).toBe(files[0]?.content);
  });
});
