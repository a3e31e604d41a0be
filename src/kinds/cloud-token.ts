/**
 * Team-level cloud provider tokens (Coolify `CloudProviderToken`, CloudProviderTokensController
 * of 4.3.11): capability table and lowering. The token is a secret, shown back only to tokens
 * with `read:sensitive` (removeSensitiveData, CloudProviderTokensController.php:15-28), and only
 * the name can be changed in place (update's `$allowedFields`, :368): a new provider or token
 * is a replace. The API keeps no description for a token, so no ownership marker: the
 * `cloudTokens:` section governs every token of the team (`markerless`), and a token is
 * protected unless the manifest says `protect: false` (it can buy servers).
 */
import { teamAddress } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { CloudTokenSpec, Resolved } from '../manifest/types.js';
import { NO_READS, type KindSpec } from './spec.js';
import { field } from './field-helpers.js';

/** What the plan says of every created or deleted cloud token. */
export const CLOUD_TOKEN_NOTICE = 'cost-bearing: Coolify can create servers billed to this provider account with it';

/** The cloud provider token capability table; `token` is a secret. */
export const CLOUD_TOKEN_SPEC: KindSpec = {
  kind: 'cloudToken',
  subtypeChange: 'replace',
  tags: false,
  // Coolify keeps a description column (2026_07_08_102340 migration) but the API neither takes
  // nor sets it (store/update allow-lists, CloudProviderTokensController.php:249, :368): no marker.
  description: false,
  descriptionHasLengthLimit: false,
  literalSecretKeys: [{ value: ['token'], what: 'the provider API token' }],
  liveFqdn: null,
  planning: {
    notice: CLOUD_TOKEN_NOTICE,
    // Deleting it is refused while servers use it (destroy, CloudProviderTokensController.php:491-493).
    deletesData: () => 'Coolify can no longer create or manage servers at the provider with it',
  },
  fields: [
    // update: `name` is the one field it takes (CloudProviderTokensController.php:368, :384).
    field('name', 'name', 'update'),
    // store: 'provider' => required|string|in:hetzner,digitalocean,vultr (:266); not in update's allow-list.
    field('provider', 'provider', 'replace', { patchable: false }),
    // store: 'token' => required|string (:267); hidden unless read:sensitive (:21-25); not in update's allow-list.
    field('token', 'token', 'replace', { sensitive: true, patchable: false }),
  ],
  reads: NO_READS,
  // routes/api.php:124-129: index (:113-128), store (:247-310), show (:173-191), update (:366-422), destroy (:473-508)
  team: {
    collection: '/cloud-tokens',
    scope: 'withSection',
    lower: (name, entry) => lowerCloudToken(name, entry as Resolved<CloudTokenSpec>),
    importEntry: (r, secret) => ({
      provider: typeof r.provider === 'string' ? r.provider : '',
      token: secret('token', 'provider API token', typeof r.token === 'string' ? r.token : undefined),
    }),
    markerless: { protectedWhenDropped: true },
  },
};

/** Lowers one cloud token entry; `protect` defaults to on (the token can buy servers). */
export function lowerCloudToken(name: string, token: Resolved<CloudTokenSpec>): DesiredResource {
  const fields: Record<string, DesiredValue> = { name, provider: token.provider, token: token.token };
  return { address: teamAddress('cloudToken', name), kind: 'cloudToken', name, fields, protect: token.protect ?? true, ignoreChanges: [] };
}
