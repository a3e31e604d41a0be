import type { Address, ResourceKind } from './address.js';
import type { Diagnostic } from './diagnostic.js';
import type { DependencyEdge } from './resource.js';
import type { Health } from './health.js';

/**
 * The plan JSON format version (docs/plan-format.md): the major on breaking changes (2.0: one
 * `action` per change, `edges`), the minor on additions a reader of the same major can read
 * (2.1: deletes list their fields, list fields as items, `implied`).
 */
export const PLAN_FORMAT_VERSION = '2.1';

/**
 * What happens to a resource: exactly one per resource change. `replace` deletes and creates
 * again; `adopt` tags an existing untagged resource (and updates its fields when
 * `alsoUpdates`); `move` changes its environment (idem); `redeploy` changes no field but
 * deploys or restarts the resource again (see `consequences`).
 */
export type Action = 'create' | 'update' | 'replace' | 'move' | 'delete' | 'adopt' | 'no-op' | 'redeploy';

/** Every action, in the order docs/plan-format.md lists them. */
export const ACTIONS: readonly Action[] = ['create', 'update', 'replace', 'move', 'delete', 'adopt', 'no-op', 'redeploy'];

/**
 * Why a resource change has its action, for machines (the prose is `reason`). Closed: each
 * code belongs to one action, docs/plan-format.md lists them.
 *
 * - create: `not-in-coolify`, `parent-replaced` (a sub-resource of a replaced resource)
 * - replace: `field-requires-replace`, `subtype-changed`, `replace-requested` (`--replace ADDR`)
 * - move: `environment-changed` (also with a `moved:` hint whose `to` lies in another environment)
 * - adopt: `unowned-adopt` (exists without the ownership mark), `created-with-parent`
 *   (Coolify made it with its parent, e.g. a project's `production` environment)
 * - update: `fields-changed`, `renamed` (a `moved:` hint: the live resource at `movedFrom` is renamed in place)
 * - redeploy: `storage-changed` (a storage of the application changed),
 *   `last-deployment-failed`, `last-deployment-cancelled`, `last-deployment-unfinished`
 *   (queued or running longer than Coolify's deployment timeout), `changes-not-deployed`
 *   (a declared env var was written after the last finished deployment was queued)
 * - delete: `removed-from-manifest`
 * - no-op: `up-to-date`, `only-ignored-fields` (drift: every difference is `--ignore`d)
 */
export type ActionReason =
  | 'not-in-coolify'
  | 'parent-replaced'
  | 'field-requires-replace'
  | 'subtype-changed'
  | 'replace-requested'
  | 'environment-changed'
  | 'unowned-adopt'
  | 'created-with-parent'
  | 'fields-changed'
  | 'renamed'
  | 'storage-changed'
  | 'last-deployment-failed'
  | 'last-deployment-cancelled'
  | 'last-deployment-unfinished'
  | 'changes-not-deployed'
  | 'removed-from-manifest'
  | 'up-to-date'
  | 'only-ignored-fields';

/** The action each reason code goes with (the reader of a saved plan checks the pair). */
export const ACTION_OF_REASON: Readonly<Record<ActionReason, Action>> = {
  'not-in-coolify': 'create',
  'parent-replaced': 'create',
  'field-requires-replace': 'replace',
  'subtype-changed': 'replace',
  'replace-requested': 'replace',
  'environment-changed': 'move',
  'unowned-adopt': 'adopt',
  'created-with-parent': 'adopt',
  'fields-changed': 'update',
  renamed: 'update',
  'storage-changed': 'redeploy',
  'last-deployment-failed': 'redeploy',
  'last-deployment-cancelled': 'redeploy',
  'last-deployment-unfinished': 'redeploy',
  'changes-not-deployed': 'redeploy',
  'removed-from-manifest': 'delete',
  'up-to-date': 'no-op',
  'only-ignored-fields': 'no-op',
};

/** What a field change needs to take effect. */
export type ChangeEffect = 'update' | 'replace' | 'move' | 'redeploy' | 'restart';

