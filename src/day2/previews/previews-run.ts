/** The I/O of `ado-coolify previews …`: deploy, list, destroy and prune PR previews. */
import { CODES } from '../../model/diagnostic-codes.js';
import type { PlanOptions } from '../../engine/plan-run.js';
import { waitFor } from '../../apply/wait.js';
import { parseDuration } from '../../apply/duration.js';
import { isCoolifyApiError } from '../../coolify/api-error.js';
import { AdoError } from '../../errors.js';
import { openContext, singleLiveApp, type Day2Context } from '../context.js';
import { findManifestApp, type ManifestApp } from '../../manifest/apps.js';
import { groupPreviews, readDeploymentHistory, type PreviewSummary } from './history.js';
import { selectExpired, type ExpiredPreview } from './prune.js';
import { previewUrl } from './url.js';
import { firstDomain, gitTypeOf, hasPreviewApi, mergeApiPreviews, type ListedPreview } from './api-path.js';
import type { LiveResource } from '../../model/resource.js';
import { asPlain } from '../../kinds/lower-helpers.js';

/** Options shared by the preview commands: the plan options plus `--app`. */
export interface PreviewOptions extends PlanOptions {
  app?: string;
}

/** The outcome of a preview deployment. */
export interface PreviewDeployed {
  app: string;
  pr: number;
  deploymentUuid: string;
  /** `api`: Coolify 4.4's `POST /applications/{uuid}/previews`; `deploy`: `deploy?pr=N` (4.3.x). */
  via: 'api' | 'deploy';
  /** Final status when waited for. */
  status?: string;
  url?: string;
}

function resolveApp(ctx: Day2Context, options: PreviewOptions): ManifestApp {
  if (!options.app) throw new AdoError(CODES.BAD_ARGUMENT.code, '--app is required', { hint: 'name the application as in the manifest, e.g. --app dashboard' });
  return findManifestApp(ctx.apps, options.app, options.environment, ctx.prepared.desired.resources.map((r) => r.address));
}

/**
 * Coolify 4.4: `POST /applications/{uuid}/previews` opens the preview (or redeploys it) and
 * queues its deployment; the answer carries the preview's own domain. A git app's provider
 * (`git_type`) is sent from the repository's host when it names one: Coolify otherwise takes
 * it from the app's source, and a public repository's source is the public GitHub App
 * (id 0), so a public GitLab repository would be fetched as `pull/N/head` from GitHub's ref.
 */
async function deployThroughApi(ctx: Day2Context, app: ManifestApp, live: LiveResource, pr: number, dockerTag: string | undefined): Promise<PreviewDeployed> {
  const isDockerImage = live.fields.build_pack === 'dockerimage';
  // the manifest's URL names the host; Coolify stores a GitHub repository as `owner/repo`
  const gitType = isDockerImage ? undefined : (gitTypeOf(asPlain(app.spec.git?.repository)) ?? gitTypeOf(live.fields.git_repository));
  const body: Record<string, unknown> = { pull_request_id: pr };
  if (dockerTag !== undefined) body.docker_tag = dockerTag;
  if (gitType !== undefined) body.git_type = gitType;
  const answer = await ctx.prepared.client.previews.create(live.uuid, body);
  if (!answer.deployment_uuid) {
    throw new AdoError('ADO_PREVIEW_MISSING', `Coolify did not deploy preview #${pr} of ${app.name}: ${answer.message}`, {
      hint: 'a deployment of the same commit may be queued already: see `ado-coolify previews list`',
    });
  }
  const url = firstDomain(answer.preview?.domains) ?? previewUrl(live.fields.preview_url_template as string | null, live.fields.fqdn as string | null, pr);
  return { app: app.name, pr, deploymentUuid: answer.deployment_uuid, via: 'api', ...(url ? { url } : {}) };
}

