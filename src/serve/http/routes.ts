/**
 * The routes of the `serve` HTTP contract (docs/serve.md): health, status, plan, graph,
 * history, metrics, events, manual sync, webhooks and the dashboard.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderPlanJson } from '../../render/json.js';
import { renderPlanMarkdown } from '../../render/markdown.js';
import { planMermaid } from '../../graph/plan-graph.js';
import { dashboardAsset } from '../dashboard/assets.js';
import { constantTimeEqual, githubVerdict, gitlabVerdict, verifyGithubSignature, verifyGitlabToken, type HookVerdict } from '../webhooks.js';
import { readBody, sendError, sendJson, sendText } from './respond.js';
import type { ServeHttpContext } from './context.js';

const DEFAULT_HOOK_BYTES = 5 * 1024 * 1024;
const DEFAULT_BODY_BYTES = 64 * 1024;

type Handler = (ctx: ServeHttpContext, req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

/** Method → handler, per path. */
const ROUTES: Readonly<Record<string, Readonly<Record<string, Handler>>>> = {
  '/healthz': { GET: (ctx, _req, res) => sendJson(res, 200, { status: 'ok' }, ctx.scrub) },
  '/readyz': {
    GET: (ctx, _req, res) => {
      const r = ctx.controller.readiness();
      sendJson(res, r.ready ? 200 : 503, r, ctx.scrub);
    },
  },
  '/api/v1/status': { GET: (ctx, _req, res) => sendJson(res, 200, ctx.controller.status(), ctx.scrub) },
  '/api/v1/plan': { GET: planRoute },
  '/api/v1/graph': { GET: (ctx, _req, res) => sendJson(res, 200, ctx.controller.graph(), ctx.scrub) },
  '/api/v1/history': { GET: historyRoute },
  '/api/v1/sync': { POST: syncRoute },
  '/hooks/github': { POST: (ctx, req, res) => hookRoute(ctx, req, res, 'github') },
  '/hooks/gitlab': { POST: (ctx, req, res) => hookRoute(ctx, req, res, 'gitlab') },
  '/metrics': { GET: (ctx, _req, res) => sendText(res, 200, 'text/plain; version=0.0.4; charset=utf-8', ctx.metrics.render(), ctx.scrub) },
  '/events': {
    GET: (ctx, _req, res) => {
      if (!ctx.events.attach(res)) sendError(res, 503, 'too many event streams are open', ctx.scrub);
    },
  },
};

/** Routes one request. */
export async function routeRequest(ctx: ServeHttpContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://serve.invalid');
  } catch {
    sendError(res, 400, 'the request URL is malformed', ctx.scrub);
    return;
  }
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
  const route = ROUTES[url.pathname];
  if (route) {
    const handler = route[method];
    if (!handler) {
      sendError(res, 405, `${req.method ?? ''} is not allowed on ${url.pathname}`, ctx.scrub, { allowed: Object.keys(route) }, { Allow: Object.keys(route).join(', ') });
      return;
    }
    await handler(ctx, req, res, url);
    return;
  }
  if (url.pathname === '/' || url.pathname.startsWith('/assets/')) {
    const asset = method === 'GET' ? dashboardAsset(url.pathname) : undefined;
    if (asset) {
      // The page's own texts pass through unscrubbed: it is the tool's, not Coolify's.
      sendText(res, 200, asset.contentType, typeof asset.body === 'string' ? Buffer.from(asset.body) : asset.body, ctx.scrub);
      return;
    }
    if (method !== 'GET') {
      sendError(res, 405, `${req.method ?? ''} is not allowed on ${url.pathname}`, ctx.scrub, { allowed: ['GET'] }, { Allow: 'GET' });
      return;
    }
  }
  sendError(res, 404, `no such route: ${url.pathname.slice(0, 200)}`, ctx.scrub);
}

function planRoute(ctx: ServeHttpContext, _req: IncomingMessage, res: ServerResponse, url: URL): void {
  const format = url.searchParams.get('format') ?? 'json';
  const plans = ctx.controller.currentPlans();
  if (format === 'markdown') {
    const text = plans
      .map(({ path, plan }) => {
        const mermaid = planMermaid(plan);
        return `${plans.length > 1 ? `## ${path}\n\n` : ''}${renderPlanMarkdown(plan, mermaid ? { mermaid } : {})}\n`;
      })
      .join('\n');
    sendText(res, 200, 'text/markdown; charset=utf-8', plans.length === 0 ? 'No plan yet: the first cycle has not planned.\n' : text, ctx.scrub);
    return;
  }
  if (format !== 'json') {
    sendError(res, 400, `format must be json or markdown, not "${format.slice(0, 40)}"`, ctx.scrub);
    return;
  }
  // As `plan --format json` prints it (with each change's patch).
  const body = `{"plans":[${plans.map(({ path, plan }) => `{"path":${JSON.stringify(path)},"plan":${renderPlanJson(plan).trim()}}`).join(',')}]}\n`;
  sendText(res, 200, 'application/json; charset=utf-8', body, ctx.scrub);
}

