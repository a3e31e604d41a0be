/**
 * The page's calls to the `serve` API (docs/serve.md), same origin only. The admin token is
 * sent only in the Authorization header of POST /api/v1/sync, never in a URL.
 */
import type { Graph, History, Status } from '../model/contract.js';

/** A GET that answers JSON; throws with the status on a non-2xx answer. */
async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' }, cache: 'no-store' });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** `GET /api/v1/status`. */
export function fetchStatus(): Promise<Status> {
  return getJson<Status>('/api/v1/status');
}

/** `GET /api/v1/history?limit=N`. */
export function fetchHistory(limit = 50): Promise<History> {
  return getJson<History>(`/api/v1/history?limit=${limit}`);
}

/** `GET /api/v1/graph`. */
export function fetchGraph(): Promise<Graph> {
  return getJson<Graph>('/api/v1/graph');
}

/** `GET /api/v1/plan?format=markdown`: the Markdown plan as text. */
export async function fetchPlanMarkdown(): Promise<string> {
  const res = await fetch('/api/v1/plan?format=markdown', { headers: { accept: 'text/markdown' }, cache: 'no-store' });
  if (!res.ok) throw new Error(`/api/v1/plan: HTTP ${res.status}`);
  return res.text();
}

/** The answer to a sync request: its HTTP status and JSON body (or null when it had none). */
export interface SyncAnswer {
  status: number;
  body: Record<string, unknown> | null;
}

/** `POST /api/v1/sync` with the admin token as a bearer token. */
export async function requestSync(token: string): Promise<SyncAnswer> {
  const res = await fetch('/api/v1/sync', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    cache: 'no-store',
    credentials: 'omit',
  });
  let body: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = await res.json();
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    body = null;
  }
  return { status: res.status, body };
}
