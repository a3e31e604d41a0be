/**
 * Servers (issue 16), end to end against the sandbox: a key, a server using it and an
 * application placed on it are created by one apply in that order (the server validated and
 * waited for), settings updates converge (PATCH, the Docker cleanup endpoint), a validation
 * that fails stops the apply with Coolify's log, `--no-wait` does not wait, and deletion is
 * opt-in (`--prune`): an application on the server goes first, a server holding resources the
 * manifest does not govern is refused with Coolify's rule. No key material in any output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const KEY = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const KEY_BODY = KEY.split('\n')[1]!;
/** A log drain key: must never print either. */
const NR_KEY = 'NRAK-canary-7c1e9d';

interface Opts {
  servers?: string;
  app?: boolean;
}
const SERVER = (extra = '') => `  build-1:
    description: builds
    ip: 203.0.113.10
    privateKey: deploy
${extra}`;
const MANIFEST = (o: Opts) => `version: 1
privateKeys:
  deploy:
    privateKey: \${secrets.DEPLOY_KEY}
${o.servers === undefined ? `servers:\n${SERVER()}` : o.servers}
projects:
  shop:
    environments:
      production:
${o.app === false ? '        applications: {}\n' : `        applications:
          web:
            server: build-1
            image: nginx:1.27
`}`;

