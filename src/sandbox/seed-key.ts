/**
 * The sandbox's seeded private key, with real key material as the real Coolify's seeded keys
 * have (shared/coolify-real: `ssh` and `github-key`), so its fingerprint and public key are
 * what PrivateKey.php:60-74 derives on save and an imported key plans clean. Deterministic: an ed25519 key from a fixed
 * seed, so every sandbox holds the same key.
 */
import { createHash, createPrivateKey } from 'node:crypto';
import { keyFingerprint, keyText, publicKeyLine } from '../kinds/ssh-key.js';

/** PKCS#8 DER header of an ed25519 private key (RFC 8410), followed by the 32-byte seed. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The stored fields of a key derived from `label`: `private_key`, `fingerprint`, `public_key`. */
export function seededKeyFields(label: string): Record<string, string> {
  const seed = createHash('sha256').update(label).digest();
  const pem = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' }).export({ format: 'pem', type: 'pkcs8' }).toString();
  const fingerprint = keyFingerprint(pem);
  const publicKey = publicKeyLine(pem);
  if (fingerprint === undefined || publicKey === undefined) throw new Error('the seeded key cannot be read');
  // formatPrivateKey keeps the trimmed key with one trailing newline; the public key keeps the empty comment's space.
  return { private_key: `${keyText(pem)}\n`, fingerprint, public_key: `${publicKey} ` };
}
