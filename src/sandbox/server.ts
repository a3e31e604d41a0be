import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './api-error.js';
import { canReadSensitive, requireAbility, type TokenRegistry } from './auth.js';
import { validateBody } from './contract/validate.js';
import { applyReleaseAllowList, routeAbsent } from './contract/release-rules.js';
import { malformBody } from './faults.js';
import { sweep } from './lifecycle.js';
import { recordApiWrite } from './audit-events.js';
import { requestTrimmed } from '../kinds/normalize.js';
import type { RequestLogEntry, SandboxRuntime } from './options.js';
import type { RateLimiter } from './rate-limit.js';
import type { Router } from './router.js';

/** Everything the request handler needs. */
export interface ServerDeps {
  rt: SandboxRuntime;
  router: Router;
  tokens: TokenRegistry;
  limiter: RateLimiter;
  latency: { ms: number; jitterMs: number };
  random: () => number;
  log: RequestLogEntry[];
}

interface Answer {
  status: number;
  body?: unknown;
  text?: string;
  jsonText?: string;
  headers: Record<string, string>;
  /** Destroy the socket after committing (fault `drop-post`). */
  drop?: boolean;
}

const NOT_FOUND = { message: 'Not found.', docs: 'https://coolify.io/docs' };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Coolify's validateIncomingRequest: JSON content type, valid JSON, non-empty object. */
function parseJsonBody(contentType: string | undefined, raw: string, required: boolean): Record<string, unknown> {
  if (!required && raw.trim() === '') return {};
  const invalid = (error: string): ApiError => new ApiError(400, { message: 'Invalid request.', error });
  if (!/^application\/(.+\+)?json\b/i.test(contentType ?? '')) {
    if (!required) return {};
    throw invalid('Content-Type must be application/json.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalid('Invalid JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || Object.keys(parsed).length === 0) {
    if (!required && parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return {};
    throw invalid('Empty JSON.');
  }
  return parsed as Record<string, unknown>;
}

/** Laravel's TrimStrings `$except` (Illuminate\Foundation\Http\Middleware\TrimStrings). */
const TRIM_EXCEPT = new Set(['current_password', 'password', 'password_confirmation']);

/**
 * Every string of the body trimmed, at any depth, as Laravel's global TrimStrings middleware
 * does before Coolify's controllers run (the real 4.3.11 stores `"  padded  "` as `"padded"`).
 */
function trimStrings<T>(value: T, key?: string): T {
  if (typeof value === 'string') return (key !== undefined && TRIM_EXCEPT.has(key) ? value : requestTrimmed(value)) as T;
  if (Array.isArray(value)) return value.map((v) => trimStrings(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, trimStrings(v, k)])) as T;
  }
  return value;
}

