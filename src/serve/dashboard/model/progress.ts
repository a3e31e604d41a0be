/**
 * The live progress of the running cycle, folded from the SSE events of `GET /events`
 * (`cycle-start`, `phase`, `step`, `cycle-end`), and the sentence the page's ARIA live region
 * reads out. Pure: `reduceProgress` returns a new state and never mutates the old one.
 */
import { formatDuration } from './chart.js';
import type { RunningCycle, ServeEventName, ServeEvents } from './contract.js';

/** One finished apply step of the live cycle. */
export interface LiveStep {
  address: string;
  action: string;
  outcome: string;
  durationMs: number;
}

/** What the page knows of the current (or last watched) cycle. */
export interface LiveProgress {
  cycle: number | null;
  trigger: string | null;
  phase: string | null;
  steps: LiveStep[];
  counts: { ok: number; failed: number; skipped: number };
  /** Set by `cycle-end`; null while the cycle runs. */
  finished: { result: string; exitCode: number; durationMs: number } | null;
}

/** Nothing watched yet. */
export const IDLE: LiveProgress = { cycle: null, trigger: null, phase: null, steps: [], counts: { ok: 0, failed: 0, skipped: 0 }, finished: null };

/** At most this many steps are kept (the newest); the counts cover all of them. */
export const MAX_LIVE_STEPS = 200;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Folds one SSE event into the progress; an event of another cycle than the watched one starts over. */
export function reduceProgress<N extends ServeEventName>(state: LiveProgress, name: N, data: ServeEvents[N] | unknown): LiveProgress {
  if (!isRecord(data)) return state;
  const cycle = typeof data.cycle === 'number' ? data.cycle : null;
  switch (name) {
    case 'cycle-start':
      return { ...IDLE, cycle, trigger: typeof data.trigger === 'string' ? data.trigger : null, phase: 'fetch' };
    case 'phase': {
      const base = cycle !== null && cycle !== state.cycle ? { ...IDLE, cycle } : state;
      return { ...base, phase: typeof data.phase === 'string' ? data.phase : base.phase };
    }
    case 'step': {
      const base = cycle !== null && cycle !== state.cycle ? { ...IDLE, cycle, phase: 'apply' } : state;
      const step: LiveStep = {
        address: String(data.address ?? ''),
        action: String(data.action ?? ''),
        outcome: String(data.outcome ?? ''),
        durationMs: typeof data.durationMs === 'number' ? data.durationMs : 0,
      };
      const counts = { ...base.counts };
      if (step.outcome === 'ok' || step.outcome === 'failed' || step.outcome === 'skipped') counts[step.outcome]++;
      return { ...base, steps: [...base.steps, step].slice(-MAX_LIVE_STEPS), counts };
    }
    case 'cycle-end': {
      const base = cycle !== null && cycle !== state.cycle ? { ...IDLE, cycle } : state;
      return {
        ...base,
        finished: {
          result: String(data.result ?? 'Unknown'),
          exitCode: typeof data.exitCode === 'number' ? data.exitCode : -1,
          durationMs: typeof data.durationMs === 'number' ? data.durationMs : 0,
        },
      };
    }
    default:
      return state;
  }
}

/** Progress from `/api/v1/status`'s `running` when the page opens in the middle of a cycle. */
export function progressFromRunning(state: LiveProgress, running: RunningCycle | null): LiveProgress {
  // the same cycle: the SSE events already tell more (or it finished since the poll was answered)
  if (!running || state.cycle === running.cycle) return state;
  return { ...IDLE, cycle: running.cycle, phase: running.phase };
}

/** The sentence the live region announces for `state`, or '' when nothing was watched. */
export function describeProgress(state: LiveProgress): string {
  if (state.cycle === null) return '';
  const { ok, failed, skipped } = state.counts;
  const total = ok + failed + skipped;
  const steps = total === 0 ? '' : ` — ${total} step${total === 1 ? '' : 's'}: ${ok} ok, ${failed} failed, ${skipped} skipped`;
  if (state.finished) {
    return `Cycle ${state.cycle} finished: ${state.finished.result} in ${formatDuration(state.finished.durationMs)}${steps}`;
  }
  const by = state.trigger ? ` (${state.trigger})` : '';
  return `Cycle ${state.cycle}${by} running: ${state.phase ?? 'starting'}${steps}`;
}
