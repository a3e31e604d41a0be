/**
 * The parallel step walker. Each step starts as soon as its own dependencies are done (not
 * phase by phase), under a bound on how many run at once. A failed step marks everything
 * that depends on it, directly or not, `skipped` while independent work goes on. Cancelling
 * (Ctrl-C) stops new starts, lets in-flight steps finish and records the rest as not started.
 * The walker prints nothing: it reports through `onEvent`.
 */
import { setMaxListeners } from 'node:events';
import type { PlanStep } from '../model/plan.js';
import { MinHeap, stableTopoSort } from '../graph/topo-sort.js';
import type { ApplyEvent } from '../model/apply-events.js';
import { buildApplySummary, type ApplySummary } from '../model/apply-summary.js';

/** What a running step can use. */
export interface StepContext {
  step: PlanStep;
  /**
   * Aborts only when the caller aborts `stepSignal` (e.g. a second Ctrl-C): a graceful cancel
   * lets in-flight steps run to completion.
   */
  signal: AbortSignal;
  /** Reports progress (a `step-progress` event), e.g. "waiting for deployment abc: in_progress". */
  progress(message: string): void;
  /** Log lines (`step-log` events); the text must already be safe to print. */
  log: { info(message: string): void; warn(message: string): void };
  /** Milliseconds since this step started. */
  elapsedMs(): number;
  /**
   * Awaits `work` (a wait on Coolify: a deployment, health, a deletion) without holding a
   * parallelism slot, so other ready steps can start meanwhile. The slot is taken back when
   * `work` settles. Parallelism bounds steps that are sending requests, not steps that wait.
   */
  waiting<T>(work: Promise<T>): Promise<T>;
}

/** What a successful step may report. */
export interface StepOutcome {
  /** Short outcome for the `step-finished` event, e.g. "uuid abc123". */
  detail?: string;
}

/** Runs one step; throwing fails it. Error messages must already be free of secrets. */
export type StepExecutor = (step: PlanStep, ctx: StepContext) => Promise<StepOutcome | void>;

/** Options of `runSteps`. */
export interface RunStepsOptions {
  /**
   * Most steps running at once: an integer ≥ 1, or Infinity; or a function read each time a
   * step could start (the default of apply: the client's current in-flight bound).
   */
  parallelism: number | (() => number);
  /** Graceful cancel: no new step starts once it aborts. */
  signal?: AbortSignal;
  /** Handed to in-flight steps as `ctx.signal` (a hard cancel); never aborted by the walker. */
  stepSignal?: AbortSignal;
  onEvent: (event: ApplyEvent) => void;
  /** Injectable clock in ms; default `Date.now`. */
  now?: () => number;
  /**
   * The expected cost of one step (any unit, ≥ 0; default `expectedStepWeight`). Of the steps ready to start,
   * the one with the longest expected chain of work still behind it starts first (ties in plan
   * order), so a long chain (create → env → deploy) is not queued behind short independent steps
   * when slots are scarce.
   */
  weight?: (step: PlanStep) => number;
}

/**
 * The default expected cost of a step: a deployment, redeploy or restart waits for Coolify to
 * build and start (seconds), about ten times a step of a few requests.
 */
export function expectedStepWeight(step: PlanStep): number {
  return step.op === 'deploy' || step.op === 'redeploy' || step.op === 'restart' ? 10 : 1;
}

/**
 * Each step's own weight plus the heaviest chain of dependents after it (the "bottom level" of
 * list scheduling): computed once, dependents before the steps they wait for.
 */
