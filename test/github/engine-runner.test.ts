/**
 * End to end against the embedded sandbox (127.0.0.1): an `init` manifest is planned, commented
 * on a PR (GitHub faked with nock), applied, and planned again with no changes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGithubAction } from '../../src/github/action.js';
import { createEngineRunner } from '../../src/github/engine-runner.js';
import { scaffoldManifest } from '../../src/init/manifest.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { PLAN_FORMAT_VERSION } from '../../src/model/plan.js';
import { API, GH_TOKEN, PR, REPO, makeHarness } from './harness.js';

const INSTANT = { deploymentQueuedMs: 0, deploymentRunMs: 0, healthyAfterMs: 0, deleteAfterMs: 0, databaseStartMs: 0 };
const sink = new Writable({ write: (_c, _e, done) => done() });

let sb: Sandbox;
let cwd: string;
const origCwd = process.cwd();

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  sb = await startSandbox({ timings: INSTANT });
  cwd = mkdtempSync(join(tmpdir(), 'ado-gh-e2e-'));
  writeFileSync(
    join(cwd, 'ado.coolify.yaml'),
    scaffoldManifest({ project: 'shop', environments: ['production'], apps: [{ name: 'api', image: 'nginx:1.27-alpine' }], databases: [{ name: 'db', type: 'postgresql' }], server: 'main', githubWorkflows: false }),
  );
  process.chdir(cwd);
});
afterAll(async () => {
  process.chdir(origCwd);
  nock.cleanAll();
  nock.enableNetConnect();
  await sb.close();
});

describe('ci github with the real engine', () => {
  it('plans (comment posted), applies, then plans no changes (comment updated)', async () => {
    const env = { COOLIFY_URL: sb.url, COOLIFY_TOKEN: sb.token };
    const bodies: string[] = [];
    nock(API).get(`/repos/${REPO}/issues/${PR}/comments`).query(true).reply(200, []);
    nock(API, { reqheaders: { authorization: `Bearer ${GH_TOKEN}` } })
      .post(`/repos/${REPO}/issues/${PR}/comments`)
      .reply(201, (_u, b) => {
        bodies.push((b as { body: string }).body);
        return { id: 77, body: '', user: { login: 'github-actions[bot]', type: 'Bot' } };
      });

    const plan1 = makeHarness(env);
    const runner = createEngineRunner({ stdout: sink });
    expect(await runGithubAction({ ...plan1.deps({ exitCode: 0, log: '' }), runCommand: runner })).toBe(0);
    expect(plan1.outputs()).toContain('exitcode<<EOF_TEST\n2\nEOF_TEST\n');
    expect(plan1.outputs()).toContain('has-changes<<EOF_TEST\ntrue\nEOF_TEST\n');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toContain('shop/production/application/api');
    const saved = JSON.parse(readFileSync(join(plan1.dir, 'ado-coolify-plan.json'), 'utf8')) as { formatVersion: string };
    expect(saved.formatVersion).toBe(PLAN_FORMAT_VERSION);
    expect(plan1.stdout()).not.toContain(sb.token);

    const apply = makeHarness({ ...env, INPUT_COMMAND: 'apply', GITHUB_EVENT_NAME: 'push' });
    expect(await runGithubAction({ ...apply.deps({ exitCode: 0, log: '' }), runCommand: runner })).toBe(0);
    expect(apply.outputs()).toContain('exitcode<<EOF_TEST\n0\nEOF_TEST\n');
    expect(apply.summary()).toContain('Apply finished');

    const patched: string[] = [];
    nock(API)
      .get(`/repos/${REPO}/issues/${PR}/comments`)
      .query(true)
      .reply(200, [{ id: 77, body: bodies[0], user: { login: 'github-actions[bot]', type: 'Bot' } }]);
    nock(API)
      .patch(`/repos/${REPO}/issues/comments/77`)
      .reply(200, (_u, b) => {
        patched.push((b as { body: string }).body);
        return { id: 77 };
      });
    const plan2 = makeHarness(env);
    expect(await runGithubAction({ ...plan2.deps({ exitCode: 0, log: '' }), runCommand: runner })).toBe(0);
    expect(plan2.outputs()).toContain('has-changes<<EOF_TEST\nfalse\nEOF_TEST\n');
    expect(patched).toHaveLength(1);
    expect(patched[0]).toContain('No changes');
  });

  it('drift computes as the CLI does: an out-of-band env key counts only with fail-on-unmanaged', async () => {
    const env = { COOLIFY_URL: sb.url, COOLIFY_TOKEN: sb.token, GITHUB_EVENT_NAME: 'schedule', INPUT_COMMAND: 'drift' };
    const app = sb.store.world.applications.find((a) => a.name === 'api')!;
    const res = await fetch(`${sb.url}/api/v1/applications/${app.uuid}/envs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'HAND_MADE', value: 'x' }),
    });
    expect(res.status).toBe(201);
    const runner = createEngineRunner({ stdout: sink });
    const quiet = makeHarness(env);
    expect(await runGithubAction({ ...quiet.deps({ exitCode: 0, log: '' }), runCommand: runner })).toBe(0);
    expect(quiet.outputs()).toContain('exitcode<<EOF_TEST\n0\nEOF_TEST\n');
    const counted = makeHarness({ ...env, INPUT_FAIL_ON_UNMANAGED: 'true', INPUT_FAIL_ON_CHANGES: 'true' });
    expect(await runGithubAction({ ...counted.deps({ exitCode: 0, log: '' }), runCommand: runner })).toBe(2);
    expect(counted.outputs()).toContain('exitcode<<EOF_TEST\n2\nEOF_TEST\n');
    expect(counted.stdout()).toContain('HAND_MADE');
  });

  it('reports an invalid manifest as annotations, exit 1', async () => {
    writeFileSync(join(cwd, 'bad.yaml'), 'version: 1\nprojects:\n  shop:\n    environments:\n      production:\n        applications:\n          api: { imag: nginx }\n');
    const h = makeHarness({ COOLIFY_URL: sb.url, COOLIFY_TOKEN: sb.token, GITHUB_EVENT_NAME: 'push', INPUT_MANIFEST: 'bad.yaml' });
    expect(await runGithubAction({ ...h.deps({ exitCode: 0, log: '' }), runCommand: createEngineRunner({ stdout: sink }) })).toBe(1);
    expect(h.stdout()).toMatch(/^::error file=bad\.yaml,line=7,col=\d+,title=ADO\d+::/m);
    expect(h.summary()).toContain('is not valid');
  });
});
