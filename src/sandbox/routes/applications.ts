import { domainConflicts, requestBoolean, throwOnDomainConflicts } from './domain-conflicts.js';
import { byUuid } from '../append-index.js';
import { createHash } from 'node:crypto';
import { ApiError, badRequest, notFound, validationFailed } from '../api-error.js';
import { releaseDefaults } from '../contract/release-rules.js';
import { createDeployment, placedStatus, stopNow } from '../lifecycle.js';
import type { SandboxRuntime } from '../options.js';
import type { Route, RouteRequest } from '../router.js';
import { serializeApplication } from '../serialize.js';
import type { ApplicationRecord } from '../world.js';
import {
  APPLICATION_DEFAULTS,
  applyApplicationFields,
  defaultLabels,
  exposedPort,
  normalizeDomains,
  sslipHost,
} from './application-fields.js';
import { attachTags, normalizeTagNames, queryFlag, queueDelete, resolvePlacement, tagNames } from './common.js';
import { applyComposeDomains } from '../compose-domains.js';

const BUILD_PACKS = ['nixpacks', 'railpack', 'static', 'dockerfile', 'dockercompose'];

function findApp(rt: SandboxRuntime, uuid: string | undefined): ApplicationRecord {
  const app = byUuid(rt.store.world.applications, uuid);
  if (!app) throw notFound('Application');
  return app;
}

