/** A SQLite database (Coolify 4.4) has no Kubernetes form: it is named among what is not carried. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../src/kubernetes/index.js';
import { loadManifest } from '../../src/engine/manifest-file.js';
import { tempDir } from '../e2e/harness.js';

describe('export kubernetes: sqlite', () => {
  it('exports the other databases and lists the SQLite one as not exported', async () => {
    const file = join(tempDir(), 'lite.yaml');
    writeFileSync(file, `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        databases:
          cache: { type: redis }
          notes: { type: sqlite, files: [notes.sqlite] }
`);
    const loaded = await loadManifest(file, { env: {} });
    const result = exportKubernetes(loaded.manifest!, { environment: 'production' });
    expect(result.objects.map((o) => o.object.metadata.name)).not.toContain('notes');
    expect(result.objects.some((o) => o.object.metadata.name.startsWith('cache'))).toBe(true);
    expect(result.files['README.md']).toContain('`shop/production/database/notes`: sqlite database, not exported');
  });
});
