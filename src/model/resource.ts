import type { Address, ResourceKind } from './address.js';
import type { DesiredValue } from './value.js';
import type { SourceLocation } from './source.js';

/** The tag set on every application, database and service this tool creates. */
export const OWNERSHIP_TAG = 'managed-by-ado-coolify';

/**
 * Ownership marker appended to the `description` of every resource this tool creates or
 * adopts. Coolify's list endpoints do not return tags, but they do return descriptions, so
 * this makes ownership readable with one list call per kind. Normalisers strip it before
 * comparing descriptions. (Apps, databases and services also get OWNERSHIP_TAG.)
 * Written with parentheses: Coolify's DESCRIPTION_PATTERN (app/Support/ValidationPatterns.php:18)
 * has no `[`, `]`, `;`, `:` or `#`, so a bracketed marker made projects, environments and S3
 * storages answer 422.
 */
export const OWNERSHIP_DESCRIPTION_MARKER = '(managed by ado-coolify)';

/**
 * Marker appended after the ownership marker when the resource is `protect`ed, so that a
 * resource dropped from the manifest keeps its protection: Coolify is the only state.
 */
export const PROTECT_DESCRIPTION_MARKER = '(protect)';

/**
 * The bracketed markers written by earlier versions. Still recognised (ownership and
 * protection) and stripped; rewritten to the current form when the resource is next updated
 * (the plan shows that as an `ownership marker` change).
 */
export const LEGACY_OWNERSHIP_DESCRIPTION_MARKER = '[managed by ado-coolify]';
/** The bracketed protect marker of earlier versions (see LEGACY_OWNERSHIP_DESCRIPTION_MARKER). */
export const LEGACY_PROTECT_DESCRIPTION_MARKER = '[protect]';

/** The marker suffix this version writes: ownership, plus protect when protected. */
export function ownershipMarker(protect: boolean): string {
  return protect ? `${OWNERSHIP_DESCRIPTION_MARKER} ${PROTECT_DESCRIPTION_MARKER}` : OWNERSHIP_DESCRIPTION_MARKER;
}

/** Every marker suffix ever written, longest first (so stripping removes the protect form whole). */
export const ALL_MARKER_SUFFIXES: readonly string[] = [
  ownershipMarker(true),
  `${LEGACY_OWNERSHIP_DESCRIPTION_MARKER} ${LEGACY_PROTECT_DESCRIPTION_MARKER}`,
  OWNERSHIP_DESCRIPTION_MARKER,
  LEGACY_OWNERSHIP_DESCRIPTION_MARKER,
];

/** True when a live description carries an ownership marker (current or legacy form). */
export function hasOwnershipMarker(description: unknown): boolean {
  return typeof description === 'string' && (description.includes(OWNERSHIP_DESCRIPTION_MARKER) || description.includes(LEGACY_OWNERSHIP_DESCRIPTION_MARKER));
}

/** True when a live description carries the legacy bracketed marker (and so needs rewriting). */
export function hasLegacyMarker(description: unknown): boolean {
  return typeof description === 'string' && description.includes(LEGACY_OWNERSHIP_DESCRIPTION_MARKER);
}

/** True when a live description carries the protect marker (current or legacy form). */
export function hasProtectMarker(description: unknown): boolean {
  return (
    typeof description === 'string' &&
    (description.includes(ownershipMarker(true)) || description.includes(`${LEGACY_OWNERSHIP_DESCRIPTION_MARKER} ${LEGACY_PROTECT_DESCRIPTION_MARKER}`))
  );
}

/**
 * Path of the plan change that rewrites a legacy bracketed marker to the current form: shown
 * as a marker migration (`ownership marker: [managed by ado-coolify] → (managed by ado-coolify)`),
 * not as drift of the user's description.
 */
export const MARKER_CHANGE_PATH = 'ownershipMarker';

/**
 * Coolify's `descriptionRules()` max (app/Support/ValidationPatterns.php:438-453, max 255),
 * which counts the marker this tool appends.
 */
export const DESCRIPTION_MAX_LENGTH = 255;

