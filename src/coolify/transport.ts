/**
 * The HTTP layer under CoolifyClient: one `request()` that adds headers, bounds concurrency,
 * rate-limits, times out, retries per retry-policy.ts, parses JSON or plain text, counts, and
 * turns every failure into a redacted CoolifyApiError.
 *
 * Bounds (audit m9): one logical request (every attempt, headers and body, and the backoff
 * between attempts) has one deadline, `timeoutMs` (`--request-timeout`, default 30 s); waits
 * for the rate limit (client budget, `X-RateLimit-*`, 429 `Retry-After`) do not count against
 * it: they are bounded by `maxRetryAfterMs` and announced by `rate-limit`/`retry` events. An
 * answer body is streamed and cut off at `maxResponseBytes` (default 32 MiB).
 *
 * Built on a plain exchange (exchange.ts: node:http keep-alive, or an injected fetch) rather than
 * ofetch: the client needs to own retries (POST rules, Retry-After, limiter feedback), error
 * construction (redaction; ofetch's FetchError message embeds the URL with its query) and byte
 * accounting, which leaves ofetch nothing to do.
 */
import { CoolifyApiError, errorFromResponse, RETRYABLE_STATUSES, type TransportFailure } from './api-error.js';
import { RateLimiter, type RateLimitWaitReason } from './rate-limiter.js';
import { bodySecrets, Redactor, tokenSecrets } from './redact.js';
import { StatsRecorder } from './request-stats.js';
import {
  backoffDelay,
  DEFAULT_BACKOFF,
  isConnectionRefused,
  isIdempotent,
  parseRetryAfter,
  THROTTLE_MESSAGE,
  type HttpMethod,
} from './retry-policy.js';
import { Semaphore } from './semaphore.js';
import { InFlightBudget } from './in-flight-budget.js';
import { ServerClock } from './server-clock.js';
import type { Exchange, HeaderLookup } from './exchange.js';

/** Events for `--verbose`. They carry endpoint templates and paths, never bodies, queries or tokens. */
export type ClientEvent =
  | { type: 'request'; method: HttpMethod; endpoint: string; path: string; attempt: number; status?: number; durationMs: number; failure?: TransportFailure }
  | {
      type: 'retry'; method: HttpMethod; endpoint: string; path: string;
      /** 1-based number of this retry, out of `maxRetries`. */
      attempt: number; maxRetries: number;
      /** Backoff before the retry; 0 when the rate limiter holds it instead (see `waitMs`). */
      delayMs: number;
      /** Total wait before the retry is sent, including a 429's Retry-After pause. */
      waitMs: number;
      /** `status 503`, `ECONNREFUSED`, `timeout`, `rate-limited`, `unusable answer (…)`. */
      reason: string;
      status?: number;
    }
  | { type: 'rate-limit'; waitMs: number; reason: RateLimitWaitReason };

/** Settings of Transport (CoolifyClientOptions after defaults). */
export interface TransportOptions {
  baseUrl: string;
  token: string;
  /** Secret values (the manifest's) scrubbed from every message besides the token and body secrets. */
  secrets?: readonly string[];
  /** Deadline of one logical request, every attempt and backoff included (not rate-limit waits). */
  timeoutMs: number;
  /** Largest answer body accepted; a larger one fails with COOLIFY_RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** Requests in flight at once; `auto` follows the rate limit and the observed latency (in-flight-budget.ts). */
  maxConcurrency: number | 'auto';
  rateLimitPerMinute: number;
  retries: number;
  userAgent: string;
  /** Longest Retry-After the client will wait; a longer one fails the request. */
  maxRetryAfterMs: number;
  /** Sends one request and reads its answer (exchange.ts: node:http by default, or an injected fetch). */
  exchange: Exchange;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
  onEvent?: (e: ClientEvent) => void;
  /** Runs once before the first request; a rejection fails every request (the http loopback check). */
  preflight?: () => Promise<void>;
}

/** One API call. */
export interface RequestSpec {
  method: HttpMethod;
  /** Endpoint template under /api/v1, e.g. `/applications/{uuid}/envs`; used for stats. */
  template: string;
  params?: Record<string, string | number>;
  /** Query values: sent, but never copied into errors or events. */
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** `json` (default) or `text` (plain-text endpoints such as /version and /health). */
  expect?: 'json' | 'text';
  /** Send the token (default true; false for /health). */
  auth?: boolean;
}

type Outcome =
  | { kind: 'response'; status: number; headers: HeaderLookup; text: string }
  | { kind: 'failure'; failure: 'network' | 'timeout' | 'too-large'; cause: unknown };

