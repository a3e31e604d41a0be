/**
 * Deployment queue rows as Coolify 4.3.11 answers them (ApplicationDeploymentQueue,
 * DeployController): a queued row has no logs, job or finish time; the job fills them in as the
 * sandbox runs the deployment; GET /deployments/{uuid} carries the application it loaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, clockedSandbox, createImageApp, createProject } from './helpers.js';

const QUEUE_COLUMNS = [
  'application_id', 'application_name', 'build_server_id', 'commit', 'commit_message', 'configuration_hash', 'created_at', 'current_process_id',
  'deployment_url', 'deployment_uuid', 'destination_id', 'docker_registry_image_tag', 'finished_at', 'force_rebuild', 'git_type', 'horizon_job_id',
  'horizon_job_worker', 'id', 'is_api', 'is_webhook', 'logs', 'only_this_server', 'pull_request_id', 'restart_only', 'rollback', 'server_id',
  'server_name', 'status', 'updated_at',
];

describe('sandbox deployment records (application_deployment_queues)', () => {
  let sb: Sandbox;
  let advance: (ms: number) => void;
  let project: string;
  beforeAll(async () => {
    ({ sb, advance } = await clockedSandbox({ timings: { deploymentQueuedMs: 100, deploymentRunMs: 500 }, tokens: [{ token: '2|ro', abilities: ['read'] }] }));
    project = await createProject(sb, 'deploy-records');
  });
  afterAll(async () => sb.close());

  const deploy = async (app: string): Promise<string> => (await api(sb, 'POST', `/deploy?uuid=${app}`)).json.deployments[0].deployment_uuid as string;

  it('a queued deployment is the row queue_application_deployment wrote: no logs, no job, not finished', async () => {
    const app = await createImageApp(sb, project, { name: 'queued-app' });
    const d = await deploy(app);
    const row = (await api(sb, 'GET', `/deployments/${d}`)).json as Record<string, unknown>;
    expect(Object.keys(row).filter((k) => k !== 'application').sort()).toEqual(QUEUE_COLUMNS);
    expect(row).toMatchObject({
      status: 'queued', logs: null, finished_at: null, horizon_job_id: null, horizon_job_worker: null, current_process_id: null,
      rollback: false, only_this_server: false, server_name: 'main', application_name: 'queued-app', application_id: expect.any(String),
      destination_id: expect.any(String),
    });
    // Application::link() + /deployment/{uuid} (bootstrap/helpers/applications.php:18-19).
    const env = sb.store.world.environments.find((e) => e.project_id === sb.store.world.projects.find((p) => p.uuid === project)!.id)!;
    expect(row.deployment_url).toBe(`/project/${project}/environment/${env.uuid}/application/${app}/deployment/${d}`);
    // serializeApiResponse order: id first, timestamps last.
    const order = Object.keys(row);
    expect(order[0]).toBe('id');
    expect(order.slice(-2)).toEqual(['created_at', 'updated_at']);
    // Without read:sensitive no logs key at all.
    expect('logs' in (await api(sb, 'GET', `/deployments/${d}`, undefined, { token: '2|ro' })).json).toBe(false);
  });

  it('GET /deployments/{uuid} carries the loaded application: with id and environment, its hidden keys hidden', async () => {
    const app = await createImageApp(sb, project);
    const d = await deploy(app);
    const application = (await api(sb, 'GET', `/deployments/${d}`)).json.application as Record<string, unknown>;
    expect(application).toMatchObject({ uuid: app, id: expect.any(Number), server_status: true, additional_servers: [] });
    expect((application.environment as Record<string, unknown>).project).toMatchObject({ uuid: project, team: expect.any(Object) });
    for (const hidden of ['manual_webhook_secret_github', 'custom_labels', 'dockerfile', 'http_basic_auth_password', 'domain_dns_statuses']) {
      expect(hidden in application, hidden).toBe(false);
    }
    const settings = ((application.destination as Record<string, unknown>).server as Record<string, unknown>).settings as Record<string, unknown>;
    expect('sentinel_token' in settings).toBe(false);
    // The list and the per-application list do not load the application.
    expect('application' in (await api(sb, 'GET', `/deployments/applications/${app}`)).json.deployments[0]).toBe(false);
    // A deployment whose application is gone is not found (DeployController.php:135-142).
    await api(sb, 'DELETE', `/applications/${app}`);
    advance(1000);
    expect((await api(sb, 'GET', `/deployments/${d}`)).status).toBe(404);
  });

  it('once the job runs: log entries as addLogEntry writes them, the Horizon job, then finished_at', async () => {
    const app = await createImageApp(sb, project);
    const d = await deploy(app);
    advance(100);
    const running = (await api(sb, 'GET', `/deployments/${d}`)).json as Record<string, unknown>;
    expect(running).toMatchObject({ status: 'in_progress', finished_at: null, horizon_job_id: expect.stringMatching(/^[0-9a-f-]{36}$/), horizon_job_worker: expect.any(String) });
    const entries = JSON.parse(running.logs as string) as Array<Record<string, unknown>>;
    expect(entries[0]).toEqual({ command: null, output: expect.any(String), type: 'stdout', timestamp: expect.stringMatching(/\.\d{6}Z$/), hidden: false, batch: 1 });
    advance(500);
    const done = (await api(sb, 'GET', `/deployments/${d}`)).json as Record<string, unknown>;
    expect(done).toMatchObject({ status: 'finished', finished_at: expect.any(String) });
    const all = JSON.parse(done.logs as string) as Array<Record<string, unknown>>;
    expect(all[1]).toMatchObject({ output: 'Deployment finished.', order: 2 });
  });

  it('a cancel writes its log entries (DeployController.php:278-289)', async () => {
    const app = await createImageApp(sb, project);
    const d = await deploy(app);
    expect((await api(sb, 'POST', `/deployments/${d}/cancel`)).status).toBe(200);
    const row = (await api(sb, 'GET', `/deployments/${d}`)).json as Record<string, unknown>;
    const outputs = (JSON.parse(row.logs as string) as Array<{ output: string }>).map((e) => e.output);
    expect(outputs).toEqual(['Deployment cancelled by user via API.', 'Deployment container not yet started. Will be cancelled when job checks status.']);
    expect(row).toMatchObject({ status: 'cancelled-by-user', finished_at: null });
  });

  it('GET /deployments/applications/{uuid} answers the rows in table column order', async () => {
    const app = await createImageApp(sb, project);
    await deploy(app);
    const row = (await api(sb, 'GET', `/deployments/applications/${app}`)).json.deployments[0] as Record<string, unknown>;
    expect(Object.keys(row).slice(0, 6)).toEqual(['id', 'application_id', 'deployment_uuid', 'pull_request_id', 'force_rebuild', 'commit']);
    advance(1000);
  });
});
