/** Request accounting for `--verbose` and benchmarks. */

/** Counters of one endpoint template, e.g. `GET /applications/{uuid}/envs`. */
export interface EndpointStats {
  /** HTTP attempts sent (retries included). */
  count: number;
  /** Attempts that ended in an error (HTTP error status, network error, timeout). */
  errors: number;
  totalMs: number;
}

/** Totals since creation or the last resetStats(). */
export interface RequestStats {
  /** HTTP attempts sent, retries included. */
  total: number;
  byEndpoint: Record<string, EndpointStats>;
  bytesIn: number;
  bytesOut: number;
  /** Sum of attempt durations (they overlap under concurrency). */
  totalMs: number;
  retries: number;
  /** 429 answers received. */
  rateLimited: number;
  /** Time requests spent waiting in the client-side rate limiter. */
  rateLimitWaitMs: number;
}

/** Mutable accumulator behind CoolifyClient.stats(). */
export class StatsRecorder {
  private data: RequestStats = emptyStats();

  /** Records one finished HTTP attempt. */
  attempt(endpoint: string, ms: number, bytesOut: number, bytesIn: number, failed: boolean, status?: number): void {
    const d = this.data;
    d.total++;
    d.totalMs += ms;
    d.bytesOut += bytesOut;
    d.bytesIn += bytesIn;
    if (status === 429) d.rateLimited++;
    const e = (d.byEndpoint[endpoint] ??= { count: 0, errors: 0, totalMs: 0 });
    e.count++;
    e.totalMs += ms;
    if (failed) e.errors++;
  }

  /** Records a retry decision. */
  retry(): void {
    this.data.retries++;
  }

  /** Records time spent in the rate limiter. */
  rateLimitWait(ms: number): void {
    this.data.rateLimitWaitMs += ms;
  }

  /** A deep copy of the current totals. */
  snapshot(): RequestStats {
    return structuredClone(this.data);
  }

  /** Sets every counter back to zero. */
  reset(): void {
    this.data = emptyStats();
  }
}

function emptyStats(): RequestStats {
  return { total: 0, byEndpoint: {}, bytesIn: 0, bytesOut: 0, totalMs: 0, retries: 0, rateLimited: 0, rateLimitWaitMs: 0 };
}
