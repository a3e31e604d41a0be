import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runSteps } from '../../src/apply/walker.js';
import type { ApplyEvent } from '../../src/model/apply-events.js';
import { criticalPath } from '../../src/graph/critical-path.js';
import type { PlanStep } from '../../src/model/plan.js';
import { VirtualClock } from './virtual-clock.js';
import { addr } from '../helpers/address.js';

interface Spec {
  steps: PlanStep[];
  duration: Map<string, number>;
  fails: Set<string>;
}

/** Random DAGs (node i may depend on any j < i), listed in a shuffled order. */
const dagArb = (opts: { failures: boolean }) =>
  fc.integer({ min: 1, max: 14 }).chain((n) =>
    fc
      .tuple(
        fc.array(fc.uniqueArray(fc.nat(n - 1), { maxLength: 4 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
        fc.array(opts.failures ? fc.boolean() : fc.constant(false), { minLength: n, maxLength: n }),
        fc.array(fc.nat(), { minLength: n, maxLength: n }),
      )
      .map(([deps, durs, fails, keys]): Spec => {
        const ids = Array.from({ length: n }, (_, i) => `r${i}:create`);
        const steps = ids.map((id, i) => ({ id, address: addr(`r${i}`), op: 'create' as const, dependsOn: deps[i]!.filter((j) => j < i).map((j) => ids[j]!) }));
        const shuffled = steps.map((s, i) => [keys[i]!, s] as const).sort((a, b) => a[0] - b[0]).map(([, s]) => s);
        return {
          steps: shuffled,
          duration: new Map(ids.map((id, i) => [id, durs[i]!])),
          fails: new Set(ids.filter((_, i) => fails[i])),
        };
      }),
  );

async function simulate(spec: Spec, parallelism: number) {
  const clock = new VirtualClock();
  const events: ApplyEvent[] = [];
  const byId = new Map(spec.steps.map((s) => [s.id, s]));
  const state = new Map<string, 'running' | 'done' | 'failed' | 'skipped'>();
  let maxRunning = 0;
  let idleWhileReady = false;
  const onEvent = (e: ApplyEvent): void => {
    events.push(e);
    if (e.type === 'step-started') {
      for (const d of byId.get(e.stepId)!.dependsOn) expect(state.get(d), `${e.stepId} started before ${d} was done`).toBe('done');
      expect(state.has(e.stepId), `${e.stepId} started twice`).toBe(false);
      state.set(e.stepId, 'running');
    } else if (e.type === 'step-finished' || e.type === 'step-failed' || e.type === 'step-skipped') {
      const prev = state.get(e.stepId);
      // finished/failed only after started; skipped only if never started; no second ending.
      expect(prev, `${e.stepId} ended as ${e.type} from ${String(prev)}`).toBe(e.type === 'step-skipped' ? undefined : 'running');
      state.set(e.stepId, e.type === 'step-finished' ? 'done' : e.type === 'step-failed' ? 'failed' : 'skipped');
    }
    maxRunning = Math.max(maxRunning, [...state.values()].filter((s) => s === 'running').length);
  };
  const summary = await clock.run(
    runSteps(
      spec.steps,
      async (s) => {
        await clock.sleep(spec.duration.get(s.id)!);
        if (spec.fails.has(s.id)) throw new Error(`boom ${s.id}`);
      },
      { parallelism, onEvent, now: clock.now },
    ),
    () => {
      // Work conservation: when quiescent, a free slot never coexists with a ready step.
      const running = [...state.values()].filter((s) => s === 'running').length;
      const ready = spec.steps.some((s) => !state.has(s.id) && s.dependsOn.every((d) => state.get(d) === 'done'));
      if (ready && running < parallelism && running > 0) idleWhileReady = true;
    },
  );
  return { summary, events, maxRunning, idleWhileReady, state };
}

const transitiveDeps = (steps: PlanStep[], id: string): Set<string> => {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const out = new Set<string>();
  const stack = [...byId.get(id)!.dependsOn];
  while (stack.length) {
    const d = stack.pop()!;
    if (out.has(d)) continue;
    out.add(d);
    stack.push(...byId.get(d)!.dependsOn);
  }
  return out;
};

describe('runSteps properties (virtual clock)', () => {
  it('respects dependencies and the parallelism bound; every step ends exactly once; skipped ⇔ a dependency failed', async () => {
    await fc.assert(
      fc.asyncProperty(dagArb({ failures: true }), fc.integer({ min: 1, max: 5 }), async (spec, parallelism) => {
        const { summary, events, maxRunning, idleWhileReady } = await simulate(spec, parallelism);
        expect(maxRunning).toBeLessThanOrEqual(parallelism);
        expect(idleWhileReady).toBe(false);
        const ends = events.filter((e) => e.type === 'step-finished' || e.type === 'step-failed' || e.type === 'step-skipped');
        expect(ends.map((e) => (e as { stepId: string }).stepId).sort()).toEqual(spec.steps.map((s) => s.id).sort());
        const lists = [...summary.done, ...summary.failed, ...summary.skipped, ...summary.notStarted];
        expect(lists.sort()).toEqual(spec.steps.map((s) => s.id).sort());
        expect(summary.notStarted).toEqual([]);
        for (const s of spec.steps) {
          const deps = transitiveDeps(spec.steps, s.id);
          const depFailed = [...deps].some((d) => spec.fails.has(d));
          expect(summary.skipped.includes(s.id)).toBe(depFailed);
          if (!depFailed) expect(summary.failed.includes(s.id)).toBe(spec.fails.has(s.id));
        }
        const expectedExit = summary.failed.length === 0 ? 0 : summary.done.length > 0 ? 3 : 1;
        expect(summary.exitCode).toBe(expectedExit);
      }),
      { numRuns: 200 },
    );
  });

  it('with unbounded parallelism the makespan equals the critical path; bounded it stays within Graham’s bound', async () => {
    await fc.assert(
      fc.asyncProperty(dagArb({ failures: false }), fc.integer({ min: 1, max: 4 }), async (spec, p) => {
        const dur = (s: PlanStep): number => spec.duration.get(s.id)!;
        const cp = criticalPath(spec.steps, dur).lengthMs;
        const total = spec.steps.reduce((sum, s) => sum + dur(s), 0);
        const unbounded = await simulate(spec, Infinity);
        expect(unbounded.summary.wallMs).toBe(cp);
        expect(unbounded.summary.exitCode).toBe(0);
        const bounded = await simulate(spec, p);
        expect(bounded.summary.wallMs).toBeGreaterThanOrEqual(cp);
        expect(bounded.summary.wallMs).toBeLessThanOrEqual(total / p + cp);
      }),
      { numRuns: 150 },
    );
  });
});