/** Sends requests to Coolify; shared by every endpoint group of the client. */
export class Transport {
  readonly stats = new StatsRecorder();
  /** Coolify's time from the `Date` header of its answers (for the apply lock). */
  readonly serverClock = new ServerClock();
  private readonly semaphore: Semaphore;
  private readonly budget: InFlightBudget | undefined;
  private readonly limiter: RateLimiter;
  private readonly redactor: Redactor;
  private preflightDone?: Promise<void>;

  constructor(private readonly options: TransportOptions) {
    this.budget = options.maxConcurrency === 'auto' ? new InFlightBudget(options.rateLimitPerMinute) : undefined;
    this.semaphore = new Semaphore(this.budget ? this.budget.limit() : (options.maxConcurrency as number));
    this.redactor = new Redactor([...tokenSecrets(options.token), ...(options.secrets ?? [])]);
    this.limiter = new RateLimiter({
      perMinute: options.rateLimitPerMinute,
      now: options.now,
      sleep: options.sleep,
      onWait: (waitMs, reason) => {
        this.stats.rateLimitWait(waitMs);
        this.emit({ type: 'rate-limit', waitMs, reason });
      },
    });
  }

  /** How many requests may be in flight now. */
  inFlightLimit(): number {
    return this.semaphore.capacity;
  }

  /** Performs the request, with retries, and returns the parsed answer. */
  async request<T>(spec: RequestSpec): Promise<T> {
    if (this.options.preflight) await (this.preflightDone ??= this.options.preflight());
    const path = fillTemplate(spec.template, spec.params ?? {});
    const endpoint = `${spec.method} ${spec.template}`;
    const redactor = spec.body === undefined ? this.redactor : this.redactor.with(bodySecrets(spec.body));
    const bodyText = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    const url = `${this.options.baseUrl}/api/v1${path}${queryString(spec.query)}`;
    // What is left of the request's deadline: attempts and backoff sleeps spend it.
    let budgetMs = this.options.timeoutMs;
    for (let attempt = 0; ; attempt++) {
      const { outcome, durationMs } = await this.attempt(spec, url, bodyText, budgetMs);
      budgetMs -= durationMs;
      const status = outcome.kind === 'response' ? outcome.status : undefined;
      const failed = outcome.kind === 'failure' || (status !== undefined && status >= 400);
      this.stats.attempt(endpoint, durationMs, bodyText === undefined ? 0 : Buffer.byteLength(bodyText), outcome.kind === 'response' ? Buffer.byteLength(outcome.text) : 0, failed, status);
      this.emit({
        type: 'request', method: spec.method, endpoint, path, attempt, durationMs,
        ...(status === undefined ? {} : { status }),
        ...(outcome.kind === 'failure' ? { failure: outcome.failure } : {}),
      });
      let error: CoolifyApiError;
      let delay: number | undefined;
      if (outcome.kind === 'response' && outcome.status < 400) {
        try {
          return parseSuccess<T>(outcome, spec, path);
        } catch (err) {
          // An unusable success answer (empty, truncated or HTML where JSON was expected) of a
          // GET is retried like a 5xx: reading again cannot change anything (audit m10).
          if (!(err instanceof CoolifyApiError) || !unusableAnswer(err) || spec.method !== 'GET' || attempt >= this.options.retries) throw err;
          error = err;
          delay = backoffDelay(attempt, { ...DEFAULT_BACKOFF, random: this.options.random });
        }
      } else {
        error = outcome.kind === 'response' ? errorFromAnswer(outcome, spec.method, path, redactor) : errorFromFailure(outcome, spec.method, path, redactor, this.options);
        delay = this.retryDelay(spec.method, attempt, outcome, error);
      }
      if (delay === undefined) throw error;
      // A timed-out attempt used the whole deadline; a backoff that would outlast it is not slept.
      if (outcome.kind === 'failure' && outcome.failure === 'timeout') throw error;
      if (delay >= budgetMs) throw error;
      budgetMs -= delay;
      const waitMs = Math.max(delay, outcome.kind === 'response' ? this.limiter.pausedFor() : 0);
      this.stats.retry();
      this.emit({
        type: 'retry', method: spec.method, endpoint, path, attempt: attempt + 1, maxRetries: this.options.retries, delayMs: delay, waitMs,
        reason: outcome.kind === 'response' && outcome.status < 400 ? `unusable answer (${error.failure ?? 'bad body'})` : retryReason(outcome),
        ...(status === undefined ? {} : { status }),
      });
      if (delay > 0) await this.options.sleep(delay);
    }
  }

