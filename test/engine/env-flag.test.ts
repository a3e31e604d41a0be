import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/engine/plan-run.js';

// Audit p2: `--env nope` was "target */nope matches no resource in the manifest or in Coolify".
describe('--env names an environment of the manifest', () => {
  it('says which environments there are, before contacting Coolify', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ado-env-flag-'));
    const file = join(dir, 'm.yaml');
    writeFileSync(
      file,
      ['version: 1', 'defaults: { server: main }', 'projects:', '  shop:', '    environments:', '      production:', '        applications:', '          web: { image: "nginx:1.27" }', '      staging: {}', ''].join('\n'),
    );
    await expect(plan({ file, env: {}, environment: 'nope' })).rejects.toThrow('no environment `nope` in the manifest (environments: production, staging)');
  });
});
