/**
 * Issue 16 acceptance, end to end against an empty sandbox: `examples/whole-instance.yaml`
 * applies and re-plans clean; `import --instance` of that sandbox gives a manifest that
 * validates and plans clean with no edits (the secrets only in `--secrets-out`), and no secret
 * value reaches the manifest, stdout or stderr (canary).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Sandbox } from '../../src/sandbox/index.js';
import { TEAM_KINDS } from '../../src/model/address.js';
import { cliEnv, hasStackTrace, ROOT, runCli, sandbox, tempDir } from './harness.js';

const KEY = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
/** Every secret the example takes: canaries that must reach only the secrets file. */
const GITHUB_KEY = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const SECRETS = {
  S3_KEY: 'CANARY-s3key-4d1e', S3_SECRET: 'CANARY-s3secret-8b2f', CI_DEPLOY_SSH_KEY: KEY, GITHUB_APP_PRIVATE_KEY: GITHUB_KEY,
  GITHUB_APP_CLIENT_SECRET: 'CANARY-ghclient-5e1a', GITHUB_APP_WEBHOOK_SECRET: 'CANARY-ghwebhook-2c7d',
  GITLAB_APP_CLIENT_SECRET: 'CANARY-glclient-9f3b', GITLAB_WEBHOOK_TOKEN: 'CANARY-gltoken-6a0e',
  DISCORD_WEBHOOK_URL: 'https://discord.example.com/api/webhooks/9/CANARY-discord-5e7a', SMTP_PASSWORD: 'CANARY-smtp-3c9d',
  // HCLOUD_TOKEN: 64 letters and digits, the Hetzner shape the sandbox's provider check accepts.
  HCLOUD_TOKEN: `CANARYhcloud${'7'.repeat(52)}`,
  GHCR_TOKEN: 'CANARY-ghcr-4b8e',
  SLACK_WEBHOOK_URL: 'https://hooks.slack.example.com/services/CANARY-slack-1f6c', TELEGRAM_BOT_TOKEN: 'CANARY-telegram-7d2a',
  PUSHOVER_USER_KEY: 'CANARY-pushuser-3e9b', PUSHOVER_API_TOKEN: 'CANARY-pushapi-8c4f', NOTIFY_WEBHOOK_URL: 'https://hooks.acme.example.com/coolify/CANARY-webhook-0b5d',
  // the sandbox's fake Vault accepts `hvs.` and 20+ letters and digits
  VAULT_TOKEN: 'hvs.CANARYvault0a1b2c3d4e5f6a7b',
};
const CANARY_VALUES = [SECRETS.S3_KEY, SECRETS.S3_SECRET, SECRETS.GITHUB_APP_CLIENT_SECRET, SECRETS.GITHUB_APP_WEBHOOK_SECRET, SECRETS.GITLAB_APP_CLIENT_SECRET, SECRETS.GITLAB_WEBHOOK_TOKEN, SECRETS.DISCORD_WEBHOOK_URL, SECRETS.SMTP_PASSWORD, 'CANARY-discord', SECRETS.HCLOUD_TOKEN, SECRETS.GHCR_TOKEN, SECRETS.VAULT_TOKEN,
  SECRETS.SLACK_WEBHOOK_URL, SECRETS.TELEGRAM_BOT_TOKEN, SECRETS.PUSHOVER_USER_KEY, SECRETS.PUSHOVER_API_TOKEN, SECRETS.NOTIFY_WEBHOOK_URL, 'CANARY-slack', 'CANARY-webhook'];
const EXAMPLE = join(ROOT, 'examples', 'whole-instance.yaml');
const keyBody = KEY.split('\n')[1]!;

