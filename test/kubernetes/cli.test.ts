import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerExport } from '../../src/cli/commands/export.js';
import { ROOT } from './helpers.js';

describe('export kubernetes CLI', () => {
  it('writes the files, README and value-less secrets into -o DIR', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ado-k8s-')), 'k8s');
    const program = new Command().exitOverride();
    registerExport(program);
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
    registerExport(program);
    await expect(program.parseAsync(['node', 'x', 'export', 'kubernetes', '-f', join(ROOT, 'nope.yaml')])).rejects.toThrow(/not valid/);
  });
});
