import { TEAM_KIND_LIST, TEAM_KINDS } from '../model/address.js';
import { entriesOf, isObject, listEnvironments, listPlaced } from './structure.js';

/**
 * Counts the resources a manifest declares: projects, environments, team-wide entries,
 * applications, databases, services, backups, scheduled tasks, storages and extra networks. Used for the
 * "is valid (N resources declared)" line; a plan counts resource changes and apply its steps "for N resources".
 */
export function countResources(doc: unknown): number {
  if (!isObject(doc)) return 0;
  let n = entriesOf(doc.projects).length + listEnvironments(doc).length;
  for (const kind of TEAM_KIND_LIST) n += entriesOf(doc[TEAM_KINDS[kind].section]).length;
  for (const entry of listPlaced(doc)) {
    n += 1;
    if (!isObject(entry.spec)) continue;
    if (Array.isArray(entry.spec.backups)) n += entry.spec.backups.length;
    if (Array.isArray(entry.spec.networks)) n += entry.spec.networks.length;
    n += entriesOf(entry.spec.scheduledTasks).length + entriesOf(entry.spec.storages).length;
  }
  return n;
}
