import { byUuid, firstBy } from './append-index.js';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileSystemError } from '../fs-error.js';
import { SeededRng, newPassword, newUuid } from './rng.js';
import { seededKeyFields } from './seed-key.js';
import {
  emptyWorld,
  type ApplicationRecord,
  type DatabaseRecord,
  type EnvironmentRecord,
  type OwnerRef,
  type PlacedRecord,
  type ProjectRecord,
  type ServiceRecord,
  type World,
} from './world.js';

/** Which seed an empty world gets: the sandbox's own (default) or one like Coolify's development seed. */
export type SeedProfile = 'sandbox' | 'coolify-dev';

/** A placed resource with its kind, as found by uuid. */
export type PlacedHit =
  | { kind: 'application'; record: ApplicationRecord }
  | { kind: 'database'; record: DatabaseRecord }
  | { kind: 'service'; record: ServiceRecord };

/**
 * The sandbox's state: the world plus id/uuid generation and persistence. Tests get it as
 * `sandbox.store` to make out-of-band changes (mutate `world`, then call `save()`) and to
 * assert on what the API did.
 */
export class SandboxStore {
  world: World;
  private rng: SeededRng;
  private readonly stateFile: string | undefined;

  constructor(options: { seed: number; stateFile?: string; seedProfile?: SeedProfile }) {
    this.stateFile = options.stateFile;
    if (options.stateFile && existsSync(options.stateFile)) {
      this.world = loadWorld(options.stateFile);
    } else {
      this.world = emptyWorld(options.seed);
      this.rng = new SeededRng(this.world.rngState);
      if (options.seedProfile === 'coolify-dev') seedCoolifyDevWorld(this);
      else seedWorld(this);
    }
    this.rng = new SeededRng(this.world.rngState);
  }

  /** The next integer id (shared sequence across record kinds). */
  nextId(): number {
    return this.world.nextId++;
  }

  /** The next id of one of Coolify's tables, each with its own sequence (PostgreSQL serial ids). */
  nextTableId(table: string): number {
    const ids = (this.world.tableIds ??= {});
    ids[table] = (ids[table] ?? 0) + 1;
    return ids[table];
  }

  /** A fresh 24-character uuid. */
  uuid(): string {
    const u = newUuid(this.rng);
    this.world.rngState = this.rng.seed;
    return u;
  }

  /** A fresh 64-character password. */
  password(): string {
    const p = newPassword(this.rng);
    this.world.rngState = this.rng.seed;
    return p;
  }

  /**
   * Writes the world to the state file (temp file + rename), if there is one. The file holds
   * every secret the sandbox was sent, so it is written at mode 0600 (owner only), like the
   * CLI's --secrets-out.
   */
  save(): void {
    if (!this.stateFile) return;
    const tmp = `${this.stateFile}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(this.world), { mode: 0o600 });
      chmodSync(tmp, 0o600); // a temp file left by a crash keeps its old mode otherwise
      renameSync(tmp, this.stateFile);
    } catch (err) {
      // name the state file the user gave, not the temporary file next to it
      throw fileSystemError(err, this.stateFile) ?? err;
    }
  }

  /** Finds an application, database or service by uuid. */
  findPlaced(uuid: string): PlacedHit | undefined {
    const app = byUuid(this.world.applications, uuid);
    if (app) return { kind: 'application', record: app };
    const db = byUuid(this.world.databases, uuid);
    if (db) return { kind: 'database', record: db };
    const svc = byUuid(this.world.services, uuid);
    if (svc) return { kind: 'service', record: svc };
    return undefined;
  }

  /** Finds a placed record by owner reference. */
  ownerRecord(owner: OwnerRef): PlacedRecord | undefined {
    const list = owner.kind === 'application' ? this.world.applications : owner.kind === 'database' ? this.world.databases : this.world.services;
    return firstBy(list as PlacedRecord[], 'id', (r) => r.id).get(owner.id);
  }

  /** The project by uuid. */
  project(uuid: string): ProjectRecord | undefined {
    return this.world.projects.find((p) => p.uuid === uuid);
  }

  /** An environment of a project by name or uuid (name first, like Coolify). */
  environmentOf(project: ProjectRecord, nameOrUuid: string): EnvironmentRecord | undefined {
    const envs = this.world.environments.filter((e) => e.project_id === project.id);
    return envs.find((e) => e.name === nameOrUuid) ?? envs.find((e) => e.uuid === nameOrUuid);
  }

  /** Every placed record (applications, databases, services). */
  allPlaced(): PlacedHit[] {
    return [
      ...this.world.applications.map((record) => ({ kind: 'application' as const, record })),
      ...this.world.databases.map((record) => ({ kind: 'database' as const, record })),
      ...this.world.services.map((record) => ({ kind: 'service' as const, record })),
    ];
  }
}

function loadWorld(file: string): World {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`sandbox state file ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || (parsed as { formatVersion?: unknown }).formatVersion !== 1) {
    throw new Error(`sandbox state file ${file} is not a sandbox state (formatVersion 1)`);
  }
  return parsed as World;
}

