import type { KindOpsContext } from '../kind-ops/types.js';
import { ownerOf, type Address } from '../model/address.js';
import { LiveIndex } from '../model/live-index.js';
import type { DesiredResource, DesiredState, LiveResource, LiveState } from '../model/resource.js';
import type { ResourceChange } from '../model/plan.js';
import type { RefLookup } from '../model/value.js';
import type { CoolifyClient } from '../coolify/client.js';
import { createRefLookup } from '../plan/refs.js';
import { AdoError } from '../errors.js';
import { StatusBoard, type StatusKind } from './status-board.js';
import { WaitExpectations } from './wait-expectations.js';

/** The client's in-flight bound; 8 for a stand-in client without one (tests). */
function inFlightOf(client: CoolifyClient): number {
  return typeof client.inFlightLimit === 'function' ? client.inFlightLimit() : 8;
}

/** Options that shape how steps run. */
export interface ApplyStepOptions {
  /** Per-step timeout for waits (deployments, health, async deletes), ms. */
  timeoutMs: number;
  /** When false, steps do not wait for deployments, health or async deletes. */
  wait: boolean;
  /** Roll back a failed application deployment unless its manifest says `rollback: off`. */
  rollbackOnFailure?: boolean;
  /** Poll pacing (tests and benchmarks shorten them). */
  pollInitialMs?: number;
  pollMaxMs?: number;
  /** Deletes also remove volumes (Coolify's default is true). */
  deleteVolumes?: boolean;
  /**
   * Ids of delete steps waited for until the resource is gone even when `wait` is false: a
   * create or update needs it gone (its domains free), see `deletesAwaitedByWrites`.
   */
  awaitedDeletes?: ReadonlySet<string>;
}

/**
 * Everything a step needs while an apply runs: the client, the desired resources and plan
 * changes by address, and the live state, which steps update as they create resources so
 * later steps can resolve uuids and references (`${databases.pg.internalUrl}`).
 */
export class ApplyRuntime implements KindOpsContext {
  readonly desiredByAddress: Map<Address, DesiredResource>;
  readonly changes: Map<Address, ResourceChange>;
  /** Shared status reads for waiting steps (one list call serves many waiters). */
  readonly board: StatusBoard;
  /** How long each sort of wait took so far (the next one sleeps until about then). */
  readonly expectations = new WaitExpectations();
  /** Each live resource's record as read before the apply wrote anything (by address). */
  private readonly recordsBefore: Map<Address, Record<string, unknown>>;
  private readonly index: LiveIndex;
  private destinationsCache = new Map<string, Promise<Array<Record<string, unknown>>>>();
  private githubAppsCache?: Promise<Array<Record<string, unknown>>>;
  private privateKeysCache?: Promise<Array<Record<string, unknown>>>;

  constructor(
    readonly client: CoolifyClient,
    readonly desired: DesiredState,
    readonly live: LiveState,
    changes: ResourceChange[],
    readonly options: ApplyStepOptions,
  ) {
    // The reuse window of a list answer shrinks as the request budget grows: 400 ms at the
    // default bound of 8 requests in flight, 100 ms from 32 on.
    this.board = new StatusBoard(client, { freshMs: () => Math.max(100, Math.round((400 * 8) / Math.max(1, inFlightOf(client)))) });
    this.desiredByAddress = new Map(desired.resources.map((r) => [r.address, r]));
    this.changes = new Map(changes.map((c) => [c.address, c]));
    this.index = new LiveIndex(live.resources);
    this.recordsBefore = new Map(live.resources.filter((r) => r.address).map((r) => [r.address!, { ...r.fields }]));
  }

  /** The live record at an address as it was before the apply wrote anything. */
  recordBefore(address: Address): Record<string, unknown> | undefined {
    return this.recordsBefore.get(address);
  }

  /**
   * How often a waiter may poll through the shared board: only with a raised request budget
   * (more than the default 8 requests in flight); at Coolify's default rate limit the usual
   * growing delays keep the polls within it.
   */
  cheapPollMs(kind: StatusKind | 'deployment'): number | undefined {
    return inFlightOf(this.client) > 8 ? this.board.sharedPollMs(kind) : undefined;
  }

  /** The desired resource at an address. */
  desiredAt(address: Address): DesiredResource | undefined {
    return this.desiredByAddress.get(address);
  }

  /** The live resource at an address (unique matches only). */
  liveAt(address: Address): LiveResource | undefined {
    return this.index.single(address);
  }

  /** The uuid of the live resource at an address, or an error naming what is missing. */
  uuidOf(address: Address): string {
    const found = this.index.single(address);
    if (!found) throw new AdoError('ADO_APPLY_MISSING', `${address} does not exist in Coolify yet`, { hint: 'a step it depends on did not run; re-run apply' });
    return found.uuid;
  }

  /** Records a resource created (or found) during this apply. */
  register(resource: LiveResource): void {
    if (!resource.address) return;
    const existing = this.live.resources.findIndex((r) => r.address === resource.address && r.uuid === resource.uuid);
    if (existing >= 0) this.live.resources[existing] = resource;
    else this.live.resources.push(resource);
    this.index.put(resource);
  }

  /**
   * Forgets a deleted resource and what Coolify deletes with it: its sub-resources
   * (`ADDRESS#…`: an application's storages and scheduled tasks, a database's backups), so a
   * later create of one (a replace) is not mistaken for "already exists".
   */
  unregister(address: Address): void {
    const gone = this.index.drop((a) => a === address || ownerOf(a) === address);
    if (gone.size > 0) this.live.resources = this.live.resources.filter((r) => !gone.has(r));
  }

  /** Reference lookup over the current (updated) live state. */
  refs(): RefLookup {
    return createRefLookup(this.live, this.desired, this.index);
  }

  /** The destinations of a server (cached). */
  destinations(serverUuid: string): Promise<Array<Record<string, unknown>>> {
    let cached = this.destinationsCache.get(serverUuid);
    if (!cached) {
      cached = this.client.servers.destinations(serverUuid) as Promise<Array<Record<string, unknown>>>;
      this.destinationsCache.set(serverUuid, cached);
    }
    return cached;
  }

  /** GitHub apps of the team (cached). */
  githubApps(): Promise<Array<Record<string, unknown>>> {
    this.githubAppsCache ??= this.client.githubApps.list() as Promise<Array<Record<string, unknown>>>;
    return this.githubAppsCache;
  }

  /** Private keys of the team (cached). */
  privateKeys(): Promise<Array<Record<string, unknown>>> {
    this.privateKeysCache ??= this.client.privateKeys.list() as Promise<Array<Record<string, unknown>>>;
    return this.privateKeysCache;
  }
}
