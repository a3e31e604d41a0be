/**
 * Private keys (`/security/keys`, SecurityController.php). Each case creates a key of its own:
 * Coolify refuses a key whose fingerprint exists anywhere (SecurityController.php:227-232), so
 * two cases may not share one. The keys are made here, once per run, with node:crypto.
 */
import { generateKeyPairSync } from 'node:crypto';
import { defineCases, type CaseRequest } from '../case.js';

/** A fresh ed25519 key in PKCS#8 PEM (what phpseclib and the sandbox both read). */
const freshKey = (): string => generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

/** Creates a key named after the case; captures its uuid as `key`. */
const createKey = (privateKey: string): CaseRequest => ({
  call: 'POST /security/keys',
  body: { name: '{{name}}', description: 'conformance', private_key: privateKey },
  capture: { key: 'uuid' },
});

export default defineCases([
  {
    id: 'security-keys.create.success',
    source: 'app/Http/Controllers/Api/SecurityController.php:178',
    endpoint: 'POST /security/keys',
    kind: 'success',
    request: { ...createKey(freshKey()), expect: { status: 201 } },
    readBack: [{ call: 'GET /security/keys/{{key}}', expect: { status: 200, body: { name: '{{name}}', description: 'conformance' } }, values: ['name', 'description', 'is_git_related', 'fingerprint'] }],
  },
  {
    id: 'security-keys.get.success',
    source: 'app/Http/Controllers/Api/SecurityController.php:103',
    endpoint: 'GET /security/keys/{uuid}',
    kind: 'success',
    setup: [createKey(freshKey())],
    request: { call: 'GET /security/keys/{{key}}', expect: { status: 200, body: { name: '{{name}}' } }, values: ['name', 'description', 'fingerprint'] },
  },
  {
    id: 'security-keys.update.success',
    source: 'app/Http/Controllers/Api/SecurityController.php:309',
    endpoint: 'PATCH /security/keys/{uuid}',
    kind: 'success',
    // private_key is required on every PATCH (SecurityController.php:321-325): the same key again
    ...(() => {
      const key = freshKey();
      return {
        setup: [createKey(key)],
        request: { call: 'PATCH /security/keys/{{key}}', body: { description: 'changed', private_key: key }, expect: { status: 201 } },
        readBack: [{ call: 'GET /security/keys/{{key}}', expect: { status: 200, body: { description: 'changed', name: '{{name}}' } }, values: ['name', 'description', 'fingerprint'] }],
      };
    })(),
  },
  {
    id: 'security-keys.delete.success',
    source: 'app/Http/Controllers/Api/SecurityController.php:417',
    endpoint: 'DELETE /security/keys/{uuid}',
    kind: 'success',
    setup: [createKey(freshKey())],
    request: { call: 'DELETE /security/keys/{{key}}', expect: { status: 200, message: 'Private Key deleted.' } },
    readBack: [{ call: 'GET /security/keys/{{key}}', expect: { status: 404, message: 'Private Key not found.' } }],
  },
]);