function historyRoute(ctx: ServeHttpContext, _req: IncomingMessage, res: ServerResponse, url: URL): void {
  const raw = url.searchParams.get('limit');
  let limit = 50;
  if (raw !== null) {
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1) {
      sendError(res, 400, `limit must be a whole number ≥ 1, not "${raw.slice(0, 40)}"`, ctx.scrub);
      return;
    }
    limit = Math.min(n, 1000);
  }
  sendJson(res, 200, { cycles: ctx.controller.history(limit) }, ctx.scrub);
}

/** True when the request carries no Origin, or the server's own (CSRF: a browser on another site sends its own). */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

async function syncRoute(ctx: ServeHttpContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!sameOrigin(req)) {
    sendError(res, 403, 'cross-origin requests are refused', ctx.scrub);
    return;
  }
  await readBody(req, ctx.limits?.bodyBytes ?? DEFAULT_BODY_BYTES);
  const auth = req.headers.authorization;
  const given = auth !== undefined && /^Bearer /i.test(auth) ? auth.slice(7).trim() : undefined;
  const challenge = { 'WWW-Authenticate': 'Bearer realm="ado-coolify"' };
  if (ctx.adminToken === undefined) {
    sendError(res, 401, 'manual sync is off: start serve with --admin-token-file', ctx.scrub, {}, challenge);
    return;
  }
  if (given === undefined || !constantTimeEqual(given, ctx.adminToken)) {
    sendError(res, 401, given === undefined ? 'an Authorization: Bearer <admin token> header is required' : 'the admin token is wrong', ctx.scrub, {}, challenge);
    return;
  }
  const answer = ctx.controller.trigger('manual');
  if (answer.started) {
    ctx.log(`manual sync: cycle ${answer.cycle}`);
    sendJson(res, 202, { accepted: true, cycle: answer.cycle }, ctx.scrub);
  } else if (answer.reason === 'running') {
    sendJson(res, 409, { error: 'a cycle is running', cycle: answer.running, queued: true }, ctx.scrub);
  } else {
    sendError(res, 503, 'serve is stopping', ctx.scrub);
  }
}

async function hookRoute(ctx: ServeHttpContext, req: IncomingMessage, res: ServerResponse, source: 'github' | 'gitlab'): Promise<void> {
  const body = await readBody(req, ctx.limits?.hookBytes ?? DEFAULT_HOOK_BYTES);
  if (ctx.webhookSecret === undefined) {
    sendError(res, 401, 'webhooks are off: start serve with --webhook-secret-file', ctx.scrub);
    return;
  }
  const header = (name: string): string | undefined => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const verified = source === 'github' ? verifyGithubSignature(body, header('x-hub-signature-256'), ctx.webhookSecret) : verifyGitlabToken(header('x-gitlab-token'), ctx.webhookSecret);
  if (!verified) {
    ctx.log(`${source} webhook refused: ${source === 'github' ? 'X-Hub-Signature-256' : 'X-Gitlab-Token'} missing or wrong`);
    sendError(res, 401, source === 'github' ? 'the X-Hub-Signature-256 signature is missing or wrong' : 'the X-Gitlab-Token is missing or wrong', ctx.scrub);
    return;
  }
  const verdict: HookVerdict = source === 'github' ? githubVerdict(header('x-github-event'), body, ctx.branch) : gitlabVerdict(header('x-gitlab-event'), body, ctx.branch);
  if (!verdict.push) {
    ctx.log(`${source} webhook: ${verdict.why}: no cycle`);
    res.writeHead(204);
    res.end();
    return;
  }
  if (ctx.controller.policy === 'off') {
    ctx.log(`${source} webhook: ${verdict.why}, but --sync off: no cycle`);
    res.writeHead(204);
    res.end();
    return;
  }
  const answer = ctx.controller.trigger('webhook');
  ctx.log(`${source} webhook: ${verdict.why}${verdict.after ? ` (${verdict.after.slice(0, 12)})` : ''}: ${answer.started ? `cycle ${answer.cycle}` : answer.reason === 'running' ? 'queued after the running cycle' : 'serve is stopping'}`);
  sendJson(res, 202, answer.started ? { accepted: true, cycle: answer.cycle } : { accepted: answer.reason === 'running', queued: answer.reason === 'running' }, ctx.scrub);
}