/** Marker written in the `comment` of every env var this tool creates (env ownership). */
export const ENV_OWNERSHIP_COMMENT = 'managed by ado-coolify';

/**
 * Why one resource must be applied before another. `replaces`: `from` (a new replica
 * instance) takes over from `to` (a live instance the plan deletes), so `to` is deleted only
 * after `from` is created and deployed.
 */
export type EdgeReason = 'parent' | 'reference' | 'dependsOn' | 's3' | 'destination' | 'replaces' | 'wave';

/**
 * `from` depends on `to`: `to` is created first and deleted last (`replaces`: deleted after
 * `from` exists; `wave`: `from` has a higher `wave:` than `to`, so it starts only when `to` is done).
 */
export interface DependencyEdge {
  from: Address;
  to: Address;
  reason: EdgeReason;
  /** What made the edge, e.g. the manifest field holding the reference. */
  via?: string;
}

/**
 * One resource as the manifest wants it, in Coolify's wire vocabulary.
 *
 * `fields` holds only what the manifest sets (unset means unmanaged), keyed by wire field
 * name. Env vars live under `env` (`{KEY: DesiredEnvVar}`), shared variables under
 * `sharedEnv`. Not for rendering directly: values may hold secrets; go through the plan.
 */
export interface DesiredResource {
  address: Address;
  kind: ResourceKind;
  name: string;
  /**
   * Variant within the kind: the database type (`postgresql`…), the application source
   * (`dockerimage` | `public` | `github-app` | `deploy-key` | `dockerfile`), the service
   * source (`template` | `compose`), the storage type (`volume` | `file`).
   */
  subtype?: string;
  /** Address of the owner (environment for placed resources, the app/db for sub-resources). */
  parent?: Address;
  fields: Record<string, DesiredValue>;
  /** Env vars by key (applications, databases, services). */
  env?: Record<string, DesiredEnvVar>;
  /** Shared variables by key (projects, environments). */
  sharedEnv?: Record<string, DesiredValue>;
  /** Server and destination names (placed resources only). */
  placement?: { server: string; destination?: string };
  /** Tags besides the ownership tag. */
  tags?: string[];
  protect: boolean;
  /** Wire field paths whose live changes are tolerated. */
  ignoreChanges: string[];
  /**
   * `envPolicy: exact`: env keys live on the resource but not declared are deleted too (not
   * only those the tool wrote); absent is `merge`, which keeps them.
   */
  envPolicy?: 'exact';
  /**
   * Applications' `rollback:`: `onFailure` rolls a failed deployment back, `off` never does
   * (not even with `apply --rollback-on-failure`); absent: as the apply option says.
   */
  rollback?: 'onFailure' | 'off';
  /** Applications' `verify.http`: a readiness check apply makes after Coolify says healthy. */
  httpCheck?: HttpCheck;
  source?: SourceLocation;
  /**
   * Not from the manifest: a dropped record `--prune` changes instead of deleting (a singleton
   * switched off, src/plan/switch-off.ts); the plan's reason for its update.
   */
  pruned?: string;
}

/** An HTTP readiness check: a GET of `url`, or of `path` on the resource's first domain. */
export interface HttpCheck {
  url?: string;
  path?: string;
  expectStatus: number;
  /** As written (`60s`); the apply parses it. */
  timeout: string;
}

/** An env var as the manifest wants it, with Coolify's flags. */
export interface DesiredEnvVar {
  value: DesiredValue;
  is_buildtime: boolean;
  is_runtime: boolean;
  is_literal: boolean;
  is_multiline: boolean;
  /** Preview-only variable (`previews.env`). */
  is_preview: boolean;
  /** Explicitly marked sensitive, besides secrets in the value. */
  sensitive: boolean;
  comment?: string;
}