function workBehind(steps: readonly PlanStep[], dependents: readonly number[][], weight: ((step: PlanStep) => number) | undefined): number[] {
  const own = steps.map((s) => {
    const w = (weight ?? expectedStepWeight)(s);
    return Number.isFinite(w) && w > 0 ? w : 0;
  });
  const out = new Array<number>(steps.length).fill(-1);
  // Iterative post-order: a step's value needs all of its dependents' values first.
  for (let root = 0; root < steps.length; root++) {
    if (out[root]! >= 0) continue;
    const stack: Array<[number, number]> = [[root, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [i, next] = top;
      const deps = dependents[i]!;
      if (next < deps.length) {
        top[1] = next + 1;
        const j = deps[next]!;
        if (out[j]! < 0) stack.push([j, 0]);
        continue;
      }
      let most = 0;
      for (const j of deps) if (out[j]! > most) most = out[j]!;
      out[i] = own[i]! + most;
      stack.pop();
    }
  }
  return out;
}

/** An error that carries the last lines of a log (e.g. a failed deployment), shown on failure. */
export interface ErrorWithLogTail {
  logTail?: unknown;
}

type State = 'pending' | 'running' | 'done' | 'failed' | 'skipped';

/** The message of whatever was thrown. */
function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return typeof err === 'string' ? err : String(err);
}

/** A string array `logTail` property of a thrown error, if any. */
function errorLogTail(err: unknown): string[] | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const tail = (err as ErrorWithLogTail).logTail;
  return Array.isArray(tail) && tail.every((l) => typeof l === 'string') ? (tail as string[]) : undefined;
}

/** The text of an abort reason. */
function abortReason(signal: AbortSignal): string {
  const r: unknown = signal.reason;
  if (typeof r === 'string') return r;
  if (r instanceof Error && r.name !== 'AbortError') return r.message;
  return 'cancelled';
}

/**
 * Runs `steps` (any order; `dependsOn` must name steps in the list and be acyclic — throws
 * otherwise) and resolves with the summary once every step has ended or, after a cancel,
 * once in-flight steps have ended. Rejects only on invalid input or when `onEvent` threw
 * (after the run has ended, with the first such error).
 */
