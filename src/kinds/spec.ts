/**
 * Field capability tables: the data that drives the generic diff and the payload builders.
 *
 * Every resource kind declares one `KindSpec`. The diff (`src/diff/`) and the payload
 * builders (`src/kinds/payload.ts`) read these tables and never branch on the kind.
 */
import type { PlacedKind, ResourceKind, TeamKind } from '../model/address.js';
import type { ChangeEffect, Downtime, FieldCaveat, PlanValue, PublicParts } from '../model/plan.js';
import type { DesiredResource, LiveResource } from '../model/resource.js';
import type { RefAttribute } from '../model/value.js';
import type { HealthRules } from '../model/health.js';
import type { RawReaderClient, WireRecord } from './raw-client.js';
import type { TeamSpec } from './team-spec.js';

export { teamRecordKey } from './team-spec.js';
export type {
  ByIdReference, CreateVariant, MarkerlessOwnership, OnServer, SingletonSpec, TeamImportLists, TeamImportSecret, TeamSpec,
} from './team-spec.js';

/**
 * Maps a value (desired after materialisation, or live as read) to a canonical form for
 * comparison. Must be total: any input (null, numbers, odd strings) gives some output.
 * Not for building payloads: the result may lose information (sets, defaults).
 */
export type Normalizer = (value: unknown) => unknown;

/**
 * What a desired field value names and must be turned into a uuid at payload time
 * (GitHub App name, private key name, S3 storage address, destination name).
 */
export type UuidResolution = 'githubApp' | 'privateKey' | 's3Storage' | 'destination' | 'cloudToken';

/** One wire field of a kind and what the reconciler may do with it. */
export interface FieldSpec {
  /** Wire field name used in create and PATCH bodies, e.g. `docker_registry_image_tag`. */
  path: string;
  /** Manifest-facing name for display and `ignoreChanges`, e.g. `image.tag`, `healthCheck.path`. */
  label: string;
  /**
   * `comparable`: GET returns it, so it is diffed. `writeOnly`: GET never returns it in a
   * comparable form (it is sent on create and never shown as drift).
   */
  compare: 'comparable' | 'writeOnly';
  /**
   * Live fields to read, first present wins (default: `[path]`). Dotted paths reach into
   * nested objects (`settings.is_auto_deploy_enabled`).
   */
  readFrom?: readonly string[];
  /** Canonical form for comparison (applied to both sides). */
  normalize?: Normalizer;
  /** A secret: redacted in plans, compared only in memory. Implies `needsReadSensitive`. */
  sensitive?: boolean;
  /** GET returns it only to tokens with `read:sensitive` (e.g. inline `dockerfile`). */
  needsReadSensitive?: boolean;
  /** What a change needs to take effect. */
  effect: ChangeEffect;
  /** Accepted by the create endpoint (default true). */
  creatable?: boolean;
  /** Accepted by PATCH (default true). Non-patchable comparable fields use effect `replace`. */
  patchable?: boolean;
  /**
   * The update endpoint requires the field on every PATCH (a private key's `private_key`:
   * SecurityController.php:321-325): sent with any change of the resource, and with an adoption.
   */
  sentWithEveryPatch?: true;
  /** The value is sent base64-encoded. */
  encode?: 'base64';
  /**
   * The field older releases take instead (4.4's `server_role`, `is_build_server` before): when
   * the release does not accept `path` but accepts `instead.path`, the release gate replaces
   * the field by `instead.path` with `instead.value(value)`, silently; where that is undefined
   * (a value older releases cannot say) the field is dropped with the usual ADO505 warning.
   */
  instead?: { path: string; value: (value: unknown) => unknown };
  /** The desired value is a name/address turned into a uuid from the payload context. */
  resolve?: UuidResolution;
  /** Another live field whose value also equals the desired one (a key named by its uuid, not its name). */
  sameAs?: string;
  /** Only these subtypes accept the field (e.g. `postgres_user` on `postgresql`). */
  onlyFor?: readonly string[];
  /** Multi-line content (files, configs): renderers show a line diff. */
  multiline?: boolean;
  /**
   * A list Coolify keeps as one string, its items joined by `,` (`comma`: domains, ports) or
   * by newlines (`lines`: watch paths): plans show it as a list, diffed item by item.
   */
  list?: 'comma' | 'lines';
  /**
   * Set with another field of the same label and said by it (`save_s3` is true whenever `s3`
   * names a storage): plans show one line per manifest field, so a change of it is shown only
   * when no other change of the resource has its label. Still sent and compared as usual.
   */
  implied?: true;
  /**
   * Sent by a request of its own once the resource exists, never in its create or PATCH
   * body. `storageBackup`: `PUT …/storages/{storage_uuid}/backups`, body key = `path`
   * without its `backup.` prefix. `secretManager` (Coolify 4.4, src/kinds/secret-manager.ts):
   * `POST /security/integration-tokens` for the `secret_manager.token.*` fields, then
   * `PATCH /applications/{uuid}/secret-manager` for the `secret_manager.link.*` ones.
   */
  via?: 'storageBackup' | 'secretManager';
  /**
   * Coolify stores a change, but the running resource reads the value only when its data is
   * first initialised (a database's user, password, database name): the plan shows `note` on
   * the change of an existing resource (caveat `init-only`) with an ADO507 warning.
   */
  initOnly?: { note: string };
  /**
   * A change that needs more than the field's effect (a database image's major version): the
   * caveat it carries (`data-migration` gives an ADO508 warning, an ADO509 error on a
   * protected resource without --allow-destroy), or undefined. Values are raw; `subtype` is
   * the desired one.
   */
  changeCaveat?: (before: unknown, after: unknown, subtype: string | undefined) => FieldCaveat | undefined;
  /**
   * True when the (plan) value makes the resource reachable from outside Coolify's network (a
   * public database, a port published on the host): a change across it is an `exposure` of
   * the plan's impact (src/plan/impact.ts).
   */
  exposes?: (value: PlanValue | undefined) => boolean;
  /**
   * What a change of the field on an existing resource does to data it stores (a volume's
   * name: a new, empty volume): a `data` entry of the plan's impact.
   */
  dataNote?: string;
  /**
   * What may be shown of a sensitive value (a private key's fingerprint and public key): the
   * plan's marker carries it, renderers print it; undefined when the value has none.
   */
  publicParts?: (value: unknown, side: 'live' | 'desired') => PublicParts | undefined;
  /**
   * Coolify refuses a change of this field until the resource's first deploy has run (a
   * compose application's domains before Coolify has read its compose file): given the live
   * record's fields, true when an update must wait for it. Such a change is set in a second
   * stage of the same apply: `domains` after the `deploy`, then `redeploy` (src/graph/steps.ts).
   */
  afterFirstDeploy?: (liveFields: Readonly<Record<string, unknown>>) => boolean;
}