  private async attempt(spec: RequestSpec, url: string, bodyText: string | undefined, budgetMs: number): Promise<{ outcome: Outcome; durationMs: number }> {
    const release = await this.semaphore.acquire();
    try {
      const done = await this.limiter.acquire();
      const started = this.options.now();
      try {
        const outcome = await this.send(spec, url, bodyText, Math.max(1, budgetMs));
        const durationMs = Math.max(0, this.options.now() - started);
        if (outcome.kind === 'response') {
          this.limiter.observe(outcome.status, outcome.headers);
          if (this.budget) this.semaphore.setLimit(this.budget.observe(durationMs));
        }
        return { outcome, durationMs };
      } finally {
        done();
      }
    } finally {
      release();
    }
  }

  private async send(spec: RequestSpec, url: string, bodyText: string | undefined, deadlineMs: number): Promise<Outcome> {
    const headers: Record<string, string> = { Accept: 'application/json', 'User-Agent': this.options.userAgent };
    if (spec.auth !== false) headers.Authorization = `Bearer ${this.options.token}`;
    if (bodyText !== undefined) headers['Content-Type'] = 'application/json';
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, deadlineMs);
    try {
      const res = await this.options.exchange(url, { method: spec.method, headers, body: bodyText, signal: controller.signal, maxBytes: this.options.maxResponseBytes });
      this.serverClock.observe(res.headers.get('date'));
      const text = res.text;
      if (text === undefined) {
        controller.abort();
        return { kind: 'failure', failure: 'too-large', cause: undefined };
      }
      return { kind: 'response', status: res.status, headers: res.headers, text };
    } catch (err) {
      return { kind: 'failure', failure: timedOut ? 'timeout' : 'network', cause: err };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Milliseconds to wait before the next attempt, or undefined to give up. */
  private retryDelay(method: HttpMethod, attempt: number, outcome: Outcome, error: CoolifyApiError): number | undefined {
    if (attempt >= this.options.retries) return undefined;
    const backoff = backoffDelay(attempt, { ...DEFAULT_BACKOFF, random: this.options.random });
    if (outcome.kind === 'failure') {
      if (outcome.failure === 'too-large') return undefined; // the same answer would come again
      if (isIdempotent(method) || (outcome.failure === 'network' && isConnectionRefused(outcome.cause))) return backoff;
      return undefined;
    }
    if (!RETRYABLE_STATUSES.has(outcome.status)) return undefined;
    if (outcome.status === 429) {
      if (!isIdempotent(method) && error.coolifyMessage !== THROTTLE_MESSAGE) return undefined;
      const retryAfter = parseRetryAfter(outcome.headers.get('retry-after'), this.options.now());
      if (retryAfter === undefined) return backoff;
      if (retryAfter > this.options.maxRetryAfterMs) return undefined;
      return 0; // The limiter holds every request until Retry-After has passed.
    }
    if (!isIdempotent(method)) return undefined;
    const retryAfter = outcome.status === 503 ? parseRetryAfter(outcome.headers.get('retry-after'), this.options.now()) : undefined;
    if (retryAfter !== undefined && retryAfter > this.options.maxRetryAfterMs) return undefined;
    return Math.max(backoff, retryAfter ?? 0);
  }

  private emit(e: ClientEvent): void {
    if (!this.options.onEvent) return;
    try {
      this.options.onEvent(e);
    } catch {
      // A failing listener must not break a request.
    }
  }
}

// --- internal ---

/** Fills `{name}` placeholders with URL-encoded values. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new TypeError(`Missing path parameter ${name} for ${template}`);
    return encodeURIComponent(String(value));
  });
}

function queryString(query: RequestSpec['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/**
 * Judged by the body, not the Content-Type: Laravel labels plain-text answers such as
 * `/version` as `text/html`, while proxies and dashboards send real HTML documents.
 */
function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype|html|head|body|title|center|h1|div|\?xml)\b/i.test(text);
}

function htmlError(method: string, path: string, status: number, retryable: boolean): CoolifyApiError {
  return new CoolifyApiError({
    code: status >= 500 ? 'COOLIFY_SERVER_ERROR' : 'COOLIFY_BAD_RESPONSE',
    message: `Coolify answered with HTML (status ${status}) — is COOLIFY_URL the API base of a Coolify instance?`,
    hint: 'COOLIFY_URL must be the address of the Coolify dashboard (e.g. https://coolify.example.com), without a path; a proxy error page also looks like this.',
    method, path, status, retryable, failure: 'html',
  });
}

