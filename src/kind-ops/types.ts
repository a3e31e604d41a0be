/**
 * The I/O side of a resource kind, as one table per kind (the pure side is `KindSpec` in
 * src/kinds/): how a kind is read back, listed, removed, moved, restarted and watched, which
 * env, shared-variable and tag endpoints it has, and what must follow a write. The applier and
 * the status board look these up by kind (`opsFor`) and never branch on the kind themselves.
 * Every operation is a required key: a kind that lacks one says `null`, so a new kind that
 * forgets an operation is a type error, not a silent no-op.
 */
import type { CoolifyClient } from '../coolify/client.js';
import type { EnvApi, SharedEnvApi, TagApi } from '../coolify/sub-resource-apis.js';
import type { DeleteFlags } from '../coolify/types.js';
import type { PayloadContext } from '../kinds/payload.js';
import type { Address, ResourceKind } from '../model/address.js';
import type { DesiredResource, LiveResource } from '../model/resource.js';

/** A wire record as Coolify answers it. */
export type Rec = Record<string, unknown>;

/** What the operations need from their caller: the client and the resources known so far. */
export interface KindOpsContext {
  readonly client: CoolifyClient;
  /** The uuid of the live resource at an address (throws when it does not exist yet). */
  uuidOf(address: Address): string;
  /** The live resource at an address, if exactly one exists. */
  liveAt(address: Address): LiveResource | undefined;
  /** The desired resource at an address. */
  desiredAt(address: Address): DesiredResource | undefined;
}

/** A live record found by listing a kind's scope, with the address it would have. */
export interface ListedRecord {
  record: Rec;
  name: string;
  address: Address;
}

/** A write (create or update) that just happened, for the work that must follow it. */
export interface WriteDone {
  resource: DesiredResource;
  uuid: string;
  pctx: PayloadContext;
  /** True for a create, false for an update. */
  created: boolean;
  /** Wire paths the update changed (empty for a create). */
  changedPaths: readonly string[];
}

/** What the follow-up of a write did. */
export interface WriteFollowUp {
  /** A short note for the step outcome (`backup schedule … set`). */
  detail?: string;
  /** The step should wait for the resource to be healthy (when the apply waits). */
  waitHealthy?: boolean;
  /** Resources the write made as a side effect (a project's `production`). */
  register?: LiveResource[];
  /**
   * A condition the step waits for when the apply waits (a new server to be validated), with
   * progress and the apply's timeout; `--no-wait` skips it.
   */
  waitUntil?: { what: string; poll: () => Promise<WriteWaitProbe> };
}

/** One look at a `waitUntil` condition: met, still waiting (with a status), or failed. */
export type WriteWaitProbe = { done: true; value: string } | { done: false; status: string } | { failed: true; reason: string };

/** The kinds with a runtime status (`running:healthy`, `exited`…). */
export type StatusKind = 'application' | 'database' | 'service';

/** Status reads of a kind with a runtime status. */
export interface StatusOps {
  kind: StatusKind;
  /** One record (its `status`). */
  get(client: CoolifyClient, uuid: string): Promise<unknown>;
  /** Every record of the kind, for the status board's shared reads. */
  list(client: CoolifyClient): Promise<unknown>;
}

/**
 * How `deploy` works for a kind: `deployment` queues a deployment through `/deploy` and waits
 * for it; `start` queues a start when the resource is not running (`startWhenStopped`) and
 * otherwise goes through `/deploy` without a deployment to wait for.
 */
export interface DeployOps {
  mode: 'deployment' | 'start';
  /** Queues a start of a stopped resource; false when Coolify says it is already running. */
  startWhenStopped: ((client: CoolifyClient, uuid: string) => Promise<boolean>) | null;
  /**
   * Coolify records this kind's deployments (`GET /deployments/applications/{uuid}`): the
   * state reader reads the last one of each owned resource, so a failed deployment is
   * planned as a redeploy.
   */
  recordsDeployments: boolean;
  /** How a failed deployment is put back to the version that ran before; null: it cannot be. */
  rollback: RollbackOps | null;
}

/**
 * Rolling a resource back after its deployment failed: which version ran before the apply,
 * and queueing a deployment of it.
 */
export interface RollbackOps {
  /**
   * The version (image tag or commit) that ran before the apply, from the record as it was read
   * before any write (`before`) and the resource's deployments; null when there is none.
   */
  previousVersion(client: CoolifyClient, uuid: string, before: Rec | undefined): Promise<string | null>;
  /** Queues the rollback deployment; answers its uuid, or undefined when Coolify queued none. */
  run(client: CoolifyClient, uuid: string, version: string): Promise<{ deploymentUuid: string | undefined; message: string }>;
}

/** The I/O operations of one resource kind. */
export interface KindOps {
  kind: ResourceKind;
  /** Reads one resource back after a write (its uuid, URLs, defaults). */
  readBack(ctx: KindOpsContext, resource: DesiredResource, uuid: string): Promise<Rec>;
  /** The live records of the kind in the resource's scope (to find one whose create answer was lost). */
  list(ctx: KindOpsContext, resource: DesiredResource): Promise<ListedRecord[]>;
  /** Deletes a live resource we own. */
  remove(ctx: KindOpsContext, live: LiveResource, flags: DeleteFlags): Promise<void>;
  /** A read that answers 404 once a queued delete is done; null when the delete is immediate. */
  gone: ((client: CoolifyClient, uuid: string) => Promise<unknown>) | null;
  /** Coolify refuses the delete (400 "has resources") until queued child deletes finish. */
  deleteWaitsForChildren: boolean;
  /** Moves the resource to another environment; null when the kind cannot move. */
  move: ((client: CoolifyClient, uuid: string, environmentUuid: string) => Promise<unknown>) | null;
  /** Restarts the resource; null when the kind has nothing to restart. */
  restart: ((client: CoolifyClient, uuid: string) => Promise<unknown>) | null;
  /** How deploy works; null when the kind is never deployed. */
  deploy: DeployOps | null;
  /** Runtime status reads; null when the kind has no status. */
  status: StatusOps | null;
  /** The env-var endpoints; null when the kind has no env vars. */
  envs: ((client: CoolifyClient) => EnvApi) | null;
  /** The shared-variable endpoints of a live resource; null when the kind has none. */
  sharedEnvs: ((ctx: KindOpsContext, live: LiveResource) => SharedEnvApi) | null;
  /** The tag endpoints; null when the kind carries no tags. */
  tags: ((client: CoolifyClient) => TagApi) | null;
  /** Owned through its owner (sub-resources), not through a marker of its own. */
  ownedThroughOwner: boolean;
  /** The live resource at the address already stands for a create (made with its parent). */
  existsWithParent: boolean;
  /**
   * For a kind Coolify makes with its owner (`KindPlanning.madeWithOwner`): the uuid of the record
   * the create stands for, found under the owner by name (undefined: Coolify has none), which the
   * create step then PATCHes. null: the create is a POST.
   */
  findMadeWithOwner: ((ctx: KindOpsContext, resource: DesiredResource) => Promise<string | undefined>) | null;
  /** Finds the uuid when the create answers 409 (it exists already); null: a 409 is an error. */
  onCreateConflict: ((ctx: KindOpsContext, resource: DesiredResource) => Promise<string>) | null;
  /** Work that must follow a create or an update (start, schedule, validation); null: none. */
  afterWrite: ((ctx: KindOpsContext, done: WriteDone) => Promise<WriteFollowUp>) | null;
  /** Work that must precede a delete (a volume's backup schedule); null: none. */
  beforeRemove: ((ctx: KindOpsContext, live: LiveResource) => Promise<void>) | null;
}
