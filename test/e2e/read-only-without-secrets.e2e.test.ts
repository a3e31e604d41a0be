/**
 * UX audit M4 and m10: read-only commands need no secret values. `status`, `logs`,
 * `previews list`, `graph` and `drift --no-secrets` run with none of the manifest's secrets
 * set; a domain that holds a secret is still masked (by its shape: the value is not known);
 * `validate --allow-missing-secrets` lints offline; commands that write still refuse.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, hasStackTrace, minimalEnv, runCli, sandbox, tempDir } from './harness.js';

const SUBDOMAIN = 'canarysub9k4w';
const API_KEY = 'canary-api-key-5521';
const MANIFEST = `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        applications:
          web:
            image: nginx:1.27
            ports: [80]
            domains: ["https://\${secrets.WEB_SUBDOMAIN}.example.com", "https://public.example.com"]
            previews: { enabled: true, urlTemplate: "pr-{{pr_id}}.preview.example.com" }
            env:
              API_KEY: \${secrets.API_KEY}
              MODE: production
`;

describe('read-only commands run without the secrets', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'shop.yaml');
  beforeAll(async () => {
    sb = await sandbox();
    writeFileSync(file, MANIFEST);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb, { WEB_SUBDOMAIN: SUBDOMAIN, API_KEY }) });
    if (applied.status !== 0) throw new Error(applied.stdout + applied.stderr);
  });
  afterAll(async () => sb.close());

  /** The sandbox connection and nothing else: no WEB_SUBDOMAIN, no API_KEY. */
  const noSecrets = () => cliEnv(sb);

  it.each([
    ['status', ['status', '-f', file]],
    ['status --format json', ['status', '-f', file, '--format', 'json']],
    ['previews list', ['previews', 'list', '-f', file]],
    ['graph', ['graph', '-f', file]],
    ['drift --no-secrets', ['drift', '-f', file, '--no-secrets']],
  ])('%s: exit 0, no ADO204, no secret printed', async (_name, args) => {
    const r = await runCli(args, { env: noSecrets() });
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(0);
    expect(out).not.toContain('ADO204');
    expect(out).not.toContain(SUBDOMAIN);
    expect(out).not.toContain(API_KEY);
    expect(hasStackTrace(out)).toBe(false);
  });

  it('logs: gets past the manifest without secrets (the sandbox answers for the app)', async () => {
    const r = await runCli(['logs', 'web', '-f', file], { env: noSecrets() });
    const out = r.stdout + r.stderr;
    expect(out).not.toContain('ADO204');
    expect(out).not.toContain(SUBDOMAIN);
    expect(hasStackTrace(out)).toBe(false);
  });

  it('status masks the secret domain by its shape, and still shows the public one', async () => {
    const r = await runCli(['status', '-f', file], { env: noSecrets() });
    expect(r.stdout).toContain('public.example.com');
    expect(r.stdout).toContain('(sensitive value)');
  });

  it('drift --no-secrets shows the secret-holding values as not verifiable, not as drift', async () => {
    const r = await runCli(['drift', '-f', file, '--no-secrets', '--format', 'json'], { env: noSecrets() });
    expect(r.status, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as { summary: { change: number } };
    expect(plan.summary.change).toBe(0);
  });

  it('drift --no-secrets still finds real drift in a plain value', async () => {
    const app = sb.store.world.applications.find((a) => a.name === 'web')!;
    const env = sb.store.world.envVars.find((e) => e.owner.kind === 'application' && e.owner.id === app.id && e.key === 'MODE' && !e.is_preview);
    expect(env).toBeDefined();
    const before = env!.value;
    env!.value = 'debug';
    try {
      const r = await runCli(['drift', '-f', file, '--no-secrets'], { env: noSecrets() });
      expect(r.status, r.stdout + r.stderr).toBe(2);
      expect(r.stdout).toContain('MODE');
      expect(r.stdout + r.stderr).not.toContain(API_KEY);
    } finally {
      env!.value = before;
    }
  });

  it('drift without --no-secrets, plan and apply still need the secrets (ADO204, exit 1)', async () => {
    for (const args of [['drift', '-f', file], ['plan', '-f', file], ['apply', '-f', file, '--auto-approve']]) {
      const r = await runCli(args, { env: noSecrets() });
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stdout + r.stderr).toContain('ADO204');
    }
  });

  it('validate --allow-missing-secrets passes offline (no COOLIFY_URL, no secrets) with warnings; without the flag it fails', async () => {
    const allowed = await runCli(['validate', '-f', file, '--allow-missing-secrets'], { env: minimalEnv() });
    expect(allowed.status, allowed.stdout + allowed.stderr).toBe(0);
    expect(allowed.stdout).toContain('ADO204');
    expect(allowed.stdout).toContain('allowed by --allow-missing-secrets');
    const strict = await runCli(['validate', '-f', file], { env: minimalEnv() });
    expect(strict.status).toBe(1);
  });
});
