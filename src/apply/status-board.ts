import type { CoolifyClient } from '../coolify/client.js';
import { opsFor } from '../kind-ops/registry.js';
import type { StatusKind } from '../kind-ops/types.js';

export type { StatusKind } from '../kind-ops/types.js';

/** The status reads of a kind with a runtime status. */
function statusOps(kind: StatusKind) {
  const ops = opsFor(kind).status;
  if (!ops) throw new Error(`${kind} has no status reads`);
  return ops;
}

/** A deployment as far as waits care: its status and (once over) its log. */
export interface DeploymentState {
  status: string;
  logs?: unknown;
}

/** Options of the board. */
export interface StatusBoardOptions {
  /** A list answer younger than this is reused (default 400 ms); a function is read at each use. */
  freshMs?: number | (() => number);
  /** From this many concurrent waiters of one kind on, one list call serves them all (default 3). */
  listThreshold?: number;
  now?: () => number;
}

interface Snapshot<T> {
  at: number;
  value: Promise<T>;
}

/**
 * Shared status reads for waiting steps. With a few waiters each reads its own record; with
 * many, one list call (`GET /applications`, `GET /deployments`, …) answers all of them and is
 * reused for `freshMs`, so forty deployments waiting at once cost a handful of requests per
 * second instead of forty: waits stay within Coolify's rate limit.
 */
export class StatusBoard {
  private readonly freshMs: () => number;
  private readonly threshold: number;
  private readonly now: () => number;
  private readonly waiters = new Map<string, number>();
  private readonly lists = new Map<string, Snapshot<Map<string, Record<string, unknown>>>>();

  constructor(
    private readonly client: CoolifyClient,
    options: StatusBoardOptions = {},
  ) {
    const fresh = options.freshMs ?? 400;
    this.freshMs = typeof fresh === 'number' ? () => fresh : fresh;
    this.threshold = options.listThreshold ?? 3;
    this.now = options.now ?? Date.now;
  }

  /** Marks one more waiter of a kind while `work` runs. */
  async track<T>(kind: StatusKind | 'deployment', work: () => Promise<T>): Promise<T> {
    this.waiters.set(kind, (this.waiters.get(kind) ?? 0) + 1);
    try {
      return await work();
    } finally {
      this.waiters.set(kind, (this.waiters.get(kind) ?? 1) - 1);
    }
  }

  /**
   * How often a waiter of `kind` may probe at no extra cost: while one list call serves every
   * waiter of the kind, a probe costs at most one list per reuse window. Undefined otherwise.
   */
  sharedPollMs(kind: StatusKind | 'deployment'): number | undefined {
    return (this.waiters.get(kind) ?? 0) >= this.threshold ? this.freshMs() : undefined;
  }

  /** The current status string of an application, database or service. */
  async status(kind: StatusKind, uuid: string): Promise<string> {
    if ((this.waiters.get(kind) ?? 0) >= this.threshold) {
      const record = (await this.list(kind)).get(uuid);
      if (record) return String(record.status ?? 'unknown');
    }
    const record = (await statusOps(kind).get(this.client, uuid)) as Record<string, unknown>;
    return String(record.status ?? 'unknown');
  }

  /**
   * A deployment's state. With many waiters, `GET /deployments` (queued and in-progress only)
   * tells which are still running; a deployment no longer listed is read once on its own to
   * learn how it ended.
   */
  async deployment(uuid: string): Promise<DeploymentState> {
    if ((this.waiters.get('deployment') ?? 0) >= this.threshold) {
      const running = (await this.list('deployment')).get(uuid);
      if (running) return { status: String(running.status ?? 'in_progress') };
    }
    const d = (await this.client.deployments.get(uuid)) as Record<string, unknown>;
    return { status: String(d.status ?? 'unknown'), logs: d.logs };
  }

  private list(kind: StatusKind | 'deployment'): Promise<Map<string, Record<string, unknown>>> {
    const cached = this.lists.get(kind);
    if (cached && this.now() - cached.at < this.freshMs()) return cached.value;
    const fetchList = async (): Promise<Map<string, Record<string, unknown>>> => {
      const records = (await (kind === 'deployment' ? this.client.deployments.list() : statusOps(kind).list(this.client))) as unknown;
      const map = new Map<string, Record<string, unknown>>();
      for (const r of listRows(records)) {
        if (r && typeof r === 'object') {
          const rec = r as Record<string, unknown>;
          const key = kind === 'deployment' ? rec.deployment_uuid ?? rec.uuid : rec.uuid;
          if (typeof key === 'string') map.set(key, rec);
        }
      }
      return map;
    };
    const value = fetchList();
    // A failed list is not cached: the next probe tries again.
    value.catch(() => this.lists.delete(kind));
    this.lists.set(kind, { at: this.now(), value });
    return value;
  }
}

/**
 * The rows of a list answer. `GET /deployments` may be a JSON object keyed by index:
 * Coolify sorts the collection by id and keeps the keys (DeployController.php:76-80), so rows
 * the database returns out of id order serialize as `{"1":{…},"0":{…}}`.
 */
function listRows(records: unknown): unknown[] {
  if (Array.isArray(records)) return records;
  if (records && typeof records === 'object') return Object.values(records);
  return [];
}
