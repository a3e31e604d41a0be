/**
 * The controller of `serve`: the state behind the HTTP API and the loop that runs cycles.
 * One cycle at a time; a trigger during a cycle queues exactly one more (several triggers
 * during one cycle still queue one). Interval cycles follow the back-off after failures
 * (./backoff.ts); webhooks and manual syncs run at once. `stop()` (SIGTERM) lets the running
 * step finish, starts nothing new, and resolves once the cycle (and its lock release) is over.
 */
import { TOOL_VERSION } from '../version.js';
import { nextDelayMs } from './backoff.js';
import { runCycle, type CycleContext, type ServeGraph } from './cycle.js';
import type { HistoryStore } from './history.js';
import type { ServeMetrics } from './metrics.js';
import type { EventHub } from './events.js';
import type { SecretScrubber } from './scrubber.js';
import { overallSync, statusResources, type PathPlan } from './resources.js';
import type { CycleRecord, CycleResult, CycleTrigger, LastSync, RunningCycle, ServeEvent, ServeStatus, StatusResource, SyncPolicy, SyncState } from './types.js';

/** What the controller is built from. */
export interface ControllerOptions {
  /** The repository as shown (no credentials). */
  repo: string;
  branch: string;
  paths: string[];
  policy: SyncPolicy;
  intervalMs: number;
  /** The cycle's collaborators, without the stop signal and the callbacks the controller sets. */
  cycle: Pick<CycleContext, 'fetch' | 'workTree' | 'paths' | 'policy' | 'base' | 'applyExtras'>;
  history: HistoryStore;
  metrics: ServeMetrics;
  events: EventHub;
  scrubber: SecretScrubber;
  /** One log line (the scrubber has run over it). */
  log(line: string): void;
  now?: () => number;
}

/** The answer to a trigger. */
export type TriggerAnswer =
  | { started: true; cycle: number }
  | { started: false; queued: boolean; running: number; reason: 'running' }
  | { started: false; queued: false; reason: 'stopping' };

/** The reconcile loop and its state. */
export class Controller {
  private cycleNumber: number;
  private running: RunningCycle | null = null;
  private current: Promise<void> | undefined;
  private queued: CycleTrigger | undefined;
  private timer: NodeJS.Timeout | undefined;
  private nextAt: number | null = null;
  private failures = 0;
  private stopping = false;
  private readonly graceful = new AbortController();
  private plans: PathPlan[] = [];
  private rows: StatusResource[] = [];
  private graphValue: ServeGraph = { nodes: [], edges: [] };
  private revision: string | null = null;
  private last: LastSync | null = null;
  private planned = false;
  private lastFailed = false;
  private readonly now: () => number;

  /** The sync policy the controller runs with. */
  get policy(): SyncPolicy {
    return this.options.policy;
  }

  constructor(private readonly options: ControllerOptions) {
    this.now = options.now ?? Date.now;
    this.cycleNumber = options.history.lastCycleNumber();
    const newest = options.history.list(1)[0];
    if (newest) {
      const { steps: _steps, ...last } = newest;
      this.last = last;
      this.revision = newest.revision;
    }
  }

  /** Starts the loop: a startup cycle unless the policy is `off`. */
  start(): void {
    if (this.options.policy === 'off') return;
    this.trigger('startup');
  }

  /** Runs a cycle now, or queues one after the running cycle. */
  trigger(trigger: CycleTrigger): TriggerAnswer {
    if (this.stopping) return { started: false, queued: false, reason: 'stopping' };
    if (this.running || this.current) {
      const queued = this.queued === undefined;
      this.queued ??= trigger;
      return { started: false, queued, running: this.running?.cycle ?? this.cycleNumber, reason: 'running' };
    }
    return { started: true, cycle: this.begin(trigger) };
  }

  private begin(trigger: CycleTrigger): number {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.nextAt = null;
    const cycle = ++this.cycleNumber;
    this.current = this.run(cycle, trigger).finally(() => {
      this.current = undefined;
      this.running = null;
      if (this.stopping) return;
      const next = this.queued;
      this.queued = undefined;
      if (next !== undefined) this.begin(next);
      else this.schedule();
    });
    return cycle;
  }

