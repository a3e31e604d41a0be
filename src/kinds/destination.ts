/**
 * Destinations: the Docker networks of a server that resources are placed on (Coolify
 * `StandaloneDocker`/`SwarmDocker`, DestinationsController of 4.3.11). Created under their server
 * (`POST /servers/{uuid}/destinations`, DestinationsController.php:194-266), listed, renamed and
 * deleted through `/destinations` (routes/api.php:178-183). Only the name can change in place
 * (update's `$allowed`, :319): another network or server is a replace. Coolify keeps no
 * description for a destination, so no ownership marker: the `destinations:` section governs
 * every destination of the team but the default network Coolify makes with each server
 * (Server.php:157-182, `coolify` / `coolify-overlay`), and a dropped one counts as protected.
 */
import { teamAddress } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { DestinationSpec, Resolved } from '../manifest/types.js';
import { NO_READS, type KindSpec } from './spec.js';
import { field } from './field-helpers.js';
import { asPlain } from './lower-helpers.js';

/** The networks Coolify creates with every server (Server.php:161-182 and defaultStandaloneDockerAttributes, :1311-1325). */
export const DEFAULT_NETWORKS: readonly string[] = ['coolify', 'coolify-overlay'];

/** The destination capability table. */
export const DESTINATION_SPEC: KindSpec = {
  kind: 'destination',
  subtypeChange: 'replace',
  tags: false,
  // The standalone_dockers table has no description column: no marker.
  description: false,
  descriptionHasLengthLimit: false,
  literalSecretKeys: [],
  liveFqdn: null,
  planning: {
    // Coolify removes the Docker network with it (RemoveStandaloneDockerNetwork, :413-415) and refuses while resources use it (409, :391-412).
    deletesData: () => 'its Docker network is removed from the server',
  },
  fields: [
    // update: 'name' => required|string|max:255 (:319-323).
    field('name', 'name', 'update'),
    // create: 'network' => required, max:255, ^[a-zA-Z0-9][a-zA-Z0-9._-]*$ (:212); not patchable ("Network cannot be changed via the API").
    field('network', 'network', 'replace', { patchable: false }),
    // The server is the create path's {server_uuid} (:194, :206), never a body field; read as its name (raw-reader.ts).
    field('server', 'server', 'replace', { creatable: false, patchable: false }),
  ],
  reads: NO_READS,
  team: {
    collection: '/destinations',
    scope: 'withSection',
    lower: (name, entry) => lowerDestination(name, entry as Resolved<DestinationSpec>),
    importEntry: (r) => ({ server: typeof r.server === 'string' ? r.server : '', network: typeof r.network === 'string' ? r.network : '' }),
    markerless: {
      coolifyOwn: (r) => typeof r.network === 'string' && DEFAULT_NETWORKS.includes(r.network),
      protectedWhenDropped: true,
    },
    onServer: { uuidField: 'server_uuid', nameField: 'server', create: '/servers/{uuid}/destinations' },
  },
};

/** Lowers one destination entry. */
export function lowerDestination(name: string, d: Resolved<DestinationSpec>): DesiredResource {
  const fields: Record<string, DesiredValue> = { name, network: d.network, server: asPlain(d.server) ?? '' };
  return { address: teamAddress('destination', name), kind: 'destination', name, fields, protect: d.protect ?? false, ignoreChanges: [] };
}
