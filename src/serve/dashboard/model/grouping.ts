/**
 * Groups the resources of `/api/v1/status` by project and environment for the dashboard's
 * resource list. Pure: the same input gives the same groups in the same order.
 */
import type { StatusResource } from './contract.js';

/** The resources of one environment (or of the team, for team-wide kinds). */
export interface EnvironmentGroup {
  /** The environment's name, or null for a project-level or team-wide group. */
  environment: string | null;
  resources: StatusResource[];
  /** How many of `resources` are not Synced (OutOfSync or Missing). */
  outOfSync: number;
}

/** The environments of one project; `project` is null for the team-wide group. */
export interface ProjectGroup {
  project: string | null;
  environments: EnvironmentGroup[];
  outOfSync: number;
}

const NOT_SYNCED = new Set(['OutOfSync', 'Missing']);

/** Sorts null last, names alphabetically. */
function byName(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}

/**
 * Projects in name order with the team-wide group (project null) last; in each, environments
 * in name order (the project's own resources, environment null, last); resources in address order.
 */
export function groupResources(resources: readonly StatusResource[]): ProjectGroup[] {
  const projects = new Map<string | null, Map<string | null, StatusResource[]>>();
  for (const r of resources) {
    const project = r.project ?? null;
    const environment = project === null ? null : (r.environment ?? null);
    let envs = projects.get(project);
    if (!envs) projects.set(project, (envs = new Map()));
    let list = envs.get(environment);
    if (!list) envs.set(environment, (list = []));
    list.push(r);
  }
  return [...projects.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([project, envs]) => {
      const environments = [...envs.entries()]
        .sort(([a], [b]) => byName(a, b))
        .map(([environment, list]) => {
          const sorted = [...list].sort((x, y) => x.address.localeCompare(y.address));
          return { environment, resources: sorted, outOfSync: sorted.filter((r) => NOT_SYNCED.has(r.sync)).length };
        });
      return { project, environments, outOfSync: environments.reduce((n, e) => n + e.outOfSync, 0) };
    });
}

/** Counts of resources per sync state, for the page's summary line. */
export function syncCounts(resources: readonly StatusResource[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of resources) counts[r.sync] = (counts[r.sync] ?? 0) + 1;
  return counts;
}
