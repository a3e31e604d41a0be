/**
 * Conformance of the sandbox's `/security/keys` routes with Coolify 4.3.11's
 * app/Http/Controllers/Api/SecurityController.php and app/Models/PrivateKey.php (the lines are
 * cited per case), and with the release differences of the contracts (create_key has an
 * allow-list from 4.4.2 only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { keyFingerprint, publicKeyLine } from '../../src/kinds/ssh-key.js';
import { INSTANT, api } from './helpers.js';

const ed25519 = (): string => generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const rsa = (): string => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'pem', type: 'pkcs1' }).toString();

describe('sandbox private keys (SecurityController.php)', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ timings: INSTANT });
  });
  afterAll(async () => sb.close());

  it('create answers 201 {uuid} (:299-301); the record has the fingerprint and public key, the key only with read:sensitive (:13-25)', async () => {
    const key = rsa();
    const made = await api(sb, 'POST', '/security/keys', { name: 'deploy', description: 'd', private_key: key });
    expect(made.status).toBe(201);
    expect(Object.keys(made.json)).toEqual(['uuid']);
    const got = (await api(sb, 'GET', `/security/keys/${made.json.uuid}`)).json;
    // generateFingerprint: sha256 fingerprint (PrivateKey.php:376-385); public key without comment (:171-180).
    expect(got).toMatchObject({ name: 'deploy', description: 'd', fingerprint: keyFingerprint(key), public_key: `${publicKeyLine(key)} `, is_git_related: false });
    // formatPrivateKey: trimmed, one trailing newline (bootstrap/helpers/shared.php:690-698).
    expect(got.private_key).toBe(`${key.trim()}\n`);
  });

  it('defaults: a random name and "Created by Coolify via API" (:218-223); base64 key text is decoded (:226-237)', async () => {
    const key = ed25519();
    const made = await api(sb, 'POST', '/security/keys', { private_key: Buffer.from(key).toString('base64') });
    expect(made.status).toBe(201);
    const got = (await api(sb, 'GET', `/security/keys/${made.json.uuid}`)).json;
    expect(got.description).toBe('Created by Coolify via API');
    expect(typeof got.name).toBe('string');
    expect(got.fingerprint).toBe(keyFingerprint(key));
  });

  it('refuses a missing key (:189-201), an unreadable one (:238-243) and the same key twice (:244-250)', async () => {
    const missing = await api(sb, 'POST', '/security/keys', { name: 'x' });
    expect(missing.status).toBe(422);
    expect(missing.json.errors.private_key).toEqual(['The private key field is required.']);
    const bad = await api(sb, 'POST', '/security/keys', { private_key: '-----BEGIN OPENSSH PRIVATE KEY-----\nnope\n-----END OPENSSH PRIVATE KEY-----' });
    expect(bad.status).toBe(422);
    expect(bad.json).toEqual({ message: 'Invalid private key.' });
    const key = ed25519();
    expect((await api(sb, 'POST', '/security/keys', { private_key: key })).status).toBe(201);
    const again = await api(sb, 'POST', '/security/keys', { private_key: key });
    expect(again.status).toBe(422);
    expect(again.json).toEqual({ message: 'Private key already exists.' });
  });

  it('update: private_key required on every PATCH, unknown fields refused with the rule errors (:321-340), 201 {uuid} (:357-359)', async () => {
    const key = ed25519();
    const uuid = (await api(sb, 'POST', '/security/keys', { name: 'upd', private_key: key })).json.uuid as string;
    const noKey = await api(sb, 'PATCH', `/security/keys/${uuid}`, { description: 'x', bogus: 1 });
    expect(noKey.status).toBe(422);
    expect(noKey.json).toEqual({ message: 'Validation failed.', errors: { private_key: ['The private key field is required.'], bogus: ['This field is not allowed.'] } });
    const next = ed25519();
    const ok = await api(sb, 'PATCH', `/security/keys/${uuid}`, { description: 'rotated', private_key: next });
    expect(ok.status).toBe(201);
    expect(ok.json).toEqual({ uuid });
    // The saving hook fingerprints the new key (PrivateKey.php:60-74).
    expect((await api(sb, 'GET', `/security/keys/${uuid}`)).json).toMatchObject({ description: 'rotated', fingerprint: keyFingerprint(next) });
    expect((await api(sb, 'PATCH', '/security/keys/nope', { private_key: next })).status).toBe(404);
  });

  it('delete: 404 unknown (:428-430), 422 in use (:433-438), else "Private Key deleted." (:450-452)', async () => {
    expect((await api(sb, 'DELETE', '/security/keys/nope')).json).toEqual({ message: 'Private Key not found.' });
    const seeded = sb.store.world.privateKeys.find((k) => k.name === 'deploy-key')!;
    const inUse = await api(sb, 'DELETE', `/security/keys/${seeded.uuid}`);
    expect(inUse.status).toBe(422);
    expect(inUse.json.message).toBe('Private Key is in use and cannot be deleted.');
    const uuid = (await api(sb, 'POST', '/security/keys', { private_key: ed25519() })).json.uuid as string;
    const gone = await api(sb, 'DELETE', `/security/keys/${uuid}`);
    expect(gone.status).toBe(200);
    expect(gone.json).toEqual({ message: 'Private Key deleted.' });
    expect((await api(sb, 'GET', `/security/keys/${uuid}`)).status).toBe(404);
  });
});

describe('sandbox private keys across releases (contracts create_key allow-list)', () => {
  it('4.3.11 ignores an unknown key on create; 4.4.2 refuses it', async () => {
    const old = await startSandbox({ timings: INSTANT, coolifyVersion: '4.3.11' });
    expect((await api(old, 'POST', '/security/keys', { private_key: ed25519(), bogus: 1 })).status).toBe(201);
    await old.close();
    const next = await startSandbox({ timings: INSTANT, coolifyVersion: '4.4.2' });
    const r = await api(next, 'POST', '/security/keys', { private_key: ed25519(), bogus: 1 });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ message: 'Validation failed.', errors: { bogus: ['This field is not allowed.'] } });
    await next.close();
  });
});
