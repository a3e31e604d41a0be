/**
 * Events the applier emits while it runs. Renderers (terminal, JSON lines, CI logs) consume
 * them; the walker never prints. Every string in an event is already safe to print: callers
 * of the walker are responsible for keeping secrets out of error messages and log lines.
 */
import type { Address } from './address.js';
import type { PlanStep, StepOp } from './plan.js';
import type { ApplySummary } from './apply-summary.js';

/** The run begins. */
export interface ApplyStartedEvent {
  type: 'apply-started';
  steps: PlanStep[];
  parallelism: number;
}

/** A step begins; `at` is the walker clock's time in ms. */
export interface StepStartedEvent {
  type: 'step-started';
  stepId: string;
  address: Address;
  op: StepOp;
  at: number;
}

/** A running step reports progress, e.g. "waiting for deployment abc: in_progress". */
export interface StepProgressEvent {
  type: 'step-progress';
  stepId: string;
  message: string;
  elapsedMs: number;
}

/** A running step logs a line (info or warning). */
export interface StepLogEvent {
  type: 'step-log';
  stepId: string;
  level: 'info' | 'warn';
  message: string;
}

/** A step finished; `detail` is a short outcome such as "uuid abc123". */
export interface StepFinishedEvent {
  type: 'step-finished';
  stepId: string;
  ms: number;
  detail?: string;
}

/** A step failed; `logTail` holds the last lines of e.g. a failed deployment's log. */
export interface StepFailedEvent {
  type: 'step-failed';
  stepId: string;
  ms: number;
  error: string;
  logTail?: string[];
}

/** A step was not run because a dependency failed; the reason names the failed step. */
export interface StepSkippedEvent {
  type: 'step-skipped';
  stepId: string;
  reason: string;
}

/** The run was cancelled: no new steps start, in-flight ones are allowed to finish. */
export interface ApplyCancelledEvent {
  type: 'apply-cancelled';
  reason: string;
}

/** The run is over. */
export interface ApplyFinishedEvent {
  type: 'apply-finished';
  summary: ApplySummary;
}

/** Everything the applier reports, discriminated by `type`. */
export type ApplyEvent =
  | ApplyStartedEvent
  | StepStartedEvent
  | StepProgressEvent
  | StepLogEvent
  | StepFinishedEvent
  | StepFailedEvent
  | StepSkippedEvent
  | ApplyCancelledEvent
  | ApplyFinishedEvent;

/** The `type` values of ApplyEvent. */
export type ApplyEventType = ApplyEvent['type'];
