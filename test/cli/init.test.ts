import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerInit } from '../../src/cli/commands/init.js';
import { isAdoError } from '../../src/errors.js';
import { loadManifest } from '../../src/engine/manifest-file.js';
import { processHost } from './run-cli.js';

function program(): Command {
  const p = new Command().exitOverride();
  registerInit(p, processHost());
  return p;
}

describe('ado-coolify init (CLI)', () => {
  let out = '';
  beforeEach(() => {
    out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes a valid manifest and the workflows from flags, without prompting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ado-init-cli-'));
    await program().parseAsync(
      ['init', '--dir', dir, '--project', 'shop', '--app', 'api=ghcr.io/acme/api:1.0.0', '--database', 'db=postgresql', '--environment', 'production', '--environment', 'staging', '--server', 'main', '--github-workflows', '--yes'],
      { from: 'user' },
    );
    const manifest = join(dir, 'ado.coolify.yaml');
    expect(out).toContain(`wrote ${manifest}`);
    expect(existsSync(join(dir, '.github/workflows/coolify-apply-on-merge.yml'))).toBe(true);
    const loaded = await loadManifest(manifest, { env: { COOLIFY_URL: 'https://c.example.com' } });
    expect(loaded.diagnostics).toEqual([]);
    expect(readFileSync(manifest, 'utf8')).toContain('DATABASE_URL: ${databases.db.internalUrl}');
  });

  it('refuses to overwrite without --force (exit code 1), then overwrites with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ado-init-cli-'));
    await program().parseAsync(['init', '--dir', dir, '--project', 'shop', '--yes'], { from: 'user' });
    const first = readFileSync(join(dir, 'ado.coolify.yaml'), 'utf8');
    const err = await program()
      .parseAsync(['init', '--dir', dir, '--project', 'other', '--yes'], { from: 'user' })
      .catch((e: unknown) => e);
    expect(isAdoError(err) && err.exitCode === 1 && err.code === 'ADO_INIT_EXISTS').toBe(true);
    expect(readFileSync(join(dir, 'ado.coolify.yaml'), 'utf8')).toBe(first);
    await program().parseAsync(['init', '--dir', dir, '--project', 'other', '--force', '--yes'], { from: 'user' });
    expect(readFileSync(join(dir, 'ado.coolify.yaml'), 'utf8')).toContain('  other:');
  });

  it('rejects a bad flag value clearly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ado-init-cli-'));
    const err = await program()
      .parseAsync(['init', '--dir', dir, '--project', 'shop', '--database', 'db=oracle'], { from: 'user' })
      .catch((e: unknown) => e);
    expect(isAdoError(err)).toBe(true);
    expect(String((err as Error).message)).toContain('unknown type "oracle"');
    expect(existsSync(join(dir, 'ado.coolify.yaml'))).toBe(false);
  });
});
