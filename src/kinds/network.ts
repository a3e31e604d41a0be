/**
 * An application's extra networks: the destinations beyond its primary one that Coolify also
 * runs it on (`additional_networks`, the `additional_destinations` table; ApplicationsController
 * of 4.3.11: `destinations` :5668-5707, `add_destination` :5736-5803, `remove_destination`
 * :5823-5866). A sub-resource of the application, named as the destination is: attached
 * (`POST …/destinations` with its uuid) or detached, never changed in place. Coolify attaches
 * only a standalone destination on another server than the primary's and than the other extra
 * ones (:5771-5790): its refusals fail the step with its message.
 */
import { subAddress, type Address } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import { readsUnder, type KindSpec } from './spec.js';
import { writeOnly } from './field-helpers.js';
import { expectRecords } from './answer-shape.js';

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** The extra network capability table: one write-only field, the destination to attach. */
export const NETWORK_SPEC: KindSpec = {
  kind: 'network',
  subtypeChange: 'replace',
  tags: false,
  description: false,
  descriptionHasLengthLimit: false,
  literalSecretKeys: [],
  liveFqdn: null,
  // A new network reaches the running application with its next deploy (the containers are started on each destination then).
  planning: { redeploysOwner: ['application'] },
  fields: [
    // add_destination: 'destination_uuid' => required|string, the only field (:5748-5751).
    writeOnly('destination_uuid', 'destination', 'replace', { resolve: 'destination', patchable: false }),
  ],
  sends: ['GET /applications/{uuid}/destinations', 'POST /applications/{uuid}/destinations', 'DELETE /applications/{uuid}/destinations/{destination_uuid}'],
  reads: readsUnder({
    owners: ['application'],
    ownerField: null,
    // The list answer counts them (withCount additional_networks, Application.php:273-278): a dropped last one is still read.
    presentIn: (record) => typeof record.additional_networks_count === 'number' && record.additional_networks_count > 0,
    // `destinations` (:5682-5706): the primary first (`is_primary: true`), then the extra ones, each by the destination's uuid and name.
    read: async (client, owner) =>
      expectRecords(await client.send({ method: 'GET', template: '/applications/{uuid}/destinations', params: { uuid: owner.uuid } }), `GET /applications/${owner.uuid}/destinations`)
        .filter((record) => record.is_primary !== true)
        .map((record) => ({ record, uuid: str(record.uuid), name: str(record.name) })),
  }),
};

/** Lowers one extra network of an application: the destination of that name. */
export function lowerNetwork(owner: Address, destination: string): DesiredResource {
  return { address: subAddress(owner, 'network', destination), kind: 'network', name: destination, parent: owner, fields: { destination_uuid: destination }, protect: false, ignoreChanges: [] };
}
