/**
 * Destinations (issue 16), end to end against the sandbox: a declared destination is created
 * under its server before the application placed on it, re-plans clean, a new network is a
 * replace, the import writes the section (but not a server's default `coolify` network) and
 * plans clean, a dropped destination is kept without --prune and counts as protected, and
 * Coolify's refusal to delete one that resources use fails the step with its message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

/** The seeded edge destinations, declared as `import --instance` writes them. */
const EDGE = `  edge-public:
    server: edge
    network: edge-public
  edge-internal:
    server: edge
    network: edge-internal
`;

const MANIFEST = (opts: { spareNetwork?: string; spare?: boolean; internal?: boolean } = {}) => `version: 1
destinations:
${opts.internal === false ? '' : `  internal-net:
    server: main
    network: ado-internal
`}${opts.spare === false ? '' : `  spare:
    server: edge
    network: ${opts.spareNetwork ?? 'ado-spare'}
`}${EDGE}projects:
  dest-shop:
    environments:
      production:
        applications:
          web:
            server: main
            destination: internal-net
            image: nginx:1.27
            ports: [80]
`;

describe('destinations end to end', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'destinations.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => sb.close());

  const env = () => cliEnv(sb);
  const named = (name: string) => sb.store.world.destinations.filter((d) => d.name === name);

  it('creates the destination under its server before the application placed on it, then plans no change', async () => {
    writeFileSync(file, MANIFEST());
    const plan = await runCli(['plan', '-f', file, '--format', 'json'], { env: env() });
    expect(plan.status, plan.stderr).toBe(0);
    const json = JSON.parse(plan.stdout) as { resourceChanges: Array<{ address: string; action: string }>; edges: Array<{ from: string; to: string; reason: string }> };
    expect(json.resourceChanges.filter((c) => c.address.startsWith('dn/')).map((c) => `${c.action} ${c.address}`).sort()).toEqual(['create dn/internal-net', 'create dn/spare', 'no-op dn/edge-internal', 'no-op dn/edge-public']);
    expect(json.edges).toContainEqual(expect.objectContaining({ from: 'dest-shop/production/application/web', to: 'dn/internal-net', reason: 'destination' }));
    const applied = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const main = sb.store.world.servers.find((s) => s.name === 'main')!;
    expect(named('internal-net')).toEqual([expect.objectContaining({ network: 'ado-internal', server_id: main.id })]);
    const posts = sb.requestLog.filter((r) => r.method === 'POST').map((r) => r.path);
    const destinationPost = posts.indexOf(`/api/v1/servers/${main.uuid}/destinations`);
    expect(destinationPost).toBeGreaterThanOrEqual(0);
    expect(destinationPost).toBeLessThan(posts.indexOf('/api/v1/applications/dockerimage'));
    // the application is on the declared destination, though its server now has two
    expect(sb.store.world.applications.find((a) => a.name === 'web')!.destination_id).toBe(named('internal-net')[0]!.id);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('a new network is a replace (Coolify cannot change it in place), and converges', async () => {
    writeFileSync(file, MANIFEST({ spareNetwork: 'ado-spare-2' }));
    const plan = await runCli(['plan', '-f', file, '--format', 'json'], { env: env() });
    const json = JSON.parse(plan.stdout) as { resourceChanges: Array<{ address: string; action: string }> };
    expect(json.resourceChanges.find((c) => c.address === 'dn/spare')).toMatchObject({ action: 'replace' });
    const applied = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(named('spare').map((d) => d.network)).toEqual(['ado-spare-2']);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('imports the section (without the default coolify network) and plans clean', async () => {
    const imported = await runCli(['import', '--instance', '-o', 'instance.yaml', '--secrets-out', 'secrets.env'], { env: env(), cwd: dir });
    expect(imported.status, imported.stderr).toBe(0);
    const manifest = parse(readFileSync(join(dir, 'instance.yaml'), 'utf8')) as { destinations: Record<string, unknown> };
    expect(manifest.destinations).toEqual({
      'internal-net': { server: 'main', network: 'ado-internal' },
      spare: { server: 'edge', network: 'ado-spare-2' },
      'edge-public': { server: 'edge', network: 'edge-public' },
      'edge-internal': { server: 'edge', network: 'edge-internal' },
    });
    const planned = await runCli(['plan', '-f', 'instance.yaml', '--secrets-file', 'secrets.env', '--format', 'json'], { env: env(), cwd: dir });
    expect(planned.status, planned.stderr).toBe(0);
    const plan = JSON.parse(planned.stdout) as { resourceChanges: Array<{ address: string; action: string }> };
    expect(plan.resourceChanges.filter((c) => c.address.startsWith('dn/') && c.action !== 'no-op')).toEqual([]);
  });

  it('a dropped destination is kept without --prune, counts as protected, and goes with --prune --allow-destroy', async () => {
    writeFileSync(file, MANIFEST({ spare: false }));
    const kept = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: env() });
    expect(kept.status, kept.stdout + kept.stderr).toBe(0);
    expect(kept.stdout).toContain('No longer in the manifest, kept without --prune (1):');
    const refused = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait', '--prune'], { env: env() });
    expect(refused.status, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('ADO502');
    expect(named('spare')).toHaveLength(1);
    const allowed = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait', '--prune', '--allow-destroy'], { env: env() });
    expect(allowed.status, allowed.stdout + allowed.stderr).toBe(0);
    expect(named('spare')).toHaveLength(0);
    // the server's default network is never the section's
    expect(sb.store.world.destinations.some((d) => d.network === 'coolify')).toBe(true);
  });

  it('Coolify refuses to delete a destination an application uses: the step fails with its message', async () => {
    writeFileSync(file, MANIFEST({ spare: false, internal: false }));
    const failed = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait', '--prune', '--allow-destroy'], { env: env() });
    expect(failed.status, failed.stdout + failed.stderr).toBe(1);
    expect(failed.stdout + failed.stderr).toContain('Destination has attached resources, detach first.');
    expect(named('internal-net')).toHaveLength(1);
  });

  it('a destination on a server Coolify does not have is a plan error, before any apply', async () => {
    writeFileSync(file, 'version: 1\ndestinations:\n  lost:\n    server: nowhere\n    network: lost-net\nprojects: {}\n');
    const plan = await runCli(['plan', '-f', file], { env: env() });
    expect(plan.status, plan.stdout + plan.stderr).toBe(1);
    expect(plan.stdout + plan.stderr).toContain('dn/lost is placed on server "nowhere", which Coolify does not have');
  });

  it('a network Docker would refuse is a located schema error', async () => {
    writeFileSync(file, 'version: 1\ndestinations:\n  bad:\n    server: main\n    network: "-net"\nprojects: {}\n');
    const res = await runCli(['validate', '-f', file], { env: env() });
    expect(res.status).not.toBe(0);
    expect(res.stdout + res.stderr).toMatch(/destinations\.yaml:5:\d+/);
    expect(res.stdout + res.stderr).toContain('Docker network name');
  });
});
