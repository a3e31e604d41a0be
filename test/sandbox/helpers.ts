import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.js';

/** A parsed sandbox answer. */
export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  // JSON of unknown shape; tests index into it and assert.
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test convenience over arbitrary API JSON
}

/** Calls the sandbox API with plain fetch. `body` objects are sent as JSON. */
export async function api(
  sb: Sandbox,
  method: string,
  path: string,
  body?: unknown,
  options: { token?: string | null; contentType?: string; raw?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = options.token === undefined ? sb.token : options.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  let payload: string | undefined;
  if (options.raw !== undefined) payload = options.raw;
  else if (body !== undefined) payload = JSON.stringify(body);
  if (payload !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
  const res = await fetch(`${sb.url}${path.startsWith('/api') ? path : `/api/v1${path}`}`, { method, headers, body: payload });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Instant timings: every transition is due immediately. */
export const INSTANT = { deploymentQueuedMs: 0, deploymentRunMs: 0, healthyAfterMs: 0, deleteAfterMs: 0, databaseStartMs: 0 };

/** Starts a sandbox with a controllable clock (starts at 1_000_000). */
export async function clockedSandbox(options: SandboxOptions = {}): Promise<{ sb: Sandbox; advance: (ms: number) => void }> {
  let t = 1_000_000;
  const sb = await startSandbox({ now: () => t, ...options });
  return { sb, advance: (ms) => (t += ms) };
}

/** Looks up the seeded server/destination uuids. */
export function seeded(sb: Sandbox): { main: string; edge: string; edgeDestination: string; githubApp: string; privateKey: string } {
  const w = sb.store.world;
  const edge = w.servers.find((s) => s.name === 'edge')!;
  return {
    main: w.servers.find((s) => s.name === 'main')!.uuid,
    edge: edge.uuid,
    edgeDestination: w.destinations.find((d) => d.server_id === edge.id)!.uuid,
    githubApp: w.githubApps[0]!.uuid,
    privateKey: w.privateKeys[0]!.uuid,
  };
}

/** Creates a project and returns its uuid. */
export async function createProject(sb: Sandbox, name = 'ado-project'): Promise<string> {
  const r = await api(sb, 'POST', '/projects', { name });
  if (r.status !== 201) throw new Error(`project create failed: ${r.status} ${r.text}`);
  return r.json.uuid as string;
}

/** Creates a docker-image app in `production` on `main`; returns its uuid. */
export async function createImageApp(sb: Sandbox, project: string, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await api(sb, 'POST', '/applications/dockerimage', {
    project_uuid: project, environment_name: 'production', server_uuid: seeded(sb).main,
    docker_registry_image_name: 'nginx', docker_registry_image_tag: '1.27', ports_exposes: '80', ...extra,
  });
  if (r.status !== 201) throw new Error(`app create failed: ${r.status} ${r.text}`);
  return r.json.uuid as string;
}
