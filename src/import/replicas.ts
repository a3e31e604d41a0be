/**
 * Replica sets in a live environment: lowering turns `web: { replicas: N }` into the
 * applications `web-1..web-N` (`replicaName`), each carrying the network alias
 * `replicaAlias(project, environment, web)`. The import folds such a set back into one entry
 * with `replicas: N` (ux audit M6), so the imported manifest plans clean. Pure.
 */
import { replicaAlias } from '../kinds/lower.js';
import { replicaName } from '../model/address.js';
import type { ApplicationSnapshot } from './types.js';

/** The live instances of one replica set, in instance order (`base-1` first). */
export interface LiveReplicaSet {
  /** The manifest name of the set (`web` for `web-1..web-N`). */
  base: string;
  /** The shared network alias the instances carry. */
  alias: string;
  members: ApplicationSnapshot[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const SUFFIXED = /^(.+)-([1-9][0-9]*)$/;

/**
 * The replica sets among the applications of one environment: instances `base-1..base-N`
 * (N ≥ 2, no gap) that all carry the alias lowering gives `base`, and no application named
 * `base` itself. Anything else is left to be imported one application at a time.
 */
export function liveReplicaSets(apps: readonly ApplicationSnapshot[], project: string, environment: string): LiveReplicaSet[] {
  const names = new Set(apps.map((a) => str(a.record.name)));
  const groups = new Map<string, Map<number, ApplicationSnapshot>>();
  for (const app of apps) {
    const m = SUFFIXED.exec(str(app.record.name));
    if (!m) continue;
    const base = m[1]!;
    if (str(app.record.custom_network_aliases).trim() !== replicaAlias(project, environment, base)) continue;
    const group = groups.get(base) ?? new Map<number, ApplicationSnapshot>();
    const k = Number(m[2]);
    if (group.has(k)) continue;
    group.set(k, app);
    groups.set(base, group);
  }
  const sets: LiveReplicaSet[] = [];
  for (const [base, group] of groups) {
    if (group.size < 2 || names.has(base)) continue;
    const members: ApplicationSnapshot[] = [];
    for (let k = 1; k <= group.size; k++) {
      const app = group.get(k);
      if (app === undefined || str(app.record.name) !== replicaName(base, k)) break;
      members.push(app);
    }
    if (members.length === group.size) sets.push({ base, alias: replicaAlias(project, environment, base), members });
  }
  return sets;
}
