/**
 * A service's scheduled tasks (issue 16), end to end against the sandbox: created under
 * `/services/{uuid}/scheduled-tasks` (never the application routes), the plan is clean after
 * each apply, a change is an update of the task, drift in Coolify is planned back, a dropped
 * task is deleted while the service keeps another, `import --project` writes the service's
 * tasks and its manifest plans clean, and a bad frequency is a located ADO error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const COMPOSE = `services:
  web:
    image: nginx:1.27
  db:
    image: postgres:16-alpine
`;

/** A compose service `stack` with the given `scheduledTasks:` entries (YAML at 14 spaces). */
const MANIFEST = (tasks: string) => `version: 1
projects:
  svc-cron:
    environments:
      production:
        services:
          stack:
            server: main
            compose: |
${COMPOSE.split('\n').map((l) => (l ? `              ${l}` : l)).join('\n')}
            scheduledTasks:
${tasks}`;

const VACUUM = (frequency = '0 3 * * *', container = 'db') => `              vacuum:
                command: vacuumdb --all
                frequency: "${frequency}"
                container: ${container}
`;
const WARM = `              warm-cache:
                command: curl -fsS http://localhost/warm
                frequency: hourly
                container: web
                timeout: 60
`;

type Change = { address: string; action: string };

describe('service scheduled tasks end to end', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'service-tasks.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => sb.close());

  const env = () => cliEnv(sb);
  const plan = async (): Promise<Change[]> => {
    const r = await runCli(['plan', '-f', file, '--format', 'json'], { env: env() });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { resourceChanges: Change[] }).resourceChanges;
  };
  const apply = async (): Promise<void> => {
    const r = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: env() });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  };
  const clean = async (): Promise<void> => {
    const r = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  };
  const svc = () => sb.store.world.services.find((s) => s.name === 'stack')!;
  const tasks = async (): Promise<Record<string, unknown>[]> =>
    (await (await fetch(`${sb.url}/api/v1/services/${svc().uuid}/scheduled-tasks`, { headers: { authorization: `Bearer ${sb.token}` } })).json()) as Record<string, unknown>[];
  const taskRequests = () => sb.requestLog.map((r) => `${r.method} ${r.path}`).filter((p) => p.includes('/scheduled-tasks'));

  it('creates the tasks under the service, then plans clean', async () => {
    writeFileSync(file, MANIFEST(VACUUM() + WARM));
    const changes = await plan();
    expect(changes.filter((c) => c.address.includes('#task/')).map((c) => `${c.action} ${c.address}`).sort()).toEqual([
      'create svc-cron/production/service/stack#task/vacuum',
      'create svc-cron/production/service/stack#task/warm-cache',
    ]);
    await apply();
    const live = await tasks();
    expect(live.map((t) => [t.name, t.command, t.frequency, t.container, t.timeout, t.enabled]).sort()).toEqual([
      ['vacuum', 'vacuumdb --all', '0 3 * * *', 'db', 300, true],
      ['warm-cache', 'curl -fsS http://localhost/warm', 'hourly', 'web', 60, true],
    ]);
    const posts = taskRequests().filter((p) => p.startsWith('POST'));
    expect(posts).toHaveLength(2);
    expect(posts.every((p) => p === `POST /api/v1/services/${svc().uuid}/scheduled-tasks`)).toBe(true);
    await clean();
  });

  it('a change is an update of the task, sent to the service’s route', async () => {
    writeFileSync(file, MANIFEST(VACUUM('0 4 * * 0', 'web') + WARM));
    const changes = await plan();
    expect(changes.filter((c) => c.action !== 'no-op').map((c) => `${c.action} ${c.address}`)).toEqual(['update svc-cron/production/service/stack#task/vacuum']);
    await apply();
    const vacuum = (await tasks()).find((t) => t.name === 'vacuum')!;
    expect([vacuum.frequency, vacuum.container]).toEqual(['0 4 * * 0', 'web']);
    expect(taskRequests().some((p) => p === `PATCH /api/v1/services/${svc().uuid}/scheduled-tasks/${String(vacuum.uuid)}`)).toBe(true);
    await clean();
  });

  it('drift in Coolify is planned back', async () => {
    const warm = sb.store.world.scheduledTasks.find((t) => t.fields.name === 'warm-cache')!;
    warm.fields.command = 'true';
    const drifted = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(drifted.status, drifted.stdout + drifted.stderr).toBe(2);
    expect(drifted.stdout).toContain('warm-cache');
    await apply();
    expect([warm.fields.command]).toEqual(['curl -fsS http://localhost/warm']);
    await clean();
  });

  it('import --project writes the service’s tasks, and the imported manifest plans clean', async () => {
    const imported = await runCli(['import', '--project', 'svc-cron', '-o', 'imported.yaml', '--secrets-out', 'secrets.env'], { env: env(), cwd: dir });
    expect(imported.status, imported.stderr).toBe(0);
    const manifest = parse(readFileSync(join(dir, 'imported.yaml'), 'utf8')) as {
      projects: Record<string, { environments: Record<string, { services: Record<string, { scheduledTasks?: Record<string, Record<string, unknown>> }> }> }>;
    };
    const written = manifest.projects['svc-cron']!.environments['production']!.services['stack']!.scheduledTasks;
    // Coolify's defaults (enabled, timeout 300) are left out; the warm-cache task's timeout is not one.
    expect(written).toEqual({
      vacuum: { command: 'vacuumdb --all', frequency: '0 4 * * 0', container: 'web' },
      'warm-cache': { command: 'curl -fsS http://localhost/warm', frequency: 'hourly', container: 'web', timeout: 60 },
    });
    const planned = await runCli(['plan', '-f', 'imported.yaml', '--secrets-file', 'secrets.env', '--detailed-exitcode'], { env: env(), cwd: dir });
    expect(planned.status, planned.stdout + planned.stderr).toBe(0);
  });

  it('a dropped task is deleted; the service keeps the other', async () => {
    writeFileSync(file, MANIFEST(WARM));
    const changes = await plan();
    expect(changes.filter((c) => c.action !== 'no-op').map((c) => `${c.action} ${c.address}`)).toEqual(['delete svc-cron/production/service/stack#task/vacuum']);
    await apply();
    expect((await tasks()).map((t) => t.name)).toEqual(['warm-cache']);
    expect(taskRequests().some((p) => p.startsWith(`DELETE /api/v1/services/${svc().uuid}/scheduled-tasks/`))).toBe(true);
    await clean();
  });

  it('a bad frequency is refused before any request, at its line', async () => {
    writeFileSync(file, MANIFEST(VACUUM('every night')));
    const r = await runCli(['validate', '-f', file], { env: env() });
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/service-tasks\.yaml:\d+/);
    expect(r.stdout + r.stderr).toContain('ADO303');
    expect(r.stdout + r.stderr).toContain('invalid task frequency');
  });
});
