import { describe, expect, it } from 'vitest';
import { loadManifestBytes } from '../../src/engine/manifest-file.js';

// Audit p4: a YAML alias repeats the aliased map, so a problem inside it was reported once
// per alias at the same file:line:col.
describe('diagnostics of aliased YAML', () => {
  it('reports a problem inside an anchored map once, not once per alias', async () => {
    const yaml = [
      'version: 1',
      'defaults: { server: main }',
      'projects:',
      '  shop:',
      '    environments:',
      '      production:',
      '        applications:',
      '          a:',
      '            image: nginx:1.27',
      '            env: &e',
      '              X: ${secrets.NOPE_NOT_SET}',
      '          b:',
      '            image: nginx:1.27',
      '            env: *e',
      '          c:',
      '            image: nginx:1.27',
      '            env: *e',
      '',
    ].join('\n');
    const loaded = await loadManifestBytes('m.yaml', yaml, { env: {} });
    const missing = loaded.diagnostics.filter((d) => d.code === 'ADO204');
    expect(missing.length).toBeGreaterThan(0);
    const keys = missing.map((d) => `${d.source?.file}:${d.source?.line}:${d.source?.col} ${d.message}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
