/**
 * Storages as Coolify 4.3.11 serializes them: `LocalPersistentVolume` and `LocalFileVolume`
 * models (their columns, `$hidden` and `$appends`), in the three answers that differ:
 *
 * - a list row (`GET …/storages`): every column;
 * - a create answer: `Model::create([...])` answers the attributes it was given plus uuid, id
 *   and timestamps, not the columns left to their database default;
 * - an update answer: every column plus the owning resource that `shouldBeReadOnlyInUI()`
 *   loaded on the way.
 *
 * Checked against the real 4.3.11 (`start.sh`) for applications, databases and services.
 */
import { firstBy } from './append-index.js';
import { FILE_VOLUME_COLUMNS, PERSISTENT_VOLUME_COLUMNS } from './model-defaults.js';
import type { SandboxRuntime } from './options.js';
import { iso, serializeApplication, serializeDatabase, serializeService } from './serialize.js';
import { serviceApplications } from './serialize-models.js';
import type { StorageRecord } from './world.js';
import { databaseMorphClass, databaseTableId } from './world.js';

type Json = Record<string, unknown>;

/** The row a storage's `resource_id`/`resource_type` point at, and that row serialized. */
interface StorageResource {
  id: number | null;
  /** The morph class stored in `resource_type` (`App\Models\Application`, …). */
  morph: string;
  /** The owning model as Eloquent serializes it (`toArray`, no API-level hiding); `nested` adds its own eager loads. */
  model: (nested: boolean) => Json | null;
}

function resourceOf(rt: SandboxRuntime, s: StorageRecord): StorageResource {
  const w = rt.store.world;
  if (s.owner.kind === 'application') {
    const app = firstBy(w.applications, 'id', (a) => a.id).get(s.owner.id);
    return {
      id: app?.id ?? null,
      morph: 'App\\Models\\Application',
      // Application::toArray keeps private_key_id: only the API's removeSensitiveData drops it
      // (ApplicationsController.php:124); `$hidden` (app/Models/Application.php:236-247) stays hidden.
      model: () => (app ? { id: app.id, ...serializeApplication(rt, app, false, false), private_key_id: app.fields.private_key_id ?? null } : null),
    };
  }
  if (s.owner.kind === 'database') {
    const db = firstBy(w.databases, 'id', (d) => d.id).get(s.owner.id);
    return {
      id: db ? databaseTableId(db) : null,
      morph: db ? databaseMorphClass(db.type) : 'App\\Models\\StandalonePostgresql',
      model: () => {
        if (!db) return null;
        // The passwords and URLs are in each engine's `$hidden` (serializeDatabase drops them
        // without read:sensitive); PostgreSQL also hides init_scripts (app/Models/StandalonePostgresql.php:68-73).
        const { init_scripts: _i, ...model } = serializeDatabase(rt, db, false);
        return { id: databaseTableId(db), ...model };
      },
    };
  }
  // A service's storage belongs to a sub-application (ServicesController.php:2517-2523); the
  // sandbox's services have no sub-databases (serialize.ts serializeService `databases: []`).
  const svc = firstBy(w.services, 'id', (x) => x.id).get(s.owner.id);
  const sub = svc ? serviceApplications(rt, svc).find((a) => a.uuid === s.resource_uuid) : undefined;
  return {
    id: typeof sub?.id === 'number' ? sub.id : null,
    morph: 'App\\Models\\ServiceApplication',
    model: (nested) => {
      if (!svc || !sub) return null;
      if (!nested) return sub;
      // LocalFileVolume::isReadOnlyVolume (app/Models/LocalFileVolume.php:355-360) also loads the
      // sub-application's `service`: the Service model with the relations its appends load
      // (server, applications, databases), with `id`, without the API's `environment` and
      // `destination` (checked against the real 4.3.11).
      const { environment: _e, destination: _d, ...service } = serializeService(rt, svc, false);
      return { ...sub, service: { id: svc.id, ...service } };
    },
  };
}

const time = (ms: number | undefined): string => iso(ms ?? 0);

/** `content` is in LocalFileVolume::$hidden (app/Models/LocalFileVolume.php:30-32); the controllers show it to read:sensitive tokens (ApplicationsController.php:91-98). */
function withContent(out: Json, content: unknown, sensitive: boolean): Json {
  if (sensitive) out.content = content;
  return out;
}

/** LocalFileVolume::$appends is_binary, is_too_large (app/Models/LocalFileVolume.php:50, :70-82). */
function fileAppends(content: unknown): Json {
  return { is_binary: content === '[binary file]', is_too_large: content === '[file too large to display]' };
}

