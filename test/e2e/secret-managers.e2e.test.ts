/**
 * Secret managers (issue 16, Coolify 4.4 only), end to end against the sandbox: at 4.4.2 an
 * application's `secretManager:` is sent after its create as two requests
 * (`POST /security/integration-tokens`, then `PATCH /applications/{uuid}/secret-manager`), is
 * re-sent with the next update of the application, never shows as drift (nothing reads it
 * back), leaves the imported manifest out, and goes with the application's delete (--prune);
 * at 4.3.11 (neither route: 404) the plan leaves it out with an ADO540 warning and the
 * application still applies. The token is a canary: no output carries it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

// The sandbox's fake Vault accepts `hvs.` and 20+ letters and digits (SANDBOX_SECRET_MANAGER_SHAPES).
const CANARY = 'hvs.secretcanary7f3a9cAbCdEfGhIjKl';
const MANIFEST = (opts: { path?: string; description?: string; app?: boolean; secretManager?: boolean }): string => `version: 1
defaults:
  server: main
secretManagers:
  vault-main:
    provider: vault
    token: \${secrets.VAULT_TOKEN}
    baseUrl: https://vault.example.com
    namespace: admin
projects:
  shop:
    environments:
      production:
        applications:
${opts.app === false ? '          {}\n' : `          web:
            image: nginx:1.27
            ports: [80]
            description: ${opts.description ?? 'the shop'}
            env: { API_KEY: "{{vault.API_KEY}}" }
${opts.secretManager === false ? '' : `            secretManager:
              use: vault-main
              mount: secret
              path: ${opts.path ?? 'apps/web'}
`}`}`;

describe('secret managers at Coolify 4.4.2', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'secret-managers.yaml');
  beforeAll(async () => {
    sb = await sandbox({ coolifyVersion: '4.4.2' });
  });
  afterAll(async () => sb.close());
  const env = () => cliEnv(sb, { VAULT_TOKEN: CANARY });
  const noCanary = (...texts: string[]) => {
    for (const t of texts) expect(t).not.toContain(CANARY);
  };
  const tokenPosts = () => sb.requestLog.filter((r) => r.method === 'POST' && r.path === '/api/v1/security/integration-tokens');
  const linkPatches = () => sb.requestLog.filter((r) => r.method === 'PATCH' && /^\/api\/v1\/applications\/[^/]+\/secret-manager$/.test(r.path));
  const app = () => sb.store.world.applications.find((a) => a.name === 'web');
  const linkOf = (id: number) => (sb.store.world.secretManagerLinks ?? []).find((l) => l.application_id === id);

  it('creates the application, posts the token and links it, then plans no change', async () => {
    writeFileSync(file, MANIFEST({}));
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(tokenPosts()).toHaveLength(1);
    expect(tokenPosts()[0]!.body).toEqual({ provider: 'vault', name: 'vault-main', token: CANARY, metadata: { base_url: 'https://vault.example.com', namespace: 'admin' } });
    expect(linkPatches()).toHaveLength(1);
    const token = sb.store.world.integrationTokens![0]!;
    expect(linkPatches()[0]!.body).toEqual({ integration_token_uuid: token.uuid, settings: { mount: 'secret', path: 'apps/web' } });
    expect(linkOf(app()!.id)).toEqual({ application_id: app()!.id, integration_token_id: token.id, settings: { mount: 'secret', path: 'apps/web' } });
    // the link is sent before the first deployment reads it
    const link = sb.requestLog.indexOf(linkPatches()[0]!);
    const deploy = sb.requestLog.findIndex((r) => r.path.startsWith('/api/v1/deploy'));
    expect(deploy === -1 || link < deploy).toBe(true);
    expect(applied.stdout).toContain('secret manager vault-main (vault) linked');
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    noCanary(applied.stdout, applied.stderr, again.stdout, again.stderr);
  });

  it('no output carries the token: plan in every format, the saved plan, apply', async () => {
    writeFileSync(file, MANIFEST({ description: 'the new shop', path: 'apps/shop' }));
    for (const format of ['human', 'json', 'markdown']) {
      const p = await runCli(['plan', '-f', file, '--format', format], { env: env() });
      expect(p.status, p.stderr).toBe(0);
      noCanary(p.stdout, p.stderr);
    }
    const saved = join(dir, 'saved.plan.json');
    const out = await runCli(['plan', '-f', file, '--out', saved], { env: env() });
    expect(out.status, out.stderr).toBe(0);
    noCanary(readFileSync(saved, 'utf8'), out.stdout, out.stderr);
    const applied = await runCli(['apply', saved, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noCanary(applied.stdout, applied.stderr);
  });

  it('an update of the application re-sends it with the new settings (shown, not counted)', async () => {
    // the saved plan above was applied: description and path changed together
    expect(app()!.description).toContain('the new shop');
    expect(tokenPosts()).toHaveLength(2);
    expect(linkPatches()).toHaveLength(2);
    expect(linkOf(app()!.id)!.settings).toEqual({ mount: 'secret', path: 'apps/shop' });
    writeFileSync(file, MANIFEST({ description: 'the shop, again', path: 'apps/shop2' }));
    const plan = await runCli(['plan', '-f', file, '--format', 'json'], { env: env() });
    const json = JSON.parse(plan.stdout) as PlanJson;
    const rc = json.resourceChanges.find((c) => c.address === 'shop/production/application/web');
    expect(rc?.action).toBe('update');
    const labels = rc!.changes.map((c) => c.label);
    expect(labels).toContain('description');
    expect(labels).toContain('secretManager.path');
    const token = rc!.changes.find((c) => c.label === 'secretManager.token');
    expect(token?.writeOnly).toBe(true);
    expect(JSON.stringify(token)).not.toContain(CANARY);
  });

  it('a change of the secret manager alone is not seen (nothing reads it back): the plan stays clean', async () => {
    writeFileSync(file, MANIFEST({ description: 'the new shop', path: 'apps/elsewhere' }));
    const plan = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });

  it('import writes no secret manager (Coolify shows none), and the imported manifest plans clean', async () => {
    const out = join(dir, 'imported.yaml');
    const secrets = join(dir, 'imported.env');
    const imported = await runCli(['import', '--project', 'shop', '-o', out, '--secrets-out', secrets], { env: env() });
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('secretManager');
    noCanary(text, readFileSync(secrets, 'utf8'), imported.stdout, imported.stderr);
    const plan = await runCli(['plan', '-f', out, '--secrets-file', secrets, '--detailed-exitcode'], { env: env() });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });

  it('dropping `secretManager:` sends nothing (there is no route to unset it); --prune deletes the application with its link', async () => {
    writeFileSync(file, MANIFEST({ description: 'the new shop', secretManager: false }));
    const kept = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(kept.status, kept.stdout + kept.stderr).toBe(0);
    expect(linkPatches()).toHaveLength(2);
    writeFileSync(file, MANIFEST({ app: false }));
    const pruned = await runCli(['apply', '-f', file, '--auto-approve', '--prune'], { env: env() });
    expect(pruned.status, pruned.stdout + pruned.stderr).toBe(0);
    expect(app()).toBeUndefined();
    const again = await runCli(['plan', '-f', file, '--prune', '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    noCanary(kept.stdout, pruned.stdout, pruned.stderr);
  });

  it('validate refuses a literal token, an undeclared name and settings of another provider, located', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, MANIFEST({}).replace('${secrets.VAULT_TOKEN}', 'hvs.literal').replace('use: vault-main', 'use: vault-mian').replace('mount: secret', 'projectId: p1'));
    const v = await runCli(['validate', '-f', bad, '--format', 'json'], { env: env() });
    expect(v.status).toBe(1);
    const codes = (JSON.parse(v.stdout) as { diagnostics: Array<{ code: string; source?: { line: number } }> }).diagnostics.map((d) => [d.code, d.source?.line]);
    expect(codes.map(([c]) => c)).toEqual(expect.arrayContaining(['ADO106', 'ADO541']));
    for (const [, line] of codes) expect(line).toBeGreaterThan(0);
    expect(v.stdout).toContain('did you mean `vault-main`?');
    writeFileSync(bad, MANIFEST({}).replace('mount: secret', 'projectId: p1'));
    const w = await runCli(['validate', '-f', bad, '--format', 'json'], { env: env() });
    expect(w.status).toBe(1);
    const messages = (JSON.parse(w.stdout) as { diagnostics: Array<{ code: string; message: string }> }).diagnostics.filter((d) => d.code === 'ADO542').map((d) => d.message);
    expect(messages.sort()).toEqual([
      'an application using the vault secret manager `vault-main` needs secretManager.mount',
      'the vault secret manager `vault-main` takes no secretManager.projectId',
    ]);
  });
});

describe('secret managers at Coolify 4.3.11 (neither route)', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'secret-managers.yaml');
  beforeAll(async () => {
    sb = await sandbox({ coolifyVersion: '4.3.11' });
  });
  afterAll(async () => sb.close());

  it('the sandbox answers 404 for both routes, as the real 4.3.11 does', async () => {
    for (const [method, path] of [['POST', '/security/integration-tokens'], ['PATCH', '/applications/x/secret-manager']] as const) {
      const res = await fetch(`${sb.url}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ provider: 'vault' }),
      });
      expect(res.status).toBe(404);
    }
  });

  it('plan warns ADO540 naming 4.4.2 at the application, and the application applies without it', async () => {
    writeFileSync(file, MANIFEST({}));
    const env = cliEnv(sb, { VAULT_TOKEN: CANARY });
    const plan = await runCli(['plan', '-f', file, '--format', 'json'], { env });
    expect(plan.status, plan.stderr).toBe(0);
    const json = JSON.parse(plan.stdout) as PlanJson;
    const warning = json.diagnostics.find((d) => d.code === 'ADO540');
    expect(warning?.severity).toBe('warning');
    expect(warning?.address).toBe('shop/production/application/web');
    expect(warning?.message).toContain('4.4.2');
    expect(warning?.message).toContain('4.3.11');
    expect(warning?.source?.line).toBeGreaterThan(0);
    const rc = json.resourceChanges.find((c) => c.address === 'shop/production/application/web');
    expect(rc?.action).toBe('create');
    expect(JSON.stringify(rc)).not.toContain('secretManager');
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout + applied.stderr).toContain('ADO540');
    expect(sb.store.world.applications).toHaveLength(1);
    expect(sb.requestLog.filter((r) => r.path.includes('integration-tokens') || r.path.endsWith('/secret-manager'))).toHaveLength(2); // the probes above only
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    for (const t of [plan.stdout, applied.stdout, applied.stderr]) expect(t).not.toContain(CANARY);
  });
});
