/**
 * Apply progress in words: the line printed for each apply event, the live line of a running
 * step and the closing summary. Pure; the reporter that writes them to a stream (and redraws
 * the live view) is src/engine/progress-reporter.ts, shared by the CLI and the GitHub Action.
 * Step messages and errors carry Coolify's text, log tails its deployment logs: each goes
 * through the sanitiser (audit M4).
 */
import type { ApplyEvent } from '../model/apply-events.js';
import type { ApplySummary } from '../model/apply-summary.js';
import type { PlanStep, StepOp } from '../model/plan.js';
import { jsonText, logText, terminalBlock, terminalText } from './sanitize.js';

const OP_VERB: Record<StepOp, string> = {
  create: 'create',
  update: 'update',
  move: 'move',
  adopt: 'adopt',
  env: 'set env vars',
  'shared-env': 'set shared variables',
  deploy: 'deploy',
  domains: 'set domains (stage 2, after the first deploy)',
  redeploy: 'redeploy',
  restart: 'restart',
  delete: 'delete',
};

/** Milliseconds as `1.2s`. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** "deploy ado/production/application/api" from a step. */
export function describeStep(step: Pick<PlanStep, 'address' | 'op'>): string {
  return `${OP_VERB[step.op] ?? step.op} ${terminalText(step.address)}`;
}

/** What an event line needs besides the event: the time stamp and the step labels. */
export interface EventLineContext {
  /** `[  1.2s]`: time since the run started. */
  stamp: string;
  /** The words for a step id (`describeStep` of the step, or the id). */
  label(stepId: string): string;
  /** `lines` prints a line when a step starts or progresses; `tty` shows those in its live view. */
  mode: 'tty' | 'lines';
}

/** The lines printed for one event (none when the event only changes the live view). */
export function eventLines(event: ApplyEvent, ctx: EventLineContext): string[] {
  const { stamp } = ctx;
  // terminalText is idempotent: a label from describeStep (already clean) stays the same
  const label = (stepId: string): string => terminalText(ctx.label(stepId));
  switch (event.type) {
    case 'apply-started': {
      // steps and resources told apart, so the count does not seem to contradict the plan's (audit p2)
      const resources = new Set(event.steps.map((s) => s.address)).size;
      return [`Applying ${event.steps.length} step${event.steps.length === 1 ? '' : 's'} for ${resources} resource${resources === 1 ? '' : 's'} (parallelism ${event.parallelism})`];
    }
    case 'step-started':
      return ctx.mode === 'lines' ? [`${stamp} … ${label(event.stepId)}`] : [];
    case 'step-progress':
      return ctx.mode === 'lines' ? [`${stamp}   ${label(event.stepId)}: ${terminalText(event.message)} (${formatSeconds(event.elapsedMs)})`] : [];
    case 'step-log':
      return [`${stamp}   ${event.level === 'warn' ? 'warning: ' : ''}${label(event.stepId)}: ${terminalBlock(event.message)}`];
    case 'step-finished':
      return [`${stamp} ✓ ${label(event.stepId)} (${formatSeconds(event.ms)})${event.detail ? ` ${terminalText(event.detail)}` : ''}`];
    case 'step-failed': {
      const lines = [`${stamp} ✗ ${label(event.stepId)} failed after ${formatSeconds(event.ms)}: ${terminalBlock(event.error)}`];
      if (event.logTail && event.logTail.length > 0) lines.push(`    last log lines:\n${event.logTail.map((l) => `    │ ${logText(l)}`).join('\n')}`);
      return lines;
    }
    case 'step-skipped':
      return [`${stamp} - ${label(event.stepId)} skipped: ${terminalBlock(event.reason)}`];
    case 'apply-cancelled':
      return [`${stamp} ! cancelled (${event.reason}): no new steps start; waiting for running ones to finish`];
    case 'apply-finished':
      return [];
  }
}

/** One event as a JSON line for tools (`apply-started` names its steps by id). */
export function eventJsonLine(event: ApplyEvent): string {
  const payload = event.type === 'apply-started' ? { ...event, steps: event.steps.map((s) => s.id) } : event;
  return `${jsonText(JSON.stringify(payload))}\n`;
}

/** The live line of a running step, cut to the terminal width. */
export function runningLine(label: string, elapsedMs: number, status: string | undefined, width: number): string {
  const text = `  ⠿ ${terminalText(label)} (${formatSeconds(elapsedMs)})${status ? ` — ${terminalText(status)}` : ''}`;
  return text.length > width - 1 ? `${text.slice(0, width - 2)}…` : text;
}

/** A lock an apply lost or could not release: what happened and the command that fixes it. */
export interface LockProblemText {
  message: string;
  hint: string;
}

/** The closing summary of an apply, in words; a lock left behind or lost is said in the headline. */
export function renderApplySummary(summary: ApplySummary, steps: Map<string, PlanStep>, lockProblems: readonly LockProblemText[] = []): string {
  const name = (id: string): string => {
    const s = steps.get(id);
    return s ? describeStep(s) : id;
  };
  const lines: string[] = [];
  const total = summary.done.length + summary.failed.length + summary.skipped.length + summary.notStarted.length;
  if (summary.exitCode === 0 && lockProblems.length > 0) {
    lines.push(`Apply done: ${summary.done.length} of ${total} steps done in ${formatSeconds(summary.wallMs)}, but the apply lock was not released (see below).`);
  } else if (summary.exitCode === 0) {
    lines.push(`Apply complete: ${summary.done.length} of ${total} steps done in ${formatSeconds(summary.wallMs)}.`);
  } else {
    lines.push(
      `Apply ${summary.cancelled ? 'cancelled' : summary.done.length > 0 ? 'partially done' : 'failed'}: ` +
        `${summary.done.length} done, ${summary.failed.length} failed, ${summary.skipped.length} skipped, ` +
        `${summary.notStarted.length} not started (${formatSeconds(summary.wallMs)}).`,
    );
    for (const id of summary.failed) lines.push(`  ✗ failed:      ${name(id)}`);
    for (const id of summary.skipped) lines.push(`  - skipped:     ${name(id)}`);
    for (const id of summary.notStarted) lines.push(`  · not started: ${name(id)}`);
    lines.push('Re-run `ado-coolify apply` to converge: completed steps are not repeated.');
  }
  return lines.join('\n');
}

/** Lost or unreleased apply locks, as error lines with the command that fixes them. */
export function renderLockProblems(problems: readonly LockProblemText[]): string {
  return problems.map((p) => `error: ${terminalBlock(p.message)}\nhint: ${terminalBlock(p.hint)}\n`).join('');
}
