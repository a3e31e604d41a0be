/**
 * Team private keys, as app/Http/Controllers/Api/SecurityController.php (Coolify 4.3.11)
 * serves them under routes/api.php:117-122. The key is checked and fingerprinted the way the
 * PrivateKey model does on every save (app/Models/PrivateKey.php:60-74), with the project's own
 * OpenSSH reader standing in for phpseclib's PublicKeyLoader.
 */
import { ApiError, validationFailed } from '../api-error.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import { iso } from '../serialize-base.js';
import type { CredentialRecord } from '../world.js';
import { keyFingerprint, keyText, publicKeyLine } from '../../kinds/ssh-key.js';

// SecurityController.php:311 (update_key's $allowedFields).
const ALLOWED = ['name', 'description', 'private_key'];

/** One key as `removeSensitiveData` leaves it (SecurityController.php:13-25): `private_key` only with read:sensitive. */
function serializeKey(rt: SandboxRuntime, k: CredentialRecord, sensitive: boolean): Record<string, unknown> {
  const { private_key: privateKey, ...fields } = k.fields ?? {};
  return {
    id: k.id, uuid: k.uuid, name: k.name, description: null, is_git_related: false, fingerprint: `sandbox-fingerprint-${k.id}`,
    // `public_key` is an appended attribute (PrivateKey.php:46, :94-97).
    public_key: `ssh-ed25519 SANDBOX${k.id} `, ...fields, team_id: rt.store.world.team.id, created_at: iso(0), updated_at: iso(0),
    ...(sensitive ? { private_key: typeof privateKey === 'string' ? privateKey : '-----BEGIN OPENSSH PRIVATE KEY-----\nsandbox\n-----END OPENSSH PRIVATE KEY-----' } : {}),
  };
}

function findKey(rt: SandboxRuntime, uuid: string | undefined): CredentialRecord {
  const k = rt.store.world.privateKeys.find((x) => x.uuid === uuid);
  // SecurityController.php:113-117 (get), :342-346 (update), :428-430 (delete).
  if (!k) throw new ApiError(404, 'Private Key not found.');
  return k;
}

/**
 * The rules of create_key (:189-193) and update_key (:321-325): name and description
 * `string|max:255`, private_key `required|string` (on update too).
 */
function ruleErrors(body: Record<string, unknown>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const f of ['name', 'description'] as const) {
    const v = body[f];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string') errors[f] = [`The ${f} field must be a string.`];
    else if ([...v].length > 255) errors[f] = [`The ${f} field must not be greater than 255 characters.`];
  }
  const key = body.private_key;
  if (key === undefined || key === null || key === '') errors.private_key = ['The private key field is required.'];
  else if (typeof key !== 'string') errors.private_key = ['The private key field must be a string.'];
  return errors;
}

/** The fingerprint of the key text as the model stores it (formatPrivateKey: trimmed, one trailing newline), or a 422. */
function checkedKey(rt: SandboxRuntime, text: string, exceptId: number | undefined, messages: { invalid: string; exists: string }): { key: string; fingerprint: string; publicKey: string } {
  const fingerprint = keyFingerprint(text);
  const publicKey = publicKeyLine(text);
  if (fingerprint === undefined || publicKey === undefined) throw new ApiError(422, messages.invalid);
  // fingerprintExists (PrivateKey.php:398-409): the same key twice in one team is refused.
  if (rt.store.world.privateKeys.some((k) => k.id !== exceptId && k.fields?.fingerprint === fingerprint)) throw new ApiError(422, messages.exists);
  // extractPublicKeyFromPrivate: toString('OpenSSH', ['comment' => '']) keeps a trailing space.
  return { key: `${keyText(text)}\n`, fingerprint, publicKey: `${publicKey} ` };
}

/** `/security/keys`: list, create, read, update, delete. */
export const privateKeyRoutes: Route[] = [
  { method: 'GET', path: '/security/keys', handler: ({ rt, sensitive }) => ({ body: rt.store.world.privateKeys.map((k) => serializeKey(rt, k, sensitive)) }) },
  {
    method: 'POST',
    path: '/security/keys',
    body: 'required',
    handler: ({ rt, body }) => {
      const errors = ruleErrors(body);
      if (Object.keys(errors).length > 0) throw validationFailed(errors);
      // A key that is not PEM text is base64-decoded first (SecurityController.php:226-237);
      // an unreadable one answers 422 'Invalid private key.' (:238-243), a known one
      // 'Private key already exists.' (:244-250).
      const checked = checkedKey(rt, String(body.private_key), undefined, { invalid: 'Invalid private key.', exists: 'Private key already exists.' });
      const k: CredentialRecord = {
        id: rt.store.nextId(),
        uuid: rt.store.uuid(),
        // generate_random_name() and the default description when absent (:218-223).
        name: typeof body.name === 'string' && body.name !== '' ? body.name : `sandbox-key-${rt.store.world.privateKeys.length + 1}`,
        fields: {
          description: typeof body.description === 'string' && body.description !== '' ? body.description : 'Created by Coolify via API',
          private_key: checked.key, fingerprint: checked.fingerprint, public_key: checked.publicKey, is_git_related: false,
        },
      };
      rt.store.world.privateKeys.push(k);
      // :257-259
      return { status: 201, body: { uuid: k.uuid } };
    },
  },
  { method: 'GET', path: '/security/keys/{uuid}', handler: ({ rt, params, sensitive }) => ({ body: serializeKey(rt, findKey(rt, params.uuid), sensitive) }) },
  {
    method: 'PATCH',
    path: '/security/keys/{uuid}',
    body: 'required',
    handler: ({ rt, params, body }) => {
      // Rule errors and fields outside the allow-list answer together, before the lookup (:321-346).
      const errors = ruleErrors(body);
      for (const f of Object.keys(body)) if (!ALLOWED.includes(f)) (errors[f] ??= []).push('This field is not allowed.');
      if (Object.keys(errors).length > 0) throw validationFailed(errors);
      const k = findKey(rt, params.uuid);
      // The model's saving hook checks the key again (PrivateKey.php:60-74): its messages.
      const checked = checkedKey(rt, String(body.private_key), k.id, { invalid: 'The private key is invalid.', exists: 'This private key already exists.' });
      if (typeof body.name === 'string' && body.name !== '') k.name = body.name;
      k.fields = {
        ...k.fields,
        ...(typeof body.description === 'string' ? { description: body.description } : {}),
        private_key: checked.key, fingerprint: checked.fingerprint, public_key: checked.publicKey,
      };
      // :357-359: 201 with the uuid.
      return { status: 201, body: { uuid: k.uuid } };
    },
  },
  {
    method: 'DELETE',
    path: '/security/keys/{uuid}',
    handler: ({ rt, params }) => {
      const k = findKey(rt, params.uuid);
      const w = rt.store.world;
      // isInUse (PrivateKey.php:326-332): servers, applications, GitHub and GitLab apps.
      const gitApps = [...w.githubApps, ...(w.gitlabApps ?? [])];
      if (w.servers.some((s) => s.private_key_id === k.id) || w.applications.some((a) => a.fields.private_key_id === k.id) || gitApps.some((g) => g.fields?.private_key_id === k.id)) {
        throw new ApiError(422, { message: 'Private Key is in use and cannot be deleted.', details: 'This private key is currently being used by servers, applications, or Git integrations.' });
      }
      w.privateKeys = w.privateKeys.filter((x) => x.id !== k.id);
      // :450-452
      return { body: { message: 'Private Key deleted.' } };
    },
  },
];