function createApplication(source: string, req: RouteRequest): { status: number; body: unknown } {
  const { rt, body } = req;
  // app/Http/Controllers/Api/ApplicationsController.php:1341, :1565, :1828, :2181 — every create's
  // validator (run before the project lookup) takes ports_exposes only as comma-separated numbers.
  if (body.ports_exposes !== undefined && body.ports_exposes !== null && (typeof body.ports_exposes !== 'string' || !/^(\d+)(,\d+)*$/.test(body.ports_exposes))) {
    throw validationFailed({ ports_exposes: ['The ports exposes field format is invalid.'] });
  }
  const placement = resolvePlacement(rt, body);
  const w = rt.store.world;
  if (source !== 'dockerfile' && source !== 'dockerimage' && !BUILD_PACKS.includes(String(body.build_pack))) {
    throw validationFailed({ build_pack: ['The selected build pack is invalid.'] });
  }
  if (body.build_pack === 'dockercompose' && body.domains !== undefined && body.domains !== null) {
    throw validationFailed({ domains: ['The domains field is not allowed for dockercompose applications. Use docker_compose_domains.'] });
  }
  // Only public apps point at the public GitHub app (ApplicationsController.php:1462-1463, id 0 in
  // Coolify's seed), GitHub-app apps at theirs (:1728); deploy-key, dockerfile and dockerimage apps
  // have no source (source_id/source_type null, as the real 4.3.11 answers).
  let sourceId: number | null = source === 'public' ? 0 : null;
  let privateKeyId: number | null = null;
  if (source === 'private-github-app') {
    const gh = w.githubApps.find((g) => g.uuid === body.github_app_uuid);
    if (!gh) throw notFound('Github App');
    sourceId = gh.id;
  }
  if (source === 'private-deploy-key') {
    const key = w.privateKeys.find((k) => k.uuid === body.private_key_uuid);
    if (!key) throw notFound('Private Key');
    privateKeyId = key.id;
  }
  const tags = Array.isArray(body.tags) ? normalizeTagNames(body.tags, 'tags') : [];
  const now = rt.now();
  const uuid = rt.store.uuid();
  const app: ApplicationRecord = {
    id: rt.store.nextId(),
    uuid,
    name: typeof body.name === 'string' && body.name ? body.name : `${source === 'dockerimage' ? 'docker-image' : source}-${uuid}`,
    description: typeof body.description === 'string' ? body.description : null,
    environment_id: placement.environment.id,
    destination_id: placement.destination.id,
    server_id: placement.server.id,
    tag_ids: [],
    created_at: now,
    updated_at: now,
    run: { state: 'never', since: now },
    source,
    fields: { ...APPLICATION_DEFAULTS, ...releaseDefaults(rt.release, 'Application'), source_id: sourceId, source_type: sourceId === null ? null : 'App\\Models\\GithubApp', private_key_id: privateKeyId },
  };
  if (source === 'dockerfile') app.fields.build_pack = 'dockerfile';
  if (source === 'dockerimage') {
    app.fields.build_pack = 'dockerimage';
    // ports_exposes is nullable (migration 2026_03_26_000000_make_ports_exposes_nullable_in_applications_table.php)
    // and dockerimage create does not default it; no Dockerfile, so no dockerfile_location
    // (migration 2025_11_18_083747_cleanup_dockerfile_data_for_non_dockerfile_buildpacks.php).
    app.fields.ports_exposes = null;
    app.fields.dockerfile_location = null;
  }
  // dockerfile_location stays null unless asked for, or a git app builds with a Dockerfile (the real
  // 4.3.11 answers null for public/deploy-key nixpacks and for dockerfile/dockerimage apps).
  if (body.dockerfile_location === undefined && (source === 'dockerfile' || source === 'dockerimage' || body.build_pack !== 'dockerfile')) {
    app.fields.dockerfile_location = null;
  }
  if (source === 'dockerfile' || source === 'dockerimage') {
    // ApplicationsController.php:2105-2106 and :2236-2237: placeholder git columns (NOT NULL in the table).
    app.fields.git_repository = 'coollabsio/coolify';
    app.fields.git_branch = 'main';
  }
  applyApplicationFields(app, body, 'create');
  applyComposeDomains(app, body, 'create');
  // app/Models/Application.php booted() creating (:268-271): the four manual webhook secrets are random 40-character strings.
  for (const k of ['manual_webhook_secret_github', 'manual_webhook_secret_gitlab', 'manual_webhook_secret_bitbucket', 'manual_webhook_secret_gitea']) {
    app.fields[k] ??= rt.store.password().slice(0, 40);
  }
  if (source === 'dockerfile') app.fields.ports_exposes = exposedPort(String(app.fields.dockerfile ?? ''));
  if (app.fields.custom_labels === null) app.fields.custom_labels = defaultLabels(app);
  if (typeof body.domains === 'string' && body.domains.trim() !== '') {
    app.fields.fqdn = normalizeDomains(body.domains);
    // ApplicationsController.php:4469-4495: the team's other records, whole URLs compared
    throwOnDomainConflicts(domainConflicts(rt, String(app.fields.fqdn).split(','), undefined), requestBoolean(body.force_domain_override));
  } else if (body.autogenerate_domain !== false && body.build_pack !== 'dockercompose') {
    app.fields.fqdn = `http://${sslipHost(placement.server, uuid)}`;
  }
  // app/Models/Application.php:1392 isConfigurationChanged(): config_hash is the md5 of the build-relevant config.
  app.fields.config_hash = createHash('md5').update(JSON.stringify([app.fields.fqdn, app.fields.git_repository, app.fields.git_branch, app.fields.build_pack, app.fields.ports_exposes])).digest('hex');
  w.applications.push(app);
  attachTags(rt, app, tags);
  if (body.instant_deploy === true) createDeployment(rt, app);
  return { status: 201, body: { uuid: app.uuid, domains: app.fields.fqdn } };
}

function createRoute(source: string): Route {
  return { method: 'POST', path: `/applications/${source}`, body: 'required', contract: `POST /applications/${source}`, handler: (req) => createApplication(source, req) };
}