/** Env var flags a kind's env endpoint accepts. */
export type EnvFlag = 'is_buildtime' | 'is_runtime' | 'is_literal' | 'is_multiline' | 'is_preview';

/** How a kind's env vars (or shared variables) behave. */
export interface EnvSpec {
  /** Flags the endpoint accepts and the diff compares. */
  flags: readonly EnvFlag[];
  /** What an env change needs to take effect. */
  effect: ChangeEffect;
  /** Coolify auto-creates an `is_preview` copy of every non-preview variable. */
  previewCopies: boolean;
  /** Keys Coolify generates itself, never deleted by `envPolicy: exact`. */
  generatedKeys?: RegExp;
}

/**
 * Materialises one attribute of a `${kind.name.attr}` reference (`port`, `user`, `url`…) from
 * the live record of the target, falling back to its desired record; undefined when unknown.
 */
export type RefAttributeReader = (attr: RefAttribute, live: LiveResource, desired: DesiredResource | undefined) => string | undefined;

/**
 * What the plan (src/plan/) and its steps (src/graph/steps.ts) know of a kind. Every flag
 * is off when absent.
 */
export interface KindPlanning {
  /** Lives in an environment and can move to another one of its project (`move`). */
  movable?: true;
  /**
   * Can be renamed in place with a manifest `moved:` hint: Coolify's PATCH accepts `name`
   * (ApplicationsController.php:2801, DatabasesController.php:440, ServicesController.php:1177)
   * and its sub-resources follow it (they hang off its uuid).
   */
  renamable?: true;
  /**
   * The wire field whose comma-separated URLs are the domains the resource claims (desired and
   * live, read through the field's `readFrom`): Coolify refuses a second resource with one of
   * them (409), so the plan orders the release of a domain before its reuse.
   */
  domainsField?: string;
  /**
   * Belongs to the team, not to a project: an owned one the manifest dropped is never
   * deleted, only listed as unmanaged.
   */
  keptWhenDropped?: true;
  /**
   * The name of the resource of this kind Coolify creates with its parent (a project's
   * `production` environment): matched and marked as managed, never created.
   */
  createdWithParent?: string;
  /** A change of this kind takes effect when its owner, of one of these kinds, is redeployed. */
  redeploysOwner?: readonly ResourceKind[];
  /** What the owner's redeploy applies, in the plan's words (`a change of its containers’ settings`). Absent: `a storage change`. */
  ownerRedeployWhy?: string;
  /**
   * Coolify makes the records of this sub-resource kind with their owner and deletes them with it
   * (a service's applications and databases, from its compose): never created or deleted here.
   * A declared one is PATCHed (its "create", when the owner is new, finds it under the owner and
   * PATCHes it: `KindOps.madeWithOwner`); an undeclared one is not managed (never listed as
   * dropped, never deleted); a declared name the live owner lacks is an ADO560 error naming the
   * ones it has. `what` names one record in messages, `section` is the key of the owner's
   * manifest entry that holds them (`applications`).
   */
  madeWithOwner?: { what: string; section: string };
  /**
   * The step that makes a change reach the running resource: `deploy` (also after a
   * create, which does not start it) or `restart`. Absent: nothing runs.
   */
  activateStep?: 'deploy' | 'restart';
  /** `${…}` reference attributes of the kind (beyond `uuid` and `host`, known for every kind). */
  refAttribute?: RefAttributeReader;
  /** Can be scaled into a replica set of `NAME-k` instances (`replicas`, `autoscale`). */
  replicaSets?: true;
  /**
   * `--replace ADDR` is refused for the kind, for this reason (a project or environment holds
   * other resources: replace those). Absent: a requested replace deletes and creates it again.
   */
  replaceRefused?: string;
  /**
   * The downtime of a deploy of an existing resource of the kind, from its plan records
   * (`after`, else `before`: wire fields, redacted) for the plan's impact. Absent: `possible`.
   */
  deployDowntime?: (record: Readonly<Record<string, PlanValue>>) => { downtime: Downtime; why: string };
  /**
   * What deleting a resource of the kind does to stored data, in words (a database's data, a
   * volume's files), from its plan record; undefined when it stores none.
   */
  deletesData?: (record: Readonly<Record<string, PlanValue>>) => string | undefined;
  /**
   * What every create and delete of the kind must say, appended to its reason (a cloud
   * provider token: Coolify buys servers with it). Absent: nothing.
   */
  notice?: string;
  /**
   * What creating this resource buys (a cloud-provisioned server: a machine billed at the
   * provider), in words; undefined when its create costs nothing. The plan puts it on the
   * create (and replace) as `ResourceChange.cost`, which every renderer marks with `$`.
   */
  cost?: (resource: DesiredResource) => string | undefined;
  /**
   * A replace forced by a change of this resource (a subtype or a `replace` field) is never
   * planned by itself: without `--replace ADDR` the plan refuses it (ADO550) with this hint,
   * given the resource. Absent: a forced replace is planned as usual.
   */
  replaceOnlyOnRequest?: (resource: DesiredResource) => string | undefined;
}