/** A consequence shown next to a resource change. */
export type Consequence = 'redeploy' | 'restart';

/**
 * A value as it may appear in a plan. Secrets never appear: a sensitive value is replaced by
 * a marker, optionally with a keyed hash for stale-plan checks.
 */
export type PlanValue =
  | null
  | boolean
  | number
  | string
  | PlanValue[]
  | { [key: string]: PlanValue }
  | RedactedValue
  | UnknownValue;

/** Stands in for a sensitive value. */
export interface RedactedValue {
  $sensitive: true;
  /** HMAC of the value under a per-run key: lets two plans be compared, reveals nothing. */
  hash?: string;
}

/** A value known only after apply (e.g. a reference to a resource that is yet to be created). */
export interface UnknownValue {
  $unknown: true;
  /** What it will be, e.g. `databases.postgres.internalUrl`. */
  from?: string;
}

/** One field's change. */
export interface FieldChange {
  /** Wire path, e.g. `docker_registry_image_tag`, `env.DATABASE_URL`. */
  path: string;
  /** Manifest-facing name, e.g. `image`, `env.DATABASE_URL`. */
  label: string;
  before: PlanValue | undefined;
  after: PlanValue | undefined;
  sensitive: boolean;
  /** For sensitive values: `changed`, or `unverifiable` when the token cannot read them. */
  sensitiveState?: 'changed' | 'unverifiable';
  effect: ChangeEffect;
  multiline?: boolean;
  /**
   * Set with another change of the same `label` and said by it (a backup's `save_s3` with its
   * `s3` storage): renderers show it only when no other change has its label.
   */
  implied?: boolean;
  /** Coolify cannot read the field back: `after` is what is sent, `before` is unknown. */
  writeOnly?: boolean;
  /**
   * Set in the second stage of the apply (FieldSpec.afterFirstDeploy): Coolify takes it only
   * after the first deploy, so the `domains` step sends it after `deploy`, then `redeploy`.
   */
  afterDeploy?: boolean;
  /** What the change does not do, or needs besides itself (init-only fields, major versions). */
  caveat?: FieldCaveat;
}

/**
 * What a field change on an existing resource does not do, or needs besides itself (audit
 * M8): `init-only` — Coolify stores it, but the container reads it only when its data is first
 * initialised (a database's user); `data-migration` — the data needs migrating first (a
 * database image's major version). Read from the field's capability table (src/kinds/).
 */
export interface FieldCaveat {
  code: 'init-only' | 'data-migration';
  /** In words, e.g. "no effect on existing data: POSTGRES_USER is read only when …". */
  note: string;
}

/**
 * One RFC 6902 operation of a resource change's `patch` in the JSON plan file (written by
 * `renderPlanJson` from the change's field changes, see src/render/json-patch.ts). The path
 * is a JSON pointer into the resource's changed fields keyed by change `path`; values are
 * redacted like the changes they come from.
 */
export type PatchOperation =
  | { op: 'add'; path: string; value: PlanValue }
  | { op: 'replace'; path: string; value: PlanValue }
  | { op: 'remove'; path: string };

/** One resource's entry in the plan. */
export interface ResourceChange {
  address: Address;
  kind: ResourceKind;
  name: string;
  /** What happens to the resource. */
  action: Action;
  /** Why it has that action, as a code (see ActionReason); `reason` says it in words. */
  actionReason: ActionReason;
  /**
   * On `move` and `adopt` only: fields also change in place (an `update` step runs after the
   * move or adoption when a non-env field changed; `changes` lists them).
   */
  alsoUpdates?: boolean;
  /** Why, in words: "not in Coolify", "image changed", "no longer in the manifest"… */
  reason: string;
  uuid?: string;
  /**
   * Set when a manifest `moved:` hint matched this resource to the live one at this address
   * (the old name): it is renamed (and maybe moved) in place, same uuid.
   */
  movedFrom?: Address;
  changes: FieldChange[];
  /** Managed fields that did not change. */
  unchangedCount: number;
  consequences: Consequence[];
  protect: boolean;
  /** Redacted full desired record (creates and updates). */
  after?: Record<string, PlanValue>;
  /** Redacted live record of the managed fields (updates and deletes). */
  before?: Record<string, PlanValue>;
  /**
   * The health of an existing resource with a runtime status (applications, databases,
   * services), from Coolify's status (src/model/health.ts); absent otherwise.
   */
  health?: Health;
}

