import type { ApplyEvent } from '../apply/events.js';
import type { ApplySummary } from '../apply/summary.js';
import type { LockProblem } from '../apply/apply-locks.js';
import type { PlanStep, StepOp } from '../model/plan.js';

/** How apply reports progress: a live TTY view, one line per event (CI logs), or JSON lines. */
export type ProgressMode = 'tty' | 'lines' | 'json';

/** A sink for apply events that writes them to a stream in one of the modes. */
export interface ProgressReporter {
  onEvent(event: ApplyEvent): void;
  /** Stops the live view (if any) so the caller can print after it. */
  close(): void;
}

const OP_VERB: Record<StepOp, string> = {
  create: 'create',
  update: 'update',
  move: 'move',
  adopt: 'adopt',
  env: 'set env vars',
  'shared-env': 'set shared variables',
  deploy: 'deploy',
  restart: 'restart',
  delete: 'delete',
};

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;

/** "deploy ado/production/application/api" from a step. */
export function describeStep(step: Pick<PlanStep, 'address' | 'op'>): string {
  return `${OP_VERB[step.op] ?? step.op} ${step.address}`;
}

/**
 * Creates a reporter. `lines` prints a timestamped line per event; `tty` prints finished
 * events the same way and keeps a redrawn block of in-flight steps with elapsed times below
 * them; `json` writes one JSON object per event (newline-delimited), for tools.
 */
export function createProgressReporter(
  stream: NodeJS.WritableStream & { columns?: number },
  mode: ProgressMode,
  now: () => number = Date.now,
): ProgressReporter {
  const start = now();
  const steps = new Map<string, PlanStep>();
  const running = new Map<string, { startedAt: number; status?: string }>();
  let drawnLines = 0;
  let timer: NodeJS.Timeout | undefined;

  const stamp = (): string => `[${seconds(now() - start).padStart(6)}]`;
  const label = (id: string): string => {
    const s = steps.get(id);
    return s ? describeStep(s) : id;
  };

  const clearLive = (): void => {
    if (mode !== 'tty' || drawnLines === 0) return;
    stream.write(`\x1b[${drawnLines}A\x1b[0J`);
    drawnLines = 0;
  };
  const drawLive = (): void => {
    if (mode !== 'tty') return;
    clearLive();
    const width = stream.columns ?? 100;
    const lines = [...running.entries()].map(([id, r]) => {
      const text = `  ⠿ ${label(id)} (${seconds(now() - r.startedAt)})${r.status ? ` — ${r.status}` : ''}`;
      return text.length > width - 1 ? `${text.slice(0, width - 2)}…` : text;
    });
    if (lines.length > 0) stream.write(`${lines.join('\n')}\n`);
    drawnLines = lines.length;
  };
  const print = (line: string): void => {
    clearLive();
    stream.write(`${line}\n`);
    drawLive();
  };

  if (mode === 'tty') {
    timer = setInterval(drawLive, 250);
    timer.unref();
  }

  return {
    onEvent(event) {
      if (mode === 'json') {
        const payload = event.type === 'apply-started' ? { ...event, steps: event.steps.map((s) => s.id) } : event;
        stream.write(`${JSON.stringify(payload)}\n`);
        return;
      }
      switch (event.type) {
        case 'apply-started':
          for (const s of event.steps) steps.set(s.id, s);
          print(`Applying ${event.steps.length} step${event.steps.length === 1 ? '' : 's'} (parallelism ${event.parallelism})`);
          break;
        case 'step-started':
          running.set(event.stepId, { startedAt: now() });
          if (mode === 'lines') print(`${stamp()} … ${label(event.stepId)}`);
          else drawLive();
          break;
        case 'step-progress': {
          const r = running.get(event.stepId);
          if (r) r.status = event.message;
          if (mode === 'lines') print(`${stamp()}   ${label(event.stepId)}: ${event.message} (${seconds(event.elapsedMs)})`);
          break;
        }
        case 'step-log':
          print(`${stamp()}   ${event.level === 'warn' ? 'warning: ' : ''}${label(event.stepId)}: ${event.message}`);
          break;
        case 'step-finished':
          running.delete(event.stepId);
          print(`${stamp()} ✓ ${label(event.stepId)} (${seconds(event.ms)})${event.detail ? ` ${event.detail}` : ''}`);
          break;
        case 'step-failed':
          running.delete(event.stepId);
          print(`${stamp()} ✗ ${label(event.stepId)} failed after ${seconds(event.ms)}: ${event.error}`);
          if (event.logTail && event.logTail.length > 0) {
            print(`    last log lines:\n${event.logTail.map((l) => `    │ ${l}`).join('\n')}`);
          }
          break;
        case 'step-skipped':
          print(`${stamp()} - ${label(event.stepId)} skipped: ${event.reason}`);
          break;
        case 'apply-cancelled':
          print(`${stamp()} ! cancelled (${event.reason}): no new steps start; waiting for running ones to finish`);
          break;
        case 'apply-finished':
          running.clear();
          clearLive();
          break;
      }
    },
    close() {
      if (timer) clearInterval(timer);
      clearLive();
    },
  };
}

/** The closing summary of an apply, in words; a lock left behind or lost is said in the headline. */
export function renderApplySummary(summary: ApplySummary, steps: Map<string, PlanStep>, lockProblems: readonly LockProblem[] = []): string {
  const name = (id: string): string => {
    const s = steps.get(id);
    return s ? describeStep(s) : id;
  };
  const lines: string[] = [];
  const total = summary.done.length + summary.failed.length + summary.skipped.length + summary.notStarted.length;
  if (summary.exitCode === 0 && lockProblems.length > 0) {
    lines.push(`Apply done: ${summary.done.length} of ${total} steps done in ${seconds(summary.wallMs)}, but the apply lock was not released (see below).`);
  } else if (summary.exitCode === 0) {
    lines.push(`Apply complete: ${summary.done.length} of ${total} steps done in ${seconds(summary.wallMs)}.`);
  } else {
    lines.push(
      `Apply ${summary.cancelled ? 'cancelled' : summary.done.length > 0 ? 'partially done' : 'failed'}: ` +
        `${summary.done.length} done, ${summary.failed.length} failed, ${summary.skipped.length} skipped, ` +
        `${summary.notStarted.length} not started (${seconds(summary.wallMs)}).`,
    );
    for (const id of summary.failed) lines.push(`  ✗ failed:      ${name(id)}`);
    for (const id of summary.skipped) lines.push(`  - skipped:     ${name(id)}`);
    for (const id of summary.notStarted) lines.push(`  · not started: ${name(id)}`);
    lines.push('Re-run `ado-coolify apply` to converge: completed steps are not repeated.');
  }
  return lines.join('\n');
}

/** Lost or unreleased apply locks, as error lines with the command that fixes them. */
export function renderLockProblems(problems: readonly LockProblem[]): string {
  return problems.map((p) => `error: ${p.message}\nhint: ${p.hint}\n`).join('');
}