/**
 * Deploys preview `pr` of an app and, unless `wait` is false, waits for the deployment to
 * finish. On Coolify 4.4 through its preview API (which also creates the preview of a git
 * pull request); on 4.3.x through `POST /deploy?uuid=…&pr=N[&docker_tag=T]`, where Coolify
 * only deploys a preview that exists: a dockerimage app's preview is created by `docker_tag`;
 * a git app's by Coolify's GitHub webhook when the PR opens. When there is none, this says so
 * instead of pretending.
 */
export async function deployPreview(
  options: PreviewOptions & { pr: number; dockerTag?: string; wait: boolean; timeoutMs: number; pollMs?: number; onProgress?: (m: string) => void },
): Promise<PreviewDeployed> {
  const ctx = await openContext({ ...options, project: undefined, environment: undefined });
  const app = resolveApp(ctx, options);
  const live = singleLiveApp(ctx.live, app);
  const out = hasPreviewApi(ctx.release) ? await deployThroughApi(ctx, app, live, options.pr, options.dockerTag) : await deployThroughDeploy(ctx, app, live, options);
  if (!options.wait) return out;
  const client = ctx.prepared.client;
  out.status = await waitFor(
    async () => {
      const d = await client.deployments.get(out.deploymentUuid);
      if (d.status === 'finished') return { done: true, value: 'finished' };
      if (d.status === 'failed' || d.status === 'cancelled-by-user') return { failed: true, reason: `deployment ${d.status}` };
      return { done: false, status: String(d.status) };
    },
    { timeoutMs: options.timeoutMs, what: `preview #${options.pr} of ${app.name}`, initialDelayMs: options.pollMs ?? 500, maxDelayMs: 5_000, onProgress: options.onProgress },
  );
  return out;
}

/** Coolify 4.3.x: `POST /deploy?uuid=…&pr=N[&docker_tag=T]`. */
async function deployThroughDeploy(ctx: Day2Context, app: ManifestApp, live: LiveResource, options: { pr: number; dockerTag?: string }): Promise<PreviewDeployed> {
  const answer = await ctx.prepared.client.deploy({ uuids: [live.uuid], pullRequestId: options.pr, dockerTag: options.dockerTag });
  const entry = answer.deployments.find((d) => d.resource_uuid === live.uuid) ?? answer.deployments[0];
  if (!entry?.deployment_uuid) {
    const message = entry?.message ?? 'Coolify queued no deployment';
    const isDockerImage = live.fields.build_pack === 'dockerimage';
    throw new AdoError('ADO_PREVIEW_MISSING', `Coolify did not deploy preview #${options.pr} of ${app.name}: ${message}`, {
      hint: isDockerImage
        ? 'for a dockerimage application pass --tag TAG: the docker tag creates the preview'
        : 'Coolify creates git previews from its GitHub webhook when the pull request opens; the API cannot create one. Open the PR (with previews enabled and the GitHub App installed), then deploy again',
    });
  }
  const url = previewUrl(live.fields.preview_url_template as string | null, live.fields.fqdn as string | null, options.pr);
  return { app: app.name, pr: options.pr, deploymentUuid: entry.deployment_uuid, via: 'deploy', ...(url ? { url } : {}) };
}

/** Previews of one application: its deployment history, with Coolify 4.4's preview list merged in. */
export interface AppPreviews {
  app: ManifestApp;
  previews: ListedPreview[];
  /** `api`: Coolify 4.4 listed them (`GET /applications/{uuid}/previews`); `history`: deployment history only (4.3.x). */
  source: 'api' | 'history';
}

function appsWithPreviews(ctx: Day2Context, options: PreviewOptions): ManifestApp[] {
  if (options.app) return [resolveApp(ctx, options)];
  return ctx.apps.filter((a) => a.spec.previews !== undefined && (!options.environment || a.environment === options.environment));
}