describe('servers end to end', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'servers.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => sb.close());

  const env = () => cliEnv(sb, { DEPLOY_KEY: KEY, NR_KEY });
  const server = () => sb.store.world.servers.find((s) => s.name === 'build-1');
  const noKeyIn = (...texts: string[]) => {
    for (const t of texts) {
      expect(t).not.toContain(KEY_BODY);
      expect(t).not.toContain(NR_KEY);
      expect(t).not.toContain('PRIVATE KEY');
    }
  };

  it('creates the key, the server (validated) and an application on it in one apply, then plans no change', async () => {
    writeFileSync(file, MANIFEST({}));
    const plan = await runCli(['plan', '-f', file], { env: env() });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('sv/build-1');
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noKeyIn(plan.stdout, plan.stderr, applied.stdout, applied.stderr);
    expect(applied.stdout).toContain('validation started');
    const s = server();
    expect(s?.ip).toBe('203.0.113.10');
    expect(s?.settings).toMatchObject({ is_reachable: true, is_usable: true });
    const key = sb.store.world.privateKeys.find((k) => k.name === 'deploy');
    expect(s?.private_key_id).toBe(key?.id);
    const app = sb.store.world.applications.find((a) => a.name === 'web');
    expect(app?.server_id).toBe(s?.id);
    // key before server before application, as the dependency edges order them
    const posts = sb.requestLog.filter((r) => r.method === 'POST').map((r) => r.path);
    const at = (p: string) => posts.indexOf(p);
    expect(at('/api/v1/security/keys')).toBeLessThan(at('/api/v1/servers'));
    expect(at('/api/v1/servers')).toBeLessThan(at('/api/v1/applications/dockerimage'));
    expect(at(`/api/v1/servers/${s!.uuid}/validate`)).toBeGreaterThan(at('/api/v1/servers'));
    // the section takes its own lock
    const locks = sb.requestLog.filter((r) => r.method === 'POST' && r.path === '/api/v1/team/envs').map((r) => (r.body as { key?: string }).key);
    expect(locks).toContain('ADO_COOLIFY_LOCK__SERVERS');
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('no key material in any plan format, the saved plan, show, drift or import', async () => {
    writeFileSync(file, MANIFEST({ servers: `servers:\n${SERVER('    concurrentBuilds: 5\n')}` }));
    const planFile = join(dir, 'plan.json');
    const outputs = [
      await runCli(['plan', '-f', file], { env: env() }),
      await runCli(['plan', '-f', file, '--format', 'json'], { env: env() }),
      await runCli(['plan', '-f', file, '--format', 'markdown'], { env: env() }),
      await runCli(['plan', '-f', file, '--out', planFile], { env: env() }),
      await runCli(['show', planFile], { env: env() }),
      await runCli(['drift', '-f', file, '--format', 'json'], { env: env() }),
      await runCli(['import', '--instance', '-o', join(dir, 'imported.yaml'), '--secrets-out', join(dir, 'imported.env')], { env: env(), cwd: dir }),
    ];
    for (const o of outputs) noKeyIn(o.stdout, o.stderr);
    expect(outputs[0]!.stdout).toContain('concurrentBuilds');
    noKeyIn(readFileSync(planFile, 'utf8'), readFileSync(join(dir, 'imported.yaml'), 'utf8'));
    // the imported section names the key, never its material
    expect(readFileSync(join(dir, 'imported.yaml'), 'utf8')).toMatch(/build-1:\n(?:\s+.*\n)*?\s+privateKey: deploy/);
  });

  it('settings changes go to PATCH /servers, the Docker cleanup and the log drain endpoints, and converge; the drain key never prints', async () => {
    const drains = '    logDrains:\n      newRelic:\n        licenseKey: ${secrets.NR_KEY}\n        baseUri: https://log-api.eu.newrelic.com/log/v1\n' +
      '    sentinel:\n      metrics: true\n      metricsHistoryDays: 14\n';
    writeFileSync(file, MANIFEST({ servers: `servers:\n${SERVER(`    concurrentBuilds: 4\n    deploymentQueueLimit: 10\n    proxy: caddy\n    dockerCleanup:\n      schedule: "0 3 * * *"\n      threshold: 70\n${drains}`)}` }));
    const plan = await runCli(['plan', '-f', file], { env: env() });
    expect(plan.stdout).toContain('concurrentBuilds');
    expect(plan.stdout).toContain('dockerCleanup.threshold');
    expect(plan.stdout).toContain('logDrains.newRelic.licenseKey: (sensitive value changed)');
    const json = await runCli(['plan', '-f', file, '--format', 'json'], { env: env() });
    noKeyIn(plan.stdout, plan.stderr, json.stdout, json.stderr);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(server()?.settings).toMatchObject({ concurrent_builds: 4, deployment_queue_limit: 10, docker_cleanup_frequency: '0 3 * * *', docker_cleanup_threshold: 70 });
    expect(server()?.proxy_type).toBe('caddy');
    const cleanup = sb.requestLog.filter((r) => r.method === 'PATCH' && r.path.endsWith('/docker-cleanup'));
    expect(cleanup.at(-1)?.body).toEqual({ docker_cleanup_frequency: '0 3 * * *', docker_cleanup_threshold: 70 });
    expect(server()?.settings).toMatchObject({ is_metrics_enabled: true, sentinel_metrics_history_days: 14 });
    expect(server()?.settings).toMatchObject({ is_logdrain_newrelic_enabled: true, logdrain_newrelic_license_key: NR_KEY, logdrain_newrelic_base_uri: 'https://log-api.eu.newrelic.com/log/v1' });
    noKeyIn(applied.stdout, applied.stderr);
    // import writes the drain with its key as a placeholder; the value goes only to the secrets file
    const imported = await runCli(['import', '--instance', '-o', join(dir, 'drains.yaml'), '--secrets-out', join(dir, 'drains.env')], { env: env(), cwd: dir });
    expect(imported.status, imported.stderr).toBe(0);
    const yaml = readFileSync(join(dir, 'drains.yaml'), 'utf8');
    noKeyIn(yaml, imported.stdout, imported.stderr);
    expect(yaml).toMatch(/licenseKey: \$\{secrets\.[A-Z0-9_]+\}/);
    expect(readFileSync(join(dir, 'drains.env'), 'utf8')).toContain(NR_KEY);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    // drift: a change made in Coolify shows as drift of the setting
    server()!.settings = { ...server()!.settings, concurrent_builds: 9 };
    const drift = await runCli(['drift', '-f', file], { env: env() });
    expect(drift.status, drift.stdout + drift.stderr).toBe(2);
    expect(drift.stdout).toContain('concurrentBuilds');
    noKeyIn(drift.stdout, drift.stderr);
    expect((await runCli(['apply', '-f', file, '--auto-approve'], { env: env() })).status).toBe(0);
  });

  it('a validation that fails stops the apply with Coolify\'s log; --no-wait does not wait for it', async () => {
    sb.faults.add('fail-validate=edge-9');
    const servers = `servers:\n${SERVER()}  edge-9:\n    ip: 198.51.100.9\n    privateKey: deploy\n`;
    writeFileSync(file, MANIFEST({ servers }));
    const failed = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(failed.status, failed.stdout + failed.stderr).toBe(1);
    expect(failed.stdout + failed.stderr).toContain('Server is not reachable');
    noKeyIn(failed.stdout, failed.stderr);
    // the server exists (Coolify keeps it): the next apply has nothing to create
    expect(sb.store.world.servers.filter((s) => s.name === 'edge-9')).toHaveLength(1);
    writeFileSync(file, MANIFEST({ servers: `servers:\n${SERVER()}  edge-10:\n    ip: 198.51.100.10\n    privateKey: deploy\n` }));
    const noWait = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: env() });
    expect(noWait.status, noWait.stdout + noWait.stderr).toBe(0);
    expect(noWait.stdout).toContain('validation started');
  });

  it('deletes only with --prune (a protected one with --allow-destroy): the application on the server first; a server holding other resources is refused', async () => {
    // a protected server is not deleted without --allow-destroy
    writeFileSync(file, MANIFEST({ servers: `servers:\n${SERVER()}  edge-9:\n    ip: 198.51.100.9\n    privateKey: deploy\n    protect: true\n  edge-10:\n    ip: 198.51.100.10\n    privateKey: deploy\n` }));
    expect((await runCli(['apply', '-f', file, '--auto-approve'], { env: env() })).status).toBe(0);
    expect(sb.store.world.servers.find((s) => s.name === 'edge-9')?.description).toContain('protect');
    // edge-9 and edge-10 dropped with the section kept: listed, kept without --prune
    writeFileSync(file, MANIFEST({ app: false }));
    const kept = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(kept.status, kept.stdout + kept.stderr).toBe(0);
    expect(kept.stdout).toContain('kept without --prune');
    expect(sb.store.world.servers.some((s) => s.name === 'edge-9')).toBe(true);
    const refused = await runCli(['apply', '-f', file, '--auto-approve', '--prune'], { env: env() });
    expect(refused.status, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('ADO502');
    expect(sb.store.world.servers.some((s) => s.name === 'edge-10')).toBe(true);
    const pruned = await runCli(['apply', '-f', file, '--auto-approve', '--prune', '--allow-destroy'], { env: env() });
    expect(pruned.status, pruned.stdout + pruned.stderr).toBe(0);
    expect(sb.store.world.servers.some((s) => s.name === 'edge-9' || s.name === 'edge-10')).toBe(false);
    expect(sb.store.world.applications.some((a) => a.name === 'web')).toBe(false);

    // a resource the manifest does not govern keeps the server: Coolify's rule, said before the DELETE
    writeFileSync(file, MANIFEST({}));
    expect((await runCli(['apply', '-f', file, '--auto-approve'], { env: env() })).status).toBe(0);
    const other = join(dir, 'other.yaml');
    writeFileSync(other, MANIFEST({ servers: 'servers: {}\n', app: false }).replace('  shop:', '  shop2:'));
    const held = await runCli(['apply', '-f', other, '--auto-approve', '--prune'], { env: env() });
    // a partial apply: the project is created, the server delete fails
    expect(held.status, held.stdout + held.stderr).toBe(3);
    expect(held.stdout + held.stderr).toContain('sv/build-1 still holds 1 resource (web): Coolify deletes only an empty server');
    expect(sb.requestLog.some((r) => r.method === 'DELETE' && r.path === `/api/v1/servers/${server()!.uuid}`)).toBe(false);
    expect(server()).toBeDefined();
    // the plan says what the delete does
    const plan = await runCli(['plan', '-f', other, '--prune', '--format', 'json'], { env: env() });
    expect(plan.stdout).toContain('only when it holds no application');
  });

  it('a manifest without a servers: section neither reads nor prunes servers', async () => {
    const none = join(dir, 'none.yaml');
    writeFileSync(none, 'version: 1\nprojects: {}\n');
    const before = sb.requestLog.length;
    const applied = await runCli(['apply', '-f', none, '--auto-approve', '--prune', '--allow-destroy'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(server()).toBeDefined();
    expect(sb.requestLog.slice(before).some((r) => /\/servers\/[^/]+$/.test(r.path) && r.method === 'GET')).toBe(false);
    expect(readFileSync(file, 'utf8')).toContain('build-1');
  });
});
