import type { Ability, SandboxRuntime } from './options.js';

/** What a route handler receives. */
export interface RouteRequest {
  rt: SandboxRuntime;
  method: string;
  /** Path parameters by name (`{uuid}` → `params.uuid`). */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed (and, with a contract, validated) JSON body; `{}` when there is none. */
  body: Record<string, unknown>;
  /** The token may read sensitive fields. */
  sensitive: boolean;
  abilities: Ability[];
}

/** What a route handler returns; JSON unless `text` is set. */
export interface RouteResult {
  status?: number;
  body?: unknown;
  text?: string;
  /**
   * JSON already serialized (sent as `application/json`), for answers whose key order
   * JSON.stringify cannot keep, e.g. an object keyed by `"1"`, `"0"`.
   */
  jsonText?: string;
}

/** One endpoint. */
export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  /** Path relative to `/api/v1`, with `{param}` segments. */
  path: string;
  /** Needed ability; default: GET → read, others → write. */
  ability?: 'read' | 'write' | 'deploy';
  /**
   * Body handling: `required` → Coolify's validateIncomingRequest (400 unless non-empty JSON),
   * `optional` → parsed when present (e.g. `/deploy`), undefined → ignored.
   */
  body?: 'required' | 'optional';
  /** Contract operation (`METHOD /path` in openapi-subset.json) to validate the body against. */
  contract?: string;
  handler(req: RouteRequest): RouteResult;
}

/** A route match with its parameters. */
export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** A route pattern split once: its segments and how many are literal. */
interface CompiledPattern {
  segments: string[];
  literals: number;
}

function compile(pattern: string): CompiledPattern {
  const segments = pattern.split('/').filter(Boolean);
  return { segments, literals: segments.filter((s) => !s.startsWith('{')).length };
}

function matchSegments(pattern: readonly string[], xs: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== xs.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const x = xs[i]!;
    if (p.startsWith('{') && p.endsWith('}')) params[p.slice(1, -1)] = decodeURIComponent(x);
    else if (p !== x) return undefined;
  }
  return params;
}

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  return matchSegments(compile(pattern).segments, path.split('/').filter(Boolean));
}

/** GET stubs that answer 405 "This endpoint has changed to a POST request." (Coolify v4.2+). */
const POST_ONLY_STUBS = [
  '/deploy',
  '/enable',
  '/disable',
  '/applications/{uuid}/start', '/applications/{uuid}/stop', '/applications/{uuid}/restart',
  '/databases/{uuid}/start', '/databases/{uuid}/stop', '/databases/{uuid}/restart',
  '/services/{uuid}/start', '/services/{uuid}/stop', '/services/{uuid}/restart',
  '/s3-storages/{uuid}/validate', '/servers/{uuid}/validate',
];

/** Finds routes by method and path; the most literal pattern wins. */
export class Router {
  private readonly routes: Array<{ route: Route; pattern: CompiledPattern }> = [];

  /** Adds routes. */
  add(...routes: Route[]): void {
    for (const route of routes) this.routes.push({ route, pattern: compile(route.path) });
  }

  /** The matching route, or undefined. */
  match(method: string, path: string): RouteMatch | undefined {
    // Patterns are split when added and the path once here: this runs for every request.
    const xs = path.split('/').filter(Boolean);
    let best: { match: RouteMatch; literals: number } | undefined;
    for (const { route, pattern } of this.routes) {
      if (route.method !== method || pattern.segments.length !== xs.length) continue;
      const params = matchSegments(pattern.segments, xs);
      if (params && (!best || pattern.literals > best.literals)) best = { match: { route, params }, literals: pattern.literals };
    }
    return best?.match;
  }

  /** True for a GET on an endpoint that has become POST-only (405 instead of 404). */
  isPostOnlyStub(method: string, path: string): boolean {
    return method === 'GET' && POST_ONLY_STUBS.some((p) => matchPath(p, path) !== undefined);
  }
}
