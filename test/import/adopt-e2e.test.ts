/**
 * Adoption end to end (sandbox on 127.0.0.1): resources made by hand through the API whose
 * names match a manifest's addresses plan as `adopt`; apply adds the ownership tag and the
 * description marker and changes nothing else.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNERSHIP_DESCRIPTION_MARKER, OWNERSHIP_TAG } from '../../src/model/resource.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { sandboxApi } from './cli-harness.js';
import { minimalEnv, runCli } from '../e2e/harness.js';

const INSTANT = { deploymentQueuedMs: 0, deploymentRunMs: 0, healthyAfterMs: 0, deleteAfterMs: 0, databaseStartMs: 0 };
const MANIFEST = `version: 1
defaults: { server: main }
projects:
  blog:
    environments:
      production:
        databases:
          db: { type: postgresql, database: blog }
        applications:
          web:
            image: nginx:1.27-alpine
            domains: [https://blog.example.com]
`;

let sb: Sandbox;
let dir: string;
let api: ReturnType<typeof sandboxApi>;

beforeAll(async () => {
  sb = await startSandbox({ timings: INSTANT });
  dir = mkdtempSync(join(tmpdir(), 'ado-adopt-e2e-'));
  writeFileSync(join(dir, 'ado.coolify.yaml'), MANIFEST);
  api = sandboxApi(sb.url, sb.token);
});
afterAll(async () => {
  await sb.close();
});

/** A record without the fields adoption may touch. */
/**
 * The record without what adopting may change: its description (the marker), its timestamp,
 * and the parent environment and project Coolify nests into single GETs (adopted too).
 */
function stable(record: Record<string, unknown>): Record<string, unknown> {
  const { description: _d, updated_at: _u, environment: _e, ...rest } = record;
  return rest;
}

describe('adopting hand-made resources', () => {
  it('plans adopt, then apply only marks them', async () => {
    const servers = await api<Array<{ uuid: string; name: string }>>('GET', '/servers');
    const server_uuid = servers.find((s) => s.name === 'main')!.uuid;
    const { uuid: project_uuid } = await api<{ uuid: string }>('POST', '/projects', { name: 'blog', description: 'hand made' });
    const place = { project_uuid, environment_name: 'production', server_uuid };
    const db = await api<{ uuid: string }>('POST', '/databases/postgresql', { ...place, name: 'db', postgres_db: 'blog', description: 'the blog db' });
    const web = await api<{ uuid: string }>('POST', '/applications/dockerimage', {
      ...place, name: 'web', docker_registry_image_name: 'nginx', docker_registry_image_tag: '1.27-alpine', domains: 'https://blog.example.com', autogenerate_domain: false,
    });
    const dbBefore = await api('GET', `/databases/${db.uuid}`);
    const webBefore = await api('GET', `/applications/${web.uuid}`);

    const env = minimalEnv({ COOLIFY_URL: sb.url, COOLIFY_TOKEN: sb.token });
    const planned = await runCli(['plan', '--format', 'json'], { env, cwd: dir });
    expect(planned.status, planned.stderr).toBe(0);
    const plan = JSON.parse(planned.stdout) as { resourceChanges: Array<{ address: string; action: string; alsoUpdates?: boolean }> };
    const actions = Object.fromEntries(plan.resourceChanges.map((c) => [c.address, [c.action, c.alsoUpdates]]));
    expect(actions).toEqual({
      blog: ['adopt', false],
      'blog/production': ['adopt', false],
      'blog/production/database/db': ['adopt', false],
      'blog/production/application/web': ['adopt', false],
    });

    const applied = await runCli(['apply', '--auto-approve'], { env, cwd: dir });
    expect(applied.status, applied.stderr + applied.stdout).toBe(0);

    const dbAfter = await api('GET', `/databases/${db.uuid}`);
    const webAfter = await api('GET', `/applications/${web.uuid}`);
    expect(stable(dbAfter)).toEqual(stable(dbBefore));
    expect(stable(webAfter)).toEqual(stable(webBefore));
    expect(dbAfter.description).toBe(`the blog db ${OWNERSHIP_DESCRIPTION_MARKER}`);
    expect(webAfter.description).toBe(OWNERSHIP_DESCRIPTION_MARKER);
    const project = await api('GET', `/projects/${project_uuid}`);
    expect(project.description).toBe(`hand made ${OWNERSHIP_DESCRIPTION_MARKER}`);
    for (const [kind, uuid] of [['databases', db.uuid], ['applications', web.uuid]] as const) {
      const tags = await api<Array<{ name: string }>>('GET', `/${kind}/${uuid}/tags`);
      expect(tags.map((t) => t.name)).toEqual([OWNERSHIP_TAG]);
    }

    const again = await runCli(['plan', '--detailed-exitcode'], { env, cwd: dir });
    expect(again.stdout).toContain('No changes');
    expect(again.status).toBe(0);
  }, 60_000);
});