/** Seeds the world: a team, servers `main` and `edge`, destinations, a GitHub app, a key. */
function seedWorld(store: SandboxStore): void {
  const w = store.world;
  const keyId = store.nextId();
  w.privateKeys.push({ id: keyId, uuid: store.uuid(), name: 'deploy-key', fields: seededKeyFields('ado-coolify sandbox deploy-key') });
  w.githubApps.push({ id: store.nextId(), uuid: store.uuid(), name: 'ado-github' });
  const mainId = store.nextId();
  w.servers.push({
    id: mainId, uuid: store.uuid(), name: 'main', description: 'This is the server where Coolify is running on.',
    ip: 'host.docker.internal', port: 22, user: 'root', proxy_type: 'traefik', is_build_server: false, private_key_id: keyId,
  });
  w.destinations.push({ id: store.nextId(), uuid: store.uuid(), name: 'default', network: 'coolify', server_id: mainId });
  const edgeId = store.nextId();
  w.servers.push({
    id: edgeId, uuid: store.uuid(), name: 'edge', description: 'Edge server with two networks.',
    ip: '10.0.0.2', port: 22, user: 'root', proxy_type: 'traefik', is_build_server: false, private_key_id: keyId,
  });
  w.destinations.push({ id: store.nextId(), uuid: store.uuid(), name: 'edge-public', network: 'edge-public', server_id: edgeId });
  w.destinations.push({ id: store.nextId(), uuid: store.uuid(), name: 'edge-internal', network: 'edge-internal', server_id: edgeId });
}

/**
 * A seed like the one a fresh Coolify 4.3.11 gets from its development `DatabaseSeeder` (as
 * observed on the real API: GET /servers, /destinations, /security/keys, /github-apps,
 * /s3-storages), so the same requests can name the same fixed uuids on both. The real seed's
 * destination uuid is random there too; the seeded example projects are left out (tests create
 * their own).
 */
function seedCoolifyDevWorld(store: SandboxStore): void {
  const w = store.world;
  // Private keys `ssh` (the testing host's key) and `github-key` (the development GitHub app's).
  const keyId = store.nextId();
  w.privateKeys.push({ id: keyId, uuid: 'ssh', name: 'Testing Host Key', fields: { description: 'This is a test docker container' } });
  const githubKeyId = store.nextId();
  w.privateKeys.push({ id: githubKeyId, uuid: 'github-key', name: 'development-github-app', fields: { description: 'This is the key for using the development GitHub app', is_git_related: true } });
  // GitHub apps `github-public` (public, no credentials) and `github-app` (the private dev app),
  // with the columns the real seed gives them (database/seeders/GithubAppSeeder.php).
  w.githubApps.push({ id: store.nextId(), uuid: 'github-public', name: 'Public GitHub', fields: { is_public: true, app_id: null, installation_id: null } });
  w.githubApps.push({
    id: store.nextId(), uuid: 'github-app', name: 'coolify-laravel-dev-public',
    fields: {
      is_public: false, organization: 'coollabsio', app_id: 292941, installation_id: 37267016, client_id: 'sandbox-client-id',
      client_secret: 'sandbox-client-secret', webhook_secret: 'sandbox-webhook-secret', private_key_id: githubKeyId,
    },
  });
  // GitLab app `Public GitLab` (uuid `gitlab-public`), the one the real 4.3.11 seed has.
  w.gitlabApps = [{ id: store.nextId(), uuid: 'gitlab-public', name: 'Public GitLab', fields: { api_url: 'https://gitlab.com/api/v4', html_url: 'https://gitlab.com', is_public: true } }];
  // Server `localhost` (uuid `localhost`) with its one standalone destination `coolify`.
  const serverId = store.nextId();
  w.servers.push({
    id: serverId, uuid: 'localhost', name: 'localhost', description: 'This is a test docker container in development mode',
    ip: 'coolify-testing-host', port: 22, user: 'root', proxy_type: 'traefik', is_build_server: false, private_key_id: keyId,
  });
  w.destinations.push({ id: store.nextId(), uuid: store.uuid(), name: 'coolify', network: 'coolify', server_id: serverId });
  // S3 storage `minio` (Local MinIO), usable.
  w.s3Storages.push({
    id: store.nextId(),
    uuid: 'minio',
    fields: {
      name: 'Local MinIO', description: 'Local MinIO S3 Storage', region: 'us-east-1', key: 'minioadmin', secret: 'minioadmin',
      bucket: 'local', endpoint: 'http://coolify-minio:9000', is_usable: true,
    },
  });
}
