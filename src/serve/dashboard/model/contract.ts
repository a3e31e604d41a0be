/**
 * The parts of the `serve` HTTP contract (docs/serve.md) that the dashboard reads, as the page
 * sees them. Pure types: the page parses JSON into these and never trusts more than it checks
 * (every renderer copes with a missing or null field).
 */

/** A resource's sync state, as `/api/v1/status` reports it. */
export type ResourceSync = 'Synced' | 'OutOfSync' | 'Missing' | 'Unmanaged';

/** A resource's health, as `/api/v1/status` reports it. */
export type ResourceHealth = 'Healthy' | 'Progressing' | 'Degraded' | 'Missing' | 'Unknown';

/** The change the current plan holds for a resource, or null for none. */
export type ResourceChange = 'create' | 'update' | 'replace' | 'delete' | null;

/** One resource of `/api/v1/status`. `project`/`environment` are null for team-wide kinds. */
export interface StatusResource {
  address: string;
  project: string | null;
  environment: string | null;
  kind: string;
  name: string;
  path?: string;
  sync: ResourceSync;
  health: ResourceHealth;
  change: ResourceChange;
}

/** The outcome of a finished cycle. */
export type CycleResult = 'Synced' | 'OutOfSync' | 'Applied' | 'Failed';

/** The last finished cycle in `/api/v1/status`. */
export interface LastSync {
  cycle: number;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  result: CycleResult;
  exitCode: number;
  trigger: string;
  revision: string | null;
  error: string | null;
}

/** The running cycle in `/api/v1/status`. */
export interface RunningCycle {
  cycle: number;
  phase: string;
  startedAt: string;
}

/** `GET /api/v1/status` (also the payload of the SSE `status` event). */
export interface Status {
  version: string;
  repo: string;
  branch: string;
  paths: string[];
  syncPolicy: string;
  revision: string | null;
  sync: 'Synced' | 'OutOfSync' | 'Unknown';
  running: RunningCycle | null;
  lastSync: LastSync | null;
  nextCycleAt: string | null;
  resources: StatusResource[];
}

/** One step of a past cycle, as `/api/v1/history` lists it. */
export interface HistoryStep {
  address: string;
  action: string;
  outcome: 'ok' | 'failed' | 'skipped';
  durationMs: number;
  message?: string | null;
}

/** One past cycle of `/api/v1/history` (newest first in the answer). */
export interface HistoryCycle extends LastSync {
  steps?: HistoryStep[];
}

/** `GET /api/v1/history`. */
export interface History {
  cycles: HistoryCycle[];
}

/** `GET /api/v1/graph`: arrows point from a dependency to its dependent. */
export interface Graph {
  nodes: Array<{ id: string; kind: string; label: string }>;
  edges: Array<{ from: string; to: string }>;
}

/** The SSE events of `GET /events`, by event name. */
export interface ServeEvents {
  'cycle-start': { cycle: number; trigger: string; startedAt: string };
  phase: { cycle: number; phase: string };
  step: { cycle: number; address: string; action: string; outcome: string; durationMs: number };
  'cycle-end': { cycle: number; result: string; exitCode: number; durationMs: number };
  status: Status;
}

/** The name of an SSE event the page listens to. */
export type ServeEventName = keyof ServeEvents;

/** Every SSE event name the page listens to. */
export const SERVE_EVENT_NAMES: readonly ServeEventName[] = ['cycle-start', 'phase', 'step', 'cycle-end', 'status'];
