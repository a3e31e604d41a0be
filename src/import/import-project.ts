/**
 * `importProject`: a live project snapshot → a manifest that plans clean against it. Only
 * fields that differ from Coolify's defaults are written (unset means unmanaged); secrets
 * become `${secrets.X}` placeholders; names are sanitised and every rename is reported.
 * The resources carry no ownership mark, so the first plan adopts them. Pure.
 */
import type { Manifest } from '../manifest/types.js';
import { DATABASE_ENGINES } from '../kinds/database.js';
import { OWNERSHIP_TAG, hasOwnershipMarker } from '../model/resource.js';
import { describe } from './describe.js';
import { importTeamSection } from './team.js';
import { environmentAddress, placedAddress, projectAddress } from '../model/address.js';
import { importApplication } from './application.js';
import { databaseTypeOf, importDatabase } from './database.js';
import { importSharedEnv } from './env.js';
import { protectSecrets, type DatabaseCredentials } from './known-secrets.js';
import { NameScope, sanitizeCoolifyName } from './names.js';
import { finalizeManifestValues, SecretBook } from './secrets.js';
import { liveReplicaSets, type LiveReplicaSet } from './replicas.js';
import { importService } from './service.js';
import type { ApplicationSnapshot, ImportNote, ImportOptions, ImportRename, ImportResult, PlacedSnapshot, ProjectSnapshot, WireRecord } from './types.js';

const TAG = /^[a-z0-9][a-z0-9._:-]*$/;
const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/** The private keys the project's deploy-key applications use (`private_key_id`). */
function usedPrivateKeys(snap: ProjectSnapshot): WireRecord[] {
  const used = new Set(snap.environments.flatMap((e) => e.applications.map((a) => a.record.private_key_id)).filter((id) => typeof id === 'number' && id > 0));
  return snap.privateKeys.filter((k) => used.has(k.id));
}

