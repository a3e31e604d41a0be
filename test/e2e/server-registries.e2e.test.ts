/**
 * A server's Docker registry logins (issue 16, Coolify 4.4 only), end to end against the
 * sandbox: at 4.4.2 a server's `registries:` are logged in with `POST /servers/{uuid}/registries`
 * and checked (`POST …/{registry}/check`), a username change logs in again, a rotated password
 * is not seen (Coolify never shows it), a dropped login is logged out with `--prune`, and the
 * plan is clean after each apply; `import --instance` writes them back (the password a
 * placeholder), or warns when its token may not list them. The password never reaches any output. At 4.3.11 (no such
 * routes: 404) the plan leaves the logins out with ADO530 at their line and applies the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const KEY = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const FIRST = 'ghp_registryCanary1a2b3c';
const SECOND = 'ghp_registryCanary9z8y7x';

const MANIFEST = (logins: string) => `version: 1
privateKeys:
  deploy:
    privateKey: \${secrets.DEPLOY_KEY}
servers:
  build-1:
    ip: 203.0.113.20
    privateKey: deploy
${logins === '' ? '' : `    registries:\n${logins}`}projects: {}
`;
const GHCR = (user = 'octocat') => `      ghcr.io:\n        username: ${user}\n        password: \${secrets.GHCR_TOKEN}\n`;
const PRIVATE = `      registry.example.com:5000:\n        username: ci\n        password: \${secrets.PRIVATE_TOKEN}\n`;

describe('server registry logins at Coolify 4.4.2', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'registries.yaml');
  beforeAll(async () => {
    sb = await sandbox({ coolifyVersion: '4.4.2', tokens: [{ token: 'read-only', abilities: ['read'] }] });
  });
  afterAll(async () => sb.close());
  const env = (token = FIRST) => cliEnv(sb, { DEPLOY_KEY: KEY, GHCR_TOKEN: token, PRIVATE_TOKEN: `${token}-private` });
  const logins = () => (sb.store.world.registryLogins ?? []).map((l) => `${l.registry} ${l.username}`).sort();
  const noCanary = (...texts: string[]) => {
    for (const t of texts) {
      expect(t).not.toContain(FIRST);
      expect(t).not.toContain(SECOND);
    }
  };
  const clean = async (token = FIRST) => {
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env(token) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  };

  it('logs the server in to each registry after creating it, checks each login, then plans no change', async () => {
    writeFileSync(file, MANIFEST(GHCR() + PRIVATE));
    const plan = await runCli(['plan', '-f', file], { env: env() });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('sv/build-1#registry/ghcr.io');
    expect(plan.stdout).toContain('sv/build-1#registry/registry.example.com:5000');
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toContain('login to ghcr.io checked');
    noCanary(plan.stdout, plan.stderr, applied.stdout, applied.stderr);
    expect(logins()).toEqual(['ghcr.io octocat', 'registry.example.com:5000 ci']);
    // the server is created (and validated) before its logins; the login body holds the three fields
    const posts = sb.requestLog.filter((r) => r.method === 'POST' && /\/servers\/[^/]+\/registries$/.test(r.path));
    expect(posts).toHaveLength(2);
    expect(Object.keys(posts[0]!.body as object).sort()).toEqual(['password', 'registry', 'username']);
    const server = sb.store.world.servers.find((s) => s.name === 'build-1')!;
    expect(posts[0]!.path).toBe(`/api/v1/servers/${server.uuid}/registries`);
    const checks = sb.requestLog.filter((r) => r.method === 'POST' && r.path.endsWith('/check'));
    expect(checks.map((c) => decodeURIComponent(c.path.split('/')[6]!)).sort()).toEqual(['ghcr.io', 'registry.example.com:5000']);
    await clean();
  });

  it('import --instance writes the logins (the password a placeholder the secrets file cannot fill); a token without read:sensitive gets a warning', async () => {
    const imported = await runCli(['import', '--instance', '-o', 'instance.yaml', '--secrets-out', 'secrets.env'], { env: cliEnv(sb), cwd: dir });
    expect(imported.status, imported.stderr).toBe(0);
    const text = readFileSync(join(dir, 'instance.yaml'), 'utf8');
    expect(text).toMatch(/registries:\n\s+ghcr\.io:\n\s+username: octocat\n\s+password: \$\{secrets\.SV_BUILD_1_REGISTRY_GHCR_IO\}/);
    expect(text).toContain('registry.example.com:5000:');
    const secrets = readFileSync(join(dir, 'secrets.env'), 'utf8');
    expect(secrets).toMatch(/^# SV_BUILD_1_REGISTRY_GHCR_IO= \(not readable/m);
    noCanary(text, secrets, imported.stdout, imported.stderr);
    // with the passwords set, the imported manifest plans no change to the logins
    const planned = await runCli(['plan', '-f', 'instance.yaml', '--secrets-file', 'secrets.env', '--format', 'json'], {
      env: { ...cliEnv(sb), SV_BUILD_1_REGISTRY_GHCR_IO: FIRST, SV_BUILD_1_REGISTRY_REGISTRY_EXAMPLE_COM_5000: `${FIRST}-private` }, cwd: dir,
    });
    expect(planned.status, planned.stdout + planned.stderr).toBe(0);
    const changes = (JSON.parse(planned.stdout) as PlanJson).resourceChanges.filter((c) => c.address.includes('#registry/') && c.action !== 'no-op');
    expect(changes).toEqual([]);
    // a token that may not read them: the servers come without logins, and the import says so
    const readOnly = await runCli(['import', '--instance', '-o', 'read.yaml'], { env: cliEnv({ url: sb.url, token: 'read-only' }), cwd: dir });
    expect(readOnly.status, readOnly.stderr).toBe(0);
    const read = parse(readFileSync(join(dir, 'read.yaml'), 'utf8')) as { servers: Record<string, Record<string, unknown>> };
    expect(read.servers['build-1']).toBeDefined();
    expect(read.servers['build-1']).not.toHaveProperty('registries');
    expect(readOnly.stderr).toMatch(/cannot list the registry logins of the servers/);
  });

  it('logs in again when the username changes; a rotated password alone is not seen', async () => {
    writeFileSync(file, MANIFEST(GHCR('hubot') + PRIVATE));
    const json = await runCli(['plan', '-f', file, '--format', 'json'], { env: env() });
    const plan = JSON.parse(json.stdout) as PlanJson;
    const change = plan.resourceChanges.find((c) => c.address === 'sv/build-1#registry/ghcr.io');
    expect(change?.action).toBe('update');
    expect(change?.changes?.map((c) => c.path)).toEqual(['username']);
    const before = sb.requestLog.length;
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(logins()).toEqual(['ghcr.io hubot', 'registry.example.com:5000 ci']);
    const relogin = sb.requestLog.slice(before).filter((r) => r.method === 'POST' && r.path.endsWith('/registries'));
    expect(relogin.map((r) => (r.body as Record<string, unknown>).registry)).toEqual(['ghcr.io']);
    expect(Object.keys(relogin[0]!.body as object).sort()).toEqual(['password', 'registry', 'username']);
    await clean();
    // another token in the secrets: Coolify shows nothing to compare it with
    await clean(SECOND);
    // --replace logs in again with it (logout, login)
    const replaced = await runCli(['apply', '-f', file, '--auto-approve', '--replace', 'sv/build-1#registry/ghcr.io'], { env: env(SECOND) });
    expect(replaced.status, replaced.stdout + replaced.stderr).toBe(0);
    expect(sb.store.world.registryLogins?.find((l) => l.registry === 'ghcr.io')?.password).toBe(SECOND);
    noCanary(json.stdout, json.stderr, applied.stdout, applied.stderr, replaced.stdout, replaced.stderr);
  });

  it('keeps every secret out of every output: plan formats, saved plan, show, apply', async () => {
    writeFileSync(file, MANIFEST(GHCR('octocat') + PRIVATE));
    const planFile = join(dir, 'saved.plan.json');
    const outs = [
      await runCli(['plan', '-f', file], { env: env(SECOND) }),
      await runCli(['plan', '-f', file, '--format', 'json'], { env: env(SECOND) }),
      await runCli(['plan', '-f', file, '--format', 'markdown'], { env: env(SECOND) }),
      await runCli(['plan', '-f', file, '--out', planFile], { env: env(SECOND) }),
      await runCli(['show', planFile], { env: env(SECOND) }),
    ];
    for (const o of outs) expect(o.status, o.stdout + o.stderr).toBe(0);
    noCanary(...outs.flatMap((o) => [o.stdout, o.stderr]), readFileSync(planFile, 'utf8'));
    const applied = await runCli(['apply', planFile, '--auto-approve'], { env: env(SECOND) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noCanary(applied.stdout, applied.stderr);
    expect(logins()).toEqual(['ghcr.io octocat', 'registry.example.com:5000 ci']);
  });

  it('logs out of a registry dropped from a declared server (an edit of the server, as for storages), --prune or not, then plans no change', async () => {
    writeFileSync(file, MANIFEST(GHCR()));
    const json = await runCli(['plan', '-f', file, '--format', 'json'], { env: env(SECOND) });
    const plan = JSON.parse(json.stdout) as PlanJson;
    expect(plan.resourceChanges.filter((c) => c.action !== 'no-op').map((c) => `${c.action} ${c.address}`)).toEqual(['delete sv/build-1#registry/registry.example.com:5000']);
    const pruned = await runCli(['apply', '-f', file, '--auto-approve', '--prune'], { env: env(SECOND) });
    expect(pruned.status, pruned.stdout + pruned.stderr).toBe(0);
    expect(logins()).toEqual(['ghcr.io octocat']);
    const logout = sb.requestLog.filter((r) => r.method === 'DELETE' && r.path.includes('/registries/'));
    expect(logout.map((r) => decodeURIComponent(r.path.split('/').pop()!))).toContain('registry.example.com:5000');
    await clean(SECOND);
  });

  it('fails the step with Coolify\'s message when the registry refuses the login', async () => {
    writeFileSync(file, MANIFEST(GHCR('octocat').replace('ghcr.io', 'quay.io')));
    const refused = await runCli(['apply', '-f', file, '--auto-approve'], { env: { ...env(SECOND), GHCR_TOKEN: 'invalid-token' } });
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('Login failed');
    expect(refused.stdout + refused.stderr).not.toContain('invalid-token');
  });
});

describe('server registry logins at Coolify 4.3.11', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'registries.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => sb.close());

  it('leaves the logins out with ADO530 at their line, creates the server, and plans no change', async () => {
    writeFileSync(file, MANIFEST(GHCR()));
    const env = cliEnv(sb, { DEPLOY_KEY: KEY, GHCR_TOKEN: FIRST });
    const json = await runCli(['plan', '-f', file, '--format', 'json'], { env });
    expect(json.status, json.stdout + json.stderr).toBe(0);
    const plan = JSON.parse(json.stdout) as PlanJson;
    const warning = plan.diagnostics.find((d) => d.code === 'ADO530');
    expect(warning?.message).toContain('needs Coolify 4.4.2 or newer');
    expect(warning?.address).toBe('sv/build-1#registry/ghcr.io');
    expect(warning?.source?.line).toBe(10);
    expect(plan.resourceChanges.map((c) => c.address)).toEqual(['pk/deploy', 'sv/build-1']);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout + applied.stderr).toContain('ADO530');
    expect(sb.requestLog.filter((r) => r.method !== 'GET' && r.path.includes('/registries'))).toEqual([]);
    expect(sb.store.world.servers.some((s) => s.name === 'build-1')).toBe(true);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(json.stdout + applied.stdout + applied.stderr).not.toContain(FIRST);
  });
});
