/**
 * Every endpoint the client calls, in the client's route form (`PATCH /projects/{uuid}`):
 * found by calling every client method (the method registry of the contract tests,
 * `clientMethodPaths`) against a fake fetch and recording the endpoint template of each request,
 * and the create endpoints of the kinds' subtypes (`TeamSpec.createVariants`), sent through `send`.
 */
import { createCoolifyClient, type CoolifyClient } from '../../src/coolify/client.js';
import { DATABASE_TYPES } from '../../src/coolify/types.js';
import { clientMethodPaths } from '../coolify/contract-helpers.js';
import { KIND_ORDER, specFor } from '../../src/kinds/registry.js';

/** `send(endpoint, body)` forwards any endpoint: it is not an endpoint of its own. */
const PASS_THROUGH = new Set(['send']);

/** The endpoint templates each client method path calls. */
export async function clientEndpoints(): Promise<Map<string, Set<string>>> {
  let current = '';
  const byEndpoint = new Map<string, Set<string>>();
  const client = createCoolifyClient({
    baseUrl: 'http://127.0.0.1:9',
    token: 't',
    retries: 0,
    rateLimitPerMinute: 1_000_000,
    fetch: async (input) => new Response(String(input).endsWith('/version') ? '4.3.11' : String(input).endsWith('/health') ? 'OK' : '[]', { status: 200, headers: { 'content-type': 'application/json' } }),
    onEvent: (e) => {
      if (e.type !== 'request') return;
      if (!byEndpoint.has(e.endpoint)) byEndpoint.set(e.endpoint, new Set());
      byEndpoint.get(e.endpoint)!.add(current);
    },
  });
  for (const path of clientMethodPaths(client)) {
    if (PASS_THROUGH.has(path)) continue;
    current = path;
    const argSets: unknown[][] =
      path === 'deploy' ? [[{ uuids: ['u'] }], [{ tags: ['t'] }]] : path === 'databases.create' ? [...DATABASE_TYPES, 'sqlite'].map((t) => [t, {}]) : [['u', 'v', 'w']];
    for (const args of argSets) {
      const fn = resolvePath(client, path);
      try {
        await fn(...args);
      } catch {
        // the fake answers `[]` everywhere; a method that dislikes it has still sent its request
      }
    }
  }
  // The create step sends a subtype's own create (a server bought at a cloud provider,
  // `TeamSpec.createVariants`) through `send`: those are the client's endpoints too.
  for (const kind of KIND_ORDER) {
    for (const variant of Object.values(specFor(kind).team?.createVariants ?? {})) {
      const endpoint = `POST ${variant.path}`;
      if (!byEndpoint.has(endpoint)) byEndpoint.set(endpoint, new Set());
      byEndpoint.get(endpoint)!.add(`send (${kind} create)`);
    }
  }
  return byEndpoint;
}

function resolvePath(client: CoolifyClient, path: string): (...args: unknown[]) => Promise<unknown> {
  let obj: unknown = client;
  const parts = path.split('.');
  for (const [i, part] of parts.entries()) {
    const factory = part.endsWith('()');
    const key = factory ? part.slice(0, -2) : part;
    const next = (obj as Record<string, unknown>)[key];
    if (i === parts.length - 1) return (next as (...a: unknown[]) => Promise<unknown>).bind(obj);
    obj = factory ? (next as (x: string) => unknown).call(obj, 'u') : next;
  }
  throw new Error(`no method ${path}`);
}
