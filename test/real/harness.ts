/**
 * Helpers of the real-Coolify suite (`test/real`): the connection provided by global-setup.ts,
 * a plain-fetch API client (not this tool's client: it is what we check the CLI against),
 * manifests transformed for the seeded real instance, unique names and secret canaries.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { parse, stringify } from 'yaml';
import { cliEnv, ROOT, runCli, tempDir, type CliResult } from '../e2e/harness.js';
import type { RealCoolifyContext } from './global-setup.js';

export { ROOT };

/** The real Coolify of this run (or the reason there is none). */
export function realCoolify(): RealCoolifyContext {
  return inject('realCoolify');
}

/** One HTTP answer of the real API. */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** A minimal client of the real API. */
export interface RealApi {
  request(method: string, path: string, body?: unknown): Promise<ApiAnswer>;
  /** GET that must answer 200; returns the body. */
  get<T = Record<string, unknown>>(path: string): Promise<T>;
}

/** A plain-fetch client of `url`'s `/api/v1` with `token`. */
export function realApi(url: string, token: string): RealApi {
  const request = async (method: string, path: string, body?: unknown): Promise<ApiAnswer> => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed };
  };
  return {
    request,
    async get<T>(path: string): Promise<T> {
      const a = await request('GET', path);
      if (a.status !== 200) throw new Error(`GET ${path} answered ${a.status}: ${JSON.stringify(a.body)}`);
      return a.body as T;
    },
  };
}

/** A name no earlier run on the same instance used: `rt<time><random>-BASE`. */
export function uniqueName(base: string): string {
  return `rt${Date.now().toString(36)}${randomBytes(2).toString('hex')}-${base}`.slice(0, 63);
}

/** The seeded names the transformed manifests use instead of the examples' own. */
export interface SeedNames {
  server: string;
  /** The seeded key the seeded server uses (a declared server is registered with it). */
  privateKey?: string;
}

/** Reads the seeded server's name and its key's from the instance (`GET /servers`, uuid `localhost`). */
export async function seedNames(api: RealApi): Promise<SeedNames> {
  const servers = await api.get<Array<{ name: string; uuid: string }>>('/servers');
  const server = servers.find((s) => s.uuid === 'localhost')?.name;
  if (!server) throw new Error(`the real Coolify lacks the seeded server localhost: ${JSON.stringify(servers)}`);
  const detail = await api.get<{ private_key_id?: number }>('/servers/localhost');
  const keys = await api.get<Array<{ id?: number; name: string }>>('/security/keys');
  const privateKey = (keys.find((k) => k.id !== undefined && k.id === detail.private_key_id) ?? keys[0])?.name;
  return { server, ...(privateKey !== undefined ? { privateKey } : {}) };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: unknown): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Applies `fn` to every object of the YAML data, depth first. */
function walk(node: Json, fn: (o: { [key: string]: Json }) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, fn));
  else if (isObject(node)) {
    fn(node);
    Object.values(node).forEach((n) => walk(n, fn));
  }
}

/** The result of transforming a manifest for the real instance. */
export interface RealManifest {
  /** The transformed data (edit it, then `writeManifest`). */
  data: { [key: string]: Json };
  /** Old project name → unique new one. */
  projects: Record<string, string>;
  /** Every `${secrets.NAME}` it uses, with a canary value. */
  secrets: Record<string, string>;
}

/**
 * Transforms a manifest's YAML data (parsed with `yaml`, never by regex) for the seeded real
 * instance: every `server` → the seeded server, no `s3Storages` and no `s3`/`keepInS3` (S3
 * storages cannot be created offline), no `privateKeys` (tested on their own), no `githubApp` (neither can those), projects renamed uniquely,
 * `servers` renamed uniquely with an unreachable address and the seeded key.
 */
