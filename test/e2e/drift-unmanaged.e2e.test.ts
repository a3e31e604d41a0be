import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

/** Audit m2: what drift used to be blind to (out-of-band env keys, hand-made apps, dropped projects). */
const MANIFEST = (withSecond: boolean) => `version: 1
defaults: { server: main }
projects:
  blind-demo:
    environments:
      production:
        applications:
          web:
            image: nginx:1.27
            ports: [80]
            env:
              NODE_ENV: production
${withSecond ? `  blind-second:
    environments:
      production:
        applications:
          other:
            image: nginx:1.27
            ports: [80]
` : ''}`;

const DEBUG_VALUE = 'debug-value-7f3a9c';

describe('drift lists what the manifest does not manage (audit m2)', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'ado.coolify.yaml');
  const api = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const res = await fetch(`${sb.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json', accept: 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(res.status, `${method} ${path}`).toBeLessThan(300);
    return res.json();
  };

  beforeAll(async () => {
    sb = await sandbox();
    writeFileSync(file, MANIFEST(true));
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const clean = await runCli(['drift', '-f', file, '--fail-on-unmanaged'], { env: cliEnv(sb) });
    expect(clean.status, clean.stdout).toBe(0);
    expect(clean.stdout).toContain('No drift. Coolify matches the manifest.');

    // Out of band: an env var on the managed app, a hand-made app in the managed project,
    // and the second managed project dropped from the manifest.
    const apps = (await api('GET', '/applications')) as Array<{ uuid: string; name: string }>;
    const web = apps.find((a) => a.name === 'web')!;
    await api('POST', `/applications/${web.uuid}/envs`, { key: 'DEBUG', value: DEBUG_VALUE });
    const projects = (await api('GET', '/projects')) as Array<{ uuid: string; name: string }>;
    const servers = (await api('GET', '/servers')) as Array<{ uuid: string }>;
    await api('POST', '/applications/dockerimage', {
      project_uuid: projects.find((p) => p.name === 'blind-demo')!.uuid,
      environment_name: 'production',
      server_uuid: servers[0]!.uuid,
      docker_registry_image_name: 'nginx',
      docker_registry_image_tag: '1.27',
      ports_exposes: '80',
      name: 'handmade',
    });
    writeFileSync(file, MANIFEST(false));
  });
  afterAll(async () => {
    await sb.close();
  });

  it('without --fail-on-unmanaged: lists each, exits 0, and the last line does not claim a match', async () => {
    const r = await runCli(['drift', '-f', file], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('blind-demo/production/application/handmade');
    expect(r.stdout).toMatch(/blind-second\b.*project/);
    expect(r.stdout).toMatch(/Unmanaged env keys[^\n]*\n\s+blind-demo\/production\/application\/web: DEBUG/);
    expect(r.stdout).not.toContain('Coolify matches the manifest');
    const last = r.stdout.trimEnd().split('\n').at(-1)!;
    expect(last).toBe('No drift in managed resources; 2 unmanaged resources and 1 unmanaged env key in scope (--fail-on-unmanaged to count them).');
    expect(r.stdout + r.stderr).not.toContain(DEBUG_VALUE);
  });

  it('with --fail-on-unmanaged: exits 2 and says they count', async () => {
    const r = await runCli(['drift', '-f', file, '--fail-on-unmanaged'], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(2);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Drift: 2 unmanaged resources and 1 unmanaged env key in scope (counted: --fail-on-unmanaged).');
    expect(r.stdout + r.stderr).not.toContain(DEBUG_VALUE);
    const md = await runCli(['drift', '-f', file, '--fail-on-unmanaged', '--format', 'markdown'], { env: cliEnv(sb) });
    expect(md.status).toBe(2);
    expect(md.stdout).toContain('DEBUG');
    expect(md.stdout).not.toContain(DEBUG_VALUE);
  });

  it('--format json carries the unmanaged lists and whether they counted', async () => {
    for (const [flags, status, counted] of [[[], 0, false], [['--fail-on-unmanaged'], 2, true]] as const) {
      const r = await runCli(['drift', '-f', file, '--format', 'json', ...flags], { env: cliEnv(sb) });
      expect(r.status, r.stdout + r.stderr).toBe(status);
      expect(r.stdout).not.toContain(DEBUG_VALUE);
      const json = JSON.parse(r.stdout) as { unmanaged: Array<{ address?: string; kind: string }>; unmanagedEnvKeys: Array<{ address: string; keys: string[] }>; unmanagedCounted: boolean };
      expect(json.unmanaged.map((u) => u.address).sort()).toEqual(['blind-demo/production/application/handmade', 'blind-second']);
      expect(json.unmanagedEnvKeys).toEqual([{ address: 'blind-demo/production/application/web', keys: ['DEBUG'] }]);
      expect(json.unmanagedCounted).toBe(counted);
    }
  });

  it('plan lists the managed project that left the manifest', async () => {
    const r = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/blind-second[^\n]*project[^\n]*no longer in the manifest/);
  });
});
