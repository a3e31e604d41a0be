/**
 * Cloud provider tokens against the real Coolify 4.3.11 (issue 16), as far as it can show them
 * offline. Coolify checks a token against its provider before storing it
 * (CloudProviderTokensController.php:286-291); the test kit has no internet, so the create is
 * refused, and that refusal must reach the user with Coolify's message and without the token.
 * The list answers, a manifest with an empty section plans clean, and `import --instance`
 * writes no section for a team without tokens. (Create, replace and prune run against the
 * sandbox: test/e2e/cloud-tokens.e2e.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { leakedSecrets, realApi, realCli, realCoolify, tempDir, uniqueName, writeManifest, type RealApi } from './harness.js';

const real = realCoolify();

describe.skipIf(real.skip !== undefined)(`real Coolify: cloud provider tokens${real.skip !== undefined ? ` (${real.skip})` : ''}`, () => {
  let api: RealApi;
  let dir: string;
  const name = uniqueName('hcloud');
  // Hetzner-shaped (64 letters and digits): Coolify only asks the provider, it does not check the shape.
  const secrets = { HCLOUD_TOKEN: randomBytes(32).toString('hex') };
  const live = async () => (await api.get<Array<Record<string, unknown>>>('/cloud-tokens')).filter((t) => t.name === name);
  beforeAll(() => {
    api = realApi(real.url!, real.token!);
    dir = tempDir('ado-coolify-real-tokens-');
  });

  it('an empty section lists nothing and plans clean', async () => {
    writeManifest(dir, { version: 1, cloudTokens: {}, projects: {} });
    const plan = await realCli({ url: real.url!, token: real.token! }, ['plan', '--detailed-exitcode'], dir, secrets);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    expect(await api.get<unknown[]>('/cloud-tokens')).toEqual([]);
  });

  it('the offline provider check refuses the create: the apply fails with Coolify\'s message, never the token', async () => {
    writeManifest(dir, { version: 1, cloudTokens: { [name]: { provider: 'hetzner', token: '${secrets.HCLOUD_TOKEN}' } }, projects: {} });
    const plan = await realCli({ url: real.url!, token: real.token! }, ['plan'], dir, secrets);
    expect(plan.stdout).toContain(`ct/${name}`);
    expect(plan.stdout).toContain('cost-bearing');
    const applied = await realCli({ url: real.url!, token: real.token! }, ['apply', '--auto-approve', '--no-wait'], dir, secrets);
    expect(applied.status, applied.stdout + applied.stderr).not.toBe(0);
    // CloudProviderTokensController.php:60-66: the provider request fails offline.
    expect(applied.stdout + applied.stderr).toContain('Failed to validate token with provider API.');
    expect(leakedSecrets(secrets, plan.stdout, plan.stderr, applied.stdout, applied.stderr)).toEqual([]);
    expect(await live()).toEqual([]);
  });

  it('import --instance writes no cloudTokens section for a team without tokens', async () => {
    const imported = await realCli({ url: real.url!, token: real.token! }, ['import', '--instance', '-o', 'instance.yaml'], dir, {});
    expect(imported.status, imported.stderr).toBe(0);
    const manifest = parse(readFileSync(join(dir, 'instance.yaml'), 'utf8')) as Record<string, unknown>;
    expect(manifest['cloudTokens']).toBeUndefined();
  });
});