/** The capability table of one resource kind. */
export interface KindSpec {
  kind: ResourceKind;
  /** Every wire field the reconciler knows for this kind. */
  fields: readonly FieldSpec[];
  /** Effect of a subtype change (application source type, database engine…). */
  subtypeChange: ChangeEffect;
  /** Derives the subtype from a live record when the state reader did not set one. */
  liveSubtype?: (fields: Record<string, unknown>) => string | undefined;
  /** Env vars (`DesiredResource.env`), when the kind has them. */
  env?: EnvSpec;
  /** Shared variables (`DesiredResource.sharedEnv`), when the kind has them. */
  sharedEnv?: EnvSpec;
  /** The kind carries Coolify tags (apps, databases, services). */
  tags: boolean;
  /** The kind carries a description (ownership marker lives there). */
  description: boolean;
  /**
   * Coolify keeps the description in a varchar(255) column (DESCRIPTION_MAX_LENGTH, marker
   * included; e.g. database/migrations/2023_10_12_132430_create_standalone_redis_table.php:18);
   * false for a longText column (services) and for kinds without a description.
   */
  descriptionHasLengthLimit: boolean;
  /** Manifest keys of the kind that should hold `${secrets.X}`, not a literal (ADO310). */
  literalSecretKeys: readonly LiteralSecretKey[];
  /** The URLs (Coolify's comma-separated `fqdn`) of a live record that `deploy` prints; null: none. */
  liveFqdn: ((fields: Record<string, unknown>) => string) | null;
  /** What the plan and its steps know of the kind (absent: nothing special). */
  planning?: KindPlanning;
  /**
   * Coolify's defaults of the kind's wire fields for a subtype (Coolify's models and
   * migrations): a deleted resource's plan entry leaves out the live values equal to them.
   * Absent: no defaults (only empty values are left out).
   */
  liveDefaults?: (subtype: string | undefined) => Readonly<Record<string, unknown>>;
  /**
   * How the kind's runtime status maps to health (src/model/health.ts); absent for kinds
   * without a runtime status (projects, storages, tasks…).
   */
  health?: HealthRules;
  /** How the raw reader (raw-reader.ts) reads what a record carries beyond its list answer. */
  reads: KindReads;
  /**
   * The create answer carries no uuid (a registry login answers only `message`): the key of the
   * created record, from the resource (its registry host). Absent: the answer's `uuid`.
   */
  createdKey?: (resource: DesiredResource) => string;
  /**
   * A sub-resource of a team-wide owner: the key of the owner's manifest entry that lists it
   * (`registries`), and what one is called in messages (`registry login`). Absent: none.
   */
  underTeamEntry?: { key: string; noun: string };
  /**
   * Endpoints the kind's reads and operations send through the client's `send` rather than a
   * method of their own (`METHOD /template`), for docs/api-coverage.md. Absent: none.
   */
  sends?: readonly string[];
  /**
   * A team-wide kind (TEAM_KINDS in src/model/address.ts names its section and address): its
   * API collection, lowering and scope. Absent for the kinds that live in a project.
   */
  team?: TeamSpec;
}

