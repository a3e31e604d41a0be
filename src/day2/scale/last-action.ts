/**
 * The autoscaler's memory, kept on the Coolify side so runs are stateless: a project shared
 * variable `ADO_AUTOSCALE_<ENV>_<APP>` holding `{at, from, to, reason}` as JSON.
 */
import type { CoolifyClient } from '../../coolify/client.js';
import type { LastAction } from './decide.js';

/** Comment of the variable; deliberately not the env ownership marker (plan never deletes it). */
export const LAST_ACTION_COMMENT = 'ado-coolify autoscale state';

/** The variable name for an application of an environment, e.g. `ADO_AUTOSCALE_PRODUCTION_WORKERS`. */
export function lastActionKey(environment: string, app: string): string {
  const part = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  return `ADO_AUTOSCALE_${part(environment)}_${part(app)}`;
}

/** Parses the stored JSON; undefined when absent or malformed. */
export function parseLastAction(value: string | null | undefined): LastAction | undefined {
  if (!value) return undefined;
  try {
    const v = JSON.parse(value) as Partial<LastAction>;
    if (typeof v.at !== 'string' || typeof v.from !== 'number' || typeof v.to !== 'number') return undefined;
    return { at: v.at, from: v.from, to: v.to, reason: typeof v.reason === 'string' ? v.reason : '' };
  } catch {
    return undefined;
  }
}

/** Reads the last action from the project's shared variables. */
export async function readLastAction(client: CoolifyClient, projectUuid: string, key: string): Promise<LastAction | undefined> {
  const list = await client.projects.sharedEnvs.list(projectUuid);
  return parseLastAction(list.find((r) => r.key === key)?.value);
}

/** Writes (creates or updates) the last action. */
export async function writeLastAction(client: CoolifyClient, projectUuid: string, key: string, action: LastAction): Promise<void> {
  const value = JSON.stringify(action);
  const api = client.projects.sharedEnvs;
  const existing = (await api.list(projectUuid)).find((r) => r.key === key);
  if (existing) await api.update(projectUuid, existing.id, { key, value, is_literal: true, comment: LAST_ACTION_COMMENT });
  else await api.create(projectUuid, { key, value, is_literal: true, comment: LAST_ACTION_COMMENT });
}