function parseSuccess<T>(outcome: Extract<Outcome, { kind: 'response' }>, spec: RequestSpec, path: string): T {
  const { status, text } = outcome;
  if (status >= 300) {
    // Redirects are not followed (redirect: 'manual'), so the token never travels to another URL.
    throw new CoolifyApiError({
      code: 'COOLIFY_REDIRECT',
      message: `Coolify answered ${spec.method} ${path} with a redirect (status ${status}).`,
      hint: 'Set COOLIFY_URL to the final address of Coolify (e.g. https:// instead of http://, or the canonical host name).',
      method: spec.method, path, status, retryable: false,
    });
  }
  if (spec.expect === 'text') {
    if (looksLikeHtml(text)) throw htmlError(spec.method, path, status, false);
    return text.trim() as T;
  }
  if (status === 204) return undefined as T;
  if (text.trim() === '') {
    throw new CoolifyApiError({
      code: 'COOLIFY_BAD_RESPONSE',
      message: `Coolify answered ${spec.method} ${path} with an empty body (status ${status}) where JSON was expected.`,
      hint: 'Check that COOLIFY_URL points at Coolify itself and not at a proxy or another service.',
      method: spec.method, path, status, retryable: false, failure: 'empty',
    });
  }
  if (looksLikeHtml(text)) throw htmlError(spec.method, path, status, false);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new CoolifyApiError({
      code: 'COOLIFY_BAD_RESPONSE',
      message: `Coolify answered ${spec.method} ${path} with invalid JSON (status ${status}).`,
      method: spec.method, path, status, retryable: false, failure: 'invalid-json',
    });
  }
}

function errorFromAnswer(outcome: Extract<Outcome, { kind: 'response' }>, method: HttpMethod, path: string, redactor: Redactor): CoolifyApiError {
  const { status, text } = outcome;
  if (text.trim() !== '' && looksLikeHtml(text)) return htmlError(method, path, status, RETRYABLE_STATUSES.has(status));
  let body: unknown;
  try {
    body = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return errorFromResponse({ method, path, status, body, redactor });
}

function errorFromFailure(
  outcome: Extract<Outcome, { kind: 'failure' }>, method: HttpMethod, path: string, redactor: Redactor,
  { timeoutMs, maxResponseBytes }: Pick<TransportOptions, 'timeoutMs' | 'maxResponseBytes'>,
): CoolifyApiError {
  const maybeApplied = isIdempotent(method) ? '' : ' The request may or may not have been applied; ado-coolify looks resources up before creating them again.';
  if (outcome.failure === 'timeout') {
    return new CoolifyApiError({
      code: 'COOLIFY_TIMEOUT',
      message: `Coolify ${method} ${path} timed out after ${seconds(timeoutMs)}, the deadline of one request (all attempts together).${maybeApplied}`,
      hint: `Coolify or the network is slow: check the Coolify host, or raise the deadline, e.g. --request-timeout ${seconds(Math.max(timeoutMs * 2, 60_000))}.`,
      method, path, retryable: true, failure: 'timeout',
    });
  }
  if (outcome.failure === 'too-large') {
    return new CoolifyApiError({
      code: 'COOLIFY_RESPONSE_TOO_LARGE',
      message: `Coolify answered ${method} ${path} with more than ${mebibytes(maxResponseBytes)} (the largest answer ado-coolify reads); the answer was cut off.${isIdempotent(method) ? '' : ' The request itself was carried out.'}`,
      hint: 'COOLIFY_URL may point at something other than the Coolify API (a file server or proxy), or the team holds an unusually large list; check the URL and the Coolify host.',
      method, path, retryable: false, failure: 'too-large',
    });
  }
  const detail = redactor.scrub(describeCause(outcome.cause));
  return new CoolifyApiError({
    code: 'COOLIFY_NETWORK',
    message: `Could not reach Coolify for ${method} ${path}: ${detail}.${maybeApplied}`,
    hint: 'Check COOLIFY_URL, DNS, TLS and that Coolify is running.',
    method, path, retryable: true, failure: 'network',
    // A fresh, scrubbed Error: the original may hold request details.
    cause: Object.assign(new Error(detail), { code: causeCode(outcome.cause) }),
  });
}

function causeCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function describeCause(err: unknown): string {
  const parts: string[] = [];
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    parts.push(typeof code === 'string' && !current.message.includes(code) ? `${current.message} (${code})` : current.message);
    current = current.cause;
  }
  return parts.length > 0 ? parts.join(': ') : String(err);
}

/** A success answer whose body cannot be used: empty, not JSON, or an HTML page. */
function unusableAnswer(err: CoolifyApiError): boolean {
  return err.failure === 'empty' || err.failure === 'invalid-json' || err.failure === 'html';
}

function retryReason(outcome: Outcome): string {
  if (outcome.kind === 'response') return outcome.status === 429 ? 'rate-limited' : `status ${outcome.status}`;
  return outcome.failure === 'network' ? (causeCode(outcome.cause) ?? 'network error') : outcome.failure;
}

/** Default largest answer body: 32 MiB (a 100 MB list would otherwise cost ~550 MB of memory). */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

function mebibytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}

/** `30s`, or `1500ms` below a whole second. */
function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
