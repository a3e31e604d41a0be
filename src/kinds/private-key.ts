/**
 * Team-level private keys: capability table and lowering. Coolify never needs to show the key
 * back: the diff compares it through the fingerprint Coolify stores on every save
 * (PrivateKey.php:63-73), which `fingerprintOrSelf` computes from the desired key alike.
 */
import { privateKeyAddress } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { PrivateKeySpec, Resolved } from '../manifest/types.js';
import { NO_READS, type KindSpec } from './spec.js';
import { field } from './field-helpers.js';
import { description } from './normalize.js';
import { setIf } from './lower-helpers.js';
import { fingerprintOrSelf, keyPublicParts } from './ssh-key.js';

/** The private key capability table; `private_key` is a secret, read back as its fingerprint. */
export const PRIVATE_KEY_SPEC: KindSpec = {
  kind: 'privateKey',
  subtypeChange: 'replace',
  tags: false,
  description: true,
  // varchar(255) (contracts: PrivateKey.description max_length 255; SecurityController.php:323).
  descriptionHasLengthLimit: true,
  literalSecretKeys: [{ value: ['privateKey'], what: 'the private key' }],
  liveFqdn: null,
  fields: [
    field('name', 'name', 'update'),
    field('description', 'description', 'update', { normalize: description }),
    // PATCH /security/keys/{uuid} requires `private_key` on every request
    // (SecurityController.php:321-325), so it rides along with any other change.
    field('private_key', 'privateKey', 'update', { sensitive: true, readFrom: ['fingerprint'], normalize: fingerprintOrSelf, multiline: true, sentWithEveryPatch: true, publicParts: keyPublicParts }),
  ],
  reads: NO_READS,
  // SecurityController.php: keys (13-25), create_key (299-301), update_key (357-359), delete_key (442)
  team: {
    collection: '/security/keys',
    scope: 'withSection',
    lower: (name, entry) => lowerPrivateKey(name, entry as Resolved<PrivateKeySpec>),
    // the key itself only with read:sensitive (SecurityController.php:13-25)
    importEntry: (r, secret) => ({ privateKey: secret('private_key', 'private key', typeof r.private_key === 'string' ? r.private_key : undefined) }),
  },
};

/** Lowers one private key entry. */
export function lowerPrivateKey(name: string, key: Resolved<PrivateKeySpec>): DesiredResource {
  const fields: Record<string, DesiredValue> = { name, private_key: key.privateKey };
  setIf(fields, 'description', key.description);
  return { address: privateKeyAddress(name), kind: 'privateKey', name, fields, protect: key.protect ?? false, ignoreChanges: [] };
}
