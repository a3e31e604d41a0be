/**
 * Storages of applications, databases and services: `GET/POST/PATCH …/storages` and
 * `DELETE …/storages/{storage_uuid}`, following ApplicationsController.php:4546-5100 (the same
 * code repeats in DatabasesController.php:4008-4560 and ServicesController.php:2348-2970).
 * Answers are serialized by serialize-storage.ts.
 */
import { rowsOfOwner } from '../append-index.js';
import { ApiError, conflict, notFound, validationFailed } from '../api-error.js';
import type { Route, RouteRequest } from '../router.js';
import { serviceApplications } from '../serialize-models.js';
import { storageCreated, storageRow, storageUpdated } from '../serialize-storage.js';
import type { OwnerRef, StorageRecord } from '../world.js';
import { assertNoVolumeBackup } from './volume-backups.js';
import { findOwned, kindOfSegment } from './common.js';

type Segment = 'applications' | 'databases' | 'services';

/** Where a resource's file mounts live on the server (bootstrap/helpers/shared.php:72-83). */
const CONFIGURATION_DIR: Record<Segment, string> = {
  applications: '/data/coolify/applications',
  databases: '/data/coolify/databases',
  services: '/data/coolify/services',
};

function ownerOf(req: RouteRequest, segment: Segment): OwnerRef & { uuid: string } {
  const kind = kindOfSegment(segment);
  const rec = findOwned(req.rt, kind, req.params.uuid);
  return { kind, id: rec.id, uuid: rec.uuid };
}

const isOwner = (a: OwnerRef, b: OwnerRef): boolean => a.kind === b.kind && a.id === b.id;

/** `str($x)->trim()->start('/')` (Laravel Stringable), used for mount and directory paths. */
function startSlash(value: unknown): string {
  const t = String(value ?? '').trim();
  return t.startsWith('/') ? t : `/${t}`;
}

/**
 * validateFileMountPath (bootstrap/helpers/shared.php:244-274): trimmed, a leading `/`,
 * repeated slashes collapsed, no `.` or `..` segment (422 under `mount_path`, :268-270 and the
 * controller's catch at ApplicationsController.php:4984-4992).
 */
function fileMountPath(value: unknown, context: string): string {
  const path = startSlash(value).replace(/\/+/g, '/');
  if (path.split('/').some((seg) => seg === '.' || seg === '..')) {
    throw validationFailed({ mount_path: `Invalid ${context}: relative path segments ('.' or '..') are not allowed.` });
  }
  return path;
}

/** normalizeUnixPath (shared.php:377-414) of an absolute path without `..`: empty and `.` segments dropped. */
function normalizePath(path: string): string {
  return `/${path.split('/').filter((seg) => seg !== '' && seg !== '.').join('/')}`;
}

/** The 422 for keys a storage type does not take (ApplicationsController.php:4888-4895, :4909-4916). */
function rejectFields(body: Record<string, unknown>, keys: string[], type: string): void {
  const bad = keys.filter((k) => k in body);
  if (bad.length > 0) throw validationFailed(Object.fromEntries(bad.map((k) => [k, `Field '${k}' is not valid for type '${type}'.`])));
}

/** The row fields of a new file storage: regular file, directory or host file (ApplicationsController.php:4909-5001). */
function fileFields(body: Record<string, unknown>, configDir: string): Record<string, unknown> {
  rejectFields(body, ['name', 'host_path'], 'file');
  const isDirectory = body.is_directory === true;
  const isHostFile = body.is_host_file === true;
  if (isDirectory && isHostFile) throw validationFailed({ is_host_file: 'Host file mounts cannot also be directory mounts.' });
  if (isDirectory) {
    if (!body.fs_path) throw validationFailed({ fs_path: 'The fs_path field is required for directory mounts.' });
    return { fs_path: startSlash(body.fs_path), mount_path: startSlash(body.mount_path), is_directory: true };
  }
  if (isHostFile) {
    if (!body.fs_path) throw validationFailed({ fs_path: 'The fs_path field is required for host file mounts.' });
    if (typeof body.content === 'string' && body.content.trim() !== '') throw validationFailed({ content: 'Content is not valid for host file mounts.' });
    // validateHostFileMountPath (shared.php:286-317): absolute, repeated slashes collapsed.
    const fsPath = String(body.fs_path).trim().replace(/\/+/g, '/');
    return { fs_path: normalizePath(fsPath), mount_path: fileMountPath(body.mount_path, 'host file destination path'), content: null, is_directory: false, is_host_file: true };
  }
  // confineFileMountPath (shared.php:327-340): the mount path under the resource's configuration directory.
  const mountPath = fileMountPath(body.mount_path, 'file storage path');
  return { fs_path: normalizePath(`${configDir}/${mountPath}`), mount_path: mountPath, content: body.content ?? null, is_directory: false };
}