export function transformManifest(text: string, seed: SeedNames): RealManifest {
  const data = parse(text) as { [key: string]: Json };
  delete data['s3Storages'];
  // A private key must be real key material, new on every run (Coolify refuses the same key
  // twice): test/real/private-keys.real.test.ts generates its own instead.
  delete data['privateKeys'];
  // A notification webhook URL would be a canary here, which SafeWebhookUrl refuses (not a URL),
  // and the channels are the team's one set: test/real/notifications.real.test.ts sets its own.
  delete data['notifications'];
  // A Git App's URLs must resolve (SafeExternalUrl looks github.com up, which the offline kit
  // cannot) and a GitHub App needs a key of the run: test/real/git-apps.real.test.ts makes its own.
  delete data['githubApps'];
  delete data['gitlabApps'];
  // A declared server is registered with the seeded key, under a unique name and an address
  // nothing resolves (Coolify refuses an address twice): the kit cannot reach it, so it is never
  // validated (an apply with --no-wait does not wait for it) and nothing is placed on it (every
  // `server:` below names the seeded one).
  const servers = data['servers'];
  if (isObject(servers)) {
    const renamedServers: { [key: string]: Json } = {};
    for (const [name, entry] of Object.entries(servers)) {
      // A server bought at a cloud provider (`provision:`) needs the provider's API, which the
      // offline kit cannot reach: the differential cases (test/conformance/cases/cloud-servers.cases.ts)
      // check what the real create does offline instead.
      if (isObject(entry) && entry['provision'] !== undefined) continue;
      const unique = uniqueName(name);
      renamedServers[unique] = isObject(entry) ? { ...entry, ip: `${unique}.example.test`, ...(seed.privateKey !== undefined ? { privateKey: seed.privateKey } : {}) } : entry;
    }
    data['servers'] = renamedServers;
  }
  // A cloud provider token is checked against its provider on create (api.hetzner.cloud,
  // offline: 400); test/real/cloud-tokens.real.test.ts tests what works offline instead.
  delete data['cloudTokens'];
  // The kit has one server: a destination of the example's second server would become a second
  // destination of `localhost` (every other resource would then need one named), and an extra
  // network must be on another server than the application's (test/real/destinations.real.test.ts).
  delete data['destinations'];
  walk(data, (o) => {
    delete o['networks'];
    if (typeof o['server'] === 'string') o['server'] = seed.server;
    // A GitHub App source cannot be created offline either: POST /applications/private-github-app
    // calls api.github.com (500, "Could not resolve host"), even with the seeded App. Without
    // `githubApp` the repository is public (POST /applications/public), which works offline.
    delete o['githubApp'];
    delete o['s3'];
    delete o['keepInS3'];
    // A SQLite database needs Coolify 4.4 (`POST /databases/sqlite`); the real kit is 4.3.11,
    // where the plan leaves it out (ADO516, test/real/sqlite.real.test.ts): not part of the cycle.
    const dbs = o['databases'];
    if (dbs !== null && typeof dbs === 'object' && !Array.isArray(dbs)) {
      for (const [n, db] of Object.entries(dbs)) if (db !== null && typeof db === 'object' && !Array.isArray(db) && db['type'] === 'sqlite') delete dbs[n];
      if (Object.keys(dbs).length === 0) delete o['databases'];
    }
  });
  const projects: Record<string, string> = {};
  const renamed: { [key: string]: Json } = {};
  for (const [name, project] of Object.entries((data['projects'] ?? {}) as { [key: string]: Json })) {
    projects[name] = uniqueName(name);
    renamed[projects[name]!] = project;
  }
  data['projects'] = renamed;
  const secrets: Record<string, string> = {};
  const names = new Set<string>();
  walk(data, (o) => {
    for (const v of Object.values(o)) {
      if (typeof v !== 'string') continue;
      for (const m of v.matchAll(/\$\{secrets\.([A-Za-z_][A-Za-z0-9_]*)\}/g)) names.add(m[1]!);
    }
  });
  for (const n of names) secrets[n] = `CANARY-real-${n.toLowerCase()}-${randomBytes(3).toString('hex')}`;
  return { data, projects, secrets };
}

/** Writes the manifest data as YAML to `dir/name`; returns the path. */
export function writeManifest(dir: string, data: unknown, name = 'ado.coolify.yaml'): string {
  const path = join(dir, name);
  writeFileSync(path, stringify(data));
  return path;
}

/** Reads a repository file. */
export function repoFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** Runs the built CLI against the real instance in `cwd`, with the manifest's canary secrets. */
export function realCli(real: { url: string; token: string }, args: string[], cwd: string, secrets: Record<string, string>): Promise<CliResult> {
  return runCli(args, { env: cliEnv({ url: real.url, token: real.token }, secrets), cwd, timeoutMs: 180_000 });
}

export { tempDir };

/** Everything a project holds in one environment, from `GET /projects/{uuid}/{env}`. */
export interface LiveEnvironment {
  uuid: string;
  name: string;
  applications: Array<Record<string, unknown> & { uuid: string; name: string }>;
  postgresqls?: Array<Record<string, unknown> & { uuid: string; name: string }>;
  services?: Array<Record<string, unknown> & { uuid: string; name: string }>;
  [key: string]: unknown;
}

/** The project named `name`, or undefined. */
export async function findProject(api: RealApi, name: string): Promise<{ uuid: string; name: string; description: string | null } | undefined> {
  const list = await api.get<Array<{ uuid: string; name: string; description: string | null }>>('/projects');
  return list.find((p) => p.name === name);
}

/** Every application, database and service of one environment, by name → uuid. */
export async function environmentResources(api: RealApi, projectUuid: string, env: string): Promise<Map<string, { uuid: string; kind: string; record: Record<string, unknown> }>> {
  const e = await api.get<Record<string, unknown>>(`/projects/${projectUuid}/${encodeURIComponent(env)}`);
  const out = new Map<string, { uuid: string; kind: string; record: Record<string, unknown> }>();
  for (const [key, value] of Object.entries(e)) {
    if (!Array.isArray(value)) continue;
    const kind = key === 'applications' ? 'application' : key === 'services' ? 'service' : 'database';
    for (const r of value as Array<Record<string, unknown>>) {
      if (typeof r['uuid'] === 'string' && typeof r['name'] === 'string') out.set(`${kind}/${r['name']}`, { uuid: r['uuid'], kind, record: r });
    }
  }
  return out;
}

/** Every canary value that appears in the texts (by secret name). */
export function leakedSecrets(secrets: Record<string, string>, ...texts: string[]): string[] {
  return Object.entries(secrets)
    .filter(([, v]) => texts.some((t) => t.includes(v)))
    .map(([k]) => k);
}
