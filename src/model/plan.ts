import type { Address, ResourceKind } from './address.js';
import type { Diagnostic } from './diagnostic.js';

/** The plan JSON format version; bump on breaking changes. */
export const PLAN_FORMAT_VERSION = '1.1';

/** What happens to a resource. `adopt` tags an existing untagged resource and changes nothing else. */
export type Action = 'create' | 'update' | 'replace' | 'move' | 'delete' | 'adopt' | 'no-op';

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
  /** Coolify cannot read the field back: `after` is what is sent, `before` is unknown. */
  writeOnly?: boolean;
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
  /** Usually one action; a replace is `['delete', 'create']`. */
  actions: Action[];
  /** Why, in words: "not in Coolify", "image changed", "no longer in the manifest"… */
  reason: string;
  uuid?: string;
  changes: FieldChange[];
  /** Managed fields that did not change. */
  unchangedCount: number;
  consequences: Consequence[];
  protect: boolean;
  /** Redacted full desired record (creates and updates). */
  after?: Record<string, PlanValue>;
  /** Redacted live record of the managed fields (updates and deletes). */
  before?: Record<string, PlanValue>;
}

/** A live resource the manifest does not manage; listed, never touched. */
export interface UnmanagedResource {
  kind: ResourceKind;
  uuid: string;
  name: string;
  address?: Address;
  reason: string;
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
  steps: PlanStep[];
  summary: PlanSummary;
  diagnostics: Diagnostic[];
}
