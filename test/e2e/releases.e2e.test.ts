import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { ROOT, cliEnv, runCli, sandbox } from './harness.js';
import { recordingProxy } from './recording-proxy.js';
import { violationLines } from './request-log.js';

/** Values for every `${secrets.X}` the shipped manifests use. */
const sshKey = (): string => generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
// Private keys must be real key material (Coolify reads and fingerprints them), one per entry.
const SECRETS = { MYSQL_ROOT_PASSWORD: 'dummy-1', S3_KEY: 'dummy-2', S3_SECRET: 'dummy-3', SESSION_SECRET: 'dummy-4', CONTROLLER_COOLIFY_TOKEN: 'dummy-controller-1', CI_DEPLOY_SSH_KEY: sshKey(), BACKUP_HOST_SSH_KEY: sshKey(),
  GITHUB_APP_PRIVATE_KEY: sshKey(), GITHUB_APP_CLIENT_SECRET: 'dummy-5', GITHUB_APP_WEBHOOK_SECRET: 'dummy-6', GITLAB_APP_CLIENT_SECRET: 'dummy-7', GITLAB_WEBHOOK_TOKEN: 'dummy-8', DISCORD_WEBHOOK_URL: 'https://1.1.1.1/api/webhooks/releases', SMTP_PASSWORD: 'dummy-9', HCLOUD_TOKEN: 'dummy7'.repeat(11).slice(0, 64), GHCR_TOKEN: 'dummy-ghcr-1', SLACK_WEBHOOK_URL: 'https://1.1.1.1/services/releases', TELEGRAM_BOT_TOKEN: 'dummy-10', PUSHOVER_USER_KEY: 'dummy-11', PUSHOVER_API_TOKEN: 'dummy-12', NOTIFY_WEBHOOK_URL: 'https://1.1.1.1/hooks/releases', VAULT_TOKEN: 'hvs.dummyvault0123456789abcd' };
const MANIFESTS = ['ado.coolify.yaml', ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`)];

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

/**
 * The manifest as the sandbox can apply it: GitHub App sources name the sandbox's seeded App
 * (`ado-github`) instead of the example's `acme-github`, which exists only in the reader's Coolify
 * (unless the manifest declares its apps).
 */
function forSandbox(file: string): string {
  const text = readFileSync(join(ROOT, file), 'utf8');
  // A manifest that declares its GitHub Apps (`githubApps:`) creates them itself.
  if (!/githubApp:/.test(text) || /^githubApps:/m.test(text)) return file;
  const copy = join(mkdtempSync(join(tmpdir(), 'ado-releases-')), file.replace(/\//g, '-'));
  writeFileSync(copy, text.replace(/githubApp:\s*\S+/g, 'githubApp: ado-github'));
  return copy;
}

/** apply, version bump (where the manifest has a VERSION variable) + apply, drift. */
async function cycle(s: Pick<Sandbox, 'url' | 'token'>, original: string): Promise<string[]> {
  const file = forSandbox(original);
  const env = cliEnv(s, SECRETS);
  const problems: string[] = [];
  const apply = await runCli(['apply', '-f', file, '--auto-approve'], { env });
  if (apply.status !== 0) problems.push(`apply exited ${apply.status}: ${(apply.stderr || apply.stdout).slice(-400)}`);
  if (/^\s*VERSION:/m.test(readFileSync(join(ROOT, original), 'utf8'))) {
    const bump = await runCli(['apply', '-f', file, '--auto-approve', '--var', 'VERSION=9.9.9'], { env });
    if (bump.status !== 0) problems.push(`version bump apply exited ${bump.status}: ${bump.stderr.slice(0, 600)}`);
    const drift = await runCli(['drift', '-f', file, '--var', 'VERSION=9.9.9', '--format', 'json'], { env });
    if (drift.status !== 0) problems.push(`drift after the bump exited ${drift.status}: ${drift.stdout.slice(0, 600)}`);
  } else {
    const drift = await runCli(['drift', '-f', file, '--format', 'json'], { env });
    if (drift.status !== 0) problems.push(`drift exited ${drift.status}: ${drift.stdout.slice(0, 600)}`);
  }
  return problems;
}

describe('the main cycle against each emulated Coolify release', () => {
  it.each(['4.3.11', '4.3.23', '4.4.2'])('%s: apply converges and release defaults never show as drift', async (version) => {
    sb = await sandbox({ coolifyVersion: version });
    expect(await cycle(sb, 'ado.coolify.yaml')).toEqual([]);
    // max_restart_count defaults differ (10 in 4.3.11, 0 from 4.3.21): unset in the manifest, never compared.
    const apps = sb.store.world.applications;
    expect(apps.length).toBeGreaterThan(0);
    expect(new Set(apps.map((a) => a.fields.max_restart_count))).toEqual(new Set([version === '4.3.11' ? 10 : 0]));
    const plan = await runCli(['plan', '-f', 'ado.coolify.yaml', '--var', 'VERSION=9.9.9', '--format', 'json', '--detailed-exitcode'], { env: cliEnv(sb, SECRETS) });
    expect(plan.status, plan.stdout.slice(0, 400)).toBe(0);
    const json = JSON.parse(plan.stdout) as PlanJson;
    expect(json.resourceChanges.flatMap((rc) => rc.changes.map((c) => c.label))).not.toContain('maxRestartCount');
  }, 240_000);
});

// The log is taken on the wire, by a proxy between the CLI and the sandbox emulating the release
// (test/e2e/recording-proxy.ts), not from the sandbox's own record. Against the real Coolify
// 4.3.11 the same check runs in test/real/cycle.ts.
describe('request log of the full cycle, through a proxy, breaks none of Coolify’s allow-lists or patterns', () => {
  it.each(['4.3.11', '4.3.23', '4.4.2'])('%s: ADO manifest and every example', async (version) => {
    const lines: string[] = [];
    for (const file of MANIFESTS) {
      sb = await sandbox({ coolifyVersion: version });
      const proxy = await recordingProxy(sb.url);
      try {
        const problems = await cycle({ url: proxy.url, token: sb.token }, file);
        lines.push(...problems.map((p) => `${file}: ${p}`));
        expect(proxy.log.length, `${file}: requests through the proxy`).toBeGreaterThan(10);
        // Every request the sandbox saw crossed the proxy (nothing bypassed it).
        expect(proxy.log.length, `${file}: proxy log vs sandbox log`).toBe(sb.requestLog.length);
        lines.push(...violationLines(version, proxy.log).map((v) => `${file}: ${v}`));
      } finally {
        await proxy.close();
      }
      await sb.close();
      sb = undefined;
    }
    expect(lines, lines.join('\n')).toEqual([]);
  }, 600_000);
});
