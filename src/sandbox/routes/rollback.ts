/**
 * Rolling an application back: `GET /applications/{uuid}/rollback-images` and
 * `POST /applications/{uuid}/rollback` (routes/api.php:268-269; the same in 4.3.11, 4.3.23 and
 * 4.4.2 per the contracts). The sandbox has no docker host: the images an application left on
 * its server are the versions its finished deployments ran (DeploymentRecord.version), and the
 * running container's image is the version of the last one that finished.
 */
import { byUuid } from '../append-index.js';
import { notFound, validationFailed } from '../api-error.js';
import { createDeployment, deploymentStatus, isRunning } from '../lifecycle.js';
import type { SandboxRuntime } from '../options.js';
import type { Route } from '../router.js';
import type { ApplicationRecord, DeploymentRecord } from '../world.js';

function findApp(rt: SandboxRuntime, uuid: string | undefined): ApplicationRecord {
  // ApplicationsController.php:5475-5478 and :5608-5611: "Application not found." (404).
  const app = byUuid(rt.store.world.applications, uuid);
  if (!app) throw notFound('Application');
  return app;
}

/** `docker images --format '{{.CreatedAt}}'`: `2026-12-02 20:30:00 +0000 UTC`. */
function dockerCreatedAt(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} +0000 UTC`;
}

/** The application's finished deployments of the application itself (not previews), newest first. */
function finishedDeployments(rt: SandboxRuntime, app: ApplicationRecord): DeploymentRecord[] {
  const now = rt.now();
  return rt.store.world.deployments
    .filter((d) => d.application_id === app.id && d.pull_request_id === 0 && deploymentStatus(d, rt, now) === 'finished')
    .sort((a, b) => b.id - a.id);
}

/**
 * validateGitRef (bootstrap/helpers/shared.php:489-508): trimmed; empty and `HEAD` pass; no
 * leading hyphen; only `[a-zA-Z0-9][a-zA-Z0-9._\-/]*`.
 */
function gitRefError(input: string): string | undefined {
  const ref = input.trim();
  if (ref === '' || ref === 'HEAD') return undefined;
  if (ref.startsWith('-')) return 'Invalid rollback commit: must not start with a hyphen.';
  if (!/^[a-zA-Z0-9][a-zA-Z0-9._\-/]*$/.test(ref)) {
    return 'Invalid rollback commit: contains disallowed characters. Only alphanumeric characters, dots, hyphens, underscores, and slashes are allowed.';
  }
  return undefined;
}

/** The rollback endpoints. */
export const rollbackRoutes: Route[] = [
  {
    method: 'GET',
    path: '/applications/{uuid}/rollback-images',
    handler: ({ rt, params }) => {
      const app = findApp(rt, params.uuid);
      // ApplicationsController.php:5481-5511: `current` is the running container's image tag
      // (null when there is no container), `images` the local images of the repository, one
      // per tag, each with whether it is the current one.
      const finished = finishedDeployments(rt, app);
      const current = isRunning(app) ? (finished[0]?.version ?? null) : null;
      const seen = new Set<string>();
      const images: Array<{ tag: string; created_at: string; is_current: boolean }> = [];
      for (const d of finished) {
        const tag = d.version;
        if (tag === undefined || seen.has(tag)) continue;
        seen.add(tag);
        images.push({ tag, created_at: dockerCreatedAt(d.created_at), is_current: tag === current });
      }
      return { body: { current, images } };
    },
  },
  {
    method: 'POST',
    path: '/applications/{uuid}/rollback',
    ability: 'deploy',
    body: 'required',
    handler: ({ rt, params, body }) => {
      // ApplicationsController.php:5587-5603: `commit` required string, nothing else allowed
      // (checked before the application is looked up).
      const errors: Record<string, string[]> = {};
      if (typeof body.commit !== 'string' || body.commit === '') errors.commit = [typeof body.commit === 'string' || body.commit === undefined || body.commit === null ? 'The commit field is required.' : 'The commit field must be a string.'];
      for (const k of Object.keys(body)) if (k !== 'commit') (errors[k] ??= []).push('This field is not allowed.');
      if (Object.keys(errors).length > 0) throw validationFailed(errors);
      const app = findApp(rt, params.uuid);
      // :5615-5622: validateGitRef, its message under `commit`.
      const refError = gitRefError(String(body.commit));
      if (refError) throw validationFailed({ commit: [refError] });
      // :5624-5632: queue_application_deployment with rollback: true, which is queued even when
      // a deployment of the same commit is (bootstrap/helpers/applications.php:54-56).
      const d = createDeployment(rt, app, { rollbackTo: String(body.commit).trim() });
      return { body: { message: 'Rollback deployment queued.', deployment_uuid: d.deployment_uuid } };
    },
  },
];