/** A live resource the manifest does not manage; listed, never touched. */
export interface UnmanagedResource {
  kind: ResourceKind;
  uuid: string;
  name: string;
  address?: Address;
  reason: string;
}

/** Env keys live on a declared resource that its manifest entry does not declare: keys only, never values. */
export interface UnmanagedEnvKeys {
  address: Address;
  keys: string[];
}

/**
 * A drift report: the drift-filtered plan, plus the env keys the manifest does not manage,
 * and whether what is unmanaged (`unmanaged`, `unmanagedEnvKeys`) counts as drift
 * (`--fail-on-unmanaged`).
 */
export interface DriftReport extends PlanJson {
  unmanagedEnvKeys: UnmanagedEnvKeys[];
  unmanagedCounted: boolean;
  /**
   * Managed resources whose health needs attention (Degraded, Progressing), whether or not
   * their configuration matches. Reported, never counted as drift: the exit code follows
   * configuration (and pending deployments, which are redeploys); `status` exits 2 on health.
   */
  notHealthy: Array<{ address: Address; health: Health }>;
}

/** One executable step of an apply. */
export interface PlanStep {
  /** Unique id, `ADDRESS:OP`. */
  id: string;
  address: Address;
  op: StepOp;
  /** Ids of steps that must be done first. */
  dependsOn: string[];
}

/** The kinds of step the applier knows. */
export type StepOp =
  | 'create'
  | 'update'
  | 'move'
  | 'adopt'
  | 'env'
  | 'shared-env'
  | 'deploy'
  | 'domains'
  | 'redeploy'
  | 'restart'
  | 'delete';

/** Counts for the summary line "N to add, M to change, K to destroy, R to redeploy". */
export interface PlanSummary {
  add: number;
  change: number;
  destroy: number;
  replace: number;
  move: number;
  adopt: number;
  redeploy: number;
  restart: number;
  noop: number;
  unmanaged: number;
}

/**
 * The plan, the contract between plan, renderers, saved plan files and apply. Carries no
 * secret values: every sensitive value is a RedactedValue. The JSON file (`renderPlanJson`)
 * adds to each resource change its `patch` (PatchOperation[]), derived from `changes`, for
 * policy tools; readers of the file ignore it.
 */
export interface PlanJson {
  formatVersion: typeof PLAN_FORMAT_VERSION;
  toolVersion: string;
  createdAt: string;
  manifest: { path: string; hash: string };
  coolify: { url: string; version: string; canReadSensitive: boolean };
  /** Hash of the live state the plan was computed from, to refuse stale plans. */
  liveFingerprint: string;
  /** The `--target` addresses the plan was restricted to, if any. */
  targets: string[];
  resourceChanges: ResourceChange[];
  unmanaged: UnmanagedResource[];
  /**
   * Managed resources the manifest no longer declares, kept because the plan was made
   * without `--prune` (src/plan/prune.ts); absent when there are none.
   */
  orphaned?: UnmanagedResource[];
  /** True when the plan was made with `--prune` (its deletions of dropped resources); absent otherwise. */
  prune?: true;
  /**
   * The dependency edges among the resources of `resourceChanges` (`from` depends on `to`):
   * what the steps were ordered by, and what the Markdown plan draws.
   */
  edges: DependencyEdge[];
  steps: PlanStep[];
  summary: PlanSummary;
  diagnostics: Diagnostic[];
}

/** True when the action creates the resource: `create`, or `replace` (deleted, then created). */
export function createsResource(action: Action): boolean {
  return action === 'create' || action === 'replace';
}

/** True when the action deletes the live resource: `delete`, or `replace`. */
export function deletesResource(action: Action): boolean {
  return action === 'delete' || action === 'replace';
}
