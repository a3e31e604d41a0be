import { describe, expect, it } from 'vitest';
import { runSteps, type StepExecutor } from '../../src/apply/walker.js';
import type { ApplyEvent } from '../../src/model/apply-events.js';
import type { PlanStep } from '../../src/model/plan.js';
import { VirtualClock } from './virtual-clock.js';
import { addr } from '../helpers/address.js';

const step = (id: string, ...dependsOn: string[]): PlanStep => ({ id, address: addr(id.split(':')[0]!), op: 'create', dependsOn });

/** Runs with a virtual clock; `durations` in ms, `fail` ids throw after their duration. */
async function run(
  steps: PlanStep[],
  opts: { parallelism?: number | (() => number); durations?: Record<string, number>; fail?: Record<string, Error | string>; signal?: AbortSignal; execute?: StepExecutor; clock?: VirtualClock } = {},
) {
  const clock = opts.clock ?? new VirtualClock();
  const events: ApplyEvent[] = [];
  const execute: StepExecutor =
    opts.execute ??
    (async (s) => {
      await clock.sleep(opts.durations?.[s.id] ?? 1);
      const f = opts.fail?.[s.id];
      if (f !== undefined) throw f;
      return { detail: `did ${s.id}` };
    });
  const summary = await clock.run(
    runSteps(steps, execute, { parallelism: opts.parallelism ?? 4, onEvent: (e) => events.push(e), now: clock.now, signal: opts.signal }),
  );
  const startedAt = new Map(events.flatMap((e) => (e.type === 'step-started' ? [[e.stepId, e.at] as const] : [])));
  return { summary, events, startedAt, clock };
}

