import { ApiError, conflict, notFound, validationFailed } from '../api-error.js';
import type { Route, RouteRequest } from '../router.js';
import type { OwnerRef, ScheduledTaskRecord, StorageRecord } from '../world.js';
import { assertNoVolumeBackup } from './volume-backups.js';
import { attachTags, findOwned, kindOfSegment, normalizeTagNames, tagNames } from './common.js';

type Segment = 'applications' | 'databases' | 'services';

function ownerOf(req: RouteRequest, segment: Segment): OwnerRef {
  const kind = kindOfSegment(segment);
  return { kind, id: findOwned(req.rt, kind, req.params.uuid).id };
}

const isOwner = (a: OwnerRef, b: OwnerRef): boolean => a.kind === b.kind && a.id === b.id;

/**
 * A storage record. A file storage's `content` is hidden (app/Models/LocalFileVolume.php:30-32)
 * unless the token has read:sensitive (ApplicationsController.php:91-98, used at :4564 list,
 * :4779 update and :5013 create).
 */
function storageJson(s: StorageRecord, sensitive: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { id: s.id, uuid: s.uuid, type: s.type, ...s.fields };
  if (s.type === 'file' && !sensitive) delete out.content;
  return out;
}

function storageRoutes(segment: Segment): Route[] {
  return [
    {
      method: 'GET',
      path: `/${segment}/{uuid}/storages`,
      handler: (req) => {
        const owner = ownerOf(req, segment);
        const mine = req.rt.store.world.storages.filter((s) => isOwner(s.owner, owner));
        return {
          body: {
            persistent_storages: mine.filter((s) => s.type === 'persistent').map((s) => storageJson(s, req.sensitive)),
            file_storages: mine.filter((s) => s.type === 'file').map((s) => storageJson(s, req.sensitive)),
          },
        };
      },
    },
    {
      method: 'POST',
      path: `/${segment}/{uuid}/storages`,
      body: 'required',
      contract: `POST /${segment}/{uuid}/storages`,
      handler: (req) => {
        const owner = ownerOf(req, segment);
        const b = req.body;
        if (b.type === 'persistent' && (typeof b.name !== 'string' || !b.name)) throw validationFailed({ name: ['The name field is required for persistent storages.'] });
        if (req.rt.store.world.storages.some((s) => isOwner(s.owner, owner) && s.fields.mount_path === b.mount_path)) {
          throw conflict(`A storage with mount path ${String(b.mount_path)} already exists.`);
        }
        const { type, ...fields } = b;
        // ApplicationsController.php:4898 (DatabasesController.php:4148): the volume name is
        // stored as `{owner_uuid}-{name}`. (Services prefix the uuid of the service's
        // sub-application or sub-database, ServicesController.php:2518; not modelled.)
        if (type === 'persistent' && segment !== 'services') fields.name = `${String(req.params.uuid)}-${String(b.name)}`;
        const s: StorageRecord = { id: req.rt.store.nextId(), uuid: req.rt.store.uuid(), owner, type: type as StorageRecord['type'], fields: { host_path: null, is_preview_suffix_enabled: true, ...fields } };
        req.rt.store.world.storages.push(s);
        return { status: 201, body: storageJson(s, req.sensitive) };
      },
    },
    {
      method: 'PATCH',
      path: `/${segment}/{uuid}/storages`,
      body: 'required',
      contract: `PATCH /${segment}/{uuid}/storages`,
      handler: (req) => {
        const owner = ownerOf(req, segment);
        const s = req.rt.store.world.storages.find((x) => isOwner(x.owner, owner) && (x.uuid === req.body.uuid || x.id === req.body.id));
        if (!s) throw notFound('Storage');
        // ServicesController.php:2806-2815: every service volume is read-only
        // (LocalPersistentVolume::shouldBeReadOnlyInUI); only is_preview_suffix_enabled may change.
        const editable = ['name', 'mount_path', 'host_path', 'content'].filter((k) => k in req.body);
        if (segment === 'services' && editable.length > 0) {
          throw new ApiError(422, { message: 'This storage is read-only (managed by docker-compose or service definition). Only is_preview_suffix_enabled can be updated.', read_only_fields: editable });
        }
        const { uuid: _u, id: _i, type: _t, ...fields } = req.body;
        Object.assign(s.fields, fields);
        return { body: storageJson(s, req.sensitive) };
      },
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

function taskJson(t: ScheduledTaskRecord): Record<string, unknown> {
  return { id: t.id, uuid: t.uuid, ...t.fields };
}

function taskRoutes(segment: 'applications' | 'services'): Route[] {
  const find = (req: RouteRequest): ScheduledTaskRecord => {
    const owner = ownerOf(req, segment);
    const t = req.rt.store.world.scheduledTasks.find((x) => isOwner(x.owner, owner) && x.uuid === req.params.task_uuid);
    if (!t) throw notFound('Scheduled task');
    return t;
  };
  return [
    {
      method: 'GET',
      path: `/${segment}/{uuid}/scheduled-tasks`,
      handler: (req) => {
        const owner = ownerOf(req, segment);
        return { body: req.rt.store.world.scheduledTasks.filter((t) => isOwner(t.owner, owner)).map(taskJson) };
      },
    },
    {
      method: 'POST',
      path: `/${segment}/{uuid}/scheduled-tasks`,
      body: 'required',
      contract: `POST /${segment}/{uuid}/scheduled-tasks`,
      handler: (req) => {
        const owner = ownerOf(req, segment);
        const t: ScheduledTaskRecord = { id: req.rt.store.nextId(), uuid: req.rt.store.uuid(), owner, fields: { container: null, timeout: 300, enabled: true, ...req.body } };
        req.rt.store.world.scheduledTasks.push(t);
        return { status: 201, body: taskJson(t) };
      },
    },
    {
      method: 'PATCH',
      path: `/${segment}/{uuid}/scheduled-tasks/{task_uuid}`,
      body: 'required',
      contract: `PATCH /${segment}/{uuid}/scheduled-tasks/{task_uuid}`,
      handler: (req) => {
        const t = find(req);
        Object.assign(t.fields, req.body);
        return { body: taskJson(t) };
      },
    },
    {
      method: 'DELETE',
      path: `/${segment}/{uuid}/scheduled-tasks/{task_uuid}`,
      handler: (req) => {
        const t = find(req);
        req.rt.store.world.scheduledTasks = req.rt.store.world.scheduledTasks.filter((x) => x.id !== t.id);
        return { body: { message: 'Scheduled task deleted.' } };
      },
    },
    { method: 'GET', path: `/${segment}/{uuid}/scheduled-tasks/{task_uuid}/executions`, handler: (req) => (find(req), { body: [] }) },
  ];
}

function tagRoutes(segment: Segment): Route[] {
  const kind = kindOfSegment(segment);
  return [
    {
      method: 'GET',
      path: `/${segment}/{uuid}/tags`,
      handler: (req) => {
        const rec = findOwned(req.rt, kind, req.params.uuid);
        return { body: rec.tag_ids.map((id) => req.rt.store.world.tags.find((t) => t.id === id)).filter((t) => !!t).map((t) => ({ uuid: t!.uuid, name: t!.name })) };
      },
    },
    {
      method: 'POST',
      path: `/${segment}/{uuid}/tags`,
      body: 'required',
      contract: `POST /${segment}/{uuid}/tags`,
      handler: (req) => {
        const rec = findOwned(req.rt, kind, req.params.uuid);
        const raw = req.body.tag_names ?? (req.body.tag_name !== undefined && req.body.tag_name !== null ? [req.body.tag_name] : undefined);
        if (!Array.isArray(raw) || raw.length === 0) throw validationFailed({ tag_name: ['The tag name field is required when tag names is not present.'] });
        // Concerns/HandlesTagsApi.php:87-93: a short name is reported under `tag_name` either way.
        const names = normalizeTagNames(raw, 'tag_name');
        const existing = tagNames(req.rt, rec);
        const already = names.filter((n) => existing.includes(n));
        if (already.length === names.length) throw conflict(`Tag ${already.join(', ')} is already attached.`);
        attachTags(req.rt, rec, names);
        return { status: 201, body: rec.tag_ids.map((id) => req.rt.store.world.tags.find((t) => t.id === id)).filter((t) => !!t).map((t) => ({ uuid: t!.uuid, name: t!.name })) };
      },
    },
    {
      method: 'DELETE',
      path: `/${segment}/{uuid}/tags/{tag_uuid}`,
      handler: (req) => {
        const rec = findOwned(req.rt, kind, req.params.uuid);
        const tag = req.rt.store.world.tags.find((t) => t.uuid === req.params.tag_uuid);
        if (!tag || !rec.tag_ids.includes(tag.id)) throw notFound('Tag');
        rec.tag_ids = rec.tag_ids.filter((id) => id !== tag.id);
        return { body: { message: 'Tag removed.' } };
      },
    },
  ];
}

function moveRoute(segment: Segment): Route {
  const kind = kindOfSegment(segment);
  return {
    method: 'POST',
    path: `/${segment}/{uuid}/move`,
    body: 'required',
    contract: `POST /${segment}/{uuid}/move`,
    // bootstrap/helpers/api.php:209-264 moveResourceToEnvironment: the messages name the
    // resource type, and the answer carries the target's project and environment uuids.
    handler: (req) => {
      const rec = findOwned(req.rt, kind, req.params.uuid);
      const type = kind === 'application' ? 'Application' : kind === 'database' ? 'Database' : 'Service';
      const env = req.rt.store.world.environments.find((e) => e.uuid === req.body.environment_uuid);
      if (!env) throw new ApiError(404, 'Target environment not found or not owned by your team.');
      if (env.id === rec.environment_id) throw new ApiError(400, `${type} is already in this environment.`);
      rec.environment_id = env.id;
      rec.updated_at = req.rt.now();
      const project = req.rt.store.world.projects.find((p) => p.id === env.project_id);
      return { body: { message: `${type} moved successfully.`, uuid: rec.uuid, project_uuid: project?.uuid ?? null, environment_uuid: env.uuid } };
    },
  };
}

/** Storages, scheduled tasks, tags and move, for applications, databases and services. */
export const subResourceRoutes: Route[] = [
  ...storageRoutes('applications'), ...storageRoutes('databases'), ...storageRoutes('services'),
  ...taskRoutes('applications'), ...taskRoutes('services'),
  ...tagRoutes('applications'), ...tagRoutes('databases'), ...tagRoutes('services'),
  moveRoute('applications'), moveRoute('databases'), moveRoute('services'),
];
