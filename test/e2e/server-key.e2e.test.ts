/**
 * A server's private key compares by identity: the live server names its key only by
 * `private_key_id` (ServersController.php:149-183 server_by_uuid), which the reader turns into
 * that key's record (GET /security/keys), so a key swapped in the UI shows as drift of
 * `privateKey` and an unchanged one plans clean.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const key = (): string => generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const SECRETS = { DEPLOY_KEY: key(), OTHER_KEY: key() };
const MANIFEST = (serverKey: string) => `version: 1
privateKeys:
  deploy:
    privateKey: \${secrets.DEPLOY_KEY}
  other:
    privateKey: \${secrets.OTHER_KEY}
servers:
  gw:
    ip: 203.0.113.30
    privateKey: ${serverKey}
projects: {}
`;

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

describe('a server\'s private key, compared by identity', () => {
  it('plans clean while the key is the named one; a key changed in the UI is drift, and apply puts the named key back', async () => {
    sb = await sandbox();
    const file = join(tempDir(), 'key.yaml');
    writeFileSync(file, MANIFEST('deploy'));
    const env = cliEnv(sb, SECRETS);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const clean = await runCli(['drift', '-f', file], { env });
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);

    const world = sb.store.world;
    const deploy = world.privateKeys.find((k) => k.name === 'deploy')!;
    const other = world.privateKeys.find((k) => k.name === 'other')!;
    const server = world.servers.find((s) => s.name === 'gw')!;
    expect(server.private_key_id).toBe(deploy.id);
    // changed in the UI: the server now uses the other key
    server.private_key_id = other.id;
    sb.store.save();
    const drifted = await runCli(['plan', '-f', file, '--format', 'json', '--detailed-exitcode'], { env });
    expect(drifted.status, drifted.stdout + drifted.stderr).toBe(2);
    const plan = JSON.parse(drifted.stdout) as PlanJson;
    const rc = plan.resourceChanges.find((c) => c.address === 'sv/gw');
    expect(rc?.changes.map((c) => c.label)).toEqual(['privateKey']);
    const fixed = await runCli(['apply', '-f', file, '--auto-approve'], { env });
    expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);
    expect(world.servers.find((s) => s.name === 'gw')!.private_key_id).toBe(deploy.id);
    expect((await runCli(['drift', '-f', file], { env })).status).toBe(0);

    // the manifest names the other key: a change, though neither key changed
    writeFileSync(file, MANIFEST('other'));
    const renamed = await runCli(['plan', '-f', file, '--format', 'json', '--detailed-exitcode'], { env });
    expect(renamed.status).toBe(2);
    expect((JSON.parse(renamed.stdout) as PlanJson).resourceChanges.find((c) => c.address === 'sv/gw')?.changes.map((c) => c.label)).toEqual(['privateKey']);
  }, 120_000);
});
