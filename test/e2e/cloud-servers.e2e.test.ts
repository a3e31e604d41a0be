/**
 * Servers bought at a cloud provider (issue 16), end to end against the sandbox: the plan marks
 * the create as cost-bearing (`$ buys a server at Hetzner…`, and `cost` in `--format json`), one
 * apply creates the key, the token and then the server through `POST /servers/hetzner` with their
 * uuids and the cloud-init text, the marker and proxy follow by PATCH, a re-plan is clean, another
 * provider is refused without `--replace` (ADO550), and the server is protected by default: its
 * delete is refused without `--allow-destroy`. No token or script text in any output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';
import { violationLines } from './request-log.js';

const KEY = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
/** A Hetzner-shaped token (64 letters and digits) the sandbox's fake provider accepts; never printed. */
const HZ_TOKEN = 'canaryHetznerToken'.repeat(4).slice(0, 64);
const VU_TOKEN = 'CANARYVULTRTOKEN'.repeat(3).slice(0, 36);
const SCRIPT_SECRET = 'canary-script-9f3a';

const MANIFEST = (o: { provider?: string; server?: boolean } = {}) => `version: 1
privateKeys:
  deploy:
    privateKey: \${secrets.DEPLOY_KEY}
cloudTokens:
  hz:
    provider: hetzner
    token: \${secrets.HZ_TOKEN}
  vu:
    provider: vultr
    token: \${secrets.VU_TOKEN}
cloudInitScripts:
  boot:
    script: |
      #!/bin/bash
      echo ${SCRIPT_SECRET} > /etc/motd
${o.server === false ? 'servers: {}\n' : `servers:
  web-1:
    privateKey: deploy
    proxy: caddy
    provision:
${o.provider === 'vultr'
    ? '      provider: vultr\n      token: vu\n      region: fra\n      plan: vc2-1c-1gb\n      osId: 2284\n'
    : '      provider: hetzner\n      token: hz\n      location: fsn1\n      serverType: cx22\n      image: 67794396\n      cloudInitScript: boot\n'}`}projects: {}
`;

/** The `NAME=value` lines of an import's secrets file, as environment variables. */
function secretsOf(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!.replace(/^"(.*)"$/, '$1');
  }
  return out;
}

