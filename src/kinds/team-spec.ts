/**
 * The team-wide part of a kind's table (`KindSpec.team`): a kind that lives beside the projects
 * (S3 storages, keys, servers, notification channels, …), from its manifest section to its API
 * collection. Split from spec.ts, which re-exports it.
 */
import type { ResourceKind, TeamKind } from '../model/address.js';
import type { DesiredResource, LiveResource } from '../model/resource.js';
import type { WireRecord } from './raw-client.js';

/** The key of a team-wide record in its routes: the integer id for an `idParam` kind, else its uuid. */
export function teamRecordKey(team: Pick<TeamSpec, 'idParam'>, record: Readonly<Record<string, unknown>>): string {
  const key = team.idParam !== undefined ? record.id : record.uuid;
  return key === undefined || key === null ? '' : String(key);
}

/**
 * The whole path of a team-wide kind from its manifest section to its API collection: the
 * lowering, the requests (payload.ts), the list read (raw-reader.ts), the live records
 * (src/state/) and the operations (src/kind-ops/team-level.ts) all come from here.
 */
export interface TeamSpec {
  /**
   * Coolify's collection (`/s3-storages`): `POST` creates, `GET` lists, and `/{uuid}` reads,
   * `PATCH`es and `DELETE`s one record.
   */
  collection: string;
  /**
   * Lowers one entry of the kind's manifest section (already resolved and schema-checked);
   * `sections` is the whole resolved manifest, for an entry that copies another's value (a
   * provisioned server's cloud-init text).
   */
  lower(name: string, entry: Readonly<Record<string, unknown>>, sections: Readonly<Record<string, unknown>>): DesiredResource;
  /** The sub-resources one entry declares (a server's registry logins); absent: none. */
  lowerChildren?(name: string, entry: Readonly<Record<string, unknown>>): DesiredResource[];
  /**
   * `always`: every plan lists the kind (others refer to it by name: a backup's S3 storage).
   * `withSection`: only a manifest with the kind's section reads it, and only such a manifest
   * prunes an owned one it dropped (listed, deleted with `--prune`) and takes its lock.
   */
  scope: 'always' | 'withSection';
  /**
   * Coolify's routes name one record by its integer `id` under this path parameter, not by
   * uuid (`/github-apps/{github_app_id}`, routes/api.php:284-285), and have no `GET` of one
   * record: the live resource is keyed by the id (`teamRecordKey`) and read back from the
   * list. Absent: `/{uuid}`.
   */
  idParam?: string;
  /**
   * How a live record of a kind Coolify keeps no description or tags for is known as managed
   * (no ownership marker can be written), from the record and the team lists read (`lists`).
   * Absent: the ownership marker (src/model/ownership.ts).
   */
  owned?(record: WireRecord, lists: TeamImportLists): boolean;
  /** Other team-wide kinds whose lists `owned` reads (a GitHub App's key): listed with this one. */
  alsoLists?: readonly TeamKind[];
  /**
   * True when the live resource `user` uses the record (an application cloned through a Git
   * App): Coolify refuses to delete the record while one does, so its delete waits for the
   * user's, and a plan that keeps the user is refused. Absent: nothing is checked.
   */
  usedBy?(record: WireRecord, user: LiveResource): boolean;
  /**
   * The list answer lacks fields the table compares (servers: `GET /servers` selects a few
   * columns): each listed record is read again by `GET collection/{uuid}` and that answer used.
   */
  readsEach?: true;
  /**
   * The manifest entry `import` writes for one live record (`import --instance`, and
   * `import --project` for the entries its resources use): the fields Coolify holds beyond its
   * defaults, in manifest vocabulary, so the imported manifest plans clean. Every secret goes
   * through `secret`, whose placeholder becomes `${secrets.…}` (the value is kept only for the
   * secrets file); every other string is written as a literal. The name, `description` and `protect` are written by the importer.
   * Absent: the kind is left out of imports; undefined for one record: that record is (a public
   * Git source Coolify seeds). `children`: the records of the kind's sub-resource kinds under
   * this one (a server's registry logins), by kind; absent when the import did not read them.
   */
  importEntry?(record: WireRecord, secret: TeamImportSecret, team: TeamImportLists, children?: TeamImportLists): Record<string, unknown> | undefined;
  /**
   * A kind of fixed records Coolify keeps exactly one of per team and name (a notification
   * channel: created by `firstOrCreate` on the first read, never deleted). Only `GET` and
   * `PATCH` of `${collection}/${name}` exist: the list is one GET per name, a "create" is a PATCH
   * of the record, and a record the manifest dropped is never deleted. Absent: a collection
   * with create and delete.
   */
  singleton?: SingletonSpec;
  /**
   * For a kind whose Coolify record has no description (cloud tokens, destinations), so no
   * ownership marker can be kept in Coolify. Absent: ownership and protection of a dropped
   * record come from the description's marker (src/model/ownership.ts).
   */
  markerless?: MarkerlessOwnership;
  /** For a kind whose records live on a server (destinations); absent for the others. */
  onServer?: OnServer;
  /**
   * A record names another team-wide record by its integer id only (a server's
   * `private_key_id`): the reader lists that kind too and sets `nameField` to the name of the
   * record with that id (`#ID` when none listed has it), so the field compares the record
   * named, not a name string against an id. Absent: none.
   */
  byId?: ByIdReference;
  /**
   * Subtypes created by an endpoint of their own instead of `POST collection` (a server bought
   * at a cloud provider: `POST /servers/hetzner`), keyed by subtype. Absent: `POST collection`.
   */
  createVariants?: Readonly<Record<string, CreateVariant>>;
}

