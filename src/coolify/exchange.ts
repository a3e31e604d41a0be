/**
 * One HTTP exchange under the transport: send a request, read the answer up to a byte cap.
 * Two implementations:
 * - `nodeExchange` (the default): node:http/node:https with one keep-alive agent per client, so
 *   a plan of thousands of reads reuses a handful of connections. It costs a fraction of
 *   `fetch`'s per-request CPU (web streams, Request/Response objects, abort plumbing): about
 *   1 s of a 5,000-resource plan's 3.5 s went to undici (docs/benchmarks.md, issue 19).
 * - `fetchExchange(fetch)`: an injected `fetch` (tests, and embedders that bring their own).
 * Redirects are never followed by either; the caller owns retries, timeouts and errors.
 */
// The modules, not their named exports: `http.request` is looked up at call time, so request
// interceptors (nock in the tests, an embedder's instrumentation) see every request.
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { MAX_IN_FLIGHT } from './in-flight-budget.js';

/** A header lookup by name, case-insensitive (`Headers` is one). */
export interface HeaderLookup {
  get(name: string): string | null;
}

/** What one exchange sends. */
export interface ExchangeRequest {
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal;
  /** Largest body read; a larger answer gives `text: undefined` and the connection is dropped. */
  maxBytes: number;
}

/** What came back: the status, the headers, and the body as UTF-8 (undefined: over the cap). */
export interface ExchangeResponse {
  status: number;
  headers: HeaderLookup;
  text: string | undefined;
}

/** Sends one request; rejects on a network failure or abort. */
export type Exchange = (url: string, request: ExchangeRequest) => Promise<ExchangeResponse>;

/** An exchange through an injected `fetch` (`redirect: 'manual'`), the body read with the cap. */
export function fetchExchange(fetchFn: typeof fetch): Exchange {
  return async (url, r) => {
    const res = await fetchFn(url, { method: r.method, headers: r.headers, body: r.body, signal: r.signal, redirect: 'manual' });
    return { status: res.status, headers: res.headers, text: await readCapped(res, r.maxBytes) };
  };
}

/**
 * Reads the body as UTF-8, or returns undefined (having cancelled the stream) once more than
 * `maxBytes` arrived or `Content-Length` announces more: the body is never buffered whole first.
 */
async function readCapped(res: Response, maxBytes: number): Promise<string | undefined> {
  const announced = Number(res.headers.get('content-length') ?? '');
  if (Number.isFinite(announced) && announced > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

/** The headers of a node answer as a lookup (node keeps names lower-case; repeated ones are joined). */
function nodeHeaders(res: IncomingMessage): HeaderLookup {
  return {
    get: (name) => {
      const v = res.headers[name.toLowerCase()];
      return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
    },
  };
}

/**
 * An exchange over node:http/node:https with keep-alive agents of its own (idle sockets do not
 * keep the process alive: node unrefs them). `maxSockets` bounds the connections per host.
 */
export function nodeExchange(options: { maxSockets?: number } = {}): Exchange {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? MAX_IN_FLIGHT, scheduling: 'lifo' as const };
  const plainAgent = new http.Agent(agentOptions);
  const tlsAgent = new https.Agent(agentOptions);
  return (url, r) =>
    new Promise<ExchangeResponse>((resolve, reject) => {
      if (r.signal.aborted) {
        reject(abortError(r.signal));
        return;
      }
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const headers: Record<string, string> = { ...r.headers };
      if (r.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(r.body));
      // The abort is wired by hand, not with the `signal` option: node's version adds stream
      // listeners per request, about a tenth of a 5,000-resource plan's client time.
      const options = { method: r.method, headers, agent: secure ? tlsAgent : plainAgent };
      let req: http.ClientRequest | undefined;
      const onAbort = (): void => {
        req?.destroy(abortError(r.signal));
      };
      r.signal.addEventListener('abort', onAbort, { once: true });
      const settle = <T>(fn: (value: T) => void) => (value: T): void => {
        r.signal.removeEventListener('abort', onAbort);
        fn(value);
      };
      resolve = settle(resolve);
      reject = settle(reject);
      const onResponse = (res: IncomingMessage): void => {
        const announced = Number(res.headers['content-length'] ?? '');
        if (Number.isFinite(announced) && announced > r.maxBytes) {
          res.destroy();
          resolve({ status: res.statusCode ?? 0, headers: nodeHeaders(res), text: undefined });
          return;
        }
        const chunks: Buffer[] = [];
        let total = 0;
        let over = false;
        res.on('data', (chunk: Buffer) => {
          if (over) return;
          total += chunk.byteLength;
          if (total > r.maxBytes) {
            over = true;
            res.destroy();
            resolve({ status: res.statusCode ?? 0, headers: nodeHeaders(res), text: undefined });
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          if (!over) resolve({ status: res.statusCode ?? 0, headers: nodeHeaders(res), text: Buffer.concat(chunks, total).toString('utf8') });
        });
        res.on('error', (err) => {
          if (!over) reject(err);
        });
        res.on('close', () => {
          if (!over && !res.complete) reject(Object.assign(new Error('the connection closed before the answer ended'), { code: 'ECONNRESET' }));
        });
      };
      req = secure ? https.request(target, options, onResponse) : http.request(target, options, onResponse);
      req.on('error', reject);
      req.end(r.body);
    });
}

/** The error an aborted exchange rejects with: the signal's reason when it has one, as node's `signal` option does. */
function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : Object.assign(new Error('The operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR' });
}
