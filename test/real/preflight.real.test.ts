/**
 * Issue 18 against the real Coolify 4.3.11: what each seeded token lets the plan see. No
 * endpoint tells a token's abilities, so the preflight infers them: `read` alone hides env
 * values (they are "not verifiable"), `read-sensitive` shows them. There are no audit events
 * before 4.4: `GET /audit-events` answers 404, and drift says the author is unknown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriftReport, PlanJson } from '../../src/model/plan.js';
import { findProject, leakedSecrets, realApi, realCli, realCoolify, seedNames, tempDir, uniqueName, writeManifest, type RealApi } from './harness.js';

const real = realCoolify();
const SECRETS = { PREFLIGHT_KEY: 'CANARY-preflight-real-6d2b' };

describe.skipIf(real.skip !== undefined)(`real Coolify: token preflight and drift authors${real.skip !== undefined ? ` (${real.skip})` : ''}`, () => {
  let api: RealApi;
  let dir: string;
  const project = uniqueName('preflight');
  const web = `${project}/production/application/web`;
  const as = (token: string, args: string[]) => realCli({ url: real.url!, token }, args, dir, SECRETS);

  beforeAll(async () => {
    api = realApi(real.url!, real.token!);
    dir = tempDir('ado-coolify-real-preflight-');
    const { server } = await seedNames(api);
    writeManifest(dir, {
      version: 1,
      defaults: { server },
      projects: { [project]: { environments: { production: { applications: { web: { image: 'nginx:1.27', ports: [80], env: { API_KEY: '${secrets.PREFLIGHT_KEY}', MODE: 'plain' } } } } } } },
    });
    const applied = await as(real.token!, ['apply', '--auto-approve', '--no-wait']);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
  }, 300_000);
  afterAll(async () => {
    const p = await findProject(api, project);
    if (!p) return;
    const res = await api.get<{ applications?: Array<{ uuid: string }> }>(`/projects/${p.uuid}/production`);
    for (const a of res.applications ?? []) await api.request('DELETE', `/applications/${a.uuid}`);
  });

  it('GET /audit-events does not exist in 4.3.11 (404), whatever the token', async () => {
    for (const token of ['root', 'read']) expect((await realApi(real.url!, token).request('GET', '/audit-events')).status, token).toBe(404);
  });

  it('a read token: abilities [read], inferred, the env values not verifiable; read-sensitive: none', async () => {
    const read = await as('read', ['plan', '--format', 'json']);
    expect(read.status, read.stderr).toBe(0);
    const p = JSON.parse(read.stdout) as PlanJson;
    expect(p.preflight).toMatchObject({ release: '4.3.11', abilities: ['read'], inferred: true });
    const subjects = p.preflight!.notVerifiable.map((e) => e.subject);
    expect(subjects).toEqual(expect.arrayContaining([`${web}.env.API_KEY`, `${web}.env.MODE`]));
    const human = await as('read', ['plan']);
    expect(human.stdout).toContain(`Preflight: Coolify 4.3.11 · token: read (inferred; no read:sensitive: ${subjects.length} field`);

    const sensitive = await as('read-sensitive', ['plan', '--format', 'json']);
    expect(sensitive.status, sensitive.stderr).toBe(0);
    expect((JSON.parse(sensitive.stdout) as PlanJson).preflight).toMatchObject({ abilities: ['read', 'read:sensitive'], notVerifiable: [] });
    expect(leakedSecrets(SECRETS, read.stdout, read.stderr, human.stdout, sensitive.stdout)).toEqual([]);
  }, 300_000);

  it('drift of an out-of-band change: the author is unknown (Coolify 4.3.11 has no audit events)', async () => {
    const p = await findProject(api, project);
    const res = await api.get<{ applications: Array<{ uuid: string; name: string }> }>(`/projects/${p!.uuid}/production`);
    const app = res.applications.find((a) => a.name === 'web')!;
    expect((await api.request('PATCH', `/applications/${app.uuid}`, { ports_exposes: '8080' })).status).toBeLessThan(300);
    const drift = await as('read', ['drift', '--format', 'json']);
    expect(drift.status, drift.stderr).toBe(2);
    const report = JSON.parse(drift.stdout) as DriftReport;
    expect(report.resourceChanges.find((rc) => rc.address === web)?.author).toBeNull();
    expect(report.authorUnknownReason).toBe('Coolify 4.3.11 has no audit events');
  }, 300_000);
});
