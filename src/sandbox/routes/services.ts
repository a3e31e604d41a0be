import { ApiError, badRequest, notFound } from '../api-error.js';
import { placedStatus, startNow, stopNow } from '../lifecycle.js';
import type { SandboxRuntime } from '../options.js';
import type { Route, RouteRequest } from '../router.js';
import { serializeService } from '../serialize.js';
import type { ServiceRecord } from '../world.js';
import { redumpServiceCompose } from '../symfony-yaml.js';
import { attachTags, decodeBase64Field, normalizeTagNames, queueDelete, resolvePlacement } from './common.js';

/** The one-click templates the sandbox knows (a small subset of Coolify's). */
// A few keys of Coolify 4.3.11's templates/service-templates.json (340 templates; it has no
// `plausible`): other keys get 404 "Invalid service type." as there.
export const SERVICE_TEMPLATES = ['actualbudget', 'calibre-web', 'ghost', 'gitea-with-mysql', 'minio', 'n8n', 'umami', 'uptime-kuma', 'wordpress-with-mysql'];

function findService(rt: SandboxRuntime, uuid: string | undefined): ServiceRecord {
  const s = rt.store.world.services.find((x) => x.uuid === uuid);
  if (!s) throw notFound('Service');
  return s;
}

function applyUrls(svc: ServiceRecord, urls: unknown): void {
  if (!Array.isArray(urls)) return;
  svc.fields.urls = urls.map((u) => ({ name: String((u as { name?: unknown }).name ?? ''), url: String((u as { url?: unknown }).url ?? '') }));
}

function createService(req: RouteRequest): { status: number; body: unknown } {
  const { rt, body } = req;
  const hasType = typeof body.type === 'string' && body.type !== '';
  const hasRaw = typeof body.docker_compose_raw === 'string' && body.docker_compose_raw !== '';
  if (hasType && hasRaw) throw new ApiError(422, { message: 'You cannot provide both service type and docker_compose_raw. Use one or the other.' });
  if (!hasType && !hasRaw) throw new ApiError(422, { message: 'You need to provide either service type or docker_compose_raw.' });
  if (hasType && !SERVICE_TEMPLATES.includes(String(body.type))) {
    // ServicesController.php:769-773: a type that is no template key (checked against Coolify 4.3.11).
    throw new ApiError(404, { message: 'Invalid service type.', valid_service_types: SERVICE_TEMPLATES });
  }
  const sent = hasRaw ? decodeBase64Field('docker_compose_raw', body.docker_compose_raw) : `services:\n  ${String(body.type)}:\n    image: ${String(body.type)}:latest\n`;
  // ServicesController.php:540/:727 `$service->parse(isNew: true)`: serviceParser stores its
  // Symfony re-dump of the compose (bootstrap/helpers/parsers.php:2780-2797).
  const compose = redumpServiceCompose(sent);
  const placement = resolvePlacement(rt, body);
  const tags = Array.isArray(body.tags) ? normalizeTagNames(body.tags, 'tags') : [];
  const now = rt.now();
  const uuid = rt.store.uuid();
  const svc: ServiceRecord = {
    id: rt.store.nextId(), uuid,
    name: typeof body.name === 'string' && body.name ? body.name : `${hasType ? String(body.type) : 'service'}-${uuid}`,
    description: typeof body.description === 'string' ? body.description : null,
    environment_id: placement.environment.id, destination_id: placement.destination.id, server_id: placement.server.id,
    tag_ids: [], created_at: now, updated_at: now, run: { state: 'never', since: now },
    fields: {
      // Coolify's `docker_compose` is the compose it generates (labels, container names, networks:
      // bootstrap/helpers/parsers.php serviceParser); the sandbox keeps the re-dump there.
      service_type: hasType ? body.type : null, docker_compose_raw: compose, docker_compose: compose,
      connect_to_docker_network: false, is_container_label_escape_enabled: body.is_container_label_escape_enabled ?? true, urls: [],
    },
  };
  applyUrls(svc, body.urls);
  rt.store.world.services.push(svc);
  attachTags(rt, svc, tags);
  if (body.instant_deploy === true) startNow(rt, svc);
  const domains = (svc.fields.urls as Array<{ url: string }>).flatMap((u) => u.url.split(',')).filter(Boolean);
  return { status: 201, body: { uuid: svc.uuid, domains } };
}

