/**
 * Scheduled tasks of an application or a service: live records → the owner's `scheduledTasks:`
 * entries (Coolify's defaults left out, names made unique and legal). Pure.
 */
import { SCHEDULED_TASK_SPEC } from '../kinds/scheduled-task.js';
import { SCHEDULED_TASK_DEFAULTS } from '../kinds/defaults.js';
import { NameScope } from './names.js';
import { reverseFields } from './reverse-fields.js';
import type { ImportRename, WireRecord } from './types.js';

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** The `scheduledTasks:` of the owner at `address`; undefined when it has none. */
export function importScheduledTasks(tasks: readonly WireRecord[], address: string, renames: ImportRename[]): Record<string, unknown> | undefined {
  if (tasks.length === 0) return undefined;
  const names = new NameScope('scheduledTask', address, renames);
  const out: Record<string, unknown> = {};
  for (const t of tasks) {
    const f = reverseFields(SCHEDULED_TASK_SPEC, t, { defaults: SCHEDULED_TASK_DEFAULTS, skipLabels: new Set(['name']), secret: () => undefined });
    out[names.take(str(t.name))] = { command: str(t.command), frequency: str(t.frequency), ...f };
  }
  return out;
}
