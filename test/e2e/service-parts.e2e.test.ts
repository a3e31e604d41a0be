/**
 * A service's own applications and databases (issue 16), end to end against the sandbox: the
 * settings of a new service's compose services are PATCHed once Coolify has made them, a change
 * is an update of that record and redeploys the service, drift in Coolify is planned back,
 * the plan is clean after each apply, an unknown compose name is ADO560 naming the ones Coolify
 * has, `urls` and `domains` for one container are ADO561, a dropped entry is left as it is,
 * import writes only what differs from Coolify's defaults and plans clean, and 4.3.11 leaves
 * `maxRestartCount` out (ADO505).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const COMPOSE = `services:
  web:
    image: nginx:1.27
    environment:
      - SERVICE_URL_WEB_80
  db:
    image: postgres:16-alpine
`;

const MANIFEST = (parts: string, opts: { urls?: boolean } = {}) => `version: 1
projects:
  svc-shop:
    environments:
      production:
        services:
          stack:
            server: main
            compose: |
${COMPOSE.split('\n').map((l) => (l ? `              ${l}` : l)).join('\n')}
${opts.urls ? '            urls:\n              - name: web\n                url: https://other.example.com\n' : ''}${parts}`;

const PARTS = (opts: { domain?: string; gzip?: boolean; port?: number; name?: string } = {}) => `            applications:
              ${opts.name ?? 'web'}:
                domains: [${opts.domain ?? 'https://shop.example.com'}]
                gzip: ${String(opts.gzip ?? false)}
            databases:
              db:
                public: true
                publicPort: ${opts.port ?? 15432}
`;

type Change = { address: string; action: string; reason: string };

describe('service applications and databases end to end', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'service-parts.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => sb.close());

  const env = () => cliEnv(sb);
  const plan = async (): Promise<{ status: number; changes: Change[]; diagnostics: Array<{ code: string; message: string; address?: string }> }> => {
    const r = await runCli(['plan', '-f', file, '--format', 'json'], { env: env() });
    const json = JSON.parse(r.stdout) as { resourceChanges: Change[]; diagnostics: Array<{ code: string; message: string; address?: string }> };
    return { status: r.status ?? -1, changes: json.resourceChanges, diagnostics: json.diagnostics };
  };
  const svc = () => sb.store.world.services.find((s) => s.name === 'stack')!;
  const api = async (path: string): Promise<Record<string, unknown>[]> =>
    (await (await fetch(`${sb.url}/api/v1${path}`, { headers: { authorization: `Bearer ${sb.token}` } })).json()) as Record<string, unknown>[];

  it('sets the settings of a new service’s compose services once Coolify made them, then plans clean', async () => {
    writeFileSync(file, MANIFEST(PARTS()));
    const first = await plan();
    expect(first.changes.filter((c) => c.address.includes('#')).map((c) => `${c.action} ${c.address}`)).toEqual([
      'create svc-shop/production/service/stack#app/web',
      'create svc-shop/production/service/stack#db/db',
    ]);
    expect(first.changes.find((c) => c.address.endsWith('#app/web'))?.reason).toContain('Coolify makes it from stack’s compose');
    const applied = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const apps = await api(`/services/${svc().uuid}/applications`);
    expect(apps.map((a) => [a.name, a.fqdn, a.is_gzip_enabled])).toEqual([['web', 'https://shop.example.com', false]]);
    const dbs = await api(`/services/${svc().uuid}/databases`);
    expect(dbs.map((d) => [d.name, d.is_public, d.public_port])).toEqual([['db', true, 15432]]);
    // never a POST for them: PATCHes of the records Coolify made, before the service's deploy
    const paths = sb.requestLog.map((r) => `${r.method} ${r.path}`);
    const patch = paths.findIndex((p) => /^PATCH \/api\/v1\/services\/[^/]+\/applications\/[^/]+$/.test(p));
    expect(patch).toBeGreaterThanOrEqual(0);
    expect(paths.some((p) => /^POST \/api\/v1\/services\/[^/]+\/(applications|databases)/.test(p))).toBe(false);
    const deploy = paths.findIndex((p, i) => i > patch && (p.startsWith('POST /api/v1/deploy') || /\/services\/[^/]+\/start$/.test(p)));
    expect(deploy).toBeGreaterThan(patch);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('a change is an update of that record and redeploys the service', async () => {
    writeFileSync(file, MANIFEST(PARTS({ domain: 'https://www.example.com', gzip: true, port: 15433 })));
    const p = await plan();
    expect(p.changes.find((c) => c.address.endsWith('#app/web'))?.action).toBe('update');
    expect(p.changes.find((c) => c.address.endsWith('#db/db'))?.action).toBe('update');
    const owner = p.changes.find((c) => c.address === 'svc-shop/production/service/stack');
    expect(owner?.action).toBe('redeploy');
    expect(owner?.reason).toContain('a change of its containers’ settings');
    const applied = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const apps = await api(`/services/${svc().uuid}/applications`);
    expect(apps.map((a) => [a.fqdn, a.is_gzip_enabled])).toEqual([['https://www.example.com', true]]);
    expect((await api(`/services/${svc().uuid}/databases`)).map((d) => d.public_port)).toEqual([15433]);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('drift in Coolify is planned back', async () => {
    const settings = (svc().fields.part_settings as Record<string, Record<string, unknown>>)['web']!;
    settings.is_gzip_enabled = false;
    const drifted = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(drifted.status, drifted.stdout + drifted.stderr).toBe(2);
    expect(drifted.stdout).toContain('gzip');
    const applied = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(settings.is_gzip_enabled).toBe(true);
  });

  it('imports the settings that differ from Coolify’s defaults and plans clean', async () => {
    const imported = await runCli(['import', '--project', 'svc-shop', '-o', 'imported.yaml', '--secrets-out', 'secrets.env'], { env: env(), cwd: dir });
    expect(imported.status, imported.stderr).toBe(0);
    const manifest = parse(readFileSync(join(dir, 'imported.yaml'), 'utf8')) as { projects: Record<string, { environments: Record<string, { services: Record<string, Record<string, unknown>> }> }> };
    const stack = manifest.projects['svc-shop']!.environments['production']!.services['stack']!;
    // gzip, stripPrefix, forceHttps are Coolify's defaults now (true): not written
    expect(stack['applications']).toEqual({ web: { domains: ['https://www.example.com'] } });
    expect(stack['databases']).toEqual({ db: { public: true, publicPort: 15433 } });
    const planned = await runCli(['plan', '-f', 'imported.yaml', '--secrets-file', 'secrets.env', '--detailed-exitcode'], { env: env(), cwd: dir });
    expect(planned.status, planned.stdout + planned.stderr).toBe(0);
  });

  it('an unknown compose name is ADO560 naming the ones Coolify has', async () => {
    writeFileSync(file, MANIFEST(PARTS({ name: 'api' })));
    const p = await plan();
    expect(p.status).toBe(1);
    const d = p.diagnostics.find((x) => x.code === 'ADO560');
    expect(d?.message).toBe('stack has no application (compose service) named api; it has web');
    expect(d?.address).toBe('svc-shop/production/service/stack#app/api');
    const human = await runCli(['plan', '-f', file], { env: env() });
    expect(human.stdout + human.stderr).toMatch(/service-parts\.yaml:\d+/);
  });

  it('`urls` and `domains` for one container are ADO561', async () => {
    writeFileSync(file, MANIFEST(PARTS(), { urls: true }));
    const r = await runCli(['validate', '-f', file], { env: env() });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('ADO561');
    expect(r.stdout + r.stderr).toMatch(/service-parts\.yaml:\d+/);
  });

  it('a dropped entry is left as it is: no change, nothing deleted', async () => {
    writeFileSync(file, MANIFEST(''));
    const p = await plan();
    expect(p.changes.filter((c) => c.address.includes('#'))).toEqual([]);
    const pruned = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait', '--prune'], { env: env() });
    expect(pruned.status, pruned.stdout + pruned.stderr).toBe(0);
    expect((await api(`/services/${svc().uuid}/applications`)).map((a) => a.fqdn)).toEqual(['https://www.example.com']);
  });
});

describe('a service application’s restart limit (Coolify 4.3.23 and later)', () => {
  const dir = tempDir();
  const file = join(dir, 'restarts.yaml');
  const manifest = MANIFEST(`            applications:\n              web:\n                maxRestartCount: 3\n`);

  it('is left out on 4.3.11 with ADO505', async () => {
    const sb = await sandbox();
    try {
      writeFileSync(file, manifest);
      const r = await runCli(['plan', '-f', file, '--format', 'json'], { env: cliEnv(sb) });
      const json = JSON.parse(r.stdout) as { diagnostics: Array<{ code: string; message: string }> };
      expect(json.diagnostics.find((d) => d.code === 'ADO505')?.message).toContain('4.3.23');
    } finally {
      await sb.close();
    }
  });

  it('is set on 4.3.23, then plans clean', async () => {
    const sb = await sandbox({ coolifyVersion: '4.3.23' });
    try {
      writeFileSync(file, manifest);
      const applied = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: cliEnv(sb) });
      expect(applied.status, applied.stdout + applied.stderr).toBe(0);
      const svc = sb.store.world.services.find((s) => s.name === 'stack')!;
      const apps = (await (await fetch(`${sb.url}/api/v1/services/${svc.uuid}/applications`, { headers: { authorization: `Bearer ${sb.token}` } })).json()) as Array<Record<string, unknown>>;
      expect(apps.map((a) => a.max_restart_count)).toEqual([3]);
      const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
      expect(again.status, again.stdout + again.stderr).toBe(0);
    } finally {
      await sb.close();
    }
  });
});
