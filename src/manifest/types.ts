/**
 * The manifest v1 format (`ado.coolify.yaml`) as TypeScript types.
 *
 * These types mirror `schema/ado.coolify.schema.json`, which is the source of truth for
 * users and editors. Field names here are the manifest's (camelCase), never Coolify's wire
 * names: mapping to the API happens in `src/kinds/`. String fields may hold `${...}`
 * interpolations until `src/resolve/` has run.
 */

import type { CloudInitScriptSpec, CloudTokenSpec, DestinationSpec, GithubAppSpec, GitlabAppSpec, NotificationsSpec, PrivateKeySpec, S3StorageSpec, SecretManagerSpec, ServerSpec } from './team-types.js';
import type { ApplicationSpec, DatabaseSpec, ServiceSpec } from './placed-types.js';
export type * from './team-types.js';
export type * from './placed-types.js';

/** A whole manifest document, as written by the user. */
export interface Manifest {
  /** Format version; only `1` exists. */
  version: 1;
  /** Where Coolify is. The token never lives in the file: it comes from COOLIFY_TOKEN. */
  coolify?: CoolifyConnection;
  /** Placement and tagging defaults applied to every resource that does not override them. */
  defaults?: Defaults;
  /** Plain variables, used as `${vars.NAME}`, overridable with `--var NAME=value`. */
  vars?: Record<string, string | number | boolean>;
  /** Team-level S3 storages, referred to by name from database backups. */
  s3Storages?: Record<string, S3StorageSpec>;
  /** Team-level private (SSH) keys; the key material only from `${secrets.X}`. */
  privateKeys?: Record<string, PrivateKeySpec>;
  /** The team's notification channels (singletons: `email`, `discord`, …); secrets only from `${secrets.X}`. */
  notifications?: NotificationsSpec;
  /** Team-level GitHub Apps by name; applications name one in `git.githubApp`. */
  githubApps?: Record<string, GithubAppSpec>;
  /** Team-level GitLab Apps (OAuth sources) by name. */
  gitlabApps?: Record<string, GitlabAppSpec>;
  /** Servers of the team (registered over SSH with a private key) and their settings. */
  servers?: Record<string, ServerSpec>;
  /** Team-level cloud provider tokens (Hetzner, DigitalOcean, Vultr); the token only from `${secrets.X}`. */
  cloudTokens?: Record<string, CloudTokenSpec>;
  /** Docker network destinations on servers, by name. */
  destinations?: Record<string, DestinationSpec>;
  /** Secret managers (Coolify 4.4 integration tokens: Doppler, Infisical, Vault), by name; the token only from `${secrets.X}`. */
  secretManagers?: Record<string, SecretManagerSpec>;
  /** Team-level cloud-init scripts by name; a cloud-provisioned server names one in `provision.cloudInit`. */
  cloudInitScripts?: Record<string, CloudInitScriptSpec>;
  /** Policy checks on every plan (docs/policy.md); checked by src/policy/config.ts. */
  policy?: PolicySpec;
  /** Renames (Terraform's `moved` blocks): the resource at `from` in Coolify is the one declared at `to`. */
  moved?: MovedEntry[];
  /** Projects by name. */
  projects: Record<string, ProjectSpec>;
}

/** The `policy:` section: built-in rules by name with a level, and custom CEL rules. */
export interface PolicySpec {
  rules?: Record<string, 'error' | 'warning' | 'off'>;
  custom?: Array<{ name: string; expression: string; message: string; level?: 'error' | 'warning' | 'off'; hint?: string }>;
}

/** One `moved:` entry: addresses as the plan prints them (`project/environment/kind/name`). */
export interface MovedEntry {
  /** The old address, no longer declared. */
  from: string;
  /** The new, declared address of the same kind. */
  to: string;
}

/** Connection settings for the Coolify instance. */
export interface CoolifyConnection {
  /** Base URL of the instance, e.g. `${env.COOLIFY_URL}`. */
  url?: string;
}

/** Defaults for placement and tags. */
export interface Defaults {
  /** Coolify server name used when a resource names none. */
  server?: string;
  /** Destination (Docker network) name, needed when the server has several. */
  destination?: string;
  /** Tags added to every application, database and service. */
  tags?: string[];
}

/** A Coolify project. */
export interface ProjectSpec {
  description?: string;
  /** Coolify project shared variables (`{{project.KEY}}` in Coolify). */
  sharedEnv?: Record<string, string>;
  /** Environments by name (3+ characters). `production` exists in every Coolify project. */
  environments: Record<string, EnvironmentSpec>;
  protect?: boolean;
}

/** An environment inside a project. */
export interface EnvironmentSpec {
  description?: string;
  /** Coolify environment shared variables (`{{environment.KEY}}`). */
  sharedEnv?: Record<string, string>;
  databases?: Record<string, DatabaseSpec>;
  applications?: Record<string, ApplicationSpec>;
  services?: Record<string, ServiceSpec>;
  protect?: boolean;
}

/**
 * A manifest after resolution: every string may have become a TemplateString (when it held
 * a secret or a reference). Vars and env lookups are already substituted.
 */
export type Resolved<T> = T extends string
  ? string | import('../model/value.js').TemplateString
  : T extends Array<infer U>
    ? Array<Resolved<U>>
    : T extends object
      ? { [K in keyof T]: Resolved<T[K]> }
      : T;

/** The resolved manifest. */
export type ResolvedManifest = Resolved<Manifest>;
