/**
 * `importProject`: a live project snapshot → a manifest that plans clean against it. Only
 * fields that differ from Coolify's defaults are written (unset means unmanaged); secrets
 * become `${secrets.X}` placeholders; names are sanitised and every rename is reported.
 * The resources carry no ownership mark, so the first plan adopts them. Pure.
 */
import type { Manifest } from '../manifest/types.js';
import { description as normDescription } from '../kinds/normalize.js';
import { DATABASE_ENGINES } from '../kinds/database.js';
import { OWNERSHIP_TAG, hasOwnershipMarker, hasProtectMarker } from '../model/resource.js';
import { environmentAddress, placedAddress, privateKeyAddress, projectAddress, s3Address } from '../model/address.js';
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

function descriptionOf(record: WireRecord): string | undefined {
  const d = normDescription(record.description);
  return typeof d === 'string' ? d : undefined;
}

/**
 * Writes the description (without our markers) and `protect: true` when Coolify keeps the
 * protect marker, so that a protected resource imports as protected and plans clean.
 */
function describe(out: Record<string, unknown>, record: WireRecord): void {
  const d = descriptionOf(record);
  if (d !== undefined) out['description'] = d;
  if (hasProtectMarker(record.description)) out['protect'] = true;
}

/**
 * The private keys the project's deploy-key applications use (`private_key_id`), each with its
 * key as a `${secrets.…}` placeholder (the value only when the token reads it). Undefined when
 * none is used.
 */
function importPrivateKeys(snap: ProjectSnapshot, book: SecretBook, notes: ImportNote[], renames: ImportRename[]): Record<string, unknown> | undefined {
  const used = new Set(snap.environments.flatMap((e) => e.applications.map((a) => a.record.private_key_id)).filter((id) => typeof id === 'number' && id > 0));
  const keys = snap.privateKeys.filter((k) => used.has(k.id));
  if (keys.length === 0) return undefined;
  const out: Record<string, unknown> = {};
  const names = new NameScope('privateKey', '', renames);
  for (const key of keys) {
    const live = str(key.name);
    const name = names.take(live);
    const addr = privateKeyAddress(name);
    const entry: Record<string, unknown> = {};
    describe(entry, key);
    entry['privateKey'] = book.add(['pk', name, 'private_key'], `${addr} private key`, typeof key.private_key === 'string' ? key.private_key : undefined);
    if (name !== live) {
      notes.push({ severity: 'todo', where: addr, message: `Coolify names this key \`${live}\`: rename it there to \`${name}\` first, or apply creates a second key with the same material (which Coolify refuses)` });
    }
    out[name] = entry;
  }
  return out;
}