/** Application CRUD, lifecycle, logs and previews (ApplicationsController). */
export const applicationRoutes: Route[] = [
  createRoute('public'),
  createRoute('private-github-app'),
  createRoute('private-deploy-key'),
  createRoute('dockerfile'),
  createRoute('dockerimage'),
  {
    method: 'POST',
    path: '/applications/dockercompose',
    handler: () => {
      throw new ApiError(404, { message: 'Not found.', docs: 'https://coolify.io/docs' });
    },
  },
  {
    method: 'GET',
    path: '/applications',
    handler: ({ rt, query, sensitive }) => {
      const tag = query.get('tag');
      const apps = rt.store.world.applications.filter((a) => !tag || tagNames(rt, a).includes(tag.toLowerCase()));
      return { body: apps.map((a) => serializeApplication(rt, a, sensitive, false)) };
    },
  },
  {
    method: 'GET',
    path: '/applications/{uuid}',
    handler: ({ rt, params, sensitive }) => ({ body: serializeApplication(rt, findApp(rt, params.uuid), sensitive, true) }),
  },
  {
    method: 'PATCH',
    path: '/applications/{uuid}',
    body: 'required',
    contract: 'PATCH /applications/{uuid}',
    handler: ({ rt, params, body }) => {
      const app = findApp(rt, params.uuid);
      if (body.build_pack !== undefined && body.build_pack !== null && !BUILD_PACKS.includes(String(body.build_pack)) && body.build_pack !== app.fields.build_pack) {
        throw validationFailed({ build_pack: ['The selected build pack is invalid.'] });
      }
      const server = rt.store.world.servers.find((s) => s.id === app.server_id);
      // ApplicationsController.php:2960-2968: refused before anything is stored.
      applyComposeDomains(app, body, 'update');
      applyApplicationFields(app, body, 'update');
      if (typeof body.domains === 'string' && server && server.proxy_type !== 'NONE') {
        const fqdn = body.domains.trim() === '' ? null : normalizeDomains(body.domains);
        // ApplicationsController.php:2941-2955: the app itself left out by its uuid
        if (fqdn) throwOnDomainConflicts(domainConflicts(rt, fqdn.split(','), app.uuid), requestBoolean(body.force_domain_override));
        app.fields.fqdn = fqdn;
      }
      if (typeof body.name === 'string') app.name = body.name;
      if (body.description !== undefined) app.description = (body.description as string | null) ?? null;
      app.updated_at = rt.now();
      if (body.instant_deploy === true) createDeployment(rt, app);
      return { body: { uuid: app.uuid } };
    },
  },
  {
    method: 'DELETE',
    path: '/applications/{uuid}',
    handler: ({ rt, params }) => {
      queueDelete(rt, findApp(rt, params.uuid));
      return { body: { message: 'Application deletion request queued.' } };
    },
  },
  {
    method: 'POST',
    path: '/applications/{uuid}/start',
    ability: 'deploy',
    handler: ({ rt, params, query }) => {
      const app = findApp(rt, params.uuid);
      const d = createDeployment(rt, app, { force: queryFlag(query, 'force', false) });
      return { body: { message: 'Deployment request queued.', deployment_uuid: d.deployment_uuid } };
    },
  },
  {
    method: 'POST',
    path: '/applications/{uuid}/restart',
    ability: 'deploy',
    handler: ({ rt, params }) => {
      const app = findApp(rt, params.uuid);
      const d = createDeployment(rt, app, { restart: true });
      return { body: { message: 'Restart request queued.', deployment_uuid: d.deployment_uuid } };
    },
  },
  {
    method: 'POST',
    path: '/applications/{uuid}/stop',
    ability: 'deploy',
    handler: ({ rt, params }) => {
      stopNow(rt, findApp(rt, params.uuid));
      return { body: { message: 'Application stopping request queued.' } };
    },
  },
  {
    method: 'GET',
    path: '/applications/{uuid}/logs',
    handler: ({ rt, params, query }) => {
      const app = findApp(rt, params.uuid);
      const status = placedStatus('application', app, rt, rt.now());
      if (!status.startsWith('running')) throw badRequest('Application is not running.');
      const lines = Math.max(1, Math.min(10_000, Number(query.get('lines') ?? 100) || 100));
      const all = [`Starting ${app.name}`, `Listening on port ${String(app.fields.ports_exposes ?? '80').split(',')[0]}`, `Status: ${status}`];
      return { body: { logs: all.slice(-lines).join('\n') } };
    },
  },
  {
    method: 'DELETE',
    path: '/applications/{uuid}/previews/{pull_request_id}',
    handler: ({ rt, params }) => {
      const app = findApp(rt, params.uuid);
      const pr = Number(params.pull_request_id);
      if (!Number.isInteger(pr) || pr <= 0) throw validationFailed({ pull_request_id: ['The pull request id must be a positive integer.'] });
      const preview = rt.store.world.previews.find((p) => p.application_id === app.id && p.pull_request_id === pr);
      if (!preview) throw notFound('Preview');
      rt.store.world.previews = rt.store.world.previews.filter((p) => p.id !== preview.id);
      return { body: { message: 'Preview deployment deletion request queued.' } };
    },
  },
];
