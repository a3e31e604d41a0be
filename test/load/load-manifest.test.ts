import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadManifestSource } from '../../src/load/load-manifest.js';
import { getAtPointer } from '../../src/manifest/pointer.js';

const SECRET_PTR = '/projects/shop/environments/production/applications/api/env/TOKEN';
const TEXT =
  'version: 1\nprojects:\n  shop:\n    environments:\n      production:\n        applications:\n          api:\n            image: nginx:1.27\n            env:\n              TOKEN: ${secrets.API_TOKEN}\n';

describe('loadManifestSource (in memory, no file read)', () => {
  it('returns the loaded manifest at once, hashed from the given bytes', () => {
    const r = loadManifestSource('mem.yaml', new TextEncoder().encode(TEXT), { env: { API_TOKEN: 't' } });
    expect(r.diagnostics).toEqual([]);
    expect(r.hash).toBe(createHash('sha256').update(TEXT).digest('hex'));
    expect(r.locate('/projects/shop')).toMatchObject({ file: 'mem.yaml', line: 3 });
  });

  it('takes secrets from the secrets file content the shell read, after `secrets`, before `env`', () => {
    const fromFile = loadManifestSource('m.yaml', TEXT, { secretsFile: { path: 's.env', text: 'API_TOKEN=from-file\n' }, env: { API_TOKEN: 'env' } });
    expect(getAtPointer(fromFile.manifest, SECRET_PTR)).toEqual({ $template: [{ secret: 'API_TOKEN', value: 'from-file' }] });
    const fromOptions = loadManifestSource('m.yaml', TEXT, { secrets: { API_TOKEN: 'opt' }, secretsFile: { path: 's.env', text: 'API_TOKEN=from-file\n' } });
    expect(getAtPointer(fromOptions.manifest, SECRET_PTR)).toEqual({ $template: [{ secret: 'API_TOKEN', value: 'opt' }] });
  });

  it('reports a secrets file the shell could not read, and its dotenv problems, as ADO009 at the file', () => {
    const unreadable = loadManifestSource('m.yaml', TEXT, { secretsFile: { path: 'gone.env', unreadable: 'no such file' }, env: { API_TOKEN: 'x' } });
    expect(unreadable.diagnostics.map((d) => [d.code, d.message, d.source?.file])).toEqual([
      ['ADO009', 'cannot read secrets file `gone.env`: no such file', 'gone.env'],
    ]);
    const bad = loadManifestSource('m.yaml', TEXT, { secretsFile: { path: 'bad.env', text: 'API_TOKEN=x\nnot a line\n' } });
    expect(bad.diagnostics.map((d) => [d.code, d.source?.file, d.source?.line])).toEqual([['ADO009', 'bad.env', 2]]);
  });
});

describe('the manifest size limit', () => {
  it('refuses a manifest over MAX_MANIFEST_BYTES before parsing, with ADO012 at line 1', async () => {
    const { loadManifestSource, MAX_MANIFEST_BYTES } = await import('../../src/load/load-manifest.js');
    const big = `version: 1\n# ${'x'.repeat(MAX_MANIFEST_BYTES)}\n`;
    const r = loadManifestSource('big.yaml', big);
    expect(r.manifest).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'ADO012', severity: 'error', source: { file: 'big.yaml', line: 1, col: 1 } });
    expect(r.diagnostics[0]!.hint).toMatch(/split/);
  });

  it('reads a manifest at the limit as usual', async () => {
    const { loadManifestSource, MAX_MANIFEST_BYTES } = await import('../../src/load/load-manifest.js');
    const head = 'version: 1\nprojects: {}\n# ';
    const text = `${head}${'x'.repeat(MAX_MANIFEST_BYTES - head.length - 1)}\n`;
    expect(Buffer.byteLength(text)).toBe(MAX_MANIFEST_BYTES);
    const r = loadManifestSource('ok.yaml', text);
    expect(r.diagnostics.filter((d) => d.code === 'ADO012')).toEqual([]);
  });
});