function defaultServer(snap: ProjectSnapshot, options: ImportOptions): string | undefined {
  if (options.serverDefault !== undefined) return options.serverDefault;
  const counts = new Map<string, number>();
  for (const env of snap.environments) {
    for (const r of [...env.applications, ...env.databases, ...env.services]) {
      if (r.server !== undefined) counts.set(r.server, (counts.get(r.server) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best?.[0] ?? snap.servers[0];
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

/** Maps a project snapshot to a manifest. */
export function importProject(snap: ProjectSnapshot, options: ImportOptions = {}): ImportResult {
  const book = new SecretBook();
  const credentials: DatabaseCredentials[] = [];
  const notes: ImportNote[] = [];
  const renames: ImportRename[] = [];
  const counts: Record<string, number> = {};
  const count = (kind: string, n = 1): void => {
    counts[kind] = (counts[kind] ?? 0) + n;
  };

  const liveProjectName = str(snap.project.name);
  const projectName = sanitizeCoolifyName(liveProjectName);
  if (projectName !== liveProjectName) renames.push({ kind: 'project', where: '', from: liveProjectName, to: projectName });
  const projectAddr = projectAddress(projectName);
  count('project');

  // S3 storages: all of the team's when any backup saves to S3 (the API does not say which).
  const usesS3 = snap.environments.some((e) => e.databases.some((d) => d.backups.some((b) => b.save_s3 === true)));
  let s3Storages: Record<string, unknown> | undefined;
  let s3Name: string | undefined;
  if (usesS3 && snap.s3Storages.length > 0) {
    s3Storages = {};
    const names = new NameScope('s3Storage', '', renames);
    for (const s3 of snap.s3Storages) {
      const name = names.take(str(s3.name));
      const addr = s3Address(name);
      const entry: Record<string, unknown> = {};
      describe(entry, s3);
      entry['endpoint'] = str(s3.endpoint);
      entry['bucket'] = str(s3.bucket);
      entry['region'] = str(s3.region);
      entry['key'] = book.add(['s3', name, 'key'], `${addr} key`, 'key' in s3 ? str(s3.key) : undefined);
      entry['secret'] = book.add(['s3', name, 'secret'], `${addr} secret`, 'secret' in s3 ? str(s3.secret) : undefined);
      s3Storages[name] = entry;
      count('s3Storage');
    }
    if (snap.s3Storages.length === 1) s3Name = Object.keys(s3Storages)[0];
    else notes.push({ severity: 'todo', where: 's3Storages', message: `${snap.s3Storages.length} S3 storages exist and Coolify does not say which one a backup uses: set \`s3:\` on each backup` });
  } else if (usesS3) {
    notes.push({ severity: 'warning', where: 's3Storages', message: 'backups save to S3 but no S3 storage is readable' });
  }

  const privateKeys = importPrivateKeys(snap, book, notes, renames);
  if (privateKeys) count('privateKey', Object.keys(privateKeys).length);

  const server = defaultServer(snap, options);
  const project: Record<string, unknown> = {};
  describe(project, snap.project);
  const shared = importSharedEnv(snap.sharedEnv, { secretPrefix: [projectName], where: projectAddr }, book, notes);
  if (shared) project['sharedEnv'] = shared;
  const environments: Record<string, unknown> = {};
  project['environments'] = environments;

  for (const env of snap.environments) {
    const liveEnvName = str(env.record.name);
    const envName = sanitizeCoolifyName(liveEnvName);
    if (envName !== liveEnvName) renames.push({ kind: 'environment', where: projectAddr, from: liveEnvName, to: envName });
    const envAddr = environmentAddress(projectName, envName);
    count('environment');
    const entry: Record<string, unknown> = {};
    describe(entry, env.record);
    const envShared = importSharedEnv(env.sharedEnv, { secretPrefix: [projectName, envName], where: envAddr }, book, notes);
    if (envShared) entry['sharedEnv'] = envShared;

    // One name scope per environment: references (`${databases.X…}`) are per environment.
    const dbNames = new NameScope('database', envAddr, renames);
    const databases: Record<string, unknown> = {};
    for (const db of env.databases) {
      const name = dbNames.take(str(db.record.name));
      const address = placedAddress(projectName, envName, 'database', name);
      const mapped = importDatabase(db, { address, name, book, notes, passwords: options.databasePasswords === true, ...(s3Name !== undefined ? { s3Name } : {}) });
      if (!mapped) continue;
      credentials.push(credentialsOf(db.record, { project: projectName, environment: envName, name, address }));
      const { type, ...rest } = mapped;
      databases[name] = { type, ...common(db, server, address, notes), ...rest };
      count('database');
      count('backup', db.backups.length);
    }
    const appNames = new NameScope('application', envAddr, renames);
    const applications: Record<string, unknown> = {};
    const importApp = (app: ApplicationSnapshot, liveName: string, set?: LiveReplicaSet): void => {
      const name = appNames.take(liveName);
      const address = placedAddress(projectName, envName, 'application', name);
      const ctx = { address, name, githubApps: snap.githubApps, privateKeys: snap.privateKeys, book, notes, renames, ...(set ? { replicaAlias: set.alias } : {}) };
      const mapped = importApplication(app, ctx);
      applications[name] = { ...common(app, server, address, notes), ...mapped, ...(set ? { replicas: set.members.length } : {}) };
      count('application');
      count('storage', Object.keys((mapped['storages'] as object | undefined) ?? {}).length);
      count('scheduledTask', Object.keys((mapped['scheduledTasks'] as object | undefined) ?? {}).length);
    };
    // Instances `NAME-1..N` of one replica set come back as `NAME` with `replicas: N` when they
    // map to the same entry (ux audit M6); otherwise one by one, with a note.
    const folded = new Map<ApplicationSnapshot, LiveReplicaSet | null>();
    for (const set of liveReplicaSets(env.applications, liveProjectName, liveEnvName)) {
      const address = placedAddress(projectName, envName, 'application', set.base);
      const alike = sameEntries(set.members.map((m) => {
        const scratch = { book: new SecretBook(), notes: [] as ImportNote[], renames: [] as ImportRename[] };
        const ctx = { address, name: set.base, githubApps: snap.githubApps, privateKeys: snap.privateKeys, ...scratch, replicaAlias: set.alias };
        const entry = { ...common(m, server, address, scratch.notes), ...importApplication(m, ctx) };
        return { entry, secrets: scratch.book.list() };
      }));
      if (!alike) {
        notes.push({ severity: 'info', where: address, message: `the instances of its replica set (${set.members.length}) differ: imported one by one, not as \`replicas:\`` });
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
    const svcNames = new NameScope('service', envAddr, renames);
    const services: Record<string, unknown> = {};
    for (const svc of env.services) {
      const name = svcNames.take(str(svc.record.name));
      const address = placedAddress(projectName, envName, 'service', name);
      services[name] = { ...common(svc, server, address, notes), ...importService(svc, { address, name, book, notes }) };
      count('service');
    }
    if (Object.keys(databases).length > 0) entry['databases'] = databases;
    if (Object.keys(applications).length > 0) entry['applications'] = applications;
    if (Object.keys(services).length > 0) entry['services'] = services;
    environments[envName] = entry;
  }

  const manifest: Record<string, unknown> = { version: 1 };
  if (server !== undefined) manifest['defaults'] = { server };
  if (s3Storages) manifest['s3Storages'] = s3Storages;
  if (privateKeys) manifest['privateKeys'] = privateKeys;
  manifest['projects'] = { [projectName]: project };
  // Every known secret value, in every field, becomes a placeholder or a reference (issue 14 item M1).
  const { tree, scrub } = protectSecrets(manifest, { book, notes, databases: credentials });
  const scrubbedNotes = notes.map((n) => ({ ...n, message: scrub(n.message) }));
  const scrubbedRenames = renames.map((r) => ({ ...r, from: scrub(r.from), to: scrub(r.to) }));
  return { manifest: finalizeManifestValues(tree) as unknown as Manifest, secrets: book.list(), notes: scrubbedNotes, renames: scrubbedRenames, counts };
}
