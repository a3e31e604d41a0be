import type { SandboxRuntime } from './options.js';
import { databaseMorphClass, databaseTableId, type ApplicationRecord, type BackupRecord, type DatabaseRecord, type DeploymentRecord, type OwnerRef, type PlacedRecord, type RunState } from './world.js';
import { loadRepositoryCompose } from './compose-domains.js';

/** Deployment statuses (ApplicationDeploymentStatus). */
export type DeploymentStatus = 'queued' | 'in_progress' | 'finished' | 'failed' | 'cancelled-by-user';

/** When a deployment stops running (finished or failed), epoch ms. */
export function deploymentEndsAt(d: DeploymentRecord, rt: SandboxRuntime): number {
  if (d.stuck) return Infinity;
  return d.created_at + rt.timings.deploymentQueuedMs + rt.timings.deploymentRunMs;
}

/** A deployment's status at `now`, derived from its stored timestamps. */
export function deploymentStatus(d: DeploymentRecord, rt: SandboxRuntime, now: number): DeploymentStatus {
  if (d.cancelled_at !== undefined) return 'cancelled-by-user';
  if (d.stuck) return 'queued';
  if (now < d.created_at + rt.timings.deploymentQueuedMs) return 'queued';
  if (now < deploymentEndsAt(d, rt)) return 'in_progress';
  return d.will_fail ? 'failed' : 'finished';
}

/** The state that counts for status while a deployment is pending. */
function effectiveRun(run: RunState): { state: string; since: number } {
  if (run.state === 'deploying') return run.previous ?? { state: 'never', since: run.since };
  return run;
}

/** Coolify-style status string (`exited`, `running:starting`, `running:healthy`) at `now`. */
export function placedStatus(kind: OwnerRef['kind'], rec: PlacedRecord, rt: SandboxRuntime, now: number): string {
  const run = effectiveRun(rec.run);
  // A container that is not up: applications and databases read `exited:unhealthy` (the real
  // 4.3.11 answers that for a never-started one; app/Models/Application.php status column default
  // is `exited:unhealthy`), a service aggregates to plain `exited` (app/Models/Service.php status()).
  if (run.state !== 'running') return kind === 'service' ? 'exited' : 'exited:unhealthy';
  const delay = kind === 'database' ? rt.timings.databaseStartMs : rt.timings.healthyAfterMs + rt.faults.slowHealthMs(rec.name);
  return now < run.since + delay ? 'running:starting' : 'running:healthy';
}

/** True when the resource is (or is coming) up. */
export function isRunning(rec: PlacedRecord): boolean {
  return effectiveRun(rec.run).state === 'running';
}

/** When a deployment starts running (leaves `queued`), epoch ms. */
export function deploymentStartsAt(d: DeploymentRecord, rt: SandboxRuntime): number {
  if (d.stuck) return Infinity;
  return d.created_at + rt.timings.deploymentQueuedMs;
}

/**
 * Queues a deployment of an application (`pr` 0 = the application itself), with the columns
 * bootstrap/helpers/applications.php:14-85 queue_application_deployment stores: the application
 * name, its server and destination, and the deployment's page (`Application::link()` + /deployment/{uuid}).
 */
export function createDeployment(
  rt: SandboxRuntime,
  app: ApplicationRecord,
  options: { pr?: number; force?: boolean; restart?: boolean; dockerTag?: string; rollbackTo?: string } = {},
): DeploymentRecord {
  const now = rt.now();
  const pr = options.pr ?? 0;
  const w = rt.store.world;
  const uuid = rt.store.uuid();
  const environment = w.environments.find((e) => e.id === app.environment_id);
  const project = w.projects.find((p) => p.id === environment?.project_id);
  const d: DeploymentRecord = {
    id: rt.store.nextId(),
    deployment_uuid: uuid,
    application_id: app.id,
    pull_request_id: pr,
    force_rebuild: options.force ?? false,
    commit: options.rollbackTo ?? (typeof app.fields.git_commit_sha === 'string' ? app.fields.git_commit_sha : 'HEAD'),
    is_restart: options.restart ?? false,
    // The fault fails the application's current configuration; a rollback runs an earlier one.
    will_fail: options.rollbackTo === undefined && rt.faults.shouldFailDeploy(app.name),
    ...(rt.faults.shouldStickDeploy(app.name) ? { stuck: true } : {}),
    created_at: now,
    application_name: app.name,
    server_id: app.server_id,
    server_name: w.servers.find((s) => s.id === app.server_id)?.name ?? '',
    destination_id: app.destination_id,
    deployment_url: environment && project ? `/project/${project.uuid}/environment/${environment.uuid}/application/${app.uuid}/deployment/${uuid}` : null,
    docker_registry_image_tag: options.dockerTag ?? null,
    version: options.rollbackTo ?? deployedVersion(app),
    ...(options.rollbackTo !== undefined ? { rollback: true } : {}),
  };
  rt.store.world.deployments.push(d);
  if (pr === 0) loadRepositoryCompose(app, rt.repositoryComposes);
  if (pr === 0) {
    const prev = effectiveRun(app.run);
    app.run = {
      state: 'deploying',
      since: now,
      deploymentUuid: d.deployment_uuid,
      previous: { state: prev.state as 'never' | 'stopped' | 'running', since: prev.since },
    };
  }
  return d;
}