/** The create endpoint of one subtype of a team-wide kind, and the wire fields it accepts. */
export interface CreateVariant {
  /** `POST` path under `/api/v1`. */
  path: string;
  /**
   * The wire fields the endpoint's allow-list has; every other creatable field the resource
   * holds goes to the follow-up PATCH (or nowhere, when it is not patchable).
   */
  accepts: readonly string[];
}

/** The id field of a team-wide record that names a record of `kind`, and the fields the reader sets to that record's name and uuid. */
export interface ByIdReference {
  idField: string;
  kind: TeamKind;
  nameField: string;
  uuidField: string;
}

/**
 * A team-wide kind whose records live on a server: created under it, and compared by the
 * server's name, which the reader (raw-reader.ts) adds to every listed record from `GET /servers`.
 */
export interface OnServer {
  /** The wire field with the uuid of the record's server (`server_uuid`). */
  uuidField: string;
  /** The field the reader sets to that server's name, and the desired field naming it (`server`). */
  nameField: string;
  /** The create endpoint, its server as `{uuid}` (`/servers/{uuid}/destinations`) instead of `POST collection`. */
  create: string;
}

/**
 * Ownership of a team-wide kind Coolify keeps no marker for. The section decides: a manifest
 * that has it governs every listed record of the kind (an exact section, as `import --instance`
 * writes it), so each is managed, kept without `--prune` once dropped, and deleted with it.
 */
export interface MarkerlessOwnership {
  /**
   * Records Coolify makes by itself (a server's default `coolify` network): never read as
   * resources of the kind, so never adopted, listed or pruned. Absent: none.
   */
  coolifyOwn?: (record: WireRecord) => boolean;
  /**
   * A dropped record counts as protected (no marker can say otherwise): deleting it needs
   * `--allow-destroy` besides `--prune`.
   */
  protectedWhenDropped: boolean;
}

/**
 * The fixed records of a singleton team kind. The kind's section claims them all: a declared
 * one is planned as an update (it exists from the start, with no ownership marker to add); a
 * dropped one is kept as it is, listed as no longer managed, and `--prune` plans an update to
 * `pruneBody` (src/plan/switch-off.ts: switched off, its settings kept), never a delete.
 */
export interface SingletonSpec {
  /** The records' names, one GET `${collection}/${name}` each (`email`, `discord`, …). */
  names: readonly string[];
  /** True when a live record is already what pruning makes it (switched off): a dropped one says nothing. */
  pruned(record: WireRecord): boolean;
  /** The PATCH body `--prune` sends for a dropped record (`{ discord_enabled: false }`). */
  pruneBody(name: string): Record<string, unknown>;
  /** What pruning does, in the plan's words (`disabled; its settings are kept`). */
  pruneNote: string;
}

/**
 * Every team-wide list the import read, by kind (a server or a GitHub App names its private
 * key, which its record holds only as `private_key_id`); empty when not read.
 */
export type TeamImportLists = Readonly<Partial<Record<ResourceKind, readonly WireRecord[]>>>;

/**
 * Turns a secret field of a live record into the importer's placeholder (written as
 * `${secrets.…}`; opaque to the kind: put it in the entry as it is). `what` describes it.
 */
export type TeamImportSecret = (field: string, what: string, value: string | undefined) => unknown;

