/**
 * `ado-coolify serve` end to end (issue 17 acceptance) against the sandbox, with a git
 * repository the test creates: `--sync auto` converges and reports Synced; a signed push
 * webhook after an image tag bump applies the new tag in one cycle; an out-of-band change
 * shows OutOfSync for exactly that resource; an unsigned or wrongly signed webhook gets 401
 * and triggers nothing; `--sync plan` changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { sandbox } from './harness.js';
import { ADMIN_TOKEN, githubPush, startTestServe, status, TestRepo, waitFor, waitForCycle, WEBHOOK_SECRET, type ServeUnderTest, shopManifest } from './serve-harness.js';

const manifest = (tag: string): string => shopManifest(tag, { env: ['JWT_SECRET: ${secrets.JWT_SECRET}'] });
const API = 'shop/production/application/api';

describe('serve --sync auto against the sandbox', () => {
  let sb: Sandbox;
  let repo: TestRepo;
  let serve: ServeUnderTest;
  beforeAll(async () => {
    sb = await sandbox();
    repo = new TestRepo();
    repo.commit({ 'ado.coolify.yaml': manifest('1.27') }, 'first');
    serve = await startTestServe(sb, repo.dir, { intervalMs: 60_000 });
  }, 60_000);
  afterAll(async () => {
    await serve?.stop();
    await sb?.close();
  });

  it('reaches Synced at start, and Coolify holds the stack', async () => {
    const s = await waitFor('Synced', async () => {
      const st = await status(serve.url);
      return st.sync === 'Synced' ? st : undefined;
    });
    expect(s.lastSync).toMatchObject({ cycle: 1, trigger: 'startup', result: 'Applied', exitCode: 0, error: null });
    expect(s.revision).toBe(repo.git('rev-parse', 'HEAD').trim());
    expect(s.resources.find((r) => r.address === API)).toMatchObject({ project: 'shop', environment: 'production', kind: 'application', name: 'api', path: 'ado.coolify.yaml', sync: 'Synced', change: null });
    const app = sb.store.world.applications.find((a) => a.name === 'api');
    expect(app?.fields.docker_registry_image_tag).toBe('1.27');
    expect(sb.store.world.databases.map((d) => d.name)).toContain('db');
    expect((await fetch(new URL('/readyz', serve.url))).status).toBe(200);
  });

  it('an unsigned or wrongly signed webhook gets 401 and starts no cycle', async () => {
    const before = (await status(serve.url)).lastSync!.cycle;
    expect((await githubPush(serve.url, 'main')).status).toBe(401);
    expect((await githubPush(serve.url, 'main', { secret: 'not-the-secret' })).status).toBe(401);
    expect((await githubPush(serve.url, 'main', { signature: 'sha256=00' })).status).toBe(401);
    const gitlab = await fetch(new URL('/hooks/gitlab', serve.url), { method: 'POST', headers: { 'X-Gitlab-Event': 'Push Hook', 'X-Gitlab-Token': 'wrong' }, body: '{"ref":"refs/heads/main"}' });
    expect(gitlab.status).toBe(401);
    const s = await status(serve.url);
    expect(s.running).toBeNull();
    expect(s.lastSync!.cycle).toBe(before);
    // a verified push to another branch is acknowledged without a cycle
    expect((await githubPush(serve.url, 'other', { secret: WEBHOOK_SECRET })).status).toBe(204);
    expect((await status(serve.url)).lastSync!.cycle).toBe(before);
  });

  it('a committed image tag bump is applied in the cycle a signed webhook starts', async () => {
    const sha = repo.commit({ 'ado.coolify.yaml': manifest('1.28') }, 'bump');
    const res = await githubPush(serve.url, 'main', { secret: WEBHOOK_SECRET, after: sha });
    expect(res.status).toBe(202);
    const { cycle } = (await res.json()) as { cycle: number };
    const s = await waitForCycle(serve.url, cycle);
    expect(s.lastSync).toMatchObject({ cycle, trigger: 'webhook', result: 'Applied', revision: sha });
    expect(s.sync).toBe('Synced');
    expect(sb.store.world.applications.find((a) => a.name === 'api')?.fields.docker_registry_image_tag).toBe('1.28');
    const history = (await (await fetch(new URL('/api/v1/history?limit=1', serve.url))).json()) as { cycles: Array<{ cycle: number; steps: Array<{ address: string; action: string; outcome: string }> }> };
    expect(history.cycles[0]!.cycle).toBe(cycle);
    expect(history.cycles[0]!.steps).toContainEqual(expect.objectContaining({ address: API, action: 'update', outcome: 'ok' }));
  });

  it('manual sync needs the admin token; an out-of-band change shows OutOfSync for exactly that resource', async () => {
    expect((await fetch(new URL('/api/v1/sync', serve.url), { method: 'POST' })).status).toBe(401);
    expect((await fetch(new URL('/api/v1/sync', serve.url), { method: 'POST', headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(new URL('/api/v1/sync', serve.url), { method: 'POST', headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, Origin: 'https://evil.example' } })).status).toBe(403);
    // out of band: the image tag changed in Coolify
    const app = sb.store.world.applications.find((a) => a.name === 'api')!;
    const patched = await fetch(`${sb.url}/api/v1/applications/${app.uuid}`, { method: 'PATCH', headers: { Authorization: `Bearer ${sb.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ docker_registry_image_tag: '0.0.1' }) });
    expect(patched.status).toBe(200);
    await serve.stop();
    // the same data dir, --sync plan, a short interval: detection without change
    serve = await startTestServe(sb, repo.dir, { policy: 'plan', intervalMs: 200, dataDir: serve.dataDir });
    const s = await waitFor('OutOfSync', async () => {
      const st = await status(serve.url);
      return st.sync === 'OutOfSync' ? st : undefined;
    });
    expect(s.resources.filter((r) => r.sync !== 'Synced' && r.sync !== 'Unmanaged').map((r) => [r.address, r.sync, r.change])).toEqual([[API, 'OutOfSync', 'update']]);
    expect(s.lastSync).toMatchObject({ result: 'OutOfSync', exitCode: 2 });
    const first = s.lastSync!.cycle;
    // one more interval cycle: still nothing changed in Coolify
    await waitForCycle(serve.url, first + 1);
    expect(sb.store.world.applications.find((a) => a.name === 'api')?.fields.docker_registry_image_tag).toBe('0.0.1');
    // the history survived the restart: cycle numbers go on (1 startup, 2 webhook, then 3)
    expect(first).toBe(3);
    const plan = (await (await fetch(new URL('/api/v1/plan', serve.url))).json()) as { plans: Array<{ path: string; plan: { resourceChanges: Array<{ address: string; action: string }> } }> };
    expect(plan.plans[0]!.path).toBe('ado.coolify.yaml');
    expect(plan.plans[0]!.plan.resourceChanges.find((c) => c.address === API)?.action).toBe('update');
  });
});
