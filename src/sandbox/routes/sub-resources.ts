import { ApiError, conflict, notFound, validationFailed } from '../api-error.js';
import type { Route, RouteRequest } from '../router.js';
import { serializeTag, serializeTask } from '../serialize.js';
import type { OwnerRef, PlacedRecord, ScheduledTaskRecord } from '../world.js';
import { attachTags, findOwned, kindOfSegment, normalizeTagNames, tagNames } from './common.js';
import { storageRouteList } from './storages.js';

type Segment = 'applications' | 'databases' | 'services';

function ownerOf(req: RouteRequest, segment: Segment): OwnerRef {
  const kind = kindOfSegment(segment);
  return { kind, id: findOwned(req.rt, kind, req.params.uuid).id };
}

const isOwner = (a: OwnerRef, b: OwnerRef): boolean => a.kind === b.kind && a.id === b.id;

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
        return { body: req.rt.store.world.scheduledTasks.filter((t) => isOwner(t.owner, owner)).map(serializeTask) };
      },
    },
    {
      method: 'POST',
      path: `/${segment}/{uuid}/scheduled-tasks`,
      body: 'required',
      contract: `POST /${segment}/{uuid}/scheduled-tasks`,
      handler: (req) => {
        const owner = ownerOf(req, segment);
        const now = req.rt.now();
        // Column defaults: container nullable, enabled true (2023_12_31_173041_create_scheduled_tasks_table.php),
        // timeout 300 (2025_11_09_000001_add_timeout_to_scheduled_tasks_table.php:16).
        const t: ScheduledTaskRecord = { id: req.rt.store.nextId(), uuid: req.rt.store.uuid(), owner, fields: { container: null, timeout: 300, enabled: true, ...req.body }, created_at: now, updated_at: now };
        req.rt.store.world.scheduledTasks.push(t);
        return { status: 201, body: serializeTask(t) };
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
        t.updated_at = req.rt.now();
        return { body: serializeTask(t) };
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

/** The tags of a resource, as TagsController::serializeTag answers them. */
function tagsOf(req: RouteRequest, rec: PlacedRecord): Record<string, unknown>[] {
  return rec.tag_ids.map((id) => req.rt.store.world.tags.find((t) => t.id === id)).filter((t) => t !== undefined).map(serializeTag);
}

function tagRoutes(segment: Segment): Route[] {
  const kind = kindOfSegment(segment);
  return [
    {
      method: 'GET',
      path: `/${segment}/{uuid}/tags`,
      handler: (req) => {
        const rec = findOwned(req.rt, kind, req.params.uuid);
        return { body: tagsOf(req, rec) };
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
        return { status: 201, body: tagsOf(req, rec) };
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
  ...storageRouteList,
  ...taskRoutes('applications'), ...taskRoutes('services'),
  ...tagRoutes('applications'), ...tagRoutes('databases'), ...tagRoutes('services'),
  moveRoute('applications'), moveRoute('databases'), moveRoute('services'),
];
