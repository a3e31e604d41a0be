/**
 * Row 8 of the fidelity audit: Coolify's bulk env upsert looks items up in cached relations
 * (app/Http/Controllers/Api/ApplicationsController.php:3596, :3635), so preview overrides sent
 * in the same call right after new production keys create duplicate preview rows. The env step
 * sends production items first and preview items in a second call.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { hashKeyFromToken } from '../../src/engine/connect.js';
import { apply } from '../../src/engine/apply-run.js';
import { plan } from '../../src/engine/plan-run.js';
import { chaosClient } from '../chaos/helpers.js';
import { sandbox, tempDir } from '../e2e/harness.js';

const MANIFEST = `version: 1
defaults:
  server: main
projects:
  envorder:
    environments:
      production:
        applications:
          web:
            image: nginx:1.27
            ports: [80]
            env:
              A_URL: https://a.example.com
              B_URL: https://b.example.com
            previews:
              enabled: true
              env:
                A_URL: https://a.preview.example.com
                B_URL: https://b.preview.example.com
`;

describe('env step: preview overrides after production keys', () => {
  let sb: Sandbox;
  let file: string;
  beforeAll(async () => {
    sb = await sandbox();
    file = join(tempDir(), 'envorder.yaml');
    writeFileSync(file, MANIFEST);
  });
  afterAll(async () => sb.close());

  const opts = () => ({ file, env: {}, client: chaosClient(sb), coolifyUrl: sb.url, hashKey: hashKeyFromToken(sb.token) });

  it('leaves exactly one preview row per key, with the preview value, and converges', async () => {
    const r = await apply({ ...opts(), timeoutMs: 10_000, pollInitialMs: 10, pollMaxMs: 60, wait: false });
    expect(r.summary?.exitCode).toBe(0);
    const app = sb.store.world.applications.find((a) => a.name === 'web')!;
    const rows = sb.store.world.envVars.filter((e) => e.owner.kind === 'application' && e.owner.id === app.id);
    for (const key of ['A_URL', 'B_URL']) {
      const previews = rows.filter((e) => e.key === key && e.is_preview);
      expect(previews.map((e) => e.value)).toEqual([`https://${key[0]!.toLowerCase()}.preview.example.com`]);
    }
    const again = await plan(opts());
    expect(again.plan.steps).toEqual([]);
  });
});