/** Services: create (template or raw compose), read, update, delete, start/stop/restart. */
export const serviceRoutes: Route[] = [
  { method: 'POST', path: '/services', body: 'required', contract: 'POST /services', handler: createService },
  {
    method: 'GET',
    path: '/services',
    handler: ({ rt, sensitive }) => ({
      // ServicesController.php list: services come through the team's projects (hasManyThrough),
      // so each carries Laravel's `laravel_through_key` (the project id).
      body: rt.store.world.services.map((s) => ({
        ...serializeService(rt, s, sensitive),
        laravel_through_key: rt.store.world.environments.find((e) => e.id === s.environment_id)?.project_id ?? null,
      })),
    }),
  },
  { method: 'GET', path: '/services/{uuid}', handler: ({ rt, params, sensitive }) => ({ body: serializeService(rt, findService(rt, params.uuid), sensitive, true) }) },
  {
    method: 'PATCH',
    path: '/services/{uuid}',
    body: 'required',
    contract: 'PATCH /services/{uuid}',
    handler: ({ rt, params, body }) => {
      const svc = findService(rt, params.uuid);
      if (typeof body.docker_compose_raw === 'string') {
        // ServicesController.php:1230 re-dumps with DUMP_MULTI_LINE_LITERAL_BLOCK, then parse()
        // (:1261) re-dumps it again without that flag (parsers.php:2794): what is stored is the
        // plain re-dump (checked against Coolify 4.3.11).
        const compose = redumpServiceCompose(decodeBase64Field('docker_compose_raw', body.docker_compose_raw));
        svc.fields.docker_compose_raw = compose;
        svc.fields.docker_compose = compose;
      }
      for (const k of ['connect_to_docker_network', 'force_domain_override', 'is_container_label_escape_enabled']) {
        if (body[k] !== undefined) svc.fields[k] = body[k];
      }
      applyUrls(svc, body.urls);
      if (typeof body.name === 'string') svc.name = body.name;
      if (body.description !== undefined) svc.description = (body.description as string | null) ?? null;
      svc.updated_at = rt.now();
      if (body.instant_deploy === true) startNow(rt, svc);
      return { body: { uuid: svc.uuid } };
    },
  },
  {
    method: 'DELETE',
    path: '/services/{uuid}',
    handler: ({ rt, params }) => {
      queueDelete(rt, findService(rt, params.uuid));
      return { body: { message: 'Service deletion request queued.' } };
    },
  },
  {
    method: 'POST', path: '/services/{uuid}/start', ability: 'deploy',
    handler: ({ rt, params }) => {
      const svc = findService(rt, params.uuid);
      // app/Http/Controllers/Api/ServicesController.php:2092 a running service is not started again.
      if (placedStatus('service', svc, rt, rt.now()).includes('running')) throw badRequest('Service is already running.');
      startNow(rt, svc);
      return { body: { message: 'Service starting request queued.' } };
    },
  },
  {
    method: 'POST', path: '/services/{uuid}/stop', ability: 'deploy',
    handler: ({ rt, params }) => {
      const svc = findService(rt, params.uuid);
      // app/Http/Controllers/Api/ServicesController.php:2187 a status holding `stopped` or `exited`
      // (a never-started service is `exited`) answers 400.
      const status = placedStatus('service', svc, rt, rt.now());
      if (status.includes('stopped') || status.includes('exited')) throw badRequest('Service is already stopped.');
      stopNow(rt, svc);
      return { body: { message: 'Service stopping request queued.' } };
    },
  },
  {
    method: 'POST', path: '/services/{uuid}/restart', ability: 'deploy',
    handler: ({ rt, params }) => {
      startNow(rt, findService(rt, params.uuid));
      return { body: { message: 'Service restarting request queued.' } };
    },
  },
];
