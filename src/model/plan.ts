import type { Address, ResourceKind } from './address.js';
import type { Diagnostic } from './diagnostic.js';
import type { DependencyEdge } from './resource.js';
import type { Health } from './health.js';

/**
 * The plan JSON format version (docs/plan-format.md): the major on breaking changes (2.0: one
 * `action` per change, `edges`), the minor on additions a reader of the same major can read
 * (2.1: deletes list their fields, list fields as items, `implied`; 2.2: `impact`).
 */
export const PLAN_FORMAT_VERSION = '2.2';

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
 *   (queued or running longer than Coolify's deployment timeout), `last-deployment-rolled-back`
 *   (an earlier version runs, not the configured one), `changes-not-deployed`
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
  | 'last-deployment-rolled-back'
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
  'last-deployment-rolled-back': 'redeploy',
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
  /** A private key's public fingerprint, OpenSSH style (`SHA256:…`): the key's only shown part. */
  fingerprint?: string;
  /** A private key's public key line (`ssh-ed25519 AAAA…`), when known (the desired side). */
  publicKey?: string;
}

/** The public parts of a secret that may be shown: a private key's fingerprint and public key. */
export interface PublicParts {
  fingerprint: string;
  publicKey?: string;
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
  /**
   * What the create buys, in words (`buys a server at Hetzner (cx22 in fsn1)…`): creates and
   * replaces of a cost-bearing resource only (KindPlanning.cost). Renderers mark it with `$`.
   */
  cost?: string;
  /** Redacted full desired record (creates and updates). */
  after?: Record<string, PlanValue>;
  /** Redacted live record of the managed fields (updates and deletes). */
  before?: Record<string, PlanValue>;
  /**
   * The health of an existing resource with a runtime status (applications, databases,
   * services), from Coolify's status (src/model/health.ts); absent otherwise.
   */
  health?: Health;
  /**
   * Drift reports only: who last changed the drifted resource, from Coolify's audit events
   * (4.4 and later); `null` when it cannot be told (see DriftReport.authorUnknownReason).
   */
  author?: DriftAuthor | null;
}

/** Who changed a drifted resource, as Coolify's audit events say: never what was sent. */
export interface DriftAuthor {
  /** The user's name. */
  name: string;
  /** When (ISO 8601). */
  at: string;
  /** Where from: `ui`, `api`, `mcp`, `webhook`. */
  via: string;
  /** The client address the change came from, when Coolify logged one. */
  ip?: string;
}

/** A live resource the manifest does not manage; listed, never touched. */
export interface UnmanagedResource {
  kind: ResourceKind;
  uuid: string;
  name: string;
  address?: Address;
  reason: string;
  /** For an orphaned record `--prune` does not delete: what it does instead (a notification channel: switched off). */
  onPrune?: string;
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
  /**
   * Why drifted resources carry `author: null` for all of them (`Coolify 4.3.11 has no audit
   * events`, `audit events could not be read: …`); absent when authors were looked up.
   */
  authorUnknownReason?: string;
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

/** An ability a Coolify API token can carry (Coolify app/Http/Middleware/ApiAbility.php). */
export type TokenAbility = 'root' | 'read' | 'read:sensitive' | 'write' | 'write:sensitive' | 'deploy';

/** One thing the plan cannot check with this token or release, and why. */
export interface NotVerifiable {
  /** `ADDRESS.FIELD` of a declared field, or a feature name (`audit-events`). */
  subject: string;
  why: string;
}

/**
 * The token preflight: the Coolify release, the token's abilities and what cannot be
 * verified. Coolify 4.3.11 has no endpoint that lists a token's abilities, so they are
 * inferred (`inferred: true`) from what the reads showed: `read` (they succeeded) and
 * `read:sensitive` (sensitive keys came back, src/coolify/capabilities.ts).
 */
export interface Preflight {
  /** The release `GET /version` reported. */
  release: string;
  abilities: TokenAbility[];
  inferred: boolean;
  notVerifiable: NotVerifiable[];
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
  /**
   * What the token and release allow, worked out before planning (src/plan/preflight.ts):
   * absent from plans written before it existed.
   */
  preflight?: Preflight;
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
  /**
   * What the plan does to running things, counted and named (src/plan/impact.ts): computed
   * from the finished plan. Absent in plan files of format 2.1 and in drift reports.
   */
  impact?: PlanImpact;
  diagnostics: Diagnostic[];
}

/**
 * Whether a deploy or restart takes the resource down for a while: `expected` (Coolify stops
 * the running container before the new one is up), `not-expected` (a rolling update, or the
 * first deploy of a new resource), `possible` (the plan cannot tell).
 */
export type Downtime = 'expected' | 'not-expected' | 'possible';

/** A resource the plan deploys (a `deploy` step) or restarts (a `restart` step). */
export interface ImpactActivation {
  address: Address;
  kind: ResourceKind;
  /** The first deploy of a resource the plan creates (nothing runs before it). */
  first: boolean;
  downtime: Downtime;
  /** Why that downtime, in words. */
  why: string;
}

/** A domain a resource gains or loses (a domain holding a secret is `(sensitive value)`). */
export interface ImpactDomain {
  address: Address;
  domain: string;
}

/** A field change that makes a resource reachable from outside Coolify's network, or not. */
export interface ImpactExposure {
  address: Address;
  /** The manifest label of the field, e.g. `public`, `portMappings`. */
  field: string;
  to: 'public' | 'private';
}

/** A resource the plan deletes (`replaced`: then creates again). */
export interface ImpactDeletion {
  address: Address;
  kind: ResourceKind;
  replaced: boolean;
  protect: boolean;
}

/** A change that affects stored data: a deleted database or volume, a first-init-only field, a data migration. */
export interface ImpactData {
  address: Address;
  /** The manifest label of the field, or null when the whole resource is concerned. */
  field: string | null;
  why: string;
}

/**
 * The plan's impact summary: the top of every rendered plan. Lists are sorted by address
 * (then field or domain); `counts` counts them (`downtime`: deploys and restarts with
 * downtime `expected`).
 */
export interface PlanImpact {
  deploys: ImpactActivation[];
  restarts: ImpactActivation[];
  domains: { added: ImpactDomain[]; removed: ImpactDomain[] };
  exposure: ImpactExposure[];
  deletions: ImpactDeletion[];
  data: ImpactData[];
  counts: {
    deploys: number;
    restarts: number;
    downtime: number;
    domainsAdded: number;
    domainsRemoved: number;
    exposure: number;
    deletions: number;
    data: number;
  };
}

/** True when the action creates the resource: `create`, or `replace` (deleted, then created). */
export function createsResource(action: Action): boolean {
  return action === 'create' || action === 'replace';
}

/** True when the action deletes the live resource: `delete`, or `replace`. */
export function deletesResource(action: Action): boolean {
  return action === 'delete' || action === 'replace';
}
