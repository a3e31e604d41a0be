import { byUuid } from '../append-index.js';
import { ApiError, badRequest, notFound } from '../api-error.js';
import { placedStatus, startNow, stopNow } from '../lifecycle.js';
import type { SandboxRuntime } from '../options.js';
import type { Route, RouteRequest } from '../router.js';
import { serializeService } from '../serialize.js';
import type { ServiceRecord } from '../world.js';
import { redumpServiceCompose } from '../symfony-yaml.js';
import { parsedServiceFqdns, serviceComposeApps } from '../service-compose.js';
import { isDatabaseImage } from '../service-parts.js';
import { serverWildcardDomain } from '../serialize-relations.js';
import { attachTags, decodeBase64Field, normalizeTagNames, queueDelete, resolvePlacement } from './common.js';

/**
 * The one-click templates the sandbox knows (a small subset of Coolify's): per template its
 * compose services with their image and the magic URL variable that gives the service its
 * domain, as Coolify 4.3.11's templates/compose/<key>.yaml declare them (340 templates; it has
 * no `plausible`). Other keys get 404 "Invalid service type." as there.
 */
const TEMPLATES: Record<string, Array<{ name: string; image: string; url?: string }>> = {
  actualbudget: [{ name: 'actual_server', image: 'actualbudget/actual-server:latest', url: 'SERVICE_URL_ACTUAL_5006' }],
  'calibre-web': [{ name: 'calibre-web', image: 'lscr.io/linuxserver/calibre-web:latest', url: 'SERVICE_URL_CALIBRE_8083' }],
  ghost: [{ name: 'ghost', image: 'ghost:5', url: 'SERVICE_URL_GHOST_2368' }, { name: 'mysql', image: 'mysql:8.0' }],
  'gitea-with-mysql': [{ name: 'gitea', image: 'gitea/gitea:latest', url: 'SERVICE_URL_GITEA_3000' }, { name: 'mysql', image: 'mysql:8.0' }],
  minio: [{ name: 'minio', image: 'quay.io/minio/minio:latest' }],
  n8n: [{ name: 'n8n', image: 'n8nio/n8n:2.10.2', url: 'SERVICE_URL_N8N_5678' }, { name: 'task-runners', image: 'n8nio/runners:2.10.2' }],
  umami: [{ name: 'umami', image: 'ghcr.io/umami-software/umami:3.0.3', url: 'SERVICE_URL_UMAMI_3000' }, { name: 'postgresql', image: 'postgres:16-alpine' }],
  'uptime-kuma': [{ name: 'uptime-kuma', image: 'louislam/uptime-kuma:2', url: 'SERVICE_URL_UPTIMEKUMA_3001' }],
  'wordpress-with-mysql': [{ name: 'wordpress', image: 'wordpress:latest', url: 'SERVICE_URL_WORDPRESS' }, { name: 'mysql', image: 'mysql:8' }],
};

/** The template keys the sandbox knows. */
export const SERVICE_TEMPLATES = Object.keys(TEMPLATES);