describe('cloud-provisioned servers end to end', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'cloud.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => sb.close());

  const env = () => cliEnv(sb, { DEPLOY_KEY: KEY, HZ_TOKEN, VU_TOKEN });
  const server = () => sb.store.world.servers.find((s) => s.name === 'web-1');
  const noSecretIn = (...texts: string[]) => {
    for (const t of texts) {
      expect(t).not.toContain(HZ_TOKEN);
      expect(t).not.toContain(VU_TOKEN);
      expect(t).not.toContain(SCRIPT_SECRET);
    }
  };

  it('the plan says the create buys a server, in every format', async () => {
    writeFileSync(file, MANIFEST());
    const plan = await runCli(['plan', '-f', file], { env: env() });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/\+ sv\/web-1 {2}\$ buys a server at Hetzner \(cx22 in fsn1\) billed to cloud token `hz`/);
    const json = await runCli(['plan', '-f', file, '--format', 'json'], { env: env() });
    const parsed = JSON.parse(json.stdout) as { resourceChanges: Array<{ address: string; action: string; cost?: string; protect: boolean }> };
    expect(parsed.resourceChanges.find((c) => c.address === 'sv/web-1')).toMatchObject({ action: 'create', protect: true, cost: expect.stringContaining('buys a server at Hetzner') });
    // nothing else costs anything
    expect(parsed.resourceChanges.filter((c) => c.cost !== undefined).map((c) => c.address)).toEqual(['sv/web-1']);
    const md = await runCli(['plan', '-f', file, '--format', 'markdown'], { env: env() });
    expect(md.stdout).toContain('$ buys a server at Hetzner');
    noSecretIn(plan.stdout, plan.stderr, json.stdout, md.stdout);
  });

  it('apply buys it through POST /servers/hetzner after the key and the token, then plans clean', async () => {
    writeFileSync(file, MANIFEST());
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    noSecretIn(applied.stdout, applied.stderr);
    const posts = sb.requestLog.filter((r) => r.method === 'POST').map((r) => r.path);
    expect(posts.indexOf('/api/v1/security/keys')).toBeLessThan(posts.indexOf('/api/v1/servers/hetzner'));
    expect(posts.indexOf('/api/v1/cloud-tokens')).toBeLessThan(posts.indexOf('/api/v1/servers/hetzner'));
    expect(posts).not.toContain('/api/v1/servers');
    const create = sb.requestLog.find((r) => r.method === 'POST' && r.path === '/api/v1/servers/hetzner');
    const token = (sb.store.world.cloudTokens ?? []).find((t) => t.name === 'hz');
    const key = sb.store.world.privateKeys.find((k) => k.name === 'deploy');
    expect(create?.body).toMatchObject({ name: 'web-1', location: 'fsn1', server_type: 'cx22', image: 67794396, cloud_provider_token_uuid: token?.uuid, private_key_uuid: key?.uuid });
    expect((create?.body as { cloud_init_script?: string }).cloud_init_script).toContain(SCRIPT_SECRET);
    const s = server();
    expect(s).toMatchObject({ cloud_provider_token_id: token?.id, private_key_id: key?.id, proxy_type: 'caddy', provider_machine: { key: 'hetzner_server_id' } });
    // the ownership marker (protected) came with the follow-up PATCH; the server was validated
    expect(s?.description).toContain('(protect)');
    expect(s?.settings).toMatchObject({ is_reachable: true, is_usable: true });
    // every request of the apply, the provider create included, is one each release accepts
    const sent = sb.requestLog.map((r) => ({ method: r.method, path: r.path.replace(/^\/api\/v1/, ''), body: r.body }));
    for (const release of ['4.3.11', '4.3.23', '4.4.2']) expect(violationLines(release, sent), release).toEqual([]);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).not.toContain('$ buys');
    // no drift either: Coolify keeps none of the block, and the provider reads back from the machine id
    const drift = await runCli(['drift', '-f', file], { env: env() });
    expect(drift.status, drift.stdout + drift.stderr).toBe(0);
  });

  it('import writes the bought server as a machine at its address, which plans clean (the block cannot be read back)', async () => {
    const out = join(dir, 'imported.yaml');
    const imported = await runCli(['import', '--instance', '-o', out, '--secrets-out', join(dir, 'imported.env')], { env: env(), cwd: dir });
    expect(imported.status, imported.stderr).toBe(0);
    const yaml = readFileSync(out, 'utf8');
    noSecretIn(yaml, imported.stdout, imported.stderr);
    expect(yaml).toMatch(new RegExp(`web-1:\\n(?:\\s+.*\\n)*?\\s+ip: ${server()!.ip.replace(/\./g, '\\.')}`));
    expect(yaml).not.toContain('provision:');
    // (the other imported entries' secrets are not what this test is about: only the server's line is read)
    const plan = await runCli(['plan', '-f', out, '--format', 'json'], { env: { ...env(), ...secretsOf(join(dir, 'imported.env')) } });
    const parsed = JSON.parse(plan.stdout) as { resourceChanges: Array<{ address: string; action: string }> };
    expect(parsed.resourceChanges.find((c) => c.address === 'sv/web-1')).toMatchObject({ action: 'no-op' });
  });

  it('another provider would buy a new machine: refused without --replace (ADO550)', async () => {
    writeFileSync(file, MANIFEST({ provider: 'vultr' }));
    const plan = await runCli(['plan', '-f', file], { env: env() });
    expect(plan.status).not.toBe(0);
    expect(plan.stdout + plan.stderr).toContain('ADO550');
    expect(plan.stdout + plan.stderr).toContain('--replace sv/web-1');
    const apply = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(apply.status).not.toBe(0);
    expect(sb.requestLog.some((r) => r.path === '/api/v1/servers/vultr')).toBe(false);
    expect(server()?.provider_machine?.key).toBe('hetzner_server_id');
  });

  it('dropped, it is protected: the delete is refused without --allow-destroy', async () => {
    writeFileSync(file, MANIFEST({ server: false }));
    const pruned = await runCli(['apply', '-f', file, '--prune', '--auto-approve'], { env: env() });
    expect(pruned.status).not.toBe(0);
    expect(pruned.stdout + pruned.stderr).toMatch(/protect/i);
    expect(sb.requestLog.some((r) => r.method === 'DELETE' && r.path === `/api/v1/servers/${server()?.uuid}`)).toBe(false);
    expect(server()).toBeDefined();
  });
});
