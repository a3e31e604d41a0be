import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerExport, runExportKubernetes } from '../../src/cli/commands/export.js';
import { exportKubernetes } from '../../src/kubernetes/export.js';
import { Writable } from 'node:stream';
import { ROOT } from './helpers.js';
import { processHost } from '../cli/run-cli.js';

describe('export kubernetes CLI', () => {
  it('writes the files, README and value-less secrets into -o DIR', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ado-k8s-')), 'k8s');
    const program = new Command().exitOverride();
    registerExport(program, processHost());
    // no secret is set in the environment: export must not need them
    await program.parseAsync(['node', 'x', 'export', 'kubernetes', '-f', join(ROOT, 'ado.coolify.yaml'), '-o', out, '--environment', 'staging', '--namespace', 'ado-staging', '--var', 'VERSION=9.9.9']);
    expect(existsSync(join(out, 'README.md'))).toBe(true);
    const deploy = readFileSync(join(out, 'api-gateway.deployment.yaml'), 'utf8');
    expect(deploy).toContain('image: ghcr.io/dxheroes/ado/api-gateway:9.9.9');
    expect(deploy).toContain('namespace: ado-staging');
    expect(readFileSync(join(out, 'secrets', 'api-gateway.secret.yaml'), 'utf8')).toContain('JWT_SECRET: ""');
    process.exitCode = undefined;
  });

  it('fails on an invalid manifest', async () => {
    const program = new Command().exitOverride();
    registerExport(program, processHost());
    await expect(program.parseAsync(['node', 'x', 'export', 'kubernetes', '-f', join(ROOT, 'nope.yaml')])).rejects.toThrow(/not valid/);
  });

  describe('audit M10: a re-export never loses what the user filled in', () => {
    const manifest = join(ROOT, 'ado.coolify.yaml');
    const base = { file: manifest, environment: 'staging', var: [] as string[] };
    const quiet = (): { out: Writable; text: () => string } => {
      let text = '';
      return { out: new Writable({ write: (c: Buffer, _e, done) => { text += c.toString(); done(); } }), text: () => text };
    };
    const secretFile = (out: string): string => join(out, 'secrets', 'api-gateway.secret.yaml');

    it('keeps a filled-in secrets file, even with --force, and re-exporting unchanged files is quiet', async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'ado-k8s-')), 'k8s');
      await runExportKubernetes({ ...base, output: out }, quiet().out);
      const filled = readFileSync(secretFile(out), 'utf8').replace('JWT_SECRET: ""', 'JWT_SECRET: "filled-in"');
      writeFileSync(secretFile(out), filled);
      const again = quiet();
      expect(await runExportKubernetes({ ...base, output: out }, again.out)).toBe(0);
      expect(readFileSync(secretFile(out), 'utf8')).toContain('JWT_SECRET: "filled-in"');
      expect(again.text()).toContain('kept: you filled it in');
      expect(again.text()).toMatch(/wrote 0 file\(s\)/);
      expect(await runExportKubernetes({ ...base, output: out, force: true }, quiet().out)).toBe(0);
      expect(readFileSync(secretFile(out), 'utf8')).toContain('JWT_SECRET: "filled-in"');
    });

    it('a kept secrets file that lacks a key the manifest needs is named', async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'ado-k8s-')), 'k8s');
      await runExportKubernetes({ ...base, output: out }, quiet().out);
      writeFileSync(secretFile(out), readFileSync(secretFile(out), 'utf8').replace(/^\s*JWT_SECRET: "".*$/m, ''));
      const again = quiet();
      await runExportKubernetes({ ...base, output: out }, again.out);
      expect(again.text()).toContain('it lacks JWT_SECRET: add them');
    });

    it('re-exporting after a manifest change overwrites the files the last export wrote, without --force', async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'ado-k8s-')), 'k8s');
      await runExportKubernetes({ ...base, output: out }, quiet().out);
      expect(await runExportKubernetes({ ...base, output: out, var: ['VERSION=9.9.9'] }, quiet().out)).toBe(0);
      expect(readFileSync(join(out, 'api-gateway.deployment.yaml'), 'utf8')).toContain('api-gateway:9.9.9');
    });

    it('a directory no export wrote is not overwritten without --force', async () => {
      const out = mkdtempSync(join(tmpdir(), 'ado-k8s-'));
      writeFileSync(join(out, 'README.md'), 'my notes\n');
      await expect(runExportKubernetes({ ...base, output: out }, quiet().out)).rejects.toThrow(/README\.md/);
      expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('my notes\n');
    });

    it('refuses to overwrite an edited file without --force, writing nothing; --force overwrites it', async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'ado-k8s-')), 'k8s');
      await runExportKubernetes({ ...base, output: out }, quiet().out);
      const deployment = join(out, 'api-gateway.deployment.yaml');
      writeFileSync(deployment, '# edited by hand\n');
      await expect(runExportKubernetes({ ...base, output: out, var: ['VERSION=9.9.9'] }, quiet().out)).rejects.toThrow(/would overwrite 1 file\(s\) edited[\s\S]*api-gateway\.deployment\.yaml/);
      expect(readFileSync(deployment, 'utf8')).toBe('# edited by hand\n');
      expect(await runExportKubernetes({ ...base, output: out, force: true }, quiet().out)).toBe(0);
      expect(readFileSync(deployment, 'utf8')).toContain('kind: Deployment');
    });
  });

  it.each(['Bad NS', 'UPPER', '-lead', 'trail-', 'a'.repeat(64), 'dots.not.ok'])('audit m13: --namespace %j is refused with a located fix', async (ns) => {
    const { loadForExport } = await import('../../src/cli/commands/export.js');
    await expect(loadForExport({ file: join(ROOT, 'ado.coolify.yaml'), environment: 'staging', var: [], namespace: ns })).rejects.toThrow(/is not a Kubernetes namespace/);
  });

  it('audit m13: a valid namespace passes and the suggestion for a bad one is itself valid', () => {
    expect(() => exportKubernetes({ projects: {} } as never, { namespace: 'bad-ns' })).toThrow(/no project has an environment/);
    let hint: unknown;
    try {
      exportKubernetes({ projects: {} } as never, { namespace: 'Bad NS' });
    } catch (e) {
      hint = (e as { hint?: string }).hint;
    }
    expect(hint).toBe('did you mean --namespace bad-ns?');
  });
});