async function answer(deps: ServerDeps, req: IncomingMessage, path: string, url: URL, raw: string): Promise<Answer> {
  const { rt, router } = deps;
  const method = (req.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = {};
  if (method === 'GET' && (path === '/api/health' || path === '/api/v1/health')) return { status: 200, text: 'OK', headers };
  if (!path.startsWith('/api/v1/') && path !== '/api/v1') return { status: 404, body: NOT_FOUND, headers };
  const rel = path.slice('/api/v1'.length) || '/';
  if (!rt.store.world.apiEnabled) return { status: 403, body: { success: true, message: 'API is disabled.' }, headers };
  const burst = rt.faults.take429();
  if (burst !== undefined) return { status: 429, body: { message: 'Too Many Attempts.' }, headers: { 'Retry-After': String(burst) } };
  const token = deps.tokens.authenticate(req.headers.authorization);
  const decision = deps.limiter.hit(token.owner, rt.now());
  if (!deps.limiter.disabled) {
    headers['X-RateLimit-Limit'] = String(decision.limit);
    headers['X-RateLimit-Remaining'] = String(decision.remaining);
  }
  if (!decision.allowed) {
    return { status: 429, body: { message: 'Too Many Attempts.' }, headers: { ...headers, 'Retry-After': String(decision.retryAfterS) } };
  }
  const injected = rt.faults.errorFor(method, rel);
  if (injected !== undefined) return { status: injected, body: { message: injected === 500 ? 'Server Error' : 'Service Unavailable' }, headers };
  const match = router.match(method, rel);
  if (!match || routeAbsent(rt.release, method, rel)) {
    if (router.isPostOnlyStub(method, rel)) return { status: 405, body: { message: 'This endpoint has changed to a POST request.' }, headers };
    return { status: 404, body: NOT_FOUND, headers };
  }
  const { route, params } = match;
  requireAbility(token.abilities, route.ability ?? (method === 'GET' ? 'read' : 'write'));
  let body: Record<string, unknown> = {};
  if (route.body) body = trimStrings(parseJsonBody(req.headers['content-type'], raw, route.body === 'required'));
  const split = applyReleaseAllowList(rt.release, method, rel, body, route.contract);
  body = route.contract ? { ...validateBody(route.contract, split.forContract), ...split.extra } : body;
  if (sweep(rt)) rt.store.save();
  const result = route.handler({ rt, method, params, query: url.searchParams, body, sensitive: canReadSensitive(token.abilities), abilities: token.abilities });
  // Coolify 4.4 logs each API write as an audit event of the token's user (source api).
  if (method !== 'GET') recordApiWrite(rt, method, route.path, params, body, result.body, token.owner);
  if (method !== 'GET') rt.store.save();
  const drop = method !== 'GET' && rt.faults.takeDrop(method, rel);
  return { status: result.status ?? 200, body: result.body, text: result.text, jsonText: result.jsonText, headers, drop };
}

/** The request body for the log: parsed JSON when it is JSON, else nothing. */
function loggedBody(raw: string): { body?: unknown } {
  if (raw.trim() === '') return {};
  try {
    return { body: JSON.parse(raw) as unknown };
  } catch {
    return {};
  }
}

/** The node:http request listener of the sandbox. */
export function createRequestListener(deps: ServerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void handle(deps, req, res);
  };
}

async function handle(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = Date.now();
  const at = new Date(deps.rt.now()).toISOString();
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const method = (req.method ?? 'GET').toUpperCase();
  const rel = path.startsWith('/api/v1') ? path.slice('/api/v1'.length) || '/' : path;
  let result: Answer;
  let rawBody = '';
  try {
    const raw = await readBody(req);
    rawBody = raw;
    const base = deps.latency.ms + (deps.latency.jitterMs > 0 ? (deps.random() * 2 - 1) * deps.latency.jitterMs : 0);
    const delay = Math.max(0, base) + deps.rt.faults.latencyFor(method, rel);
    if (delay > 0) await sleep(delay);
    result = await answer(deps, req, path, url, raw);
  } catch (err) {
    if (err instanceof ApiError) {
      result = { status: err.status, body: err.body, headers: err.headers };
    } else {
      if (process.env.SANDBOX_DEBUG) process.stderr.write(`sandbox: internal error: ${(err as Error).message}\n`);
      result = { status: 500, body: { message: 'Server Error' }, headers: {} };
    }
  }
  deps.log.push({ method, path, query: url.search, status: result.status, ms: Date.now() - started, at, ...loggedBody(rawBody) });
  if (result.drop) {
    req.socket.destroy();
    return;
  }
  let contentType = 'application/json';
  let payload = result.text ?? result.jsonText ?? JSON.stringify(result.body ?? null);
  if (result.text !== undefined) contentType = 'text/plain; charset=UTF-8';
  else {
    const kind = deps.rt.faults.malformedFor(method, rel);
    if (kind) ({ contentType, body: payload } = malformBody(kind, payload));
  }
  // Every answer is dated by the sandbox's own clock, like the nginx + PHP stack in front of
  // Coolify (RFC 9110 §6.6.1), so `Date` and the `created_at`/`updated_at` it writes agree even
  // when tests run the sandbox on a virtual clock. The apply lock judges lease age by them.
  res.writeHead(result.status, {
    ...result.headers,
    Date: new Date(deps.rt.now()).toUTCString(),
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(payload),
  });
  res.end(payload);
}