function createStorage(req: RouteRequest, segment: Segment): StorageRecord {
  const owner = ownerOf(req, segment);
  const b = req.body;
  const w = req.rt.store.world;
  let prefix = owner.uuid;
  let resourceUuid: string | undefined;
  let configDir = `${CONFIGURATION_DIR[segment]}/${owner.uuid}`;
  if (segment === 'services') {
    // ServicesController.php:2492-2498: the storage goes to a sub-application (or sub-database).
    const svc = w.services.find((s) => s.id === owner.id)!;
    const sub = serviceApplications(req.rt, svc).find((a) => a.uuid === b.resource_uuid);
    if (!sub) throw notFound('Service resource');
    resourceUuid = String(sub.uuid);
    prefix = resourceUuid; // :2518 the volume name is prefixed with the sub-resource's uuid
    configDir = `${CONFIGURATION_DIR.services}/${svc.uuid}`; // :2606 file mounts live under the service's directory
  }
  let fields: Record<string, unknown>;
  if (b.type === 'persistent') {
    if (typeof b.name !== 'string' || !b.name) throw validationFailed({ name: 'The name field is required for persistent storages.' });
    rejectFields(b, ['content', 'is_directory', 'is_host_file', 'fs_path'], 'persistent');
    // ApplicationsController.php:4897-4903 (DatabasesController.php:4147): stored as `{owner_uuid}-{name}`.
    fields = { name: `${prefix}-${b.name}`, mount_path: b.mount_path, host_path: b.host_path ?? null };
  } else {
    fields = fileFields(b, configDir);
  }
  if (w.storages.some((s) => isOwner(s.owner, owner) && s.fields.mount_path === fields.mount_path)) {
    throw conflict(`A storage with mount path ${String(fields.mount_path)} already exists.`);
  }
  const now = req.rt.now();
  const s: StorageRecord = {
    id: req.rt.store.nextId(), uuid: req.rt.store.uuid(), owner: { kind: owner.kind, id: owner.id }, type: b.type === 'persistent' ? 'persistent' : 'file',
    ...(resourceUuid !== undefined ? { resource_uuid: resourceUuid } : {}), fields, created_at: now, updated_at: now,
  };
  w.storages.push(s);
  return s;
}

function updateStorage(req: RouteRequest, segment: Segment): StorageRecord {
  const owner = ownerOf(req, segment);
  const b = req.body;
  // ApplicationsController.php:4689-4712: looked up by uuid (or the deprecated id) in the table of `type`.
  if (!b.uuid && b.id === undefined) throw validationFailed({ uuid: 'Either uuid or id is required.' });
  const type = b.type === 'persistent' ? 'persistent' : 'file';
  const s = req.rt.store.world.storages.find((x) => isOwner(x.owner, owner) && x.type === type && (b.uuid ? x.uuid === b.uuid : x.id === Number(b.id)));
  if (!s) throw notFound('Storage');
  // :4715-4725, ServicesController.php:2806-2815: a service's volumes are read-only
  // (LocalPersistentVolume::shouldBeReadOnlyInUI); only is_preview_suffix_enabled may change.
  const readOnly = segment === 'services' && s.type === 'persistent';
  const editable = ['name', 'mount_path', 'host_path', 'content'].filter((k) => k in b);
  if (readOnly && editable.length > 0) {
    throw new ApiError(422, { message: 'This storage is read-only (managed by docker-compose or service definition). Only is_preview_suffix_enabled can be updated.', read_only_fields: editable });
  }
  if (!readOnly) rejectFields(b, type === 'persistent' ? ['content'] : ['name', 'host_path'], type); // :4727-4739
  if ('is_preview_suffix_enabled' in b) s.fields.is_preview_suffix_enabled = b.is_preview_suffix_enabled; // :4742-4744
  if (!readOnly) {
    // :4747-4765: the name is set as sent (no uuid prefix on update).
    for (const k of type === 'persistent' ? ['name', 'mount_path', 'host_path'] : ['mount_path', 'content']) if (k in b) s.fields[k] = b[k];
  }
  s.updated_at = req.rt.now();
  return s;
}

function storageRoutes(segment: Segment): Route[] {
  return [
    {
      method: 'GET',
      path: `/${segment}/{uuid}/storages`,
      handler: (req) => {
        const owner = ownerOf(req, segment);
        const mine = rowsOfOwner(req.rt.store.world.storages, owner);
        const row = (s: StorageRecord): Record<string, unknown> => storageRow(req.rt, s, req.sensitive, segment === 'services');
        return {
          body: {
            persistent_storages: mine.filter((s) => s.type === 'persistent').map(row),
            file_storages: mine.filter((s) => s.type === 'file').map(row),
          },
        };
      },
    },
    {
      method: 'POST',
      path: `/${segment}/{uuid}/storages`,
      body: 'required',
      contract: `POST /${segment}/{uuid}/storages`,
      handler: (req) => ({ status: 201, body: storageCreated(req.rt, createStorage(req, segment), req.sensitive) }),
    },
    {
      method: 'PATCH',
      path: `/${segment}/{uuid}/storages`,
      body: 'required',
      contract: `PATCH /${segment}/{uuid}/storages`,
      handler: (req) => ({ body: storageUpdated(req.rt, updateStorage(req, segment), req.sensitive) }),
    },
    {
      method: 'DELETE',
      path: `/${segment}/{uuid}/storages/{storage_uuid}`,
      handler: (req) => {
        const owner = ownerOf(req, segment);
        const s = req.rt.store.world.storages.find((x) => isOwner(x.owner, owner) && x.uuid === req.params.storage_uuid);
        if (!s) throw notFound('Storage');
        // ServicesController.php:2960-2963: a service's volumes cannot be deleted through the API.
        if (segment === 'services') throw new ApiError(422, { message: 'This storage is read-only (managed by docker-compose or service definition) and cannot be deleted.' });
        assertNoVolumeBackup(req.rt, s); // ApplicationsController.php:5082, DatabasesController.php:4539
        req.rt.store.world.storages = req.rt.store.world.storages.filter((x) => x.id !== s.id);
        return { body: { message: 'Storage deleted.' } };
      },
    },
  ];
}

/** Storage routes of applications, databases and services. */
export const storageRouteList: Route[] = [...storageRoutes('applications'), ...storageRoutes('databases'), ...storageRoutes('services')];
