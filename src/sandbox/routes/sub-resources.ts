import { ApiError, conflict, notFound, validationFailed } from '../api-error.js';
import type { Route, RouteRequest } from '../router.js';
import { serializeTag, serializeTask } from '../serialize.js';
import type { OwnerRef, PlacedRecord, ScheduledTaskRecord } from '../world.js';
import { attachTags, findOwned, kindOfSegment, normalizeTagNames, tagNames } from './common.js';
import { storageRouteList } from './storages.js';
import { CRON } from './server-rules.js';
import { stripTags } from '../../validate/coolify-patterns.js';

type Segment = 'applications' | 'databases' | 'services';

function ownerOf(req: RouteRequest, segment: Segment): OwnerRef {
  const kind = kindOfSegment(segment);
  return { kind, id: findOwned(req.rt, kind, req.params.uuid).id };
}

const isOwner = (a: OwnerRef, b: OwnerRef): boolean => a.kind === b.kind && a.id === b.id;

const STC = 'app/Http/Controllers/Api/ScheduledTasksController.php';

/**
 * The rules of a task body the contract's types leave out (${STC}:60-67 create, :137-144
 * update: `name` max:255, `timeout` integer|min:1), then the frequency's cron check, which runs
 * only once those passed (:84-89 create; :160-165 update, only when `frequency` is sent).
 */
function checkTaskBody(body: Record<string, unknown>): void {
  const errors: Record<string, string[]> = {};
  if (typeof body.name === 'string' && body.name.length > 255) errors.name = ['The name field must not be greater than 255 characters.'];
  if (typeof body.timeout === 'number' && body.timeout < 1) errors.timeout = ['The timeout field must be at least 1.'];
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
  if (body.frequency !== undefined && !CRON.test(String(body.frequency ?? ''))) {
    throw validationFailed({ frequency: ['Invalid cron expression or frequency format.'] });
  }
}

/** The stored fields of a task body: `name` through strip_tags (HasSafeStringAttribute, app/Models/ScheduledTask.php:30). */
function taskFields(body: Record<string, unknown>): Record<string, unknown> {
  return typeof body.name === 'string' ? { ...body, name: stripTags(body.name) } : { ...body };
}

/**
 * The scheduled task routes of applications or services: one controller serves both
 * (routes/api.php:410-422); the owner is found first, 404 "Application not found." or "Service
 * not found." (${STC}:294-302, :657-667 and each action after them).
 */
function taskRoutes(segment: 'applications' | 'services'): Route[] {
  const find = (req: RouteRequest, owner: OwnerRef): ScheduledTaskRecord => {
    const t = req.rt.store.world.scheduledTasks.find((x) => isOwner(x.owner, owner) && x.uuid === req.params.task_uuid);
    // ${STC}:167-170 (update), :190-193 (delete), :214-217 (executions).
    if (!t) throw notFound('Scheduled task');
    return t;
  };
  return [
    {
      method: 'GET',
      path: `/${segment}/{uuid}/scheduled-tasks`,
      handler: (req) => {
        const owner = ownerOf(req, segment);
        // ${STC}:38-47 listTasks: every task of the owner, without id, team_id and the owner ids (:16-26).
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
        checkTaskBody(req.body);
        const now = req.rt.now();
        // ${STC}:93-99: container as sent (null when absent), timeout 300 and enabled true unless sent;
        // the same as the column defaults (2023_12_31_173041_create_scheduled_tasks_table.php,
        // 2025_11_09_000001_add_timeout_to_scheduled_tasks_table.php:16).
        const t: ScheduledTaskRecord = { id: req.rt.store.nextId(), uuid: req.rt.store.uuid(), owner, fields: { container: null, timeout: 300, enabled: true, ...taskFields(req.body) }, created_at: now, updated_at: now };
        req.rt.store.world.scheduledTasks.push(t);
        // :118: 201 with the task.
        return { status: 201, body: serializeTask(t) };
      },
    },
    {
      method: 'PATCH',
      path: `/${segment}/{uuid}/scheduled-tasks/{task_uuid}`,
      // :125-128 validateIncomingRequest: an empty body is 400 "Empty JSON." (so :130-132 "At least one field" is never reached).
      body: 'required',
      contract: `PATCH /${segment}/{uuid}/scheduled-tasks/{task_uuid}`,
      handler: (req) => {
        const owner = ownerOf(req, segment);
        // The body is checked before the task is looked up (:136-170).
        checkTaskBody(req.body);
        const t = find(req, owner);
        Object.assign(t.fields, taskFields(req.body));
        t.updated_at = req.rt.now();
        return { body: serializeTask(t) };
      },
    },
    {
      method: 'DELETE',
      path: `/${segment}/{uuid}/scheduled-tasks/{task_uuid}`,
      handler: (req) => {
        const t = find(req, ownerOf(req, segment));
        req.rt.store.world.scheduledTasks = req.rt.store.world.scheduledTasks.filter((x) => x.id !== t.id);
        // :207.
        return { body: { message: 'Scheduled task deleted.' } };
      },
    },
    { method: 'GET', path: `/${segment}/{uuid}/scheduled-tasks/{task_uuid}/executions`, handler: (req) => (find(req, ownerOf(req, segment)), { body: [] }) },
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
