/**
 * Application scheduled tasks: capability table and lowering.
 */
import { SCHEDULED_TASK_DEFAULTS } from './defaults.js';
import { subAddress, type Address } from '../model/address.js';
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
    owner: 'application',
    ownerField: null,
    read: async (client, owner) =>
      expectRecords(await client.applications.scheduledTasks.list(owner.uuid), `GET /applications/${owner.uuid}/scheduled-tasks`).map((record) => ({
        record,
        uuid: str(record.uuid),
        name: str(record.name),
      })),
  }),
};

/** Lowers one scheduled task of an application. */
export function lowerScheduledTask(owner: Address, name: string, t: Resolved<ScheduledTaskSpec>): DesiredResource {
  const fields: Record<string, DesiredValue> = { name, command: t.command, frequency: t.frequency };
  setIf(fields, 'container', t.container);
  setIf(fields, 'enabled', t.enabled);
  setIf(fields, 'timeout', t.timeout);
  return { address: subAddress(owner, 'scheduledTask', name), kind: 'scheduledTask', name, parent: owner, fields, protect: false, ignoreChanges: [] };
}
