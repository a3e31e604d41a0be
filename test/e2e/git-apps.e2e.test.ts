/**
 * GitHub Apps and GitLab Apps (issue 16), end to end against the sandbox: a GitHub App created
 * from `${secrets.*}` with a private key the manifest declares (the key first), an application
 * sourced from it (the app first), updates PATCHed by id, re-plans clean, a delete refused by
 * Coolify while an application uses the app, deletes with `--prune`, and no secret in any output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const KEY = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const SECRETS = {
  GH_CLIENT_SECRET: 'CANARY-gh-client-4d1e7a',
  GH_WEBHOOK_SECRET: 'CANARY-gh-webhook-8b2f90',
  GL_CLIENT_SECRET: 'CANARY-gl-client-1c3e5d',
  GL_WEBHOOK_TOKEN: 'CANARY-gl-token-7a9b0c',
  GH_KEY: KEY,
};

interface Opts { org?: string; port?: number; gitlab?: boolean; github?: boolean; app?: boolean; group?: string }
const MANIFEST = (o: Opts = {}): string => `version: 1
defaults:
  server: main
privateKeys:
  gh-key:
    privateKey: \${secrets.GH_KEY}
githubApps:
${o.github === false ? '  {}\n' : `  acme-github:
    htmlUrl: https://github.com
    organization: ${o.org ?? 'acme'}
    appId: 4242
    installationId: 5151
    clientId: Iv1.acme
    clientSecret: \${secrets.GH_CLIENT_SECRET}
    webhookSecret: \${secrets.GH_WEBHOOK_SECRET}
    privateKey: gh-key
${o.port === undefined ? '' : `    customPort: ${o.port}\n`}`}gitlabApps:
${o.gitlab === false ? '  {}\n' : `  acme-gitlab:
    htmlUrl: https://gitlab.example.com/
    groupName: ${o.group ?? 'platform'}
    clientId: gl-client
    clientSecret: \${secrets.GL_CLIENT_SECRET}
    webhookToken: \${secrets.GL_WEBHOOK_TOKEN}
`}projects:
  shop:
    environments:
      production:
        applications:
${o.app === false ? '          {}\n' : `          web:
            git:
              repository: acme/web
              branch: main
              githubApp: acme-github
              buildPack: nixpacks
            ports: [3000]
`}`;

describe('GitHub and GitLab apps end to end', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'git-apps.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => sb.close());

  const env = () => cliEnv(sb, SECRETS);
  const gh = () => sb.store.world.githubApps.filter((g) => g.name === 'acme-github');
  const gl = () => (sb.store.world.gitlabApps ?? []).filter((g) => g.name === 'acme-gitlab');
  const noSecretIn = (...texts: string[]) => {
    for (const t of texts) for (const [name, v] of Object.entries(SECRETS)) expect(t, name).not.toContain(name === 'GH_KEY' ? v.split('\n')[1]! : v);
  };

  it('creates the key, then the GitHub App, then the application from it; GitLab App too; plans clean', async () => {
    writeFileSync(file, MANIFEST());
    const plan = await runCli(['plan', '-f', file], { env: env() });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('gh/acme-github');
    expect(plan.stdout).toContain('gl/acme-gitlab');
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noSecretIn(plan.stdout, plan.stderr, applied.stdout, applied.stderr);
    const posts = sb.requestLog.filter((r) => r.method === 'POST').map((r) => r.path);
    const at = (p: string) => posts.indexOf(`/api/v1${p}`);
    expect(at('/security/keys')).toBeGreaterThanOrEqual(0);
    expect(at('/security/keys')).toBeLessThan(at('/github-apps'));
    expect(at('/github-apps')).toBeLessThan(at('/applications/private-github-app'));
    expect(gh()).toHaveLength(1);
    const app = gh()[0]!;
    const key = sb.store.world.privateKeys.find((k) => k.name === 'gh-key')!;
    expect(app.fields).toMatchObject({ organization: 'acme', app_id: 4242, installation_id: 5151, client_id: 'Iv1.acme', api_url: 'https://api.github.com', private_key_id: key.id });
    expect(app.fields?.client_secret).toBe(SECRETS.GH_CLIENT_SECRET);
    const web = sb.store.world.applications.find((a) => a.name === 'web')!;
    expect(web.fields.source_id).toBe(app.id);
    expect(gl()).toHaveLength(1);
    expect(gl()[0]!.fields).toMatchObject({ html_url: 'https://gitlab.example.com', api_url: 'https://gitlab.example.com/api/v4', group_name: 'platform', webhook_token: SECRETS.GL_WEBHOOK_TOKEN });
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('a change PATCHes the app by its integer id and converges; drift and every plan format keep the secrets out', async () => {
    writeFileSync(file, MANIFEST({ org: 'acme-labs', port: 2222, group: 'infra' }));
    const drift = await runCli(['drift', '-f', file], { env: env() });
    expect(drift.status, drift.stdout + drift.stderr).toBe(2);
    const planFile = join(dir, 'plan.json');
    const outputs = [
      await runCli(['plan', '-f', file], { env: env() }),
      await runCli(['plan', '-f', file, '--format', 'json'], { env: env() }),
      await runCli(['plan', '-f', file, '--format', 'markdown'], { env: env() }),
      await runCli(['plan', '-f', file, '--out', planFile], { env: env() }),
      await runCli(['show', planFile], { env: env() }),
    ];
    for (const o of [drift, ...outputs]) noSecretIn(o.stdout, o.stderr);
    noSecretIn(readFileSync(planFile, 'utf8'));
    expect(outputs[0]!.stdout).toContain('organization');
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noSecretIn(applied.stdout, applied.stderr);
    const patches = sb.requestLog.filter((r) => r.method === 'PATCH' && /\/(github|gitlab)-apps\//.test(r.path)).map((r) => r.path);
    expect(patches.sort()).toEqual([`/api/v1/github-apps/${gh()[0]!.id}`, `/api/v1/gitlab-apps/${gl()[0]!.id}`]);
    expect(gh()[0]!.fields).toMatchObject({ organization: 'acme-labs', custom_port: 2222 });
    expect(gl()[0]!.fields?.group_name).toBe('infra');
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('a changed secret is a sensitive change and is PATCHed', async () => {
    const changed = { ...SECRETS, GH_WEBHOOK_SECRET: 'CANARY-gh-webhook-rotated' };
    const plan = await runCli(['plan', '-f', file], { env: cliEnv(sb, changed) });
    expect(plan.stdout).toContain('webhookSecret: (sensitive value changed)');
    expect(plan.stdout).not.toContain('CANARY-gh-webhook-rotated');
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb, changed) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(gh()[0]!.fields?.webhook_secret).toBe('CANARY-gh-webhook-rotated');
    const reverted = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(reverted.status).toBe(0);
  });

  it('import --instance writes both sections with placeholders, and the result plans clean', async () => {
    const out = join(dir, 'imported.yaml');
    const secretsOut = join(dir, 'imported.secrets.env');
    const res = await runCli(['import', '--instance', '-o', out, '--secrets-out', secretsOut], { env: env() });
    expect(res.status, res.stdout + res.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    noSecretIn(res.stdout, res.stderr, text);
    expect(text).toContain('githubApps:');
    expect(text).toContain('acme-github:');
    expect(text).toContain('privateKey: gh-key');
    expect(text).toContain('gitlabApps:');
    expect(text).toMatch(/clientSecret: \$\{secrets\.[A-Z0-9_]+\}/);
    // The public sources Coolify seeds are not the team's to manage: not imported.
    expect(text).not.toContain('Public GitHub');
    // Planned against the instance it came from: both apps match (no change).
    const plan = await runCli(['plan', '-f', out, '--secrets-file', secretsOut, '--format', 'json'], { env: env() });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    noSecretIn(plan.stdout, plan.stderr);
    const changes = (JSON.parse(plan.stdout) as { resourceChanges: Array<{ address: string; action: string }> }).resourceChanges;
    const actionOf = (a: string) => changes.find((c) => c.address === a)?.action;
    expect(actionOf('gh/acme-github')).toBe('no-op');
    expect(actionOf('gl/acme-gitlab')).toBe('no-op');
  });

  it('Coolify refuses to delete an app an application uses; with the application gone, --prune deletes the apps', async () => {
    // Dropped from both sections (the application still there): listed, kept without --prune.
    writeFileSync(file, MANIFEST({ github: false, gitlab: false }));
    const kept = await runCli(['plan', '-f', file], { env: env() });
    expect(kept.status, kept.stdout + kept.stderr).toBe(0);
    expect(kept.stdout).toContain('gh/acme-github');
    expect(kept.stdout).toContain('No longer in the manifest, kept without --prune');
    // Coolify's rule (GithubController.php:768-775): an app applications use is not deleted.
    // The plan says so before any request (ADO519), and apply refuses it.
    const refused = await runCli(['apply', '-f', file, '--auto-approve', '--prune'], { env: env() });
    expect(refused.status, refused.stdout + refused.stderr).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('ADO519');
    expect(refused.stdout + refused.stderr).toContain('shop/production/application/web');
    expect(gh()).toHaveLength(1);
    expect(gl()).toHaveLength(1);
    // The sandbox itself answers Coolify's 409 with Coolify's message.
    const direct = await fetch(`${sb.url}/api/v1/github-apps/${gh()[0]!.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${sb.token}` } });
    expect(direct.status).toBe(409);
    expect(((await direct.json()) as { message: string }).message).toBe('This GitHub app is being used by 1 application(s). Please delete all applications first.');
    // The application dropped too: it goes first, then the app.
    const appId = gh()[0]!.id;
    writeFileSync(file, MANIFEST({ github: false, gitlab: false, app: false }));
    const pruned = await runCli(['apply', '-f', file, '--auto-approve', '--prune'], { env: env() });
    expect(pruned.status, pruned.stdout + pruned.stderr).toBe(0);
    noSecretIn(pruned.stdout, pruned.stderr);
    const deletes = sb.requestLog.filter((r) => r.method === 'DELETE').map((r) => r.path);
    const appDelete = deletes.findIndex((p) => p.startsWith('/api/v1/applications/'));
    expect(appDelete).toBeGreaterThanOrEqual(0);
    expect(appDelete).toBeLessThan(deletes.lastIndexOf(`/api/v1/github-apps/${appId}`));
    expect(gh()).toHaveLength(0);
    expect(gl()).toHaveLength(0);
    // A GitHub App is managed through its key's ownership marker: the sandbox's seeded
    // `ado-github` (no key of ado-coolify's) is never touched.
    expect(sb.store.world.githubApps.some((g) => g.name === 'ado-github')).toBe(true);
    expect(sb.store.world.applications.some((a) => a.name === 'web')).toBe(false);
  });

  it('a literal secret is a located schema error', async () => {
    writeFileSync(file, MANIFEST().replace('${secrets.GH_CLIENT_SECRET}', 'plain-text-secret'));
    const res = await runCli(['validate', '-f', file], { env: env() });
    expect(res.status).not.toBe(0);
    expect(res.stdout + res.stderr).toMatch(/git-apps\.yaml:\d+:\d+/);
    expect(res.stdout + res.stderr).toContain('${secrets.NAME}');
  });
});
