/**
 * Previews through Coolify 4.4's preview API (issue 16), end to end: at 4.4.2 `previews deploy`
 * goes through `POST /applications/{uuid}/previews` (which also opens a git pull request's
 * preview, impossible through `deploy?pr=N`), takes the URL from Coolify's answer, and
 * `previews list` reads `GET /applications/{uuid}/previews` (state, URL, a removed preview
 * gone); at 4.3.11 the same commands keep the `deploy?pr=N` path and the deployment history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = `version: 1
defaults:
  server: main
projects:
  shop:
    environments:
      production:
        applications:
          web:
            image: nginx:1.27-alpine
            ports: [80]
            domains: [https://web.example.com]
            previews:
              enabled: true
              urlTemplate: "pr-{{pr_id}}.preview.example.com"
          site:
            git:
              repository: https://github.com/example/site
              branch: main
            ports: [3000]
            domains: [https://site.example.com]
            previews:
              enabled: true
`;

const previewPosts = (sb: Sandbox) => sb.requestLog.filter((r) => r.method === 'POST' && /\/api\/v1\/applications\/[^/]+\/previews$/.test(r.path));
const deployPrs = (sb: Sandbox) => sb.requestLog.filter((r) => r.method === 'POST' && r.path === '/api/v1/deploy' && /(^|[?&])pr=/.test(r.query));

describe('previews at Coolify 4.4.2: the preview API', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'previews.yaml');
  beforeAll(async () => {
    sb = await sandbox({ coolifyVersion: '4.4.2' });
    writeFileSync(file, MANIFEST);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => sb.close());

  it('deploys a docker image preview through POST /applications/{uuid}/previews, URL from Coolify', async () => {
    const r = await runCli(['previews', 'deploy', '--app', 'web', '--pr', '5', '--tag', 'pr-5', '-f', file], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('https://pr-5.preview.example.com');
    const posts = previewPosts(sb);
    expect(posts.map((p) => p.body)).toEqual([{ pull_request_id: 5, docker_tag: 'pr-5' }]);
    expect(deployPrs(sb)).toEqual([]);
    expect(sb.store.world.previews.map((p) => [p.pull_request_id, p.docker_registry_image_tag])).toEqual([[5, 'pr-5']]);
  });

  it('opens a git pull request preview (git_type from the github.com repository): 4.3.x cannot', async () => {
    // (Coolify would take `github` from a public app's source too: the public GitHub App)
    const r = await runCli(['previews', 'deploy', '--app', 'site', '--pr', '12', '-f', file], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(previewPosts(sb).at(-1)!.body).toEqual({ pull_request_id: 12, git_type: 'github' });
    const site = sb.store.world.applications.find((a) => a.name === 'site')!;
    const preview = sb.store.world.previews.find((p) => p.application_id === site.id)!;
    expect([preview.pull_request_id, preview.git_type, preview.fqdn]).toEqual([12, 'github', 'https://12.site.example.com']);
    expect(r.stdout).toContain('https://12.site.example.com');
  });

  it('lists previews from GET /applications/{uuid}/previews: state and URL; a removed one is gone', async () => {
    const destroyed = await runCli(['previews', 'destroy', '--app', 'web', '--pr', '5', '-f', file], { env: cliEnv(sb) });
    expect(destroyed.status, destroyed.stdout + destroyed.stderr).toBe(0);
    const list = await runCli(['previews', 'list', '--format', 'json', '-f', file], { env: cliEnv(sb) });
    expect(list.status, list.stderr).toBe(0);
    const doc = JSON.parse(list.stdout) as Array<{ app: string; previews: Array<{ pullRequestId: number; state?: string; url?: string }> }>;
    const byApp = Object.fromEntries(doc.map((a) => [a.app, a.previews.map((p) => [p.pullRequestId, p.url, typeof p.state])]));
    // web's #5 was deployed (history has it) but destroyed: the API no longer lists it
    expect(byApp).toEqual({ web: [], site: [[12, 'https://12.site.example.com', 'string']] });
    const lists = sb.requestLog.filter((r) => r.method === 'GET' && /\/previews$/.test(r.path));
    expect(lists.length).toBe(2);
    const human = await runCli(['previews', 'list', '-f', file], { env: cliEnv(sb) });
    expect(human.stdout).toContain("from Coolify's preview list");
  });
});

describe('previews at Coolify 4.3.11: the deploy?pr=N fallback', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'previews.yaml');
  beforeAll(async () => {
    sb = await sandbox({ coolifyVersion: '4.3.11' });
    writeFileSync(file, MANIFEST);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => sb.close());

  it('the sandbox answers 404 for the 4.4 routes, as the real 4.3.11 does', async () => {
    const web = sb.store.world.applications.find((a) => a.name === 'web')!;
    const res = await fetch(`${sb.url}/api/v1/applications/${web.uuid}/previews`, { headers: { authorization: `Bearer ${sb.token}` } });
    expect(res.status).toBe(404);
  });

  it('deploys through POST /deploy?pr=N, lists from history, and a git PR preview needs the webhook', async () => {
    const before = sb.requestLog.length;
    const r = await runCli(['previews', 'deploy', '--app', 'web', '--pr', '5', '--tag', 'pr-5', '-f', file], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(deployPrs(sb)).toHaveLength(1);
    expect(previewPosts(sb)).toEqual([]);
    const git = await runCli(['previews', 'deploy', '--app', 'site', '--pr', '12', '-f', file], { env: cliEnv(sb) });
    expect(git.status).toBe(1);
    expect(git.stderr).toContain('did not deploy preview #12');
    const list = await runCli(['previews', 'list', '-f', file], { env: cliEnv(sb) });
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toContain('from deployment history');
    expect(sb.requestLog.slice(before).filter((x) => /\/previews$/.test(x.path))).toEqual([]);
  });
});