/** What the raw reader reads for one kind, each answer checked (answer-shape.ts). */
export interface KindReads {
  /** The env vars of one record; null when the kind has none. */
  envs: ((client: RawReaderClient, uuid: string) => Promise<WireRecord[]>) | null;
  /** The shared variables of one record (`fields`: its live fields); null when the kind has none. */
  sharedEnvs: ((client: RawReaderClient, uuid: string, fields: WireRecord) => Promise<WireRecord[]>) | null;
  /** For a sub-resource kind: how its records are read under their owner; null for the others. */
  under: SubReads | null;
}

/** The reads of a kind read from its list answer alone. */
export const NO_READS: KindReads = { envs: null, sharedEnvs: null, under: null };

/** The reads of a sub-resource kind: only the records under their owner. */
export function readsUnder(under: SubReads): KindReads {
  return { ...NO_READS, under };
}

/** The owner a sub-resource is read under. */
export interface RawOwner {
  /** Its kind: one of the kind's `SubReads.owners` (a scheduled task's application or service). */
  kind: ResourceKind;
  uuid: string;
  subtype?: string;
  /** Its record as its kind's list answered it (a database's carries its backup configs). */
  record: WireRecord;
}

/** A live record found under an owner, with the name the manifest gives it. */
export interface RawChild {
  record: WireRecord;
  uuid: string;
  name: string;
  subtype?: string;
}

/** How a sub-resource kind is read under its owner. */
export interface SubReads {
  /**
   * The kinds of owner the records live under (a placed kind, or a server for its registry
   * logins); several when Coolify has the same routes under each (a scheduled task's
   * `/applications/{uuid}/scheduled-tasks` and `/services/{uuid}/scheduled-tasks`).
   */
  owners: readonly (PlacedKind | 'server')[];
  /**
   * The key under which the owner's list record carries these records (a database's
   * `backup_configs`): read for every owner with no request, and not part of the owner's
   * fields. null: one request per declared owner whose manifest entry declares some.
   */
  ownerField: string | null;
  /**
   * With `ownerField` null: true when the owner's list record says it has some (a count the list
   * answer carries), so they are read even when the manifest declares none, and the ones it
   * dropped are deleted. Absent: read only for an owner whose manifest entry declares some.
   */
  presentIn?: (ownerRecord: WireRecord) => boolean;
  /** The records under one owner, named as `wanted` (the manifest's entries of the kind under it) names them. */
  read(client: RawReaderClient, owner: RawOwner, wanted: readonly DesiredResource[]): Promise<RawChild[]>;
}

/**
 * A manifest key, relative to the kind's entry, that should hold a secret: a `value`
 * (`password`; the warning says "`what` of NAME"), or an `envMap` whose variables with
 * secret-looking names are checked (the warning says "`what` variable KEY").
 */
export type LiteralSecretKey = { value: readonly string[]; what: string } | { envMap: readonly string[]; what: string };

/** The live fields `spec` reads for `field`, in order of preference. */
export function readPaths(field: FieldSpec): readonly string[] {
  return field.readFrom ?? [field.path];
}

/** Reads a dotted path from a record; undefined when any segment is missing. */
export function readDotted(record: Record<string, unknown>, path: string): unknown {
  // most paths are one segment: read without splitting (the same `in` test)
  if (!path.includes('.')) return record !== null && typeof record === 'object' && path in record ? record[path] : undefined;
  let cur: unknown = record;
  for (const seg of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !(seg in cur)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** The live value of a field and whether the record holds it at all. */
export function readLiveField(
  record: Record<string, unknown>,
  field: FieldSpec,
): { present: boolean; value: unknown } {
  if (field.readFrom === undefined) {
    const v = readDotted(record, field.path);
    return v !== undefined ? { present: true, value: v } : { present: false, value: undefined };
  }
  for (const p of field.readFrom) {
    const v = readDotted(record, p);
    if (v !== undefined) return { present: true, value: v };
  }
  return { present: false, value: undefined };
}

/** True when the field is hidden from tokens without `read:sensitive`. */
export function isHiddenWithoutSensitive(field: FieldSpec): boolean {
  return field.sensitive === true || field.needsReadSensitive === true;
}
