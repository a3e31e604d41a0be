/**
 * The critical path of a step list: the chain of dependent steps with the largest summed
 * duration. With parallelism at least as large as the graph's width (e.g. ≥ the number of
 * steps) and a walker that starts each step as soon as its dependencies are done, the apply's
 * wall time equals this length; with less parallelism it is a lower bound.
 */
import type { PlanStep } from '../model/plan.js';
import { stableTopoSort } from './topo-sort.js';

/** Length and step ids (dependencies first) of the longest path. */
export interface CriticalPath {
  lengthMs: number;
  path: string[];
}

/**
 * Longest path by summed `duration`. Dependencies on unknown ids are ignored. Ties go to the
 * step listed first. Throws when the steps have a cycle.
 */
export function criticalPath(steps: readonly PlanStep[], duration: (step: PlanStep) => number): CriticalPath {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const { order, blocked } = stableTopoSort(steps, (s) => s.dependsOn.flatMap((id) => byId.get(id) ?? []));
  if (blocked.length > 0) throw new Error(`criticalPath: steps form a cycle (${blocked.map((s) => s.id).join(', ')})`);
  const finish = new Map<string, number>();
  const via = new Map<string, string>();
  let best: PlanStep | undefined;
  for (const s of order) {
    let start = 0;
    for (const id of s.dependsOn) {
      const f = finish.get(id);
      if (f !== undefined && f > start) {
        start = f;
        via.set(s.id, id);
      } else if (f !== undefined && !via.has(s.id) && f === start) {
        via.set(s.id, id);
      }
    }
    const end = start + Math.max(0, duration(s));
    finish.set(s.id, end);
    if (!best || end > finish.get(best.id)!) best = s;
  }
  if (!best) return { lengthMs: 0, path: [] };
  const path: string[] = [];
  for (let id: string | undefined = best.id; id !== undefined; id = via.get(id)) path.unshift(id);
  return { lengthMs: finish.get(best.id)!, path };
}
