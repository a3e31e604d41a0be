/**
 * Scheduled tasks of applications and services: capability table and lowering. One kind for
 * both owners: Coolify has the same routes and rules under each (routes/api.php:410-422, one
 * ScheduledTasksController for both); only the collection of the path differs.
 */
import { SCHEDULED_TASK_DEFAULTS } from './defaults.js';
import { parseAddress, subAddress, type Address } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { Resolved, ScheduledTaskSpec } from '../manifest/types.js';
import { readsUnder, type KindSpec } from './spec.js';
import { field } from './field-helpers.js';
import { bool, numeric } from './normalize.js';
import { setIf } from './lower-helpers.js';
import { expectRecords } from './answer-shape.js';

/** The scheduled task capability table; changes apply on PATCH alone. */
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export const SCHEDULED_TASK_SPEC: KindSpec = {
  kind: 'scheduledTask',
  subtypeChange: 'replace',
  tags: false,
  description: false,
  descriptionHasLengthLimit: false,
  literalSecretKeys: [],
  liveFqdn: null,
  liveDefaults: () => SCHEDULED_TASK_DEFAULTS,
  fields: [
    field('name', 'name', 'update'),
    field('command', 'command', 'update'),
    field('frequency', 'frequency', 'update'),
    field('container', 'container', 'update'),
    field('enabled', 'enabled', 'update', { normalize: bool }),
    field('timeout', 'timeout', 'update', { normalize: numeric }),
  ],
  reads: readsUnder({
    owners: ['application', 'service'],
    ownerField: null,
    read: async (client, owner) => {
      const collection = taskCollection(owner.kind);
      return expectRecords(await client[collection].scheduledTasks.list(owner.uuid), `GET /${collection}/${owner.uuid}/scheduled-tasks`).map((record) => ({
        record,
        uuid: str(record.uuid),
        name: str(record.name),
      }));
    },
  }),
};

/**
 * The collection a task's routes sit under, from its owner's kind: `services` for a service's
 * (ScheduledTasksController.php:657-970), `applications` for an application's (:294-598).
 */
export function taskCollection(ownerKind: string | undefined): 'applications' | 'services' {
  return ownerKind === 'service' ? 'services' : 'applications';
}

/** The collection of the tasks under the owner at `owner` (`…/service/NAME` → `services`). */
export function taskCollectionOfOwner(owner: Address): 'applications' | 'services' {
  return taskCollection(parseAddress(owner)?.kind);
}

/** The collection of the task at `address` (`…/service/NAME#task/T` → `services`). */
export function taskCollectionAt(address: Address): 'applications' | 'services' {
  const parent = parseAddress(address)?.parent;
  return parent === undefined ? 'applications' : taskCollectionOfOwner(parent);
}

/** Lowers one scheduled task of an application or a service. */
export function lowerScheduledTask(owner: Address, name: string, t: Resolved<ScheduledTaskSpec>): DesiredResource {
  const fields: Record<string, DesiredValue> = { name, command: t.command, frequency: t.frequency };
  setIf(fields, 'container', t.container);
  setIf(fields, 'enabled', t.enabled);
  setIf(fields, 'timeout', t.timeout);
  return { address: subAddress(owner, 'scheduledTask', name), kind: 'scheduledTask', name, parent: owner, fields, protect: false, ignoreChanges: [] };
}