/** Lists previews (deployment history grouped by PR) of `--app`, or of every app with `previews`. */
export async function listPreviews(options: PreviewOptions): Promise<AppPreviews[]> {
  // read-only: secret values are not needed (UX audit M4)
  const ctx = await openContext({ ...options, project: undefined, environment: undefined, allowMissingSecrets: true });
  return readAll(ctx, appsWithPreviews(ctx, options));
}

async function readAll(ctx: Day2Context, apps: ManifestApp[]): Promise<AppPreviews[]> {
  const out: AppPreviews[] = [];
  for (const app of apps) {
    const live = singleLiveApp(ctx.live, app);
    const history: ListedPreview[] = groupPreviews(await readDeploymentHistory(ctx.prepared.client, live.uuid)).map((p: PreviewSummary) => {
      const url = previewUrl(live.fields.preview_url_template as string | null, live.fields.fqdn as string | null, p.pullRequestId);
      return url ? { ...p, url } : p;
    });
    if (hasPreviewApi(ctx.release)) out.push({ app, previews: mergeApiPreviews(history, await ctx.prepared.client.previews.list(live.uuid)), source: 'api' });
    else out.push({ app, previews: history, source: 'history' });
  }
  return out;
}

/** Removes preview `pr` (`DELETE /applications/{uuid}/previews/{pr}`); false when Coolify had none (404). */
export async function destroyPreviewOf(ctx: Day2Context, app: ManifestApp, pr: number): Promise<boolean> {
  const live = singleLiveApp(ctx.live, app);
  try {
    await ctx.prepared.client.applications.deletePreview(live.uuid, pr);
    return true;
  } catch (err) {
    if (isCoolifyApiError(err) && err.status === 404) return false;
    throw err;
  }
}

/** `previews destroy --app A --pr N`. */
export async function destroyPreview(options: PreviewOptions & { pr: number }): Promise<boolean> {
  const ctx = await openContext({ ...options, project: undefined, environment: undefined });
  return destroyPreviewOf(ctx, resolveApp(ctx, options), options.pr);
}

/** One app's prune: its TTL, the expired previews and (with `yes`) whether each was removed. */
export interface PruneResult {
  app: ManifestApp;
  ttl: string;
  expired: Array<ExpiredPreview & { removed?: boolean }>;
  kept: number;
}

/**
 * Removes previews whose last deployment is older than the TTL (`--ttl`, else the app's
 * `previews.ttl`). Dry run unless `yes`. Apps without a TTL are skipped when others have
 * one; an error when none has (or when `--app` names one without).
 */
export async function prunePreviews(options: PreviewOptions & { ttl?: string; yes: boolean; now: number }): Promise<{ results: PruneResult[]; skipped: string[] }> {
  if (options.ttl !== undefined) parseDuration(options.ttl, '--ttl');
  const ctx = await openContext({ ...options, project: undefined, environment: undefined });
  const apps = appsWithPreviews(ctx, options);
  const ttlOf = (a: ManifestApp): string | undefined => options.ttl ?? (typeof a.spec.previews?.ttl === 'string' ? a.spec.previews.ttl : undefined);
  const withTtl = apps.filter((a) => ttlOf(a) !== undefined);
  const skipped = apps.filter((a) => ttlOf(a) === undefined).map((a) => a.address);
  if (withTtl.length === 0) {
    throw new AdoError('ADO_NO_TTL', options.app ? `${options.app} has no previews.ttl in the manifest` : 'no application in scope has previews.ttl in the manifest', {
      hint: 'pass --ttl 7d, or set previews.ttl on the application',
    });
  }
  const results: PruneResult[] = [];
  for (const { app, previews } of await readAll(ctx, withTtl)) {
    const ttl = ttlOf(app)!;
    const expired: PruneResult['expired'] = selectExpired(previews, parseDuration(ttl, 'previews.ttl'), options.now);
    if (options.yes) for (const e of expired) e.removed = await destroyPreviewOf(ctx, app, e.pullRequestId);
    results.push({ app, ttl, expired, kept: previews.length - expired.length });
  }
  return { results, skipped };
}
