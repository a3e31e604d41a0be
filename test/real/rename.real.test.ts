/**
 * Ux-audit M1 against the real Coolify: a `moved:` hint renames an application with a domain
 * and a database in place. What the sandbox does must follow what Coolify accepts: the PATCH of
 * `name` alone is accepted (ApplicationsController.php:2801, DatabasesController.php:440), the
 * uuids stay, the domain stays on the application, and the next plan is clean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { PlanJson } from '../../src/model/plan.js';
import { environmentResources, findProject, realApi, realCli, realCoolify, seedNames, tempDir, uniqueName, type RealApi } from './harness.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const real = realCoolify();

describe.skipIf(real.skip !== undefined)(`real Coolify: rename with moved:${real.skip !== undefined ? ` (${real.skip})` : ''}`, () => {
  let api: RealApi;
  let dir: string;
  let project: string;
  let server: string;
  let projectUuid = '';
  const domain = `https://${uniqueName('shop')}.example.com`;
  const manifest = (app: string, db: string, moved?: Array<{ from: string; to: string }>) => ({
    version: 1,
    defaults: { server },
    ...(moved ? { moved } : {}),
    projects: {
      [project]: {
        environments: {
          production: {
            databases: { [db]: { type: 'postgresql' } },
            applications: { [app]: { image: 'nginx:1.27', ports: [80], domains: [domain], env: { GREETING: 'hello' } } },
          },
        },
      },
    },
  });
  const write = (data: unknown): string => {
    const file = join(dir, 'm.yaml');
    writeFileSync(file, stringify(data));
    return file;
  };
  const cli = (args: string[]) => realCli({ url: real.url!, token: real.token! }, args, dir, {});

  beforeAll(async () => {
    api = realApi(real.url!, real.token!);
    dir = tempDir('ado-coolify-real-');
    project = uniqueName('rename');
    server = (await seedNames(api)).server;
  });
  afterAll(async () => {
    if (projectUuid === '') return;
    const left = await environmentResources(api, projectUuid, 'production');
    for (const r of left.values()) await api.request('DELETE', `/${r.kind === 'application' ? 'applications' : 'databases'}/${r.uuid}`);
  });

  it('renames an application with a domain and a database in place: same uuids, domain kept, clean plan', async () => {
    const first = await cli(['apply', '-f', write(manifest('web', 'db')), '--auto-approve', '--no-wait']);
    expect(first.status, first.stdout + first.stderr).toBe(0);
    projectUuid = (await findProject(api, project))!.uuid;
    const before = await environmentResources(api, projectUuid, 'production');
    const web = before.get('application/web')!;
    const db = before.get('database/db')!;

    const file = write(
      manifest('shopweb', 'shopdb', [
        { from: `${project}/production/application/web`, to: `${project}/production/application/shopweb` },
        { from: `${project}/production/database/db`, to: `${project}/production/database/shopdb` },
      ]),
    );
    const planned = await cli(['plan', '-f', file, '--format', 'json']);
    expect(planned.status, planned.stderr).toBe(0);
    const plan = JSON.parse(planned.stdout) as PlanJson;
    expect(plan.resourceChanges.filter((c) => c.action !== 'no-op').map((c) => [c.name, c.action, c.actionReason, c.uuid])).toEqual([
      ['shopdb', 'update', 'renamed', db.uuid],
      ['shopweb', 'update', 'renamed', web.uuid],
    ]);

    const applied = await cli(['apply', '-f', file, '--auto-approve', '--no-wait']);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const after = await environmentResources(api, projectUuid, 'production');
    expect([...after.keys()].sort()).toEqual(['application/shopweb', 'database/shopdb']);
    expect(after.get('application/shopweb')!.uuid).toBe(web.uuid);
    expect(after.get('database/shopdb')!.uuid).toBe(db.uuid);
    const app = await api.get<Record<string, unknown>>(`/applications/${web.uuid}`);
    expect(app['fqdn']).toBe(domain);
    const envs = await api.get<Array<{ key: string; is_preview: boolean }>>(`/applications/${web.uuid}/envs`);
    expect(envs.filter((e) => !e.is_preview).map((e) => e.key)).toEqual(['GREETING']);

    const again = await cli(['plan', '-f', file, '--detailed-exitcode']);
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });
});
