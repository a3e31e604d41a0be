/**
 * The build role per Coolify release (issue 16), end to end against the sandbox emulating
 * 4.3.11 and 4.4.2: `buildServer: true` is sent as `is_build_server` to 4.3.x and as 4.4's
 * `server_role: build` (contracts coolify-v4.4.2.json create_server), converges (drift clean),
 * and a role changed outside the manifest shows as drift; `role: deployment` is 4.4 only
 * (ADO505 on 4.3.x).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const KEY = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const MANIFEST = (role: string) => `version: 1
privateKeys:
  deploy:
    privateKey: \${secrets.DEPLOY_KEY}
servers:
  build-1:
    ip: 203.0.113.10
    privateKey: deploy
    ${role}
projects: {}
`;

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

/** The bodies of the server writes the sandbox received. */
const serverWrites = (s: Sandbox): Record<string, unknown>[] =>
  s.requestLog.filter((e) => (e.method === 'POST' || e.method === 'PATCH') && /\/servers(\/[^/]+)?$/.test(e.path)).map((e) => (e.body ?? {}) as Record<string, unknown>);

describe('the build role per release', () => {
  it.each([
    ['4.3.11', 'is_build_server', true],
    ['4.4.2', 'server_role', 'build'],
  ] as const)('%s: buildServer: true is sent as %s, plans clean after, drifts when changed outside', async (version, wire, value) => {
    sb = await sandbox({ coolifyVersion: version });
    const file = join(tempDir(), 'role.yaml');
    writeFileSync(file, MANIFEST('buildServer: true'));
    const env = cliEnv(sb, { DEPLOY_KEY: KEY });
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const writes = serverWrites(sb);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes[0]![wire]).toBe(value);
    const other = wire === 'server_role' ? 'is_build_server' : 'server_role';
    for (const w of writes) expect(w).not.toHaveProperty(other);
    expect(applied.stdout + applied.stderr).not.toContain('ADO505');
    const s = sb.store.world.servers.find((x) => x.name === 'build-1')!;
    expect(s.is_build_server).toBe(true);
    const drift = await runCli(['drift', '-f', file], { env });
    expect(drift.status, drift.stdout + drift.stderr).toBe(0);
    // changed in the UI: no longer a build server
    s.is_build_server = false;
    s.server_role = 'both';
    sb.store.save();
    const drifted = await runCli(['drift', '-f', file, '--format', 'json'], { env });
    expect(drifted.status, drifted.stdout).toBe(2);
    expect(drifted.stdout).toContain('sv/build-1');
  }, 120_000);

  it('role: deployment is applied on 4.4.2 and left out with ADO505 on 4.3.11', async () => {
    for (const version of ['4.4.2', '4.3.11']) {
      sb = await sandbox({ coolifyVersion: version });
      const file = join(tempDir(), 'role.yaml');
      writeFileSync(file, MANIFEST('role: deployment'));
      const env = cliEnv(sb, { DEPLOY_KEY: KEY });
      const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env });
      expect(applied.status, applied.stdout + applied.stderr).toBe(0);
      const s = sb.store.world.servers.find((x) => x.name === 'build-1')!;
      if (version === '4.4.2') {
        expect(s.server_role).toBe('deployment');
        expect(applied.stdout + applied.stderr).not.toContain('ADO505');
      } else {
        expect(s.is_build_server).toBe(false);
        expect(applied.stdout + applied.stderr).toContain('ADO505');
        for (const w of serverWrites(sb)) expect(w).not.toHaveProperty('server_role');
      }
      const drift = await runCli(['drift', '-f', file], { env });
      expect(drift.status, `${version}: ${drift.stdout}${drift.stderr}`).toBe(0);
      await sb.close();
      sb = undefined;
    }
  }, 120_000);
});