/** `defaults.server`: the option, else the server most imported resources run on, else the first. */
export function defaultServer(snaps: readonly ProjectSnapshot[], servers: readonly string[], options: ImportOptions): string | undefined {
  if (options.serverDefault !== undefined) return options.serverDefault;
  const counts = new Map<string, number>();
  for (const env of snaps.flatMap((s) => s.environments)) {
    for (const r of [...env.applications, ...env.databases, ...env.services]) {
      if (r.server !== undefined) counts.set(r.server, (counts.get(r.server) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best?.[0] ?? servers[0];
}

/** The password of a `scheme://user:PASS@host` URL, as written in it. */
function urlPassword(url: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^:@/]*:([^@/]+)@/i.exec(url);
  return m?.[1];
}

/** The credentials of a live database the import knows (for references and to find copies of its passwords). */
function credentialsOf(record: WireRecord, where: Omit<DatabaseCredentials, 'internalUrl' | 'password' | 'rootPassword'>): DatabaseCredentials {
  const type = databaseTypeOf(record);
  const engine = type !== undefined ? DATABASE_ENGINES[type] : undefined;
  const read = (key: string | undefined): string | undefined => (key !== undefined && typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : undefined);
  const out: DatabaseCredentials = { ...where };
  const url = read('internal_db_url');
  if (url !== undefined) out.internalUrl = url;
  const password = read(engine?.password);
  if (password !== undefined) out.password = password;
  const root = read(engine?.rootPassword);
  if (root !== undefined) out.rootPassword = root;
  const inUrl = url !== undefined ? urlPassword(url) : undefined;
  if (inUrl !== undefined && inUrl !== password) out.urlPassword = inUrl;
  return out;
}

/** Description, placement and tags shared by applications, databases and services. */
function common(snap: PlacedSnapshot, server: string | undefined, where: string, notes: ImportNote[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  describe(out, snap.record);
  if (snap.server !== undefined && snap.server !== server) out['server'] = snap.server;
  const tags = snap.tags.map((t) => t.toLowerCase()).filter((t) => t !== OWNERSHIP_TAG);
  const bad = tags.filter((t) => t.length < 2 || !TAG.test(t));
  for (const t of bad) notes.push({ severity: 'warning', where, message: `tag "${t}" does not fit the manifest's tag pattern: left out` });
  const good = [...new Set(tags.filter((t) => !bad.includes(t)))].sort();
  if (good.length > 0) out['tags'] = good;
  if (hasOwnershipMarker(str(snap.record.description))) {
    notes.push({ severity: 'info', where, message: 'is already marked as managed by ado-coolify (plan shows it as owned)' });
  }
  return out;
}

/** True when every instance maps to the same entry with the same secret values. */
function sameEntries(mapped: ReadonlyArray<{ entry: Record<string, unknown>; secrets: unknown }>): boolean {
  const key = (m: { entry: Record<string, unknown>; secrets: unknown }): string => JSON.stringify(m);
  return mapped.every((m) => key(m) === key(mapped[0]!));
}

/** What one import shares across everything it maps: one manifest, one secret book. */
export interface ImportScope {
  book: SecretBook;
  credentials: DatabaseCredentials[];
  notes: ImportNote[];
  renames: ImportRename[];
  counts: Record<string, number>;
  count(kind: string, n?: number): void;
}

/** A fresh scope for one import. */
export function newImportScope(): ImportScope {
  const counts: Record<string, number> = {};
  return {
    book: new SecretBook(),
    credentials: [],
    notes: [],
    renames: [],
    counts,
    count: (kind, n = 1) => {
      counts[kind] = (counts[kind] ?? 0) + n;
    },
  };
}

/** Where a project's resources go by default, and what their backups use. */
export interface ProjectPlacement {
  /** `defaults.server` of the manifest: resources on it leave `server:` out. */
  server?: string;
  /** The S3 storage backups save to, when it can be told (exactly one exists). */
  s3Name?: string;
  databasePasswords?: boolean;
}

/** True when a backup of the project saves to S3. */
export function projectUsesS3(snap: ProjectSnapshot): boolean {
  return snap.environments.some((e) => e.databases.some((d) => d.backups.some((b) => b.save_s3 === true)));
}

/**
 * The team's S3 storages as a section (when a backup saves to S3: the API does not say which
 * storage a backup uses), and the name backups use when there is exactly one.
 */
export function importS3Section(records: readonly WireRecord[], usesS3: boolean, scope: ImportScope): { section?: Record<string, unknown>; s3Name?: string } {
  if (!usesS3) return {};
  if (records.length === 0) {
    scope.notes.push({ severity: 'warning', where: 's3Storages', message: 'backups save to S3 but no S3 storage is readable' });
    return {};
  }
  const section = importTeamSection('s3Storage', records, scope);
  if (section === undefined) return {};
  scope.count('s3Storage', Object.keys(section).length);
  if (records.length === 1) return { section, s3Name: Object.keys(section)[0]! };
  scope.notes.push({ severity: 'todo', where: 's3Storages', message: `${records.length} S3 storages exist and Coolify does not say which one a backup uses: set \`s3:\` on each backup` });
  return { section };
}

/** Maps one project snapshot into the scope: its manifest name and entry. */
export function importProjectEntry(snap: ProjectSnapshot, scope: ImportScope, place: ProjectPlacement): { name: string; entry: Record<string, unknown> } {
  const liveProjectName = str(snap.project.name);
  const projectName = sanitizeCoolifyName(liveProjectName);
  if (projectName !== liveProjectName) scope.renames.push({ kind: 'project', where: '', from: liveProjectName, to: projectName });
  const projectAddr = projectAddress(projectName);
  scope.count('project');
  const project: Record<string, unknown> = {};
  describe(project, snap.project);
  const shared = importSharedEnv(snap.sharedEnv, { secretPrefix: [projectName], where: projectAddr }, scope.book, scope.notes);
  if (shared) project['sharedEnv'] = shared;
  const environments: Record<string, unknown> = {};
  project['environments'] = environments;

  for (const env of snap.environments) {
    const liveEnvName = str(env.record.name);
    const envName = sanitizeCoolifyName(liveEnvName);
    if (envName !== liveEnvName) scope.renames.push({ kind: 'environment', where: projectAddr, from: liveEnvName, to: envName });
    const envAddr = environmentAddress(projectName, envName);
    scope.count('environment');
    const entry: Record<string, unknown> = {};
    describe(entry, env.record);
    const envShared = importSharedEnv(env.sharedEnv, { secretPrefix: [projectName, envName], where: envAddr }, scope.book, scope.notes);
    if (envShared) entry['sharedEnv'] = envShared;

    // One name scope per environment: references (`${databases.X…}`) are per environment.
    const dbNames = new NameScope('database', envAddr, scope.renames);
    const databases: Record<string, unknown> = {};
    for (const db of env.databases) {
      const name = dbNames.take(str(db.record.name));
      const address = placedAddress(projectName, envName, 'database', name);
      const mapped = importDatabase(db, { address, name, book: scope.book, notes: scope.notes, passwords: place.databasePasswords === true, ...(place.s3Name !== undefined ? { s3Name: place.s3Name } : {}) });
      if (!mapped) continue;
      scope.credentials.push(credentialsOf(db.record, { project: projectName, environment: envName, name, address }));
      const { type, ...rest } = mapped;
      databases[name] = { type, ...common(db, place.server, address, scope.notes), ...rest };
      scope.count('database');
      scope.count('backup', db.backups.length);
    }
    const appNames = new NameScope('application', envAddr, scope.renames);
    const applications: Record<string, unknown> = {};
    const importApp = (app: ApplicationSnapshot, liveName: string, set?: LiveReplicaSet): void => {
      const name = appNames.take(liveName);
      const address = placedAddress(projectName, envName, 'application', name);
      const ctx = { address, name, githubApps: snap.githubApps, privateKeys: snap.privateKeys, book: scope.book, notes: scope.notes, renames: scope.renames, ...(set ? { replicaAlias: set.alias } : {}) };
      const mapped = importApplication(app, ctx);
      applications[name] = { ...common(app, place.server, address, scope.notes), ...mapped, ...(set ? { replicas: set.members.length } : {}) };
      scope.count('application');
      scope.count('storage', Object.keys((mapped['storages'] as object | undefined) ?? {}).length);
      scope.count('scheduledTask', Object.keys((mapped['scheduledTasks'] as object | undefined) ?? {}).length);
    };
    // Instances `NAME-1..N` of one replica set come back as `NAME` with `replicas: N` when they
    // map to the same entry (ux audit M6); otherwise one by one, with a note.
    const folded = new Map<ApplicationSnapshot, LiveReplicaSet | null>();
    for (const set of liveReplicaSets(env.applications, liveProjectName, liveEnvName)) {
      const address = placedAddress(projectName, envName, 'application', set.base);
      const alike = sameEntries(set.members.map((m) => {
        const scratch = { book: new SecretBook(), notes: [] as ImportNote[], renames: [] as ImportRename[] };
        const ctx = { address, name: set.base, githubApps: snap.githubApps, privateKeys: snap.privateKeys, ...scratch, replicaAlias: set.alias };
        const entry = { ...common(m, place.server, address, scratch.notes), ...importApplication(m, ctx) };
        return { entry, secrets: scratch.book.list() };
      }));
      if (!alike) {
        scope.notes.push({ severity: 'info', where: address, message: `the instances of its replica set (${set.members.length}) differ: imported one by one, not as \`replicas:\`` });
        continue;
      }
      set.members.forEach((m, i) => folded.set(m, i === 0 ? set : null));
    }
    for (const app of env.applications) {
      const set = folded.get(app);
      if (set === null) continue;
      if (set !== undefined) importApp(app, set.base, set);
      else importApp(app, str(app.record.name));
    }
    const svcNames = new NameScope('service', envAddr, scope.renames);
    const services: Record<string, unknown> = {};
    for (const svc of env.services) {
      const name = svcNames.take(str(svc.record.name));
      const address = placedAddress(projectName, envName, 'service', name);
      const mapped = importService(svc, { address, name, book: scope.book, notes: scope.notes, renames: scope.renames });
      services[name] = { ...common(svc, place.server, address, scope.notes), ...mapped };
      scope.count('service');
      scope.count('scheduledTask', Object.keys((mapped['scheduledTasks'] as object | undefined) ?? {}).length);
    }
    if (Object.keys(databases).length > 0) entry['databases'] = databases;
    if (Object.keys(applications).length > 0) entry['applications'] = applications;
    if (Object.keys(services).length > 0) entry['services'] = services;
    environments[envName] = entry;
  }

  return { name: projectName, entry: project };
}

/** Ends an import: every known secret value, in every field, becomes a placeholder or a reference (issue 14 item M1). */
export function finishImport(manifest: Record<string, unknown>, scope: ImportScope): ImportResult {
  const { tree, scrub } = protectSecrets(manifest, { book: scope.book, notes: scope.notes, databases: scope.credentials });
  const notes = scope.notes.map((n) => ({ ...n, message: scrub(n.message) }));
  const renames = scope.renames.map((r) => ({ ...r, from: scrub(r.from), to: scrub(r.to) }));
  return { manifest: finalizeManifestValues(tree) as unknown as Manifest, secrets: scope.book.list(), notes, renames, counts: scope.counts };
}

/** Maps a project snapshot to a manifest. */
export function importProject(snap: ProjectSnapshot, options: ImportOptions = {}): ImportResult {
  const scope = newImportScope();
  const s3 = importS3Section(snap.s3Storages, projectUsesS3(snap), scope);
  const privateKeys = importTeamSection('privateKey', usedPrivateKeys(snap), scope);
  if (privateKeys) scope.count('privateKey', Object.keys(privateKeys).length);
  const server = defaultServer([snap], snap.servers, options);
  const { name, entry } = importProjectEntry(snap, scope, {
    ...(server !== undefined ? { server } : {}),
    ...(s3.s3Name !== undefined ? { s3Name: s3.s3Name } : {}),
    databasePasswords: options.databasePasswords === true,
  });
  const manifest: Record<string, unknown> = { version: 1 };
  if (server !== undefined) manifest['defaults'] = { server };
  if (s3.section) manifest['s3Storages'] = s3.section;
  if (privateKeys) manifest['privateKeys'] = privateKeys;
  manifest['projects'] = { [name]: entry };
  return finishImport(manifest, scope);
}
