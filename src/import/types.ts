/**
 * Types of `ado-coolify import`: the live snapshot read from Coolify (raw wire records), the
 * options of the mapping, and its result (a manifest plus what the user must review).
 */
import type { Manifest } from '../manifest/types.js';
import type { SubKind, TeamKind } from '../model/address.js';
import type { TeamImportLists } from '../kinds/spec.js';

/** A raw Coolify record, wire field names. */
export type WireRecord = Record<string, unknown>;

/** An application, database or service with the sub-resources read for it. */
export interface PlacedSnapshot {
  /** The record (for applications: the single GET, which carries `settings`). */
  record: WireRecord;
  /** Its env vars as `GET …/envs` returns them. */
  envs: WireRecord[];
  /** Tag names (from `GET …/tags`). */
  tags: string[];
  /** Name of the server it runs on, when known. */
  server?: string;
}

/** An application and its storages and scheduled tasks. */
export interface ApplicationSnapshot extends PlacedSnapshot {
  /** `GET /applications/{uuid}/storages`: a list or `{persistent_storages, file_storages}`. */
  storages: unknown;
  scheduledTasks: WireRecord[];
  /** The names of its extra destinations (`GET /applications/{uuid}/destinations`, not primary); absent: none read. */
  networks?: string[];
}

/** A database and its backup schedules (`backup_configs`). */
export interface DatabaseSnapshot extends PlacedSnapshot {
  backups: WireRecord[];
}

/** One environment of the project, with its shared variables. */
export interface EnvironmentSnapshot {
  record: WireRecord;
  sharedEnv: WireRecord[];
  applications: ApplicationSnapshot[];
  databases: DatabaseSnapshot[];
  services: ServiceSnapshot[];
}

/** A service and its own applications and databases (one per compose service). */
export interface ServiceSnapshot extends PlacedSnapshot {
  /** `GET /services/{uuid}/applications`; absent: not read. */
  applications?: WireRecord[];
  /** `GET /services/{uuid}/databases`; absent: not read. */
  databases?: WireRecord[];
  /** `GET /services/{uuid}/scheduled-tasks`; absent: not read. */
  scheduledTasks?: WireRecord[];
}

/** Everything read from Coolify for one project. */
export interface ProjectSnapshot {
  project: WireRecord;
  sharedEnv: WireRecord[];
  environments: EnvironmentSnapshot[];
  /** Every S3 storage of the team. */
  s3Storages: WireRecord[];
  /** `GET /github-apps` (id, uuid, name). */
  githubApps: WireRecord[];
  /** `GET /security/keys` (id, uuid, name). */
  privateKeys: WireRecord[];
  /** Server names of the team, to pick `defaults.server`. */
  servers: string[];
  /** The token reads sensitive fields (`read:sensitive` or `root`). */
  canReadSensitive: boolean;
}

/** Everything read from Coolify for `import --instance`. */
export interface InstanceSnapshot {
  /** Every project the token sees, by name. */
  projects: ProjectSnapshot[];
  /** The records of every team-wide kind (`GET` of its collection). */
  team: Record<TeamKind, WireRecord[]>;
  /**
   * The sub-resources read under team-wide records (a server's registry logins), by the
   * record's uuid and then by kind; a record without any is absent.
   */
  teamChildren?: Readonly<Record<string, TeamImportLists>>;
  /** Sub-resource kinds under team-wide records whose lists this token may not read (left out). */
  unreadableChildren?: SubKind[];
  /** Team-wide kinds whose list this token may not read (left empty). */
  unreadable: TeamKind[];
  /** Server names of the team, to pick `defaults.server`. */
  servers: string[];
  /** The token reads sensitive fields (`read:sensitive` or `root`). */
  canReadSensitive: boolean;
}

/** Options of the mapping. */
export interface ImportOptions {
  /** `defaults.server`; default: the server most imported resources run on. */
  serverDefault?: string;
  /** Also import database passwords as `${secrets.X}` (default: left out, Coolify keeps them). */
  databasePasswords?: boolean;
  /** The Coolify URL, written as a comment only (the manifest uses `${env.COOLIFY_URL}`). */
  coolifyUrl?: string;
}

/** One `${secrets.NAME}` the imported manifest uses. */
export interface ImportedSecret {
  name: string;
  /** Where it is used, e.g. `shop/production/application/api env.JWT_SECRET`. */
  where: string;
  /** The live value, when readable. Never printed: only written to `--secrets-out`. */
  value?: string;
}

/** Something the user should review. */
export interface ImportNote {
  severity: 'warning' | 'todo' | 'info';
  /** Address or manifest path it concerns. */
  where: string;
  message: string;
}

/** A name changed to fit the manifest's patterns (addresses come from names). */
export interface ImportRename {
  kind: string;
  where: string;
  from: string;
  to: string;
}

/** The result of the mapping. */
export interface ImportResult {
  manifest: Manifest;
  secrets: ImportedSecret[];
  notes: ImportNote[];
  renames: ImportRename[];
  /** Resources imported, by kind. */
  counts: Record<string, number>;
}
