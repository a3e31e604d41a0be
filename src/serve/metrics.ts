/**
 * The Prometheus metrics of `serve` (GET /metrics, text exposition format 0.0.4), in memory:
 * cycles by result, the resources out of sync and degraded, the last sync time, the apply
 * duration histogram, Coolify requests by endpoint template and status, rate-limit waits.
 * Labels are endpoint templates (`GET /applications/{uuid}`) and result names: never a value.
 */
import type { ClientEvent } from '../coolify/transport.js';
import type { CycleResult, StatusResource } from './types.js';

/** Upper bounds of the apply duration histogram, seconds. */
export const APPLY_BUCKETS = [1, 5, 15, 30, 60, 120, 300, 600, 1800];

/** The controller's counters and gauges. */
export class ServeMetrics {
  private readonly syncs = new Map<CycleResult, number>([['Synced', 0], ['OutOfSync', 0], ['Applied', 0], ['Failed', 0]]);
  private outOfSync = 0;
  private degraded = 0;
  private lastSyncSeconds = 0;
  private readonly applyBuckets = APPLY_BUCKETS.map(() => 0);
  private applyCount = 0;
  private applySum = 0;
  private readonly requests = new Map<string, number>();
  private rateLimitWaits = 0;

  /** Counts a finished cycle and sets the gauges from its resources. */
  recordCycle(result: CycleResult, finishedAtMs: number, resources: readonly StatusResource[]): void {
    this.syncs.set(result, (this.syncs.get(result) ?? 0) + 1);
    this.lastSyncSeconds = finishedAtMs / 1000;
    if (result === 'Failed') return;
    this.outOfSync = resources.filter((r) => r.sync === 'OutOfSync' || r.sync === 'Missing').length;
    this.degraded = resources.filter((r) => r.health === 'Degraded').length;
  }

  /** Observes one apply's wall time. */
  recordApply(ms: number): void {
    const s = ms / 1000;
    this.applyCount++;
    this.applySum += s;
    APPLY_BUCKETS.forEach((le, i) => {
      if (s <= le) this.applyBuckets[i]!++;
    });
  }

  /** Listens to the Coolify client's events (requests, rate-limit waits). */
  onClientEvent(e: ClientEvent): void {
    if (e.type === 'request') {
      const status = e.status !== undefined ? String(e.status) : (e.failure ?? 'error');
      const key = `${e.method} ${e.endpoint}\u0000${status}`;
      this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    } else if (e.type === 'rate-limit') {
      this.rateLimitWaits++;
    }
  }

  /** The exposition text. */
  render(): string {
    const out: string[] = [];
    const head = (name: string, type: string, help: string): void => {
      out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    };
    head('ado_coolify_syncs_total', 'counter', 'Reconcile cycles by result.');
    for (const [result, n] of this.syncs) out.push(`ado_coolify_syncs_total{result="${result}"} ${n}`);
    head('ado_coolify_out_of_sync_resources', 'gauge', 'Managed resources that differ from the manifest (OutOfSync or Missing), as of the last successful cycle.');
    out.push(`ado_coolify_out_of_sync_resources ${this.outOfSync}`);
    head('ado_coolify_degraded_resources', 'gauge', 'Resources whose health is Degraded, as of the last successful cycle.');
    out.push(`ado_coolify_degraded_resources ${this.degraded}`);
    head('ado_coolify_last_sync_timestamp_seconds', 'gauge', 'When the last cycle finished (Unix time; 0 before the first).');
    out.push(`ado_coolify_last_sync_timestamp_seconds ${this.lastSyncSeconds}`);
    head('ado_coolify_apply_duration_seconds', 'histogram', 'Wall time of the applies the controller ran.');
    APPLY_BUCKETS.forEach((le, i) => out.push(`ado_coolify_apply_duration_seconds_bucket{le="${le}"} ${this.applyBuckets[i]}`));
    out.push(`ado_coolify_apply_duration_seconds_bucket{le="+Inf"} ${this.applyCount}`);
    out.push(`ado_coolify_apply_duration_seconds_sum ${this.applySum}`);
    out.push(`ado_coolify_apply_duration_seconds_count ${this.applyCount}`);
    head('ado_coolify_requests_total', 'counter', 'Coolify API requests (attempts) by endpoint template and HTTP status (or network, timeout).');
    for (const [key, n] of [...this.requests].sort((a, b) => a[0].localeCompare(b[0]))) {
      const [endpoint, status] = key.split('\u0000') as [string, string];
      out.push(`ado_coolify_requests_total{endpoint="${labelValue(endpoint)}",status="${labelValue(status)}"} ${n}`);
    }
    head('ado_coolify_rate_limit_waits_total', 'counter', 'Times a Coolify request waited for the rate limit.');
    out.push(`ado_coolify_rate_limit_waits_total ${this.rateLimitWaits}`);
    return `${out.join('\n')}\n`;
  }
}

/** A label value escaped as the exposition format requires. */
function labelValue(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