/**
 * What a deployment of the application as it is configured now runs: the registry image tag
 * of a docker-image application, otherwise its commit (`HEAD` when none is pinned).
 */
export function deployedVersion(app: ApplicationRecord): string {
  const tag = app.fields.docker_registry_image_tag;
  if (app.fields.build_pack === 'dockerimage' && typeof tag === 'string' && tag !== '') return tag;
  return typeof app.fields.git_commit_sha === 'string' ? app.fields.git_commit_sha : 'HEAD';
}

/** Starts a database or service now. */
export function startNow(rt: SandboxRuntime, rec: PlacedRecord): void {
  rec.run = { state: 'running', since: rt.now() };
}

/** Stops a resource now. */
export function stopNow(rt: SandboxRuntime, rec: PlacedRecord): void {
  rec.run = { state: 'stopped', since: rt.now() };
}

/** Removes a placed record and everything hanging off it. */
export function purgePlaced(rt: SandboxRuntime, kind: OwnerRef['kind'], rec: PlacedRecord): void {
  const w = rt.store.world;
  const isOwner = (o: OwnerRef): boolean => o.kind === kind && o.id === rec.id;
  if (kind === 'application') {
    w.applications = w.applications.filter((a) => a.id !== rec.id);
    w.previews = w.previews.filter((p) => p.application_id !== rec.id);
  } else if (kind === 'database') {
    w.databases = w.databases.filter((d) => d.id !== rec.id);
    // The model's deleting hook removes its own backups through the morphMany relation, which
    // does match the type (app/Models/StandalonePostgresql.php:116, :395-397).
    const db = rec as DatabaseRecord;
    const own = (b: BackupRecord): boolean => b.database_id === databaseTableId(db) && (b.database_type === undefined || b.database_type === databaseMorphClass(db.type));
    const backupIds = new Set(w.backups.filter(own).map((b) => b.id));
    w.backups = w.backups.filter((b) => !backupIds.has(b.id));
    w.backupExecutions = w.backupExecutions.filter((e) => !backupIds.has(e.backup_id));
  } else {
    w.services = w.services.filter((s) => s.id !== rec.id);
  }
  w.envVars = w.envVars.filter((e) => !isOwner(e.owner));
  w.storages = w.storages.filter((s) => !isOwner(s.owner));
  w.scheduledTasks = w.scheduledTasks.filter((t) => !isOwner(t.owner));
}

/**
 * Applies every transition that is due at `now` from stored timestamps: finished deployments
 * bring their app up (or leave it as it was when they failed), queued deletes complete.
 * Idempotent; returns true when the world changed (so the caller persists it).
 */
export function sweep(rt: SandboxRuntime): boolean {
  const now = rt.now();
  const w = rt.store.world;
  let changed = false;
  // Runs before every request (thousands in a large plan): one plain pass over each list finds
  // whether anything is due, without closures or copies; the work is done only then.
  const deleteAfterMs = rt.timings.deleteAfterMs;
  let anyDue = false;
  let anyDeploying = false;
  for (const a of w.applications) {
    if (a.deleting_since !== undefined && now >= a.deleting_since + deleteAfterMs) anyDue = true;
    if (a.run.state === 'deploying') anyDeploying = true;
  }
  if (!anyDue) for (const d of w.databases) if (d.deleting_since !== undefined && now >= d.deleting_since + deleteAfterMs) anyDue = true;
  if (!anyDue) for (const v of w.services) if (v.deleting_since !== undefined && now >= v.deleting_since + deleteAfterMs) anyDue = true;
  const due = (r: { deleting_since?: number }): boolean => r.deleting_since !== undefined && now >= r.deleting_since + deleteAfterMs;
  for (const { kind, record } of anyDue ? rt.store.allPlaced() : []) {
    if (due(record)) {
      purgePlaced(rt, kind, record);
      changed = true;
    }
  }
  if (!anyDeploying) return changed;
  // one index of the deployments, not a search of them per deploying application
  const byUuid = new Map<string, (typeof w.deployments)[number]>();
  for (const x of w.deployments) if (!byUuid.has(x.deployment_uuid)) byUuid.set(x.deployment_uuid, x);
  for (const app of w.applications) {
    if (app.run.state !== 'deploying') continue;
    const d = app.run.deploymentUuid === undefined ? undefined : byUuid.get(app.run.deploymentUuid);
    const status = d ? deploymentStatus(d, rt, now) : 'failed';
    if (status === 'finished' && d) {
      app.run = { state: 'running', since: deploymentEndsAt(d, rt) };
      changed = true;
    } else if (status === 'failed' || status === 'cancelled-by-user') {
      app.run = app.run.previous ? { ...app.run.previous } : { state: 'never', since: now };
      changed = true;
    }
  }
  return changed;
}
