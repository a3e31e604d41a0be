/**
 * Coolify 4.4's preview API (ApplicationPreviewsController.php of 4.4, coollabsio/coolify):
 * list, read and create an application's pull-request previews. The routes exist only from
 * 4.4.2 (the release table's `routesNotInAll`), so a sandbox emulating 4.3.x answers them 404
 * (server.ts, routeAbsent) as the real 4.3.x does. Deleting a preview stays in applications.ts
 * (ApplicationsController, every release).
 */
import { byUuid } from '../append-index.js';
import { ApiError, badRequest, notFound, validationFailed } from '../api-error.js';
import { createDeployment, deploymentStatus } from '../lifecycle.js';
import type { SandboxRuntime } from '../options.js';
import type { Route, RouteRequest } from '../router.js';
import { iso } from '../serialize.js';
import type { ApplicationRecord, PreviewRecord } from '../world.js';
import { previewFqdn } from './deployments.js';

// ApplicationPreviewsController.php:19 GIT_TYPES.
const GIT_TYPES = ['github', 'gitlab', 'gitea', 'bitbucket'];

function findApp(rt: SandboxRuntime, uuid: string | undefined): ApplicationRecord {
  const app = byUuid(rt.store.world.applications, uuid);
  // ApplicationPreviewsController.php:47-50 (and :86-89, :176-179): 404 Application not found.
  if (!app) throw notFound('Application');
  return app;
}

/**
 * A preview's state: Coolify keeps `status` on the preview row (default `exited`,
 * 2023_03_27_081718_create_application_previews_table.php:22) and its status job sets it from
 * the container; here, from the PR's last deployment.
 */
function previewStatus(rt: SandboxRuntime, app: ApplicationRecord, pr: number): string {
  const now = rt.now();
  const last = rt.store.world.deployments.filter((d) => d.application_id === app.id && d.pull_request_id === pr).at(-1);
  if (!last) return 'exited';
  const s = deploymentStatus(last, rt, now);
  return s === 'finished' ? 'running:healthy' : s === 'failed' || s === 'cancelled-by-user' ? 'exited' : 'starting';
}

/** ApplicationPreviewsController.php:313-333 formatPreview: the fields the API shows. */
function formatPreview(rt: SandboxRuntime, app: ApplicationRecord, p: PreviewRecord): Record<string, unknown> {
  return {
    uuid: p.uuid,
    pull_request_id: p.pull_request_id,
    // :320 an empty URL is shown as null
    pull_request_html_url: p.pull_request_html_url || null,
    git_type: p.git_type ?? null,
    status: previewStatus(rt, app, p.pull_request_id),
    // :323 `domains` is the preview's fqdn
    domains: p.fqdn,
    docker_compose_domains: null,
    domain_port_overrides: null,
    docker_registry_image_tag: p.docker_registry_image_tag,
    last_online_at: null,
    created_at: iso(p.created_at),
    updated_at: iso(p.updated_at ?? p.created_at),
  };
}

const isPr = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 2147483647;

/** ApplicationPreviewsController.php:188-207: the request rules, per build pack. */
function checkStoreBody(body: Record<string, unknown>, isDockerImage: boolean): void {
  const errors: Record<string, string[]> = {};
  const pr = body.pull_request_id;
  // :189 required|integer|min:1|max:2147483647
  if (pr === undefined || pr === null) errors.pull_request_id = ['The pull request id field is required.'];
  else if (!isPr(pr)) errors.pull_request_id = ['The pull request id field must be an integer between 1 and 2147483647.'];
  // :190 nullable|url|max:2048
  const html = body.pull_request_html_url;
  if (html !== undefined && html !== null && (typeof html !== 'string' || html.length > 2048 || !/^https?:\/\/\S+$/.test(html))) errors.pull_request_html_url = ['The pull request html url field must be a valid URL.'];
  // :191-192 boolean
  for (const k of ['force', 'instant_deploy']) if (body[k] !== undefined && typeof body[k] !== 'boolean') errors[k] = [`The ${k.replace('_', ' ')} field must be true or false.`];
  if (isDockerImage) {
    // :195-197 git_type and commit must be missing; docker_tag a tag
    for (const k of ['git_type', 'commit']) if (k in body) errors[k] = [`The ${k.replace('_', ' ')} field must be missing.`];
    const tag = body.docker_tag;
    if (tag !== undefined && tag !== null && (typeof tag !== 'string' || !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag))) errors.docker_tag = ['The docker tag field format is invalid.'];
  } else {
    // :199-201 git_type one of GIT_TYPES; commit a 7-40 hex SHA, required for bitbucket; no docker_tag
    const gt = body.git_type;
    if (gt !== undefined && gt !== null && (typeof gt !== 'string' || !GIT_TYPES.includes(gt))) errors.git_type = ['The selected git type is invalid.'];
    const commit = body.commit;
    if (commit !== undefined && commit !== null && (typeof commit !== 'string' || !/^[0-9a-fA-F]{7,40}$/.test(commit))) errors.commit = ['The commit field format is invalid.'];
    else if (gt === 'bitbucket' && (commit === undefined || commit === null)) errors.commit = ['The commit field is required when git type is bitbucket.'];
    if ('docker_tag' in body) errors.docker_tag = ['The docker tag field must be missing.'];
  }
  // :205-207 one 422 with every failed rule
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
}

