/**
 * SQLite databases against the real Coolify 4.3.11 (issue 16): the release has no
 * `POST /databases/sqlite` (Coolify answers 404, as the sandbox emulating 4.3.11 does), so a
 * `type: sqlite` database is left out of the plan with an ADO516 warning at its line naming
 * 4.4.2, and the rest of the manifest (its project) applies and re-plans clean. The 4.4 path
 * (create, update, drift, import, prune) runs against the sandbox emulating 4.4.2
 * (test/e2e/sqlite.e2e.test.ts): no real 4.4 runs here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanJson } from '../../src/model/plan.js';
import { realApi, realCli, realCoolify, tempDir, uniqueName, writeManifest, type RealApi } from './harness.js';

const real = realCoolify();

describe.skipIf(real.skip !== undefined)(`real Coolify: SQLite databases at 4.3.11${real.skip !== undefined ? ` (${real.skip})` : ''}`, () => {
  let api: RealApi;
  let dir: string;
  const project = uniqueName('lite');
  const manifest = {
    version: 1,
    defaults: { server: 'localhost' },
    projects: { [project]: { environments: { production: { databases: { notes: { type: 'sqlite', files: ['notes.sqlite'] } } } } } },
  };
  beforeAll(() => {
    api = realApi(real.url!, real.token!);
    dir = tempDir('ado-coolify-real-sqlite-');
  });
  afterAll(async () => {
    const projects = await api.get<Array<{ uuid: string; name: string }>>('/projects');
    for (const p of projects.filter((x) => x.name === project)) await api.request('DELETE', `/projects/${p.uuid}`);
  });

  it('POST /databases/sqlite answers 404 on 4.3.11', async () => {
    const answer = await api.request('POST', '/databases/sqlite', { name: 'x' });
    expect(answer.status).toBe(404);
  });

  it('plan leaves the database out with ADO516 at its line; apply creates the rest; the next plan is clean', async () => {
    writeManifest(dir, manifest);
    const plan = await realCli({ url: real.url!, token: real.token! }, ['plan', '--format', 'json'], dir, {});
    expect(plan.status, plan.stderr).toBe(0);
    const json = JSON.parse(plan.stdout) as PlanJson;
    const warning = json.diagnostics.find((d) => d.code === 'ADO516');
    expect(warning?.message).toContain('4.4.2');
    expect(warning?.source?.line).toBeGreaterThan(0);
    expect(json.resourceChanges.map((c) => c.address)).toEqual([project, `${project}/production`]);
    const applied = await realCli({ url: real.url!, token: real.token! }, ['apply', '--auto-approve', '--no-wait'], dir, {});
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const again = await realCli({ url: real.url!, token: real.token! }, ['plan', '--detailed-exitcode'], dir, {});
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });
});
