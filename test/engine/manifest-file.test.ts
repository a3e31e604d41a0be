import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/engine/manifest-file.js';
import { getAtPointer } from '../../src/manifest/pointer.js';
import { formatGithub, formatHuman, formatJson } from '../../src/diagnostics/format.js';

const dir = mkdtempSync(join(tmpdir(), 'ado-load-'));
function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const SECRET_PTR = '/projects/shop/environments/production/applications/api/env/TOKEN';
const manifest = (extra = '') =>
  `version: 1\nprojects:\n  shop:\n    environments:\n      production:\n        applications:\n          api:\n            image: nginx:1.27\n            env:\n              TOKEN: \${secrets.API_TOKEN}\n${extra}`;

describe('loadManifest', () => {
  it('reports an unreadable file as ADO008, without throwing', async () => {
    const r = await loadManifest(join(dir, 'missing.yaml'));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ADO008']);
    expect(r.manifest).toBeUndefined();
    expect(r.hash).toBe('');
  });

  it('hashes the file bytes and locates pointers', async () => {
    const p = write('a.yaml', manifest());
    const r = await loadManifest(p, { env: { API_TOKEN: 't' } });
    expect(r.hash).toBe(createHash('sha256').update(readFileSync(p)).digest('hex'));
    expect(r.locate(SECRET_PTR)).toEqual({ file: p, line: 10, col: 15 });
    expect(r.diagnostics).toEqual([]);
  });

  it.each([
    ['options.secrets wins', { secrets: { API_TOKEN: 'from-options' } }, 'API_TOKEN=from-file', 'from-options'],
    ['then the secrets file', {}, 'export API_TOKEN="from-file"', 'from-file'],
    ['then the environment', {}, '# empty', 'from-env'],
  ])('secret lookup order: %s', async (_n, opts, fileText, expected) => {
    const secretsFile = write(`s-${expected}.env`, fileText);
    const r = await loadManifest(write('b.yaml', manifest()), { ...opts, secretsFile, env: { API_TOKEN: 'from-env' } });
    expect(r.diagnostics).toEqual([]);
    expect(getAtPointer(r.manifest, SECRET_PTR)).toEqual({ $template: [{ secret: 'API_TOKEN', value: expected }] });
  });

  it('reports a missing secrets file', async () => {
    const r = await loadManifest(write('c.yaml', manifest()), { secretsFile: join(dir, 'nope.env'), env: { API_TOKEN: 'x' } });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ADO009']);
  });

  it('keeps the manifest when only references fail, drops it on schema errors', async () => {
    const refOnly = await loadManifest(write('d.yaml', manifest()), {});
    expect(refOnly.diagnostics.map((d) => d.code)).toEqual(['ADO204']);
    expect(refOnly.manifest).toBeDefined();
    const schema = await loadManifest(write('e.yaml', manifest('            bogus: 1\n')), { env: { API_TOKEN: 'x' } });
    expect(schema.diagnostics.map((d) => d.code)).toEqual(['ADO101']);
    expect(schema.manifest).toBeUndefined();
  });

  it('never prints a secret value, whatever the errors (canary)', async () => {
    const CANARY = 'CANARY-SECRET-123';
    const text = manifest(
      '            domains: [CANARY-SECRET-123]\n            bogus: CANARY-SECRET-123\n            ports: [CANARY-SECRET-123]\n          worker:\n            image: x\n            env: { A: "${applications.api.nope}", B: "${secrets.MISSING}", C: "${secrets.API_TOKEN}-${env.NOPE}" }\n',
    );
    const r = await loadManifest(write('f.yaml', text), { env: { API_TOKEN: CANARY }, secrets: { OTHER: CANARY } });
    expect(r.diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThan(2);
    const outputs = [formatHuman(r.diagnostics, 'f.yaml'), formatJson(r.diagnostics), formatGithub(r.diagnostics, 'f.yaml')];
    for (const o of outputs) expect(o).not.toContain(CANARY);
  });
});

// Adversarial audit m4: a FIFO or /dev/zero as the manifest hung forever.
describe('loadManifest refuses what is not a regular file at once', () => {
  it.each([
    ['a FIFO', () => {
      const p = join(dir, `fifo-${process.pid}.yaml`);
      execFileSync('mkfifo', [p]);
      return p;
    }, 'FIFO'],
    ['/dev/zero', () => '/dev/zero', 'device'],
    ['a directory', () => dir, 'directory'],
  ])('%s gets ADO008', async (_n, make, what) => {
    const started = Date.now();
    const r = await loadManifest(make());
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ADO008']);
    expect(r.diagnostics[0]!.message).toContain(what);
    expect(Date.now() - started).toBeLessThan(2000);
  }, 5000);

  it('a FIFO as the secrets file is refused too', async () => {
    const fifo = join(dir, `secrets-fifo-${process.pid}`);
    execFileSync('mkfifo', [fifo]);
    const r = await loadManifest(write('s.yaml', manifest()), { secretsFile: fifo, env: { API_TOKEN: 't' } });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ADO009']);
    expect(r.diagnostics[0]!.message).toContain('FIFO');
  }, 5000);
});
