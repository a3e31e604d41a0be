/**
 * An application's extra networks (issue 16), end to end against the sandbox: `networks:`
 * attaches destinations of other servers (`POST /applications/{uuid}/destinations`), re-plans
 * clean, a declared destination is created first, a dropped one is detached, and Coolify's
 * refusal of a destination on the application's own server fails the step with its message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = (networks: string[], opts: { declare?: boolean } = {}) => `version: 1
${opts.declare ? `destinations:
  edge-extra:
    server: edge
    network: edge-extra
  edge-public:
    server: edge
    network: edge-public
  edge-internal:
    server: edge
    network: edge-internal
` : ''}projects:
  net-shop:
    environments:
      production:
        applications:
          web:
            server: main
            image: nginx:1.27
            ports: [80]
${networks.length > 0 ? `            networks: [${networks.join(', ')}]\n` : ''}`;

describe('application networks end to end', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'networks.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => sb.close());

  const env = () => cliEnv(sb);
  const extra = () => {
    const app = sb.store.world.applications.find((a) => a.name === 'web');
    const ids = (sb.store.world.additionalDestinations ?? []).filter((p) => p.application_id === app?.id).map((p) => p.destination_id);
    return sb.store.world.destinations.filter((d) => ids.includes(d.id)).map((d) => d.name);
  };

  it('attaches a destination of another server, then plans no change', async () => {
    writeFileSync(file, MANIFEST(['edge-public']));
    const plan = await runCli(['plan', '-f', file], { env: env() });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('net-shop/production/application/web#network/edge-public');
    const applied = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(extra()).toEqual(['edge-public']);
    const posts = sb.requestLog.filter((r) => r.method === 'POST' && /\/applications\/[^/]+\/destinations$/.test(r.path));
    expect(posts.map((r) => Object.keys(r.body as object))).toEqual([['destination_uuid']]);
    // the deploy that starts it there comes after the attach
    const paths = sb.requestLog.map((r) => `${r.method} ${r.path}`);
    const attach = paths.findIndex((p) => /^POST \/api\/v1\/applications\/[^/]+\/destinations$/.test(p));
    expect(attach).toBeGreaterThanOrEqual(0);
    expect(paths.findIndex((p, i) => i > attach && p.startsWith('POST /api/v1/deploy'))).toBeGreaterThan(attach);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('imports the networks and plans clean', async () => {
    const imported = await runCli(['import', '--project', 'net-shop', '-o', 'imported.yaml', '--secrets-out', 'secrets.env'], { env: env(), cwd: dir });
    expect(imported.status, imported.stderr).toBe(0);
    const manifest = parse(readFileSync(join(dir, 'imported.yaml'), 'utf8')) as { projects: Record<string, { environments: Record<string, { applications: Record<string, { networks?: string[] }> }> }> };
    expect(manifest.projects['net-shop']!.environments['production']!.applications['web']!.networks).toEqual(['edge-public']);
    const planned = await runCli(['plan', '-f', 'imported.yaml', '--secrets-file', 'secrets.env', '--format', 'json'], { env: env(), cwd: dir });
    expect(planned.status, planned.stderr).toBe(0);
    const plan = JSON.parse(planned.stdout) as { resourceChanges: Array<{ address: string; action: string }> };
    expect(plan.resourceChanges.filter((c) => c.address.includes('#network/')).map((c) => `${c.action} ${c.address}`)).toEqual(['no-op net-shop/production/application/web#network/edge-public']);
  });

  it('a dropped network is detached; a declared destination is created before it is attached', async () => {
    writeFileSync(file, MANIFEST([]));
    const detached = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: env() });
    expect(detached.status, detached.stdout + detached.stderr).toBe(0);
    expect(extra()).toEqual([]);
    writeFileSync(file, MANIFEST(['edge-extra'], { declare: true }));
    const plan = await runCli(['plan', '-f', file, '--format', 'json'], { env: env() });
    const json = JSON.parse(plan.stdout) as { edges: Array<{ from: string; to: string; reason: string }> };
    expect(json.edges).toContainEqual(expect.objectContaining({ from: 'net-shop/production/application/web#network/edge-extra', to: 'dn/edge-extra', reason: 'destination' }));
    const applied = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(extra()).toEqual(['edge-extra']);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('a declared destination of the wrong server is ADO515 at plan time (placement, or an extra network on the own server)', async () => {
    const wrong = `version: 1
destinations:
  main-extra:
    server: main
    network: main-extra
  edge-extra:
    server: edge
    network: edge-extra
projects:
  net-wrong:
    environments:
      production:
        applications:
          web:
            server: main
            destination: edge-extra
            image: nginx:1.27
            networks: [main-extra]
`;
    const path = join(dir, 'wrong.yaml');
    writeFileSync(path, wrong);
    const plan = await runCli(['plan', '-f', path], { env: env() });
    expect(plan.status, plan.stdout + plan.stderr).toBe(1);
    const out = plan.stdout + plan.stderr;
    expect(out).toContain('ADO515');
    expect(out).toContain('its destination "edge-extra" is on server "edge"');
    expect(out).toContain('destination "main-extra" is on server "main", the application\'s own');
  });

  it('a second destination of a server it is already on is Coolify\'s refusal, with its message', async () => {
    writeFileSync(file, MANIFEST(['edge-extra', 'edge-internal'], { declare: true }));
    const refused = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: env() });
    expect(refused.status, refused.stdout + refused.stderr).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('A destination on this server is already attached.');
    expect(extra()).toEqual(['edge-extra']);
  });
});
