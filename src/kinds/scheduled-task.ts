/**
 * Application scheduled tasks: capability table and lowering.
 */
import { subAddress, type Address } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { Resolved, ScheduledTaskSpec } from '../manifest/types.js';
import type { KindSpec } from './spec.js';
import { field } from './field-helpers.js';
import { bool, numeric } from './normalize.js';
import { setIf } from './lower-helpers.js';

/** The scheduled task capability table; changes apply on PATCH alone. */
export const SCHEDULED_TASK_SPEC: KindSpec = {
  kind: 'scheduledTask',
  subtypeChange: 'replace',
  tags: false,
  description: false,
  fields: [
    field('name', 'name', 'update'),
    field('command', 'command', 'update'),
    field('frequency', 'frequency', 'update'),
    field('container', 'container', 'update'),
    field('enabled', 'enabled', 'update', { normalize: bool }),
    field('timeout', 'timeout', 'update', { normalize: numeric }),
  ],
};

/** Lowers one scheduled task of an application. */
export function lowerScheduledTask(owner: Address, name: string, t: Resolved<ScheduledTaskSpec>): DesiredResource {
  const fields: Record<string, DesiredValue> = { name, command: t.command, frequency: t.frequency };
  setIf(fields, 'container', t.container);
  setIf(fields, 'enabled', t.enabled);
  setIf(fields, 'timeout', t.timeout);
  return { address: subAddress(owner, 'scheduledTask', name), kind: 'scheduledTask', name, parent: owner, fields, protect: false, ignoreChanges: [] };
}
