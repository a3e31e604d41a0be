/**
 * Private keys against the real Coolify 4.3.11 (issue 16): a manifest's `privateKeys:` entry,
 * its key generated here (ed25519, PKCS#8 PEM), is created through `POST /security/keys`; the
 * read-back carries Coolify's own fingerprint and public key (PrivateKey.php via phpseclib),
 * which match what ado-coolify computes, so a second plan is clean; a description change
 * PATCHes with the key (update_key requires it); a dropped key is deleted with --prune. The key
 * never prints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { keyFingerprint, publicKeyLine } from '../../src/kinds/ssh-key.js';
import { leakedSecrets, realApi, realCli, realCoolify, tempDir, uniqueName, writeManifest, type RealApi } from './harness.js';

const real = realCoolify();

describe.skipIf(real.skip !== undefined)(`real Coolify: private keys${real.skip !== undefined ? ` (${real.skip})` : ''}`, () => {
  let api: RealApi;
  let dir: string;
  const name = uniqueName('key');
  const key = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const secrets = { DEPLOY_KEY: key };
  const manifest = (description: string | undefined) => ({
    version: 1,
    privateKeys: description === undefined ? {} : { [name]: { description, privateKey: '${secrets.DEPLOY_KEY}' } },
    projects: {},
  });
  const live = async () => (await api.get<Array<Record<string, unknown>>>('/security/keys')).filter((k) => k.name === name);
  beforeAll(() => {
    api = realApi(real.url!, real.token!);
    dir = tempDir('ado-coolify-real-keys-');
  });
  afterAll(async () => {
    for (const k of await live()) await api.request('DELETE', `/security/keys/${String(k.uuid)}`);
  });

  it('creates the key; Coolify fingerprints it as ado-coolify does; the next plan is clean', async () => {
    writeManifest(dir, manifest('deploy key'));
    const applied = await realCli({ url: real.url!, token: real.token! }, ['apply', '--auto-approve', '--no-wait'], dir, secrets);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(leakedSecrets({ BODY: key.split('\n')[1]! }, applied.stdout, applied.stderr)).toEqual([]);
    const [record] = await live();
    expect(record).toBeDefined();
    expect(record!.fingerprint).toBe(keyFingerprint(key));
    expect(String(record!.public_key).trim()).toBe(publicKeyLine(key));
    const plan = await realCli({ url: real.url!, token: real.token! }, ['plan', '--detailed-exitcode'], dir, secrets);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });

  it('a description change is applied (the PATCH carries the key) and converges', async () => {
    writeManifest(dir, manifest('rotated soon'));
    const applied = await realCli({ url: real.url!, token: real.token! }, ['apply', '--auto-approve', '--no-wait'], dir, secrets);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(String((await live())[0]!.description)).toContain('rotated soon');
    const plan = await realCli({ url: real.url!, token: real.token! }, ['plan', '--detailed-exitcode'], dir, secrets);
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });

  it('a dropped key is deleted with --prune', async () => {
    writeManifest(dir, manifest(undefined));
    const applied = await realCli({ url: real.url!, token: real.token! }, ['apply', '--auto-approve', '--no-wait', '--prune'], dir, secrets);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(await live()).toEqual([]);
  });
});