/**
 * A storage as a list row. In a service's list the controller names the sub-resource:
 * `resource_uuid` and `resource_type` `application`/`database` (ServicesController.php:2367-2381).
 */
export function storageRow(rt: SandboxRuntime, s: StorageRecord, sensitive: boolean, serviceList = false): Json {
  const r = resourceOf(rt, s);
  const resourceType = serviceList ? 'application' : r.morph;
  const extra: Json = serviceList ? { resource_uuid: s.resource_uuid ?? null } : {};
  if (s.type === 'persistent') {
    // Columns in table order (2023_04_03_111012_create_local_persistent_volumes_table.php, then
    // is_preview_suffix_enabled 2026_03_16_000000 and uuid 2026_03_23_101720).
    const f = { ...PERSISTENT_VOLUME_COLUMNS, ...s.fields };
    return {
      id: s.id, name: f.name, mount_path: f.mount_path, host_path: f.host_path, container_id: f.container_id,
      resource_type: resourceType, resource_id: r.id, created_at: time(s.created_at), updated_at: time(s.updated_at),
      is_preview_suffix_enabled: f.is_preview_suffix_enabled, uuid: s.uuid, ...extra,
    };
  }
  // Columns in table order (2023_09_22_185356_create_local_file_volumes_table.php and the add-column migrations).
  const f = { ...FILE_VOLUME_COLUMNS, ...s.fields };
  const head: Json = { id: s.id, uuid: s.uuid, fs_path: f.fs_path, mount_path: f.mount_path };
  return {
    ...withContent(head, f.content, sensitive),
    resource_type: resourceType, resource_id: r.id, created_at: time(s.created_at), updated_at: time(s.updated_at),
    is_directory: f.is_directory, chown: f.chown, chmod: f.chmod, is_based_on_git: f.is_based_on_git,
    is_preview_suffix_enabled: f.is_preview_suffix_enabled, is_host_file: f.is_host_file, ...extra, ...fileAppends(f.content),
  };
}

/**
 * The create answer. Persistent: the five attributes of LocalPersistentVolume::create
 * (ApplicationsController.php:4897-4903, DatabasesController.php:4147, ServicesController.php:2517),
 * uuid (app/Models/BaseModel.php:14-18), timestamps and id. File: the attributes of
 * LocalFileVolume::create (ApplicationsController.php:4942-5001) plus the appends; unless it is a
 * host file, the `created` hook (app/Models/LocalFileVolume.php:54-62) eager-loads `service`, which
 * Eloquent's morphTo('resource') files as `service: null` and `resource: <owner>`.
 */
export function storageCreated(rt: SandboxRuntime, s: StorageRecord, sensitive: boolean): Json {
  const r = resourceOf(rt, s);
  const stamps = { resource_id: r.id, resource_type: r.morph, uuid: s.uuid, updated_at: time(s.updated_at), created_at: time(s.created_at), id: s.id };
  const f = s.fields;
  if (s.type === 'persistent') return { name: f.name, mount_path: f.mount_path, host_path: f.host_path ?? null, ...stamps };
  const out: Json = { fs_path: f.fs_path, mount_path: f.mount_path };
  if (f.is_directory === true) out.is_directory = true; // ApplicationsController.php:4942-4948 directory: no content attribute
  else {
    withContent(out, f.content ?? null, sensitive);
    out.is_directory = false;
    if (f.is_host_file === true) out.is_host_file = true; // ApplicationsController.php:4974-4982
  }
  Object.assign(out, stamps, fileAppends(f.content));
  if (f.is_host_file === true) return out; // the created hook returns early for host files
  return { ...out, service: null, resource: r.model(false) };
}

/**
 * The update answer: the row plus what `shouldBeReadOnlyInUI()` loaded. A persistent volume's
 * isReadOnlyVolume() loads `resource` (app/Models/LocalPersistentVolume.php:184-188), except for
 * service volumes, which isServiceResource() settles first (:124-129, :93-99); a file's loads `service`
 * (app/Models/LocalFileVolume.php:351-355).
 */
export function storageUpdated(rt: SandboxRuntime, s: StorageRecord, sensitive: boolean): Json {
  const out = storageRow(rt, s, sensitive);
  const r = resourceOf(rt, s);
  if (s.type === 'file') return { ...out, service: r.model(true) };
  return s.owner.kind === 'service' ? out : { ...out, resource: r.model(false) };
}