function store({ rt, params, body }: RouteRequest): { status: number; body: unknown } {
  const app = findApp(rt, params.uuid);
  const isDockerImage = app.fields.build_pack === 'dockerimage';
  // :184-186 Application::git_based() is false for Dockerfile apps (Application.php:1279-1289)
  if (!isDockerImage && app.source === 'dockerfile') throw badRequest('Preview deployments need a Git based or Docker Image application.');
  checkStoreBody(body, isDockerImage);
  const pr = body.pull_request_id as number;
  const dockerTag = typeof body.docker_tag === 'string' && body.docker_tag.trim() !== '' ? body.docker_tag.trim() : null;
  const w = rt.store.world;
  let preview = w.previews.find((p) => p.application_id === app.id && p.pull_request_id === pr);
  // :212 git_type: the request's, else the preview's, else the app's GitHub/GitLab App source (:301-308)
  const sourceGitType = app.fields.source_type === 'App\\Models\\GithubApp' ? 'github' : app.fields.source_type === 'App\\Models\\GitlabApp' ? 'gitlab' : null;
  const gitType = (typeof body.git_type === 'string' ? body.git_type : null) ?? preview?.git_type ?? sourceGitType;
  // :214-219 a git app without a provider
  if (!isDockerImage && gitType === null) throw validationFailed({ git_type: ['The git type field is required for applications without a GitHub or GitLab App source.'] });
  // :220-225 a new Docker Image preview needs its tag
  if (isDockerImage && dockerTag === null && !preview?.docker_registry_image_tag) throw validationFailed({ docker_tag: ['The docker tag field is required for a new Docker Image preview.'] });
  const created = !preview;
  const now = rt.now();
  if (!preview) {
    // :227-240 the row, then its domain from the app's (generate_preview_fqdn)
    preview = {
      id: rt.store.nextId(), uuid: rt.store.uuid(), application_id: app.id, pull_request_id: pr,
      pull_request_html_url: typeof body.pull_request_html_url === 'string' ? body.pull_request_html_url : '',
      git_type: isDockerImage ? null : gitType, docker_registry_image_tag: dockerTag,
      fqdn: previewFqdn(app, pr), created_at: now, updated_at: now,
    };
    w.previews.push(preview);
  } else {
    // :241-248 only the given values change
    if (typeof body.pull_request_html_url === 'string') preview.pull_request_html_url = body.pull_request_html_url;
    preview.git_type = isDockerImage ? null : gitType;
    if (dockerTag !== null) preview.docker_registry_image_tag = dockerTag;
    preview.updated_at = now;
  }
  // :258 201 for a new preview, 200 for an existing one
  const status = created ? 201 : 200;
  // :259-265 instant_deploy false: no deployment
  if (body.instant_deploy === false) {
    return { status, body: { message: created ? 'Preview created.' : 'Preview updated.', deployment_uuid: null, preview: formatPreview(rt, app, preview) } };
  }
  // :267-277 queue_application_deployment for the PR (with its image tag)
  const d = createDeployment(rt, app, { pr, force: body.force === true, ...(preview.docker_registry_image_tag ? { dockerTag: preview.docker_registry_image_tag } : {}) });
  // :294-298
  return { status, body: { message: 'Preview deployment queued.', deployment_uuid: d.deployment_uuid, preview: formatPreview(rt, app, preview) } };
}

/** `GET/POST /applications/{uuid}/previews`, `GET /applications/{uuid}/previews/{pull_request_id}` (4.4). */
export const previewRoutes: Route[] = [
  {
    method: 'GET',
    path: '/applications/{uuid}/previews',
    // :40-59 index: every preview of the app
    handler: ({ rt, params }) => {
      const app = findApp(rt, params.uuid);
      return { body: rt.store.world.previews.filter((p) => p.application_id === app.id).map((p) => formatPreview(rt, app, p)) };
    },
  },
  { method: 'POST', path: '/applications/{uuid}/previews', ability: 'deploy', body: 'required', handler: store },
  {
    method: 'GET',
    path: '/applications/{uuid}/previews/{pull_request_id}',
    handler: ({ rt, params }) => {
      const app = findApp(rt, params.uuid);
      const raw = params.pull_request_id ?? '';
      // :93-96 digits only, 1..2147483647, else 422
      if (!/^\d+$/.test(raw) || Number(raw) <= 0 || Number(raw) > 2147483647) throw new ApiError(422, 'Invalid pull_request_id.');
      const preview = rt.store.world.previews.find((p) => p.application_id === app.id && p.pull_request_id === Number(raw));
      // :98-101
      if (!preview) throw notFound('Preview');
      return { body: formatPreview(rt, app, preview) };
    },
  },
];