/** The compose a template stands for here: its services, images and magic URL variables. */
function templateCompose(type: string): string {
  const lines = ['services:'];
  for (const svc of TEMPLATES[type] ?? []) {
    lines.push(`  ${svc.name}:`, `    image: ${svc.image}`);
    if (svc.url) lines.push('    environment:', `      - ${svc.url}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Re-runs the compose parse's domain step (service-compose.ts parsedServiceFqdns) after the compose changed. */
function parseServiceDomains(rt: SandboxRuntime, svc: ServiceRecord): void {
  const server = rt.store.world.servers.find((s) => s.id === svc.server_id);
  const previous = (svc.fields.app_fqdns ?? {}) as Record<string, string | null>;
  const apps = serviceComposeApps(String(svc.fields.docker_compose_raw ?? ''));
  svc.fields.app_fqdns = server ? parsedServiceFqdns(apps, previous, svc.uuid, serverWildcardDomain(server)) : previous;
}

/** ServicesController.php:583, :767, :1295: the sub-applications' domains, blank ones left out, sorted. */
function serviceDomains(svc: ServiceRecord): string[] {
  return Object.values((svc.fields.app_fqdns ?? {}) as Record<string, string | null>)
    .filter((f): f is string => typeof f === 'string' && f !== '')
    .sort();
}

function findService(rt: SandboxRuntime, uuid: string | undefined): ServiceRecord {
  const s = byUuid(rt.store.world.services, uuid);
  if (!s) throw notFound('Service');
  return s;
}

/**
 * ServicesController.php:117-196 applyServiceUrls: each named sub-application's fqdn becomes the
 * sent URLs (trimmed, comma-separated), or null when none are sent. A name that is no service
 * application of the parsed compose (:155-160) fails the whole request with 422 "Service
 * container with 'NAME' not found." and nothing is stored (the errors are collected before any
 * answer; on create the service is deleted again, :546-552 / :730-736). Checked against Coolify
 * 4.3.11: an unknown name and a database container (a ServiceDatabase, service-parts.ts) both
 * get that 422, and the create leaves no service behind.
 */
function applyUrls(svc: ServiceRecord, urls: unknown): void {
  if (!Array.isArray(urls)) return;
  const sent = urls.map((u) => ({ name: String((u as { name?: unknown }).name ?? ''), url: String((u as { url?: unknown }).url ?? '') }));
  const fqdns = { ...((svc.fields.app_fqdns ?? {}) as Record<string, string | null>) };
  // :155 looks the name up among the service's applications only: a database container is none.
  const databases = new Set(serviceComposeApps(String(svc.fields.docker_compose_raw ?? '')).filter((c) => isDatabaseImage(c.image)).map((c) => c.name));
  const errors: string[] = [];
  // :145-185: each item is saved as it is met, so on a PATCH the names found before a refused
  // one keep their new fqdn.
  for (const u of sent) {
    if (u.name === '') errors.push('Service container name is required to apply URLs.');
    else if (!(u.name in fqdns) || databases.has(u.name)) errors.push(`Service container with '${u.name}' not found.`);
    else {
      const list = u.url.split(',').map((x) => x.trim()).filter(Boolean);
      fqdns[u.name] = list.length > 0 ? list.join(',') : null;
    }
  }
  svc.fields.app_fqdns = fqdns;
  if (errors.length > 0) throw new ApiError(422, { message: 'Validation failed.', errors });
  svc.fields.urls = sent;
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
  const sent = hasRaw ? decodeBase64Field('docker_compose_raw', body.docker_compose_raw) : templateCompose(String(body.type));
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
  // ServicesController.php:540/:727 parse() gives magic-URL services their domain, then :545/:729
  // applies `urls` to the service applications that parse created; a refused `urls` deletes the
  // new service (:548/:732), so it is never pushed here.
  parseServiceDomains(rt, svc);
  applyUrls(svc, body.urls);
  rt.store.world.services.push(svc);
  attachTags(rt, svc, tags);
  if (body.instant_deploy === true) startNow(rt, svc);
  return { status: 201, body: { uuid: svc.uuid, domains: serviceDomains(svc) } };
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
        parseServiceDomains(rt, svc);
      }
      for (const k of ['connect_to_docker_network', 'force_domain_override', 'is_container_label_escape_enabled']) {
        if (body[k] !== undefined) svc.fields[k] = body[k];
      }
      if (typeof body.name === 'string') svc.name = body.name;
      if (body.description !== undefined) svc.description = (body.description as string | null) ?? null;
      svc.updated_at = rt.now();
      // ServicesController.php:1259-1264: the service is saved and parsed before `urls` are
      // applied, so a refused `urls` (422) leaves the other changes stored.
      applyUrls(svc, body.urls);
      if (body.instant_deploy === true) startNow(rt, svc);
      // ServicesController.php:1293-1296: the uuid and the domains after the update.
      return { body: { uuid: svc.uuid, domains: serviceDomains(svc) } };
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
