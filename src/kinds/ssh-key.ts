/**
 * What Coolify shows of a private key, computed the way it does (app/Models/PrivateKey.php
 * via phpseclib): the OpenSSH public key and the SHA-256 fingerprint. The fingerprint is how
 * the diff compares a key without ever reading it back: `generateFingerprint` keeps
 * `getFingerprint('sha256')`, the base64 of the SHA-256 of the public key blob without its
 * trailing `=` (PrivateKey.php:376-385).
 */
import { createHash, createPublicKey, type JsonWebKey } from 'node:crypto';
import type { PublicParts } from '../model/plan.js';

const OPENSSH_MAGIC = 'openssh-key-v1\0';

/** Key text as Coolify stores it: trimmed, and base64-decoded when it is not PEM (SecurityController.php:226-237). */
export function keyText(value: string): string {
  const trimmed = value.trim();
  if (trimmed.startsWith('-----BEGIN')) return trimmed;
  const decoded = Buffer.from(trimmed, 'base64').toString('utf8').trim();
  return decoded.startsWith('-----BEGIN') ? decoded : trimmed;
}

function sshString(data: Buffer | string): Buffer {
  const body = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  return Buffer.concat([len, body]);
}

/** An SSH mpint from unsigned big-endian bytes (a leading 0 when the top bit is set). */
function mpint(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  return sshString(trimmed[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

/** The public key blob of an `-----BEGIN OPENSSH PRIVATE KEY-----` file (it is stored in clear). */
function openSshBlob(text: string): Buffer | undefined {
  const body = text.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  const raw = Buffer.from(body, 'base64');
  if (raw.subarray(0, OPENSSH_MAGIC.length).toString('latin1') !== OPENSSH_MAGIC) return undefined;
  let at = OPENSSH_MAGIC.length;
  const next = (): Buffer | undefined => {
    if (at + 4 > raw.length) return undefined;
    const len = raw.readUInt32BE(at);
    const out = raw.subarray(at + 4, at + 4 + len);
    at += 4 + len;
    return out.length === len ? out : undefined;
  };
  next(); // cipher name
  next(); // kdf name
  next(); // kdf options
  if (at + 4 > raw.length) return undefined;
  at += 4; // number of keys
  return next();
}

const EC_CURVES: Readonly<Record<string, string>> = { 'P-256': 'nistp256', 'P-384': 'nistp384', 'P-521': 'nistp521' };

/** The public key blob of a PEM key node:crypto reads (PKCS#1, PKCS#8, SEC1). */
function pemBlob(text: string): Buffer | undefined {
  let jwk: JsonWebKey;
  try {
    jwk = createPublicKey(text).export({ format: 'jwk' });
  } catch {
    return undefined;
  }
  const b64u = (v: unknown): Buffer => Buffer.from(typeof v === 'string' ? v : '', 'base64url');
  if (jwk.kty === 'RSA') return Buffer.concat([sshString('ssh-rsa'), mpint(b64u(jwk.e)), mpint(b64u(jwk.n))]);
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return Buffer.concat([sshString('ssh-ed25519'), sshString(b64u(jwk.x))]);
  const curve = jwk.kty === 'EC' && typeof jwk.crv === 'string' ? EC_CURVES[jwk.crv] : undefined;
  if (curve) {
    const point = Buffer.concat([Buffer.from([4]), b64u(jwk.x), b64u(jwk.y)]);
    return Buffer.concat([sshString(`ecdsa-sha2-${curve}`), sshString(curve), sshString(point)]);
  }
  return undefined;
}

/** The OpenSSH public key blob of a private key, or undefined when the text is not a key this reads. */
export function publicKeyBlob(privateKey: string): Buffer | undefined {
  const text = keyText(privateKey);
  if (!text.startsWith('-----BEGIN')) return undefined;
  return text.startsWith('-----BEGIN OPENSSH PRIVATE KEY-----') ? openSshBlob(text) : pemBlob(text);
}

/** Coolify's fingerprint of a private key (base64 SHA-256 of the public blob, no padding); undefined when unreadable. */
export function keyFingerprint(privateKey: string): string | undefined {
  const blob = publicKeyBlob(privateKey);
  if (!blob) return undefined;
  return createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
}

/** The public key line (`ssh-ed25519 AAAA…`) of a private key, without comment; undefined when unreadable. */
export function publicKeyLine(privateKey: string): string | undefined {
  const blob = publicKeyBlob(privateKey);
  if (!blob) return undefined;
  const type = blob.subarray(4, 4 + blob.readUInt32BE(0)).toString('latin1');
  return `${type} ${blob.toString('base64')}`;
}

/**
 * What a plan may show of a `private_key` value: on the desired side, the fingerprint and public
 * key computed from the key (nothing when the text is no key this reads: it is shown nowhere);
 * on the live side, the fingerprint Coolify stores (43 base64 characters, checked).
 */
export function keyPublicParts(value: unknown, side: 'live' | 'desired'): PublicParts | undefined {
  if (typeof value !== 'string') return undefined;
  if (side === 'live') {
    const stored = value.trim();
    return /^[A-Za-z0-9+/]{43}$/.test(stored) ? { fingerprint: `SHA256:${stored}` } : undefined;
  }
  const fingerprint = keyFingerprint(value);
  const publicKey = publicKeyLine(value);
  return fingerprint === undefined ? undefined : { fingerprint: `SHA256:${fingerprint}`, ...(publicKey === undefined ? {} : { publicKey }) };
}

/**
 * The comparable form of a `private_key` field: its fingerprint when the value is a key (the
 * desired side), the value itself otherwise (the live side reads `fingerprint`).
 */
export function fingerprintOrSelf(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null;
  return keyFingerprint(value) ?? value.trim();
}
