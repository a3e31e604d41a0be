/**
 * Deployment queue entries as Coolify 4.3.11 answers them: the `application_deployment_queues`
 * row (app/Models/ApplicationDeploymentQueue.php; columns from
 * 2023_05_24_083426_create_application_deployment_queues_table.php and the later add-column
 * migrations), `logs` only with read:sensitive (DeployController.php:21-33 removeSensitiveData;
 * the model's `$hidden` also hides configuration_snapshot/configuration_diff, which never show).
 *
 * The sandbox runs its deployments (the real test kit never does): a queued one looks exactly like
 * Coolify's queued row (no logs, no job, not finished); once it runs, the job's columns fill in
 * as ApplicationDeploymentJob fills them (horizon job, process, log entries, finished_at).
 */
import { firstBy } from './append-index.js';
import { createHash } from 'node:crypto';
import { deploymentEndsAt, deploymentStartsAt, deploymentStatus } from './lifecycle.js';
import type { SandboxRuntime } from './options.js';
import { iso } from './serialize-base.js';
import { applicationModelJson } from './serialize-models.js';
import { environmentRelation } from './serialize-relations.js';
import type { DeploymentRecord } from './world.js';

/** A log entry's timestamp: Carbon::now('UTC') serialized with microseconds. */
function isoMicro(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/**
 * ApplicationDeploymentQueue.php:181-215 addLogEntry: `{command, output, type, timestamp,
 * hidden, batch}`, every entry after the first with its `order`.
 */
function logEntries(lines: LogLine[]): string | null {
  if (lines.length === 0) return null;
  return JSON.stringify(lines.map((l, i) => ({
    command: l.command ?? null, output: l.output, type: l.type, timestamp: isoMicro(l.at), hidden: l.hidden ?? false, batch: 1, ...(i > 0 ? { order: i + 1 } : {}),
  })));
}

/** One log entry before it is serialized. */
interface LogLine {
  output: string;
  type: 'stdout' | 'stderr';
  at: number;
  /** The command that printed it (hidden entries carry the docker command they ran). */
  command?: string;
  /** addLogEntry's `hidden`: the UI shows it only when asked to show debug lines. */
  hidden?: boolean;
}

/**
 * What a deployment failing through the `fail-deploy` fault logs when it ends: a hidden debug
 * entry (the command, as ApplicationDeploymentJob logs its docker commands with `hidden: true`)
 * and the visible lines of a container that does not come up.
 */
function failureLines(version: string, env: ReadonlyArray<{ key: string; value: string | null }>, at: number): LogLine[] {
  return [
    { output: `Pulling image for version ${version}.`, type: 'stdout', at },
    // A crashing container that prints its environment, as many do: its secrets reach the log.
    ...env.map((e): LogLine => ({ output: `${e.key}=${e.value ?? ''}`, type: 'stdout', at })),
    { output: 'sandbox-debug: docker run --rm sandbox-health-probe', command: 'docker run --rm sandbox-health-probe', type: 'stdout', at, hidden: true },
    { output: 'Error: the new container exited with code 1 (sandbox fault fail-deploy).', type: 'stderr', at },
    { output: 'Deployment failed (sandbox fault fail-deploy).', type: 'stderr', at },
  ];
}

/** The `logs` column at `now`: null while queued, then what the job and a cancel wrote. */
function deploymentLogs(rt: SandboxRuntime, d: DeploymentRecord, name: string): string | null {
  const started = deploymentStartsAt(d, rt);
  const ended = deploymentEndsAt(d, rt);
  const now = rt.now();
  const ranUntil = d.cancelled_at ?? now;
  const lines: LogLine[] = [];
  if (ranUntil >= started) lines.push({ output: d.rollback ? `Rolling back ${name} to ${d.commit}.` : `Starting deployment of ${name}.`, type: 'stdout', at: started });
  if (d.cancelled_at === undefined && now >= ended) {
    if (d.will_fail) {
      const env = rt.store.world.envVars.filter((e) => e.owner.kind === 'application' && e.owner.id === d.application_id && !e.is_preview);
      lines.push(...failureLines(d.version ?? d.commit, env, ended));
    }
    else lines.push({ output: 'Deployment finished.', type: 'stdout', at: ended });
  }
  if (d.cancelled_at !== undefined) {
    // DeployController.php:278-289: the cancel note, then whether a build container was running.
    lines.push({ output: 'Deployment cancelled by user via API.', type: 'stderr', at: d.cancelled_at });
    lines.push(d.cancelled_at >= started
      ? { output: 'Deployment container stopped.', type: 'stdout', at: d.cancelled_at }
      : { output: 'Deployment container not yet started. Will be cancelled when job checks status.', type: 'stdout', at: d.cancelled_at });
  }
  return logEntries(lines);
}

/** A Horizon job id (a uuid) for the job that runs the deployment, stable per deployment. */
function horizonJobId(d: DeploymentRecord): string {
  const h = createHash('md5').update(d.deployment_uuid).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * serializeApiResponse's key order (bootstrap/helpers/api.php:38-100): keys sorted, created_at
 * and updated_at moved last, then `id` first.
 */
function apiOrder(row: Record<string, unknown>): Record<string, unknown> {
  const { id, created_at: createdAt, updated_at: updatedAt, ...rest } = row;
  const out: Record<string, unknown> = { id };
  for (const k of Object.keys(rest).sort()) out[k] = rest[k];
  out.created_at = createdAt;
  out.updated_at = updatedAt;
  return out;
}

/** How a deployment is answered. */
export interface DeploymentAnswer {
  /** `GET /deployments/{uuid}` reads `$deployment->application` (DeployController.php:140), so the loaded relation is serialized too. */
  withApplication?: boolean;
  /**
   * `GET /deployments/applications/{uuid}` answers the rows as they are (DeployController.php:724-730,
   * no serializeApiResponse): table column order.
   */
  tableOrder?: boolean;
}

/** A deployment queue entry as the deployment endpoints answer it. */
export function serializeDeployment(rt: SandboxRuntime, d: DeploymentRecord, sensitive: boolean, how: DeploymentAnswer = {}): Record<string, unknown> {
  const app = firstBy(rt.store.world.applications, 'id', (a) => a.id).get(d.application_id);
  const now = rt.now();
  const status = deploymentStatus(d, rt, now);
  const started = deploymentStartsAt(d, rt);
  const ended = deploymentEndsAt(d, rt);
  const ran = (d.cancelled_at ?? now) >= started;
  const done = status === 'finished' || status === 'failed';
  const updatedAt = d.cancelled_at ?? (done ? ended : ran ? started : d.created_at);
  const name = d.application_name ?? app?.name ?? null;
  const row: Record<string, unknown> = {
    id: d.id,
    application_id: String(d.application_id),
    deployment_uuid: d.deployment_uuid,
    pull_request_id: d.pull_request_id,
    force_rebuild: d.force_rebuild,
    commit: d.commit,
    status,
    is_webhook: false,
    created_at: iso(d.created_at),
    updated_at: iso(updatedAt),
    logs: deploymentLogs(rt, d, name ?? 'application'),
    // The job records the process of the command it runs (a string column).
    current_process_id: ran ? String(10000 + (d.id % 50000)) : null,
    restart_only: d.is_restart,
    git_type: null,
    server_id: d.server_id ?? app?.server_id ?? null,
    application_name: name,
    server_name: d.server_name ?? rt.store.world.servers.find((s) => s.id === app?.server_id)?.name ?? null,
    deployment_url: d.deployment_url ?? null,
    destination_id: String(d.destination_id ?? app?.destination_id ?? ''),
    only_this_server: false,
    rollback: d.rollback ?? false,
    commit_message: null,
    is_api: true,
    build_server_id: null,
    horizon_job_id: ran ? horizonJobId(d) : null,
    horizon_job_worker: ran ? 'sandbox' : null,
    finished_at: done ? iso(ended) : null,
    docker_registry_image_tag: d.docker_registry_image_tag ?? null,
    configuration_hash: null,
  };
  if (!sensitive) delete row.logs;
  if (how.withApplication && app) {
    // The relation as Eloquent loads it, with what Application::team() (environment.project.team,
    // Application.php:957) and server_status load; the application's `$hidden` keys stay hidden.
    row.application = { ...applicationModelJson(rt, app, false), environment: environmentRelation(rt, app.environment_id) };
  }
  return how.tableOrder ? row : apiOrder(row);
}