describe.each(['4.3.11', '4.3.23', '4.4.2'])('the whole instance at Coolify %s: apply the example, import --instance, plan clean', (release) => {
  let sb: Sandbox;
  const dir = tempDir();
  beforeAll(async () => {
    sb = await sandbox({ coolifyVersion: release });
  });
  afterAll(async () => sb.close());

  const noSecretIn = (...texts: string[]): void => {
    for (const t of texts) {
      for (const v of [...CANARY_VALUES, keyBody, GITHUB_KEY.split('\n')[1]!]) expect(t).not.toContain(v);
      expect(t).not.toContain('PRIVATE KEY');
    }
  };

  it('applies the example and re-plans clean', async () => {
    const env = cliEnv(sb, SECRETS);
    const applied = await runCli(['apply', '-f', EXAMPLE, '--auto-approve'], { env });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noSecretIn(applied.stdout, applied.stderr);
    // the 4.4-only parts: gated with their warnings on 4.3.x, created on 4.4
    const warned = ['ADO516', 'ADO530', 'ADO540'].filter((code) => (applied.stdout + applied.stderr).includes(code));
    const world = sb.store.world;
    if (release.startsWith('4.3.')) {
      expect(warned).toEqual(['ADO516', 'ADO530', 'ADO540']);
      expect(world.databases.map((d) => d.type)).not.toContain('sqlite');
    } else {
      expect(warned).toEqual([]);
      expect((world.registryLogins ?? []).map((l) => `${l.registry} ${l.username}`)).toEqual(['ghcr.io acme-ci']);
      expect(world.secretManagerLinks ?? []).toHaveLength(1);
      expect(world.databases.map((d) => d.type)).toContain('sqlite');
    }
    // the declared `edge` (seeded in the sandbox) is adopted: its address and key are the example's now
    const edge = world.servers.find((s) => s.name === 'edge')!;
    expect(edge.ip).toBe('203.0.113.30');
    expect(edge.private_key_id).toBe(world.privateKeys.find((k) => k.name === 'ci-deploy')!.id);
    const again = await runCli(['plan', '-f', EXAMPLE, '--detailed-exitcode'], { env });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  }, 120_000);

  it('imports the instance into a manifest that validates and plans clean with no edits', async () => {
    const env = cliEnv(sb);
    const imported = await runCli(['import', '--instance', '-o', 'instance.yaml', '--secrets-out', 'secrets.env'], { env, cwd: dir });
    expect(imported.status, imported.stderr).toBe(0);
    const text = readFileSync(join(dir, 'instance.yaml'), 'utf8');
    noSecretIn(text, imported.stdout, imported.stderr);
    const secrets = readFileSync(join(dir, 'secrets.env'), 'utf8');
    expect(secrets).toContain(SECRETS.S3_SECRET);
    expect(secrets).toContain(SECRETS.DISCORD_WEBHOOK_URL);
    expect(secrets).toContain(SECRETS.HCLOUD_TOKEN);
    expect(imported.stderr).toMatch(/^imported the instance into instance\.yaml: 2 projects, /);

    const manifest = parse(text) as Record<string, Record<string, unknown>>;
    expect(Object.keys(manifest['projects']!).sort()).toEqual(['shop', 'tools']);
    // every team-wide section the example declares comes back
    for (const kind of ['s3Storage', 'privateKey', 'notification', 'githubApp', 'gitlabApp', 'server', 'cloudToken', 'cloudInitScript', 'destination'] as const) {
      const declared = Object.keys((parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, object>)[TEAM_KINDS[kind].section]!);
      expect(Object.keys(manifest[TEAM_KINDS[kind].section] ?? {}), kind).toEqual(expect.arrayContaining(declared));
    }

    // a server comes back with its key by name and the settings that differ from Coolify's defaults
    const { registries, ...buildServer } = manifest['servers']!['build-1'] as Record<string, unknown>;
    expect(buildServer).toEqual({
      description: 'Builds the images of the CI', ip: '203.0.113.20', privateKey: 'ci-deploy', buildServer: true, concurrentBuilds: 4,
      dockerCleanup: { schedule: '0 4 * * *', threshold: 70 },
    });
    // and, on 4.4, its registry login: the username, the write-only password as a placeholder
    // that the secrets file names but cannot fill (Coolify never answers it)
    let writeOnly: Record<string, string> = {};
    if (release.startsWith('4.3.')) {
      expect(registries).toBeUndefined();
    } else {
      const login = (registries as Record<string, { username: string; password: string }>)['ghcr.io']!;
      expect(login.username).toBe('acme-ci');
      const name = /^\$\{secrets\.([A-Z0-9_]+)\}$/.exec(login.password)?.[1];
      expect(name, login.password).toBeDefined();
      expect(secrets).toMatch(new RegExp(`^# ${name}= \\(not readable: set it yourself`, 'm'));
      writeOnly = { [name!]: SECRETS.GHCR_TOKEN };
    }
    // the parts of the projects the example declares come back as the example has them
    const envOf = (project: string): Record<string, Record<string, Record<string, unknown>>> =>
      (manifest['projects']![project] as { environments: Record<string, Record<string, Record<string, Record<string, unknown>>>> }).environments['production']!;
    const storefront = envOf('shop')['applications']!['storefront'] as Record<string, unknown>;
    expect(storefront['previews']).toMatchObject({ enabled: true, urlTemplate: 'pr-{{pr_id}}.preview.shop.example.com' });
    expect(storefront['storages']).toEqual({ uploads: { mountPath: '/app/uploads' } });
    expect(storefront['scheduledTasks']).toEqual({ sitemap: { command: 'npm run sitemap', frequency: '0 4 * * *' } });
    expect((envOf('tools')['services']!['uptime'] as Record<string, unknown>)['databases']).toEqual({ mariadb: { excludeFromStatus: true } });
    // every channel the example switches on, its events as declared, its secrets as placeholders
    const channels = manifest['notifications'] as Record<string, Record<string, unknown>>;
    expect(Object.keys(channels).sort()).toEqual(['discord', 'email', 'pushover', 'slack', 'telegram', 'webhook']);
    expect(channels['webhook']!['url']).toMatch(/^\$\{secrets\.[A-Z0-9_]+\}$/);
    // the events that differ from Coolify's defaults (failures are on by default: left out)
    expect(channels['webhook']!['events']).toMatchObject({ deploymentSuccess: true });
    expect(channels['slack']!['events']).toMatchObject({ statusChange: true });
    expect(channels['telegram']).toMatchObject({ chatId: '-1001234567890', token: expect.stringMatching(/^\$\{secrets\./) });
    for (const value of [SECRETS.SLACK_WEBHOOK_URL, SECRETS.TELEGRAM_BOT_TOKEN, SECRETS.PUSHOVER_USER_KEY, SECRETS.PUSHOVER_API_TOKEN, SECRETS.NOTIFY_WEBHOOK_URL]) {
      expect(secrets).toContain(value);
    }
    expect(manifest['servers']!['edge']).toEqual({ description: 'Edge server with two networks.', ip: '203.0.113.30', privateKey: 'ci-deploy' });
    const validated = await runCli(['validate', '-f', 'instance.yaml', '--secrets-file', 'secrets.env'], { env: { ...env, ...writeOnly }, cwd: dir });
    expect(validated.status, validated.stdout + validated.stderr).toBe(0);
    // What the example applied is managed already: no change (the seeded `edge` server too, which
    // the example declares and so adopted). What the sandbox had before it (its seeded deploy key
    // and `main`) is adopted, and nothing else is planned (its seeded
    // GitHub App is imported as it is: a Git App carries no marker to adopt).
    const planned = await runCli(['plan', '-f', 'instance.yaml', '--secrets-file', 'secrets.env', '--format', 'json'], { env: { ...env, ...writeOnly }, cwd: dir });
    expect(planned.status, planned.stderr).toBe(0);
    const plan = JSON.parse(planned.stdout) as { resourceChanges: Array<{ address: string; action: string }> };
    const changes = plan.resourceChanges.filter((c) => c.action !== 'no-op').map((c) => `${c.action} ${c.address}`);
    expect(changes).toEqual(['adopt pk/deploy-key', 'adopt sv/main']);
    noSecretIn(planned.stdout, planned.stderr);
    const applied = await runCli(['apply', '-f', 'instance.yaml', '--secrets-file', 'secrets.env', '--auto-approve'], { env: { ...env, ...writeOnly }, cwd: dir });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const again = await runCli(['plan', '-f', 'instance.yaml', '--secrets-file', 'secrets.env', '--detailed-exitcode'], { env: { ...env, ...writeOnly }, cwd: dir });
    expect(again.stdout).toContain('No changes');
    expect(again.status, again.stdout).toBe(0);
    noSecretIn(again.stdout, again.stderr, applied.stdout, applied.stderr);
  }, 120_000);

  it('refuses --instance with --project, and no target at all, clearly', async () => {
    const env = cliEnv(sb);
    const both = await runCli(['import', '--instance', '--project', 'shop'], { env, cwd: dir });
    expect(both.status).toBe(1);
    expect(both.stderr).toContain('cannot be combined with --project');
    expect(hasStackTrace(both.stderr)).toBe(false);
    const none = await runCli(['import'], { env, cwd: dir });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('import needs --project NAME or --instance');
  });
});
