/**
 * The HTTP contract of `ado-coolify serve` as types (docs/serve.md): what /api/v1/status,
 * /api/v1/history and the SSE events carry. Every string in them is safe to show: no secret
 * value, no Coolify token (the controller scrubs what the engine reports before storing it).
 */

/** How the controller reconciles: `off` runs no cycle on its own, `plan` detects, `auto` applies. */
export type SyncPolicy = 'off' | 'plan' | 'auto';

/** What started a cycle. */
export type CycleTrigger = 'interval' | 'webhook' | 'manual' | 'startup';

/** The phase a running cycle is in. */
export type CyclePhase = 'fetch' | 'plan' | 'apply';

/** How a finished cycle ended. */
export type CycleResult = 'Synced' | 'OutOfSync' | 'Applied' | 'Failed';

/** The overall sync state of the watched manifests. */
export type SyncState = 'Synced' | 'OutOfSync' | 'Unknown';

/** The sync state of one resource. */
export type ResourceSync = 'Synced' | 'OutOfSync' | 'Missing' | 'Unmanaged';

/** The health of one resource (Argo CD's names, src/model/health.ts, plus Unknown). */
export type ResourceHealth = 'Healthy' | 'Progressing' | 'Degraded' | 'Missing' | 'Unknown';

/** The change the current plan proposes for a resource (contract names). */
export type ResourceChangeName = 'create' | 'update' | 'replace' | 'delete' | null;

/** One resource row of /api/v1/status. */
export interface StatusResource {
  address: string;
  project: string | null;
  environment: string | null;
  kind: string;
  name: string;
  /** The manifest path (a `--path`) the resource comes from. */
  path: string;
  sync: ResourceSync;
  health: ResourceHealth;
  change: ResourceChangeName;
}

/** One step of an applied cycle, as history keeps it. */
export interface HistoryStep {
  address: string;
  action: string;
  outcome: 'ok' | 'failed' | 'skipped';
  durationMs: number;
  message: string | null;
}

/** A finished cycle (history entry, and `lastSync` of the status without `steps`). */
export interface CycleRecord {
  cycle: number;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  result: CycleResult;
  exitCode: number;
  trigger: CycleTrigger;
  revision: string | null;
  error: string | null;
  steps: HistoryStep[];
}

/** `lastSync` of the status: a cycle record without its steps. */
export type LastSync = Omit<CycleRecord, 'steps'>;

/** The running cycle, if any. */
export interface RunningCycle {
  cycle: number;
  phase: CyclePhase;
  startedAt: string;
}

/** The document of GET /api/v1/status. */
export interface ServeStatus {
  version: string;
  repo: string;
  branch: string;
  paths: string[];
  syncPolicy: SyncPolicy;
  revision: string | null;
  sync: SyncState;
  running: RunningCycle | null;
  lastSync: LastSync | null;
  nextCycleAt: string | null;
  resources: StatusResource[];
}

/** The server-sent events of GET /events, by event name. */
export type ServeEvent =
  | { event: 'cycle-start'; data: { cycle: number; trigger: CycleTrigger; startedAt: string } }
  | { event: 'phase'; data: { cycle: number; phase: CyclePhase } }
  | { event: 'step'; data: { cycle: number; address: string; action: string; outcome: 'ok' | 'failed' | 'skipped'; durationMs: number } }
  | { event: 'cycle-end'; data: { cycle: number; result: CycleResult; exitCode: number; durationMs: number } }
  | { event: 'status'; data: ServeStatus };
