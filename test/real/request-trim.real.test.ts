/**
 * Real Coolify trims every request string (Laravel's TrimStrings middleware; env values also
 * by app/Models/EnvironmentVariable.php:364, :372). A manifest whose strings end in a newline
 * (`|` blocks) or carry outer spaces applies, and plans clean after: the plan compares what
 * Coolify keeps. The sandbox follows the same rule (src/sandbox/server.ts trimStrings).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProject, realApi, realCli, realCoolify, seedNames, tempDir, uniqueName, writeManifest, type RealApi } from './harness.js';

const real = realCoolify();

describe.skipIf(real.skip !== undefined)(`real Coolify: request strings are kept trimmed${real.skip !== undefined ? ` (${real.skip})` : ''}`, () => {
  let api: RealApi;
  let dir: string;
  const project = uniqueName('trim');
  beforeAll(async () => {
    api = realApi(real.url!, real.token!);
    dir = tempDir('ado-coolify-real-trim-');
    const { server } = await seedNames(api);
    writeManifest(dir, {
      version: 1,
      defaults: { server },
      projects: {
        [project]: {
          description: 'A description ending in a newline.\n',
          sharedEnv: { MOTD: '  welcome \n' },
          environments: {
            production: {
              applications: {
                web: { image: 'nginx:1.27', ports: [80], preDeploy: 'php artisan migrate --force\n', env: { BANNER: 'line one\nline two\n', PADDED: '  spaced  ' } },
              },
            },
          },
        },
      },
    });
  });
  afterAll(async () => {
    const p = await findProject(api, project);
    if (!p) return;
    const envs = await api.get<{ environments?: Array<{ name: string }> }>(`/projects/${p.uuid}`);
    for (const e of envs.environments ?? []) {
      const res = await api.get<{ applications?: Array<{ uuid: string }> }>(`/projects/${p.uuid}/${e.name}`);
      for (const a of res.applications ?? []) await api.request('DELETE', `/applications/${a.uuid}`);
    }
  });

  it('applies, stores the strings trimmed, and plans clean', async () => {
    const applied = await realCli({ url: real.url!, token: real.token! }, ['apply', '--auto-approve', '--no-wait'], dir, {});
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const p = await findProject(api, project);
    // Trimmed: the newline is gone before the ownership marker.
    expect(p?.description).toMatch(/^A description ending in a newline\. \(managed by ado-coolify\)/);
    const again = await realCli({ url: real.url!, token: real.token! }, ['plan', '--detailed-exitcode'], dir, {});
    expect(again.status, again.stdout + again.stderr).toBe(0);
  }, 300_000);
});
