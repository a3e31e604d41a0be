/**
 * The fingerprint and public key of a private key, as Coolify shows them (PrivateKey.php via
 * phpseclib: `getFingerprint('sha256')` is the base64 SHA-256 of the OpenSSH public key blob
 * without its `=`; the public key line has no comment). Checked by hand against
 * `ssh-keygen -lf` for ed25519, RSA (PKCS#1 and OpenSSH) and ECDSA keys.
 */
import { describe, expect, it } from 'vitest';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { fingerprintOrSelf, keyFingerprint, keyPublicParts, keyText, publicKeyLine } from '../../src/kinds/ssh-key.js';

const str = (b: Buffer | string): Buffer => {
  const body = typeof b === 'string' ? Buffer.from(b) : b;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  return Buffer.concat([len, body]);
};

function ed25519(): { pem: string; raw: Buffer } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(String(publicKey.export({ format: 'jwk' }).x), 'base64url');
  return { pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), raw };
}

/** An unencrypted OpenSSH key file around a public blob (the private section is not read). */
function openSsh(blob: Buffer): string {
  const file = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), str('none'), str('none'), str(''), Buffer.from([0, 0, 0, 1]), str(blob), str(Buffer.alloc(16))]);
  const lines = file.toString('base64').match(/.{1,70}/g)!.join('\n');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

describe('ssh key fingerprint and public key', () => {
  it('ed25519 PEM: the blob is ssh-ed25519 + the 32-byte key; fingerprint = base64 sha256 without padding', () => {
    const { pem, raw } = ed25519();
    const blob = Buffer.concat([str('ssh-ed25519'), str(raw)]);
    expect(publicKeyLine(pem)).toBe(`ssh-ed25519 ${blob.toString('base64')}`);
    expect(keyFingerprint(pem)).toBe(createHash('sha256').update(blob).digest('base64').replace(/=$/, ''));
    expect(keyFingerprint(pem)).toHaveLength(43);
  });

  it('an OpenSSH file gives the same fingerprint as the PEM of the same key', () => {
    const { pem, raw } = ed25519();
    const file = openSsh(Buffer.concat([str('ssh-ed25519'), str(raw)]));
    expect(keyFingerprint(file)).toBe(keyFingerprint(pem));
  });

  it('RSA and ECDSA keys are read too', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs1' }).toString();
    expect(publicKeyLine(rsa)).toMatch(/^ssh-rsa AAAAB3NzaC1yc2E/);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'sec1' }).toString();
    expect(publicKeyLine(ec)).toMatch(/^ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY/);
  });

  it('base64-wrapped key text is decoded as Coolify does; anything else is not a key', () => {
    const { pem } = ed25519();
    expect(keyText(Buffer.from(pem).toString('base64'))).toBe(pem.trim());
    expect(keyFingerprint(Buffer.from(pem).toString('base64'))).toBe(keyFingerprint(pem));
    expect(keyFingerprint('not a key')).toBeUndefined();
    expect(keyFingerprint('-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----')).toBeUndefined();
  });

  it('the comparable form: a key becomes its fingerprint, a fingerprint stays itself', () => {
    const { pem } = ed25519();
    const fp = keyFingerprint(pem)!;
    expect(fingerprintOrSelf(pem)).toBe(fp);
    expect(fingerprintOrSelf(fp)).toBe(fp);
    expect(fingerprintOrSelf(undefined)).toBeNull();
  });
});

describe('keyPublicParts: what a plan may show of a private key', () => {
  const key = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

  it('the desired side: the fingerprint and public key computed from the key', () => {
    expect(keyPublicParts(key, 'desired')).toEqual({ fingerprint: `SHA256:${keyFingerprint(key)}`, publicKey: publicKeyLine(key) });
  });

  it.each([
    ['a 43-character secret that is no key', 'x'.repeat(43)],
    ['an unreadable key', '-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n'],
    ['no string', 42],
  ])('the desired side shows nothing of %s', (_name, value) => {
    expect(keyPublicParts(value, 'desired')).toBeUndefined();
  });

  it('the live side: Coolify\'s stored fingerprint only when it has the fingerprint\'s shape', () => {
    const stored = keyFingerprint(key)!;
    expect(keyPublicParts(stored, 'live')).toEqual({ fingerprint: `SHA256:${stored}` });
    expect(keyPublicParts(key, 'live')).toBeUndefined();
    expect(keyPublicParts(`${stored}x`, 'live')).toBeUndefined();
  });
});
