/**
 * The canary of `serve` (issue 17 acceptance): the manifest's secret values, the Coolify token
 * (and its secret part), the admin token and the webhook secret never appear, in any of the
 * forms an echo could take (as is, upper- and lower-cased, base64, hex, URL-encoded), in any
 * HTTP answer of any route, in the SSE stream, in the metrics, in the history file under
 * --data-dir, or in a log line. The cycles cover a startup apply, a signed webhook, refused
 * webhooks and syncs, a manual sync and a failed cycle (a deployment that fails).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { CANARIES, sandbox } from './harness.js';
import { ADMIN_TOKEN, githubPush, startTestServe, status, TestRepo, waitFor, waitForCycle, WEBHOOK_SECRET, type ServeUnderTest, shopManifest } from './serve-harness.js';

const manifest = (tag: string): string =>
  shopManifest(tag, { env: ['JWT_SECRET: ${secrets.JWT_SECRET}', 'AWS_SECRET_ACCESS_KEY: ${secrets.AWS_SECRET_ACCESS_KEY}'] });

/** Every form of every secret an output could carry. */
function forms(values: Record<string, string>): Array<[string, string]> {
  return Object.entries(values).flatMap(([name, v]) => [
    [name, v],
    [`${name} (upper)`, v.toUpperCase()],
    [`${name} (lower)`, v.toLowerCase()],
    [`${name} (base64)`, Buffer.from(v).toString('base64')],
    [`${name} (hex)`, Buffer.from(v).toString('hex')],
    [`${name} (url)`, encodeURIComponent(v)],
  ] as Array<[string, string]>);
}

describe('serve leaks no secret in any output', () => {
  let sb: Sandbox;
  let repo: TestRepo;
  let serve: ServeUnderTest;
  const sse: string[] = [];
  const answers: string[] = [];
  const events = new AbortController();

  beforeAll(async () => {
    sb = await sandbox();
    repo = new TestRepo();
    repo.commit({ 'ado.coolify.yaml': manifest('1.27') }, 'first');
    serve = await startTestServe(sb, repo.dir, { intervalMs: 600_000 });
    // the SSE stream, read for the whole test
    void fetch(new URL('/events', serve.url), { signal: events.signal }).then(async (res) => {
      const reader = res.body!.getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        sse.push(Buffer.from(value).toString('utf8'));
      }
    }).catch(() => undefined);
    await waitFor('the startup cycle', async () => ((await status(serve.url)).lastSync?.cycle === 1 ? true : undefined));
  }, 120_000);

  afterAll(async () => {
    events.abort();
    await serve?.stop();
    await sb?.close();
  });

  it('through a webhook cycle, refused requests, a manual sync and a failed cycle', async () => {
    const sha = repo.commit({ 'ado.coolify.yaml': manifest('1.28') }, 'bump');
    const hook = await githubPush(serve.url, 'main', { secret: WEBHOOK_SECRET, after: sha });
    expect(hook.status).toBe(202);
    answers.push(await hook.text());
    await waitForCycle(serve.url, 2);
    // refused: unsigned and wrongly signed hooks, syncs without or with a wrong token, a foreign Origin
    for (const res of [
      await githubPush(serve.url, 'main'),
      await githubPush(serve.url, 'main', { secret: 'not-it' }),
      await fetch(new URL('/hooks/gitlab', serve.url), { method: 'POST', headers: { 'X-Gitlab-Event': 'Push Hook', 'X-Gitlab-Token': `${WEBHOOK_SECRET}x` }, body: '{}' }),
      await fetch(new URL('/api/v1/sync', serve.url), { method: 'POST', headers: { Authorization: `Bearer ${ADMIN_TOKEN}x` } }),
      await fetch(new URL('/api/v1/sync', serve.url), { method: 'POST', headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, Origin: 'https://evil.example' } }),
    ]) {
      expect([401, 403]).toContain(res.status);
      answers.push(await res.text());
    }
    // a failed cycle: the app's next deployment fails
    sb.faults.add({ failDeploy: ['api'] } as never);
    repo.commit({ 'ado.coolify.yaml': manifest('1.29') }, 'bump again');
    const sync = await fetch(new URL('/api/v1/sync', serve.url), { method: 'POST', headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(sync.status).toBe(202);
    answers.push(await sync.text());
    const s = await waitForCycle(serve.url, 3);
    expect(s.lastSync?.result).toBe('Failed');
  }, 120_000);

  it('every route, the SSE stream, the metrics, the history file and the log are clean', async () => {
    for (const path of ['/', '/healthz', '/readyz', '/api/v1/status', '/api/v1/plan', '/api/v1/plan?format=markdown', '/api/v1/graph', '/api/v1/history', '/api/v1/history?limit=1', '/metrics', '/nope', '/api/v1/history?limit=-1']) {
      const res = await fetch(new URL(path, serve.url));
      answers.push(`${path}\n${JSON.stringify([...res.headers])}\n${await res.text()}`);
    }
    // every file serve wrote under --data-dir/history (the history, any set-aside file)
    const dir = join(serve.dataDir, 'history');
    const history = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(history.join('')).toContain('"cycles"');
    const texts = [...answers, sse.join(''), ...history, serve.logs.join('\n')];
    expect(sse.join('')).toContain('cycle-end');
    expect(serve.logs.length).toBeGreaterThan(0);
    const secrets: Record<string, string> = { ...CANARIES, ADMIN_TOKEN, WEBHOOK_SECRET, COOLIFY_TOKEN: sb.token };
    const bar = sb.token.indexOf('|');
    if (bar >= 0) secrets.COOLIFY_TOKEN_SECRET = sb.token.slice(bar + 1);
    const leaked = forms(secrets).filter(([, v]) => texts.some((t) => t.includes(v))).map(([name]) => name);
    expect(leaked).toEqual([]);
  });
});