/** Everything the manifest declares, resolved, plus the edges between resources. */
export interface DesiredState {
  resources: DesiredResource[];
  edges: DependencyEdge[];
  /** Project names the manifest governs: the scope of reads and deletes. */
  projects: string[];
  /**
   * Team-level kinds whose manifest section is present (`privateKeys:`, even empty): the scope
   * of their deletes, as `projects` is for what projects hold. Absent: none.
   */
  teamKinds?: ResourceKind[];
  /**
   * The manifest address (`project/env/application/NAME`) of every declared application: the
   * base of its instances `NAME-k`, which scaling creates and deletes (src/plan/prune.ts).
   * Absent in hand-made states: the declared addresses stand in.
   */
  replicaBases?: Address[];
  /** URL from the manifest's `coolify.url`, if any. */
  coolifyUrl?: string;
  /** The manifest's `moved:` hints (validated: renamable kinds, declared `to`, undeclared `from`). */
  moved?: MovedHint[];
}

/** A rename the manifest declares: the live resource at `from` is the desired one at `to`. */
export interface MovedHint {
  from: Address;
  to: Address;
}

/** An env var as Coolify returns it. `value` is absent without `read:sensitive`. */
export interface LiveEnvVar {
  uuid: string;
  key: string;
  value?: string | null;
  is_preview?: boolean;
  is_buildtime?: boolean;
  is_runtime?: boolean;
  is_literal?: boolean;
  is_multiline?: boolean;
  is_shown_once?: boolean;
  comment?: string | null;
  /**
   * When Coolify last changed the row (`updated_at`, second precision): Eloquent bumps it only
   * when a column really changed. Compared with the last deployment's start (src/plan/pending-deploy.ts).
   */
  updatedAt?: string;
}

/** One live Coolify resource, raw from the API, mapped to an address where possible. */
export interface LiveResource {
  kind: ResourceKind;
  uuid: string;
  name: string;
  /** Undefined when the resource is outside the manifest's scope or cannot be placed. */
  address?: Address;
  /**
   * Set when a `moved:` hint re-keyed the resource: the address its Coolify name and
   * environment give (`address` is then the hint's `to`, or a sub-resource under it).
   */
  movedFrom?: Address;
  /** Carries our ownership tag (or, for sub-resources, belongs to an owned resource). */
  owned: boolean;
  subtype?: string;
  /** The record as returned by Coolify (wire field names). */
  fields: Record<string, unknown>;
  /** Env vars, read only for resources whose manifest entry declares env. */
  env?: LiveEnvVar[];
  /** Shared variables (projects, environments). */
  sharedEnv?: LiveEnvVar[];
  /** Tag names as read. */
  tags?: string[];
  status?: string;
  /**
   * The last (non-preview) deployment Coolify recorded, read for owned resources of kinds
   * that record deployments; `null` when there is none.
   */
  lastDeployment?: LiveDeployment | null;
}

/** One deployment as Coolify recorded it (`status`: queued, in_progress, finished, failed, cancelled-by-user). */
export interface LiveDeployment {
  status: string;
  uuid: string;
  /** When it was queued (`created_at`): the deployment reads the configuration after this. */
  createdAt?: string;
  /** Its row's last change (`updated_at`): status changes and log lines bump it. */
  updatedAt?: string;
  /** A rollback (`POST /applications/{uuid}/rollback`, the queue's `rollback` column): an earlier version runs. */
  rollback?: boolean;
}

/** Servers, destinations and git credentials, needed to place resources by name. */
export interface LiveLookups {
  servers: Array<{ uuid: string; name: string; ip?: string; proxyType?: string }>;
  destinations: Array<{ uuid: string; name: string; serverUuid: string; network?: string }>;
  githubApps: Array<{ uuid: string; name: string }>;
  privateKeys: Array<{ uuid: string; name: string }>;
}

/** The live state the plan is computed against. */
export interface LiveState {
  coolifyUrl: string;
  coolifyVersion: string;
  /** The token can read sensitive fields (`root` or `read:sensitive`). */
  canReadSensitive: boolean;
  resources: LiveResource[];
  /**
   * Resources outside the manifest's projects that claim domains (no address, never planned),
   * read from the list answers at no extra cost: a domain one of them holds cannot be taken by
   * a declared resource (ADO514).
   */
  outside?: LiveResource[];
  lookups: LiveLookups;
  /**
   * Coolify's own time when the state was read (from its answers' `Date` header), epoch ms;
   * absent when no answer carried one. Judges how old a deployment is without the local clock.
   */
  observedAt?: number;
}