  private schedule(): void {
    if (this.options.policy === 'off' || this.stopping) return;
    const delay = nextDelayMs(this.options.intervalMs, this.failures);
    this.nextAt = this.now() + delay;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.trigger('interval');
    }, delay);
  }

  private publish(e: ServeEvent): void {
    this.options.events.publish(e);
  }

  private async run(cycle: number, trigger: CycleTrigger): Promise<void> {
    const started = this.now();
    const startedAt = new Date(started).toISOString();
    this.running = { cycle, phase: 'fetch', startedAt };
    this.publish({ event: 'cycle-start', data: { cycle, trigger, startedAt } });
    this.options.log(`cycle ${cycle} started (${trigger})`);
    const scrub = (t: string): string => this.options.scrubber.scrub(t);
    const outcome = await runCycle({
      ...this.options.cycle,
      // `off` never changes anything: a manual cycle plans.
      policy: this.options.policy === 'auto' ? 'auto' : 'plan',
      signal: this.graceful.signal,
      onPhase: (phase) => {
        if (this.running) this.running = { ...this.running, phase };
        this.publish({ event: 'phase', data: { cycle, phase } });
      },
      onStep: (s) => {
        const message = s.message === null ? null : scrub(s.message);
        this.publish({ event: 'step', data: { cycle, address: s.address, action: s.action, outcome: s.outcome, durationMs: s.durationMs } });
        this.options.log(`cycle ${cycle} step ${s.address} ${s.action}: ${s.outcome} in ${s.durationMs} ms${message && s.outcome !== 'ok' ? ` (${message})` : ''}`);
      },
      onSecrets: (values) => this.options.scrubber.add(values),
    });
    const finished = this.now();
    if (outcome.revision !== null) this.revision = outcome.revision;
    const failed = outcome.error !== null || (outcome.exitCode !== 0 && outcome.exitCode !== 2);
    if (outcome.plans.length === this.options.paths.length && outcome.plans.length > 0) {
      this.plans = outcome.plans;
      this.rows = statusResources(outcome.plans);
      this.planned = true;
    }
    if (outcome.graph) this.graphValue = outcome.graph;
    const sync = overallSync(this.rows);
    const result: CycleResult = failed ? 'Failed' : outcome.applied ? 'Applied' : sync === 'Synced' ? 'Synced' : 'OutOfSync';
    this.lastFailed = failed;
    this.failures = failed ? this.failures + 1 : 0;
    const record: CycleRecord = {
      cycle,
      startedAt,
      finishedAt: new Date(finished).toISOString(),
      durationMs: finished - started,
      result,
      exitCode: failed ? Math.max(1, outcome.exitCode) : result === 'OutOfSync' ? 2 : 0,
      trigger,
      revision: outcome.revision,
      error: outcome.error === null ? null : scrub(outcome.error),
      steps: outcome.steps.map((s) => ({ ...s, message: s.message === null ? null : scrub(s.message) })),
    };
    try {
      this.options.history.append(record);
    } catch (err) {
      this.options.log(`history could not be written: ${scrub(err instanceof Error ? err.message : String(err))}`);
    }
    const { steps: _steps, ...last } = record;
    this.last = last;
    this.options.metrics.recordCycle(result, finished, this.rows);
    if (outcome.applyMs > 0) this.options.metrics.recordApply(outcome.applyMs);
    this.running = null;
    this.publish({ event: 'cycle-end', data: { cycle, result, exitCode: record.exitCode, durationMs: record.durationMs } });
    this.options.log(`cycle ${cycle} ${result} (exit ${record.exitCode}) in ${record.durationMs} ms at ${outcome.revision?.slice(0, 12) ?? 'no revision'}${record.error ? `: ${record.error}` : ''}`);
    // The queued follow-up, or the next interval, is known only after `finally`: schedule first.
    setImmediate(() => this.publish({ event: 'status', data: this.status() }));
  }

  /** GET /api/v1/status. */
  status(): ServeStatus {
    const sync: SyncState = !this.planned || this.lastFailed ? 'Unknown' : overallSync(this.rows);
    return {
      version: TOOL_VERSION,
      repo: this.options.repo,
      branch: this.options.branch,
      paths: [...this.options.paths],
      syncPolicy: this.options.policy,
      revision: this.revision,
      sync,
      running: this.running ? { ...this.running } : null,
      lastSync: this.last ? { ...this.last } : null,
      nextCycleAt: this.nextAt === null ? null : new Date(this.nextAt).toISOString(),
      resources: this.rows.map((r) => ({ ...r })),
    };
  }

  /** Ready once a plan of every path succeeded (with `off`: at once, nothing is planned on its own). */
  readiness(): { ready: true } | { ready: false; reason: string } {
    if (this.planned || this.options.policy === 'off') return { ready: true };
    if (this.last?.result === 'Failed') return { ready: false, reason: `the last cycle failed: ${this.last.error ?? 'unknown error'}` };
    return { ready: false, reason: this.running ? `the first cycle is running (${this.running.phase})` : 'no plan yet' };
  }

  /** The plans of the last successful plan, per path. */
  currentPlans(): readonly PathPlan[] {
    return this.plans;
  }

  /** The manifests' dependency graph, as of the last plan. */
  graph(): ServeGraph {
    return this.graphValue;
  }

  /** The newest cycles first. */
  history(limit: number): CycleRecord[] {
    return this.options.history.list(limit);
  }

  /** Graceful stop: no new cycle or step; resolves when the running cycle is over. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.queued = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.nextAt = null;
    this.graceful.abort('serve is stopping');
    await this.current;
  }
}
