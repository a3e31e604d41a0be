import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { ROOT, cliEnv, hasStackTrace, runCli, sandbox, tempDir } from './harness.js';
import { importFixture } from '../compose/helpers.js';

/** Values for every `${secrets.X}` the shipped manifests use. */
const SECRETS = { MYSQL_ROOT_PASSWORD: 'dummy-1', S3_KEY: 'dummy-2', S3_SECRET: 'dummy-3', SESSION_SECRET: 'dummy-4', CONTROLLER_COOLIFY_TOKEN: 'dummy-controller-1', CI_DEPLOY_SSH_KEY: 'dummy-5', BACKUP_HOST_SSH_KEY: 'dummy-6',
  GITHUB_APP_PRIVATE_KEY: 'dummy-7', GITHUB_APP_CLIENT_SECRET: 'dummy-8', GITHUB_APP_WEBHOOK_SECRET: 'dummy-9', GITLAB_APP_CLIENT_SECRET: 'dummy-10', GITLAB_WEBHOOK_TOKEN: 'dummy-11', DISCORD_WEBHOOK_URL: 'dummy-12', SMTP_PASSWORD: 'dummy-13', HCLOUD_TOKEN: 'dummy-14' , GHCR_TOKEN: 'dummy-ghcr-1', SLACK_WEBHOOK_URL: 'dummy-15', TELEGRAM_BOT_TOKEN: 'dummy-16', PUSHOVER_USER_KEY: 'dummy-17', PUSHOVER_API_TOKEN: 'dummy-18', NOTIFY_WEBHOOK_URL: 'dummy-19', VAULT_TOKEN: 'hvs.dummyvault0123456789abcd'};
const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'));

describe('the shipped manifests', () => {
  it.each(['ado.coolify.yaml', ...EXAMPLES.map((f) => `examples/${f}`)])('`ado-coolify validate -f %s` exits 0', async (file) => {
    const r = await runCli(['validate', '-f', file], { env: cliEnv({ url: 'http://127.0.0.1:1', token: 'x' }, SECRETS) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/is valid/);
  });

  it('there are at least four examples, each saying in its first line what it shows', async () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(4);
  });

  it('`graph` prints the dependency graph as Mermaid and as DOT, without secrets set', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    for (const k of ['JWT_SECRET', 'ANTHROPIC_API_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']) delete env[k];
    const mermaid = await runCli(['graph'], { env });
    expect(mermaid.status, mermaid.stderr).toBe(0);
    expect(mermaid.stdout).toMatch(/^flowchart LR/);
    expect(mermaid.stdout).toContain('ado/production/application/api-gateway');
    const dot = await runCli(['graph', '--format', 'dot'], { env });
    expect(dot.status).toBe(0);
    expect(dot.stdout).toMatch(/^digraph/);
    // the api gateway depends on postgres through ${databases.postgres.internalUrl}
    expect(dot.stdout).toContain('"ado/production/database/postgres" -> "ado/production/application/api-gateway" [label="reference"');
  });
});

describe('imported compose files plan and apply against the sandbox', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => {
    await sb.close();
  });

  it.each(['node-postgres-redis.yml', 'wordpress-mariadb.yml', 'python-worker.yml', 'mongo-express.yml', 'monitoring.yml'])(
    '%s: plan shows creates only, apply converges',
    async (fixture) => {
      const result = importFixture(fixture);
      const dir = tempDir();
      const file = join(dir, 'ado.coolify.yaml');
      writeFileSync(file, result.text);
      const env = cliEnv(sb, Object.fromEntries(result.report.secrets.map((s) => [s.name, 'dummy-value-123'])));
      const plan = await runCli(['plan', '-f', file, '--format', 'json', '--detailed-exitcode'], { env });
      expect(plan.status, plan.stderr).toBe(2);
      const json = JSON.parse(plan.stdout) as PlanJson;
      expect(json.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const actions = new Set(json.resourceChanges.map((rc) => rc.action));
      expect([...actions].every((a) => a === 'create' || a === 'adopt' || a === 'no-op')).toBe(true);
      const apply = await runCli(['apply', '-f', file, '--auto-approve'], { env });
      expect(apply.status, apply.stdout + apply.stderr).toBe(0);
      const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env });
      expect(again.status, again.stdout).toBe(0);
    },
  );
});

const DRIFT_MANIFEST = (ignore: boolean) => `version: 1
defaults: { server: main }
projects:
  drift-demo:
    environments:
      production:
        applications:
          web:
            image: nginx:1.27
            ports: [80]
            healthCheck: { path: /healthz }
            limits: { memory: 256m }
${ignore ? '            ignoreChanges: [limits.memory]\n' : ''}`;

describe('drift', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'drift.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => {
    await sb.close();
  });

  const web = () => sb.store.world.applications.find((a) => a.name === 'web')!;

  it('exits 0 when clean and 2 on drift, per field, in every format', async () => {
    writeFileSync(file, DRIFT_MANIFEST(false));
    expect((await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) })).status).toBe(0);
    const clean = await runCli(['drift', '-f', file], { env: cliEnv(sb) });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('No drift');

    web().fields.health_check_path = '/changed';
    web().fields.limits_memory = '512m';
    sb.store.save();
    const human = await runCli(['drift', '-f', file], { env: cliEnv(sb) });
    expect(human.status).toBe(2);
    expect(human.stdout).toContain('healthCheck.path');
    expect(human.stdout).toContain('/changed');
    const json = await runCli(['drift', '-f', file, '--format', 'json'], { env: cliEnv(sb) });
    expect(json.status).toBe(2);
    const plan = JSON.parse(json.stdout) as PlanJson;
    const changed = plan.resourceChanges.filter((rc) => rc.action !== 'no-op');
    expect(changed.map((c) => c.changes.map((f) => f.label).sort())).toEqual([['healthCheck.path', 'limits.memory']]);
    const md = await runCli(['drift', '-f', file, '--format', 'markdown'], { env: cliEnv(sb) });
    expect(md.status).toBe(2);
    expect(md.stdout).toContain('<!-- ado-coolify-drift -->');
  });

  it('--ignore ADDR.FIELD and ignoreChanges in the manifest silence legitimate changes', async () => {
    const ignoredBoth = await runCli(
      ['drift', '-f', file, '--ignore', 'drift-demo/production/application/web.healthCheck.path', '--ignore', 'drift-demo/*/application/web.limits.*'],
      { env: cliEnv(sb) },
    );
    expect(ignoredBoth.status, ignoredBoth.stdout).toBe(0);
    writeFileSync(file, DRIFT_MANIFEST(true));
    const onlyHealth = await runCli(['drift', '-f', file, '--format', 'json'], { env: cliEnv(sb) });
    expect(onlyHealth.status).toBe(2);
    const plan = JSON.parse(onlyHealth.stdout) as PlanJson;
    const labels = plan.resourceChanges.flatMap((rc) => rc.changes.map((c) => c.label));
    expect(labels).toEqual(['healthCheck.path']);
    const bad = await runCli(['drift', '-f', file, '--ignore', 'nodot'], { env: cliEnv(sb) });
    expect(bad.status).toBe(1);
    expect(hasStackTrace(bad.stderr)).toBe(false);
  });
});