describe('runSteps', () => {
  it('starts each step as soon as its own dependencies are done, not phase by phase', async () => {
    const { startedAt, summary } = await run([step('slow'), step('fast'), step('after-fast', 'fast'), step('after-slow', 'slow')], {
      durations: { slow: 10, fast: 1, 'after-fast': 1, 'after-slow': 1 },
    });
    expect(startedAt.get('after-fast')).toBe(1);
    expect(startedAt.get('after-slow')).toBe(10);
    expect(summary.wallMs).toBe(11);
    expect(summary.exitCode).toBe(0);
    expect(summary.done).toEqual(['fast', 'after-fast', 'slow', 'after-slow']);
    expect(summary.durations).toEqual({ fast: 1, 'after-fast': 1, slow: 10, 'after-slow': 1 });
  });

  it('parallelism 1 runs steps one at a time in the given order', async () => {
    const { events } = await run([step('a'), step('b'), step('c', 'a')], { parallelism: 1 });
    expect(events.filter((e) => e.type === 'step-started').map((e) => (e.type === 'step-started' ? e.at : -1))).toEqual([0, 1, 2]);
    expect(events.flatMap((e) => (e.type === 'step-started' ? [e.stepId] : []))).toEqual(['a', 'b', 'c']);
  });

  it('with scarce slots, the ready step with the longest chain of work behind it starts first (ties in plan order)', async () => {
    const steps = [step('lone'), step('head'), step('mid', 'head'), step('tail', 'mid'), step('other')];
    const { events } = await run(steps, { parallelism: 1 });
    expect(events.flatMap((e) => (e.type === 'step-started' ? [e.stepId] : []))).toEqual(['head', 'mid', 'lone', 'tail', 'other']);
  });

  it('the weight option counts a step\'s own cost: one heavy step outranks a chain of light ones', async () => {
    const clock = new VirtualClock();
    const events: ApplyEvent[] = [];
    const steps = [step('a'), step('b', 'a'), step('c', 'b'), { ...step('deploy'), op: 'deploy' as const }];
    await clock.run(
      runSteps(steps, async () => clock.sleep(1), {
        parallelism: 1, onEvent: (e) => events.push(e), now: clock.now, weight: (s) => (s.op === 'deploy' ? 10 : 1),
      }),
    );
    expect(events.flatMap((e) => (e.type === 'step-started' ? [e.stepId] : []))).toEqual(['deploy', 'a', 'b', 'c']);
  });

  it('a parallelism function is read each time a step could start (the client\'s bound, which grows)', async () => {
    const clock = new VirtualClock();
    let bound = 1;
    const execute: StepExecutor = async (st) => {
      await clock.sleep(10);
      if (st.id === 'a') bound = 3; // e.g. the first answers raised the client's bound
      return { detail: st.id };
    };
    const { startedAt, events } = await run([step('a'), step('b'), step('c'), step('d')], { parallelism: () => bound, execute, clock });
    expect(events[0]).toMatchObject({ type: 'apply-started', parallelism: 1 });
    expect(Object.fromEntries(startedAt)).toEqual({ a: 0, b: 10, c: 10, d: 10 });
  });

  it('emits a well-formed event stream', async () => {
    const { events, summary } = await run([step('ado:create'), step('ado/production:create', 'ado:create')], { parallelism: 2 });
    expect(events.map((e) => e.type)).toEqual([
      'apply-started',
      'step-started',
      'step-finished',
      'step-started',
      'step-finished',
      'apply-finished',
    ]);
    expect(events[0]).toMatchObject({ type: 'apply-started', parallelism: 2 });
    expect(events[1]).toEqual({ type: 'step-started', stepId: 'ado:create', address: 'ado', op: 'create', at: 0 });
    expect(events[2]).toEqual({ type: 'step-finished', stepId: 'ado:create', ms: 1, detail: 'did ado:create' });
    expect(events.at(-1)).toEqual({ type: 'apply-finished', summary });
  });

  it('a failure skips transitive dependents with a reason naming the failed step; independent work goes on', async () => {
    const err = Object.assign(new Error('deployment failed: exit 1'), { logTail: ['npm ERR! boom', 'exit 1'] });
    const { summary, events } = await run(
      [step('db:create'), step('app:create', 'db:create'), step('app:deploy', 'app:create'), step('other:create'), step('other:deploy', 'other:create')],
      { fail: { 'db:create': err }, durations: { 'db:create': 5 } },
    );
    expect(summary.failed).toEqual(['db:create']);
    expect(summary.skipped).toEqual(['app:create', 'app:deploy']);
    expect(summary.done).toEqual(['other:create', 'other:deploy']);
    expect(summary.notStarted).toEqual([]);
    expect(summary.exitCode).toBe(3);
    expect(events).toContainEqual({ type: 'step-failed', stepId: 'db:create', ms: 5, error: 'deployment failed: exit 1', logTail: ['npm ERR! boom', 'exit 1'] });
    expect(events).toContainEqual({ type: 'step-skipped', stepId: 'app:deploy', reason: 'dependency db:create failed' });
    expect(events.some((e) => e.type === 'step-started' && e.stepId.startsWith('app:'))).toBe(false);
  });

  it('exit code 1 when nothing was done; non-Error throws become their string', async () => {
    const { summary, events } = await run([step('a'), step('b', 'a')], { fail: { a: 'plain string' } });
    expect(summary.exitCode).toBe(1);
    expect(events).toContainEqual({ type: 'step-failed', stepId: 'a', ms: 1, error: 'plain string' });
  });

  it('a synchronous throw from execute fails the step', async () => {
    const { summary } = await run([step('a'), step('b')], {
      execute: (s) => {
        if (s.id === 'a') throw new Error('sync');
        return Promise.resolve();
      },
    });
    expect(summary.failed).toEqual(['a']);
    expect(summary.done).toEqual(['b']);
  });

  it('cancel: no new starts, in-flight steps finish and are recorded, the rest are not started', async () => {
    const clock = new VirtualClock();
    const ac = new AbortController();
    clock.at(3, () => ac.abort('interrupted (SIGINT)'));
    const { summary, events } = await run(
      [step('a'), step('b'), step('a2', 'a'), step('c', 'b'), step('d')],
      { clock, parallelism: 2, signal: ac.signal, durations: { a: 5, b: 1, c: 10 } },
    );
    // t=0 a,b start; t=1 b done, c starts; t=3 cancel; t=5 a done; t=11 c done.
    expect(summary.cancelled).toBe(true);
    expect(summary.done).toEqual(['b', 'a', 'c']);
    expect(summary.notStarted).toEqual(['a2', 'd']);
    expect(summary.exitCode).toBe(3);
    expect(summary.wallMs).toBe(11);
    const cancelAt = events.findIndex((e) => e.type === 'apply-cancelled');
    expect(events[cancelAt]).toEqual({ type: 'apply-cancelled', reason: 'interrupted (SIGINT)' });
    expect(events.slice(cancelAt).some((e) => e.type === 'step-started')).toBe(false);
  });

  it('cancel before the start runs nothing', async () => {
    const ac = new AbortController();
    ac.abort();
    const { summary, events } = await run([step('a'), step('b', 'a')], { signal: ac.signal });
    expect(events.map((e) => e.type)).toEqual(['apply-started', 'apply-cancelled', 'apply-finished']);
    expect(summary).toMatchObject({ notStarted: ['a', 'b'], done: [], cancelled: true, exitCode: 1 });
    expect(events[1]).toEqual({ type: 'apply-cancelled', reason: 'cancelled' });
  });

  it('the graceful signal is not the step signal; stepSignal reaches the context', async () => {
    const graceful = new AbortController();
    const hard = new AbortController();
    const clock = new VirtualClock();
    const seen: boolean[] = [];
    const events: ApplyEvent[] = [];
    const p = runSteps(
      [step('a')],
      async (_s, ctx) => {
        graceful.abort();
        seen.push(ctx.signal.aborted);
        hard.abort();
        seen.push(ctx.signal.aborted);
        await clock.sleep(1);
      },
      { parallelism: 1, signal: graceful.signal, stepSignal: hard.signal, onEvent: (e) => events.push(e), now: clock.now },
    );
    const summary = await clock.run(p);
    expect(seen).toEqual([false, true]);
    expect(summary.done).toEqual(['a']);
  });

  it('progress and log helpers emit events with elapsed time; late calls are dropped', async () => {
    const clock = new VirtualClock();
    let late: (() => void) | undefined;
    const { events } = await run([step('app:deploy')], {
      clock,
      execute: async (_s, ctx) => {
        await clock.sleep(2);
        ctx.progress('waiting for deployment abc: in_progress');
        ctx.log.warn('slow build');
        ctx.log.info('pulled image');
        expect(ctx.elapsedMs()).toBe(2);
        late = () => ctx.progress('too late');
      },
    });
    late!();
    expect(events.filter((e) => e.type === 'step-progress' || e.type === 'step-log')).toEqual([
      { type: 'step-progress', stepId: 'app:deploy', message: 'waiting for deployment abc: in_progress', elapsedMs: 2 },
      { type: 'step-log', stepId: 'app:deploy', level: 'warn', message: 'slow build' },
      { type: 'step-log', stepId: 'app:deploy', level: 'info', message: 'pulled image' },
    ]);
    expect(events.at(-1)?.type).toBe('apply-finished');
  });

  it('an empty plan finishes at once with exit 0', async () => {
    const { summary, events } = await run([]);
    expect(summary).toMatchObject({ done: [], exitCode: 0, wallMs: 0 });
    expect(events.map((e) => e.type)).toEqual(['apply-started', 'apply-finished']);
  });

  it.each<[string, PlanStep[], number, RegExp]>([
    ['duplicate ids', [step('a'), step('a')], 1, /duplicate step id a/],
    ['unknown dependency', [step('a', 'ghost')], 1, /unknown step ghost/],
    ['cycle', [step('a', 'b'), step('b', 'a')], 1, /cycle/],
    ['parallelism 0', [step('a')], 0, /parallelism/],
    ['fractional parallelism', [step('a')], 1.5, /parallelism/],
  ])('rejects invalid input: %s', (_n, steps, parallelism, message) => {
    expect(() => runSteps(steps, () => Promise.resolve(), { parallelism, onEvent: () => {} })).toThrow(message);
  });

  it('a throwing event handler does not stop the run; the error surfaces at the end', async () => {
    const clock = new VirtualClock();
    const ran: string[] = [];
    const p = runSteps(
      [step('a'), step('b', 'a')],
      async (s) => {
        ran.push(s.id);
        await clock.sleep(1);
      },
      {
        parallelism: 1,
        now: clock.now,
        onEvent: (e) => {
          if (e.type === 'step-started') throw new Error('renderer bug');
        },
      },
    );
    await expect(clock.run(p)).rejects.toThrow('renderer bug');
    expect(ran).toEqual(['a', 'b']);
  });
});