export function runSteps(steps: readonly PlanStep[], execute: StepExecutor, options: RunStepsOptions): Promise<ApplySummary> {
  const bound = options.parallelism;
  const valid = (p: number): boolean => p === Infinity || (Number.isInteger(p) && p >= 1);
  if (typeof bound === 'number' && !valid(bound)) {
    throw new RangeError(`parallelism must be an integer ≥ 1 (or Infinity), got ${bound}`);
  }
  /** The bound now; a function's odd answer counts as 1 (the walk must go on). */
  const currentParallelism = (): number => {
    if (typeof bound === 'number') return bound;
    const p = bound();
    return valid(p) ? p : 1;
  };
  const index = new Map<string, number>();
  steps.forEach((s, i) => {
    if (index.has(s.id)) throw new Error(`duplicate step id ${s.id}`);
    index.set(s.id, i);
  });
  for (const s of steps) {
    for (const d of s.dependsOn) if (!index.has(d)) throw new Error(`step ${s.id} depends on unknown step ${d}`);
  }
  const { blocked } = stableTopoSort(steps, (s) => s.dependsOn.map((d) => steps[index.get(d)!]!));
  if (blocked.length > 0) throw new Error(`steps form a cycle: ${blocked.map((s) => s.id).join(', ')}`);

  const now = options.now ?? Date.now;
  const stepSignal = options.stepSignal ?? new AbortController().signal;
  // Every waiting step listens on it: many listeners at once are expected, not a leak.
  setMaxListeners(1000, stepSignal);
  const state: State[] = steps.map(() => 'pending');
  const remaining = steps.map((s) => new Set(s.dependsOn).size);
  const dependents: number[][] = steps.map(() => []);
  steps.forEach((s, i) => {
    for (const d of new Set(s.dependsOn)) dependents[index.get(d)!]!.push(i);
  });
  const behind = workBehind(steps, dependents, options.weight);
  const ready = new MinHeap<number>((a, b) => behind[b]! - behind[a]! || a - b);
  remaining.forEach((n, i) => {
    if (n === 0) ready.push(i);
  });

  const done: string[] = [];
  const failed: string[] = [];
  const durations: Record<string, number> = {};
  const runStart = now();
  let running = 0;
  /** Steps inside `ctx.waiting()`: in flight, but not holding a slot. */
  let waitingCount = 0;
  let cancelled = false;
  let finished = false;
  let eventError: { error: unknown } | undefined;

  const emit = (event: ApplyEvent): void => {
    try {
      options.onEvent(event);
    } catch (error) {
      eventError ??= { error };
    }
  };

  return new Promise<ApplySummary>((resolve, reject) => {
    const finish = (): void => {
      if (finished) return;
      finished = true;
      options.signal?.removeEventListener('abort', onAbort);
      const summary = buildApplySummary({
        done,
        failed,
        skipped: steps.filter((_, i) => state[i] === 'skipped').map((s) => s.id),
        notStarted: steps.filter((_, i) => state[i] === 'pending').map((s) => s.id),
        durations,
        wallMs: now() - runStart,
        cancelled,
      });
      emit({ type: 'apply-finished', summary });
      if (eventError) reject(eventError.error);
      else resolve(summary);
    };

    const pump = (): void => {
      const parallelism = currentParallelism();
      while (!cancelled && running < parallelism && ready.size > 0) start(ready.pop()!);
      if (running === 0 && waitingCount === 0 && (cancelled || ready.size === 0)) finish();
    };

    function onAbort(): void {
      if (cancelled || finished) return;
      cancelled = true;
      emit({ type: 'apply-cancelled', reason: options.signal ? abortReason(options.signal) : 'cancelled' });
      if (running === 0 && waitingCount === 0) finish();
    }

    const skipDependents = (failedIndex: number): void => {
      const failedId = steps[failedIndex]!.id;
      const reached = new Set<number>();
      const stack = [...dependents[failedIndex]!];
      while (stack.length > 0) {
        const i = stack.pop()!;
        if (reached.has(i)) continue;
        reached.add(i);
        stack.push(...dependents[i]!);
      }
      for (const i of [...reached].sort((a, b) => a - b)) {
        if (state[i] !== 'pending') continue;
        state[i] = 'skipped';
        emit({ type: 'step-skipped', stepId: steps[i]!.id, reason: `dependency ${failedId} failed` });
      }
    };

    const start = (i: number): void => {
      const step = steps[i]!;
      state[i] = 'running';
      running++;
      const t0 = now();
      let ended = false;
      emit({ type: 'step-started', stepId: step.id, address: step.address, op: step.op, at: t0 });
      const ctx: StepContext = {
        step,
        signal: stepSignal,
        progress: (message) => {
          if (!ended) emit({ type: 'step-progress', stepId: step.id, message, elapsedMs: now() - t0 });
        },
        log: {
          info: (message) => {
            if (!ended) emit({ type: 'step-log', stepId: step.id, level: 'info', message });
          },
          warn: (message) => {
            if (!ended) emit({ type: 'step-log', stepId: step.id, level: 'warn', message });
          },
        },
        elapsedMs: () => now() - t0,
        waiting: async <T>(work: Promise<T>): Promise<T> => {
          running--;
          waitingCount++;
          pump();
          try {
            return await work;
          } finally {
            waitingCount--;
            running++;
          }
        },
      };
      new Promise<StepOutcome | void>((res) => res(execute(step, ctx))).then(
        (outcome) => {
          ended = true;
          const ms = now() - t0;
          state[i] = 'done';
          running--;
          done.push(step.id);
          durations[step.id] = ms;
          emit({ type: 'step-finished', stepId: step.id, ms, ...(outcome?.detail ? { detail: outcome.detail } : {}) });
          for (const j of dependents[i]!) {
            remaining[j]!--;
            if (remaining[j] === 0 && state[j] === 'pending') ready.push(j);
          }
          pump();
        },
        (err: unknown) => {
          ended = true;
          const ms = now() - t0;
          state[i] = 'failed';
          running--;
          failed.push(step.id);
          durations[step.id] = ms;
          const logTail = errorLogTail(err);
          emit({ type: 'step-failed', stepId: step.id, ms, error: errorMessage(err), ...(logTail ? { logTail } : {}) });
          skipDependents(i);
          pump();
        },
      );
    };

    emit({ type: 'apply-started', steps: [...steps], parallelism: currentParallelism() });
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted) onAbort();
    else pump();
  });
}