describe('waiting without holding a slot', () => {
  it('lets another ready step start while a step waits, even at parallelism 1', async () => {
    const order: string[] = [];
    let releaseA!: () => void;
    const aWaits = new Promise<void>((r) => (releaseA = r));
    const steps = [
      { id: 'a:deploy', address: addr('a'), op: 'deploy' as const, dependsOn: [] },
      { id: 'b:create', address: addr('b'), op: 'create' as const, dependsOn: [] },
    ];
    const summary = await runSteps(
      steps,
      async (step, ctx) => {
        order.push(`start ${step.id}`);
        if (step.id === 'a:deploy') await ctx.waiting(aWaits);
        else releaseA();
        order.push(`end ${step.id}`);
      },
      { parallelism: 1, onEvent: () => undefined },
    );
    expect(summary.exitCode).toBe(0);
    expect(order).toEqual(['start a:deploy', 'start b:create', 'end b:create', 'end a:deploy']);
  });

  it('without waiting(), parallelism 1 runs the steps one after the other', async () => {
    const order: string[] = [];
    const steps = [
      { id: 'a:deploy', address: addr('a'), op: 'deploy' as const, dependsOn: [] },
      { id: 'b:create', address: addr('b'), op: 'create' as const, dependsOn: [] },
    ];
    await runSteps(
      steps,
      async (step) => {
        order.push(`start ${step.id}`);
        await new Promise((r) => setTimeout(r, 5));
        order.push(`end ${step.id}`);
      },
      { parallelism: 1, onEvent: () => undefined },
    );
    expect(order).toEqual(['start a:deploy', 'end a:deploy', 'start b:create', 'end b:create']);
  });
});
