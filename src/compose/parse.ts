/**
 * Parses a Docker Compose file (spec v2/v3) into a normalised ComposeProject. Pure: the
 * caller reads files. Throws AdoError when the text is not a usable compose file.
 */
import { parse as parseYaml } from 'yaml';
import { AdoError } from '../errors.js';
import { substituteDefaults } from './interpolate.js';
import type { ComposeBuild, ComposeHealthcheck, ComposeMount, ComposePort, ComposeProject, ComposeService } from './model.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

/** Service keys we map; everything else is reported as not carried over. */
const MAPPED_KEYS = new Set([
  'image', 'build', 'environment', 'env_file', 'ports', 'expose', 'depends_on', 'volumes',
  'healthcheck', 'deploy', 'command', 'container_name', 'hostname', 'mem_limit', 'cpus',
  'mem_reservation', 'restart', 'networks',
]);

/** Normalises `environment:` (list of `K=V` / `K`, or map) to ordered pairs. */
export function parseEnvironment(raw: unknown): Array<[string, string | undefined]> {
  if (Array.isArray(raw)) {
    return raw
      .map((item) => str(item))
      .filter((s): s is string => s !== undefined && s.trim() !== '')
      .map((s) => {
        const eq = s.indexOf('=');
        return eq < 0 ? ([s.trim(), undefined] as [string, undefined]) : ([s.slice(0, eq).trim(), s.slice(eq + 1)] as [string, string]);
      });
  }
  if (isObj(raw)) return Object.entries(raw).map(([k, v]) => [k, v === null || v === undefined ? undefined : str(v)]);
  return [];
}

function parsePortNumber(s: string): number | undefined {
  const n = Number(s);
  return Number.isInteger(n) && n >= 1 && n <= 65535 ? n : undefined;
}

function expandRange(s: string): number[] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return undefined;
  const a = parsePortNumber(m[1]!);
  const b = m[2] !== undefined ? parsePortNumber(m[2]) : a;
  if (a === undefined || b === undefined || b < a || b - a > 20) return undefined;
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** Parses one `ports:` entry (short `"[ip:][host:]container[/proto]"` or long syntax). */
export function parsePort(raw: unknown, notes: string[], where: string): ComposePort[] {
  if (isObj(raw)) {
    const target = parsePortNumber(substituteDefaults(str(raw.target) ?? ''));
    if (target === undefined) {
      notes.push(`${where}: port ${JSON.stringify(raw)} has no valid target; skipped`);
      return [];
    }
    const published = raw.published !== undefined ? parsePortNumber(substituteDefaults(str(raw.published) ?? '')) : undefined;
    const hostIp = str(raw.host_ip);
    return [{ target, protocol: str(raw.protocol) ?? 'tcp', ...(published !== undefined ? { published } : {}), ...(hostIp ? { hostIp } : {}) }];
  }
  const text = substituteDefaults(str(raw) ?? '').trim();
  let body = text;
  let protocol = 'tcp';
  const slash = text.lastIndexOf('/');
  if (slash >= 0) {
    protocol = text.slice(slash + 1);
    body = text.slice(0, slash);
  }
  let hostIp: string | undefined;
  const v6 = /^\[([^\]]+)\]:(.*)$/.exec(body);
  if (v6) {
    hostIp = v6[1];
    body = v6[2]!;
  }
  const parts = body.split(':');
  const containerPart = parts[parts.length - 1] ?? '';
  const hostPart = parts.length >= 2 ? parts[parts.length - 2] : undefined;
  if (parts.length >= 3 && hostIp === undefined) hostIp = parts.slice(0, -2).join(':');
  const containers = expandRange(containerPart);
  const hosts = hostPart ? expandRange(hostPart) : undefined;
  if (!containers || (hostPart && (!hosts || hosts.length !== containers.length))) {
    notes.push(`${where}: port \`${text}\` could not be mapped (ranges above 20 ports or malformed); add it by hand`);
    return [];
  }
  return containers.map((target, i) => ({
    target,
    protocol,
    ...(hosts?.[i] !== undefined ? { published: hosts[i] } : {}),
    ...(hostIp ? { hostIp } : {}),
  }));
}

/** Parses one `volumes:` entry of a service (short or long syntax). */
export function parseMount(raw: unknown): ComposeMount | undefined {
  if (isObj(raw)) {
    const target = str(raw.target);
    if (!target) return undefined;
    const t = str(raw.type) ?? 'volume';
    const source = str(raw.source);
    const readOnly = raw.read_only === true;
    if (t === 'bind') return { type: 'bind', target, readOnly, ...(source ? { source } : {}) };
    if (t === 'tmpfs') return { type: 'tmpfs', target, readOnly };
    if (t === 'volume') return source ? { type: 'volume', source, target, readOnly } : { type: 'anonymous', target, readOnly };
    return undefined;
  }
  const text = substituteDefaults(str(raw) ?? '');
  if (!text) return undefined;
  // split on ':' but keep a leading Windows drive letter (C:\…) together
  const drive = /^[A-Za-z]:[\\/]/.test(text) ? text.slice(0, 2) : '';
  const parts = text.slice(drive.length).split(':');
  parts[0] = drive + (parts[0] ?? '');
  if (parts.length === 1) return { type: 'anonymous', target: parts[0]!, readOnly: false };
  const [source, target, mode] = parts as [string, string, string | undefined];
  const readOnly = mode !== undefined && mode.split(',').includes('ro');
  const isPath = /^(\.|\/|~|[A-Za-z]:[\\/])/.test(source);
  return { type: isPath ? 'bind' : 'volume', source, target, readOnly };
}

function parseHealthcheck(raw: unknown): ComposeHealthcheck | undefined {
  if (!isObj(raw)) return undefined;
  const test = Array.isArray(raw.test) ? raw.test.map((t) => str(t) ?? '') : str(raw.test);
  const retries = typeof raw.retries === 'number' ? raw.retries : undefined;
  return {
    disable: raw.disable === true || (Array.isArray(test) && test[0] === 'NONE'),
    ...(test !== undefined ? { test } : {}),
    ...(str(raw.interval) !== undefined ? { interval: str(raw.interval)! } : {}),
    ...(str(raw.timeout) !== undefined ? { timeout: str(raw.timeout)! } : {}),
    ...(retries !== undefined ? { retries } : {}),
    ...(str(raw.start_period) !== undefined ? { startPeriod: str(raw.start_period)! } : {}),
  };
}

function parseBuild(raw: unknown): ComposeBuild | undefined {
  if (typeof raw === 'string') return { context: raw, args: [] };
  if (!isObj(raw)) return undefined;
  const dockerfile = str(raw.dockerfile);
  const target = str(raw.target);
  return {
    context: str(raw.context) ?? '.',
    args: parseEnvironment(raw.args),
    ...(dockerfile ? { dockerfile } : {}),
    ...(target ? { target } : {}),
  };
}

function parseEnvFiles(raw: unknown): Array<{ path: string; required: boolean }> {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const out: Array<{ path: string; required: boolean }> = [];
  for (const item of list) {
    if (typeof item === 'string') out.push({ path: item, required: true });
    else if (isObj(item) && typeof item.path === 'string') out.push({ path: item.path, required: item.required !== false });
  }
  return out;
}

function parseDependsOn(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.map((d) => str(d)).filter((d): d is string => d !== undefined);
  if (isObj(raw)) return Object.keys(raw);
  return [];
}

function parseService(key: string, raw: Obj, notes: string[]): ComposeService {
  const where = `service \`${key}\``;
  const ports = (Array.isArray(raw.ports) ? raw.ports : []).flatMap((p) => parsePort(p, notes, where));
  const expose = (Array.isArray(raw.expose) ? raw.expose : [])
    .flatMap((e) => expandRange(substituteDefaults(str(e) ?? '').replace(/\/\w+$/, '')) ?? []);
  const mounts = (Array.isArray(raw.volumes) ? raw.volumes : []).map(parseMount).filter((m): m is ComposeMount => m !== undefined);
  const deploy = isObj(raw.deploy) ? raw.deploy : {};
  const resources = isObj(deploy.resources) ? deploy.resources : {};
  const lim = isObj(resources.limits) ? resources.limits : {};
  const res = isObj(resources.reservations) ? resources.reservations : {};
  const cpus = str(lim.cpus) ?? str(raw.cpus);
  const memory = str(lim.memory) ?? str(raw.mem_limit);
  const reservedMemory = str(res.memory) ?? str(raw.mem_reservation);
  const ignoredKeys = Object.keys(raw).filter((k) => !MAPPED_KEYS.has(k) && !k.startsWith('x-'));
  const deployIgnored = Object.keys(deploy).filter((k) => k !== 'resources' && k !== 'replicas');
  if (deployIgnored.length > 0) ignoredKeys.push(...deployIgnored.map((k) => `deploy.${k}`));
  const image = str(raw.image);
  const build = parseBuild(raw.build);
  const healthcheck = parseHealthcheck(raw.healthcheck);
  const command = Array.isArray(raw.command) ? raw.command.map((c) => str(c) ?? '') : str(raw.command);
  const containerName = str(raw.container_name);
  const hostname = str(raw.hostname);
  const replicas = typeof deploy.replicas === 'number' ? deploy.replicas : undefined;
  return {
    key,
    environment: parseEnvironment(raw.environment),
    envFiles: parseEnvFiles(raw.env_file),
    ports,
    expose,
    dependsOn: parseDependsOn(raw.depends_on),
    mounts,
    ignoredKeys,
    ...(image ? { image } : {}),
    ...(build ? { build } : {}),
    ...(healthcheck ? { healthcheck } : {}),
    ...(cpus !== undefined || memory !== undefined
      ? { limits: { ...(cpus !== undefined ? { cpus } : {}), ...(memory !== undefined ? { memory } : {}) } }
      : {}),
    ...(reservedMemory !== undefined ? { reservations: { memory: reservedMemory } } : {}),
    ...(replicas !== undefined ? { replicas } : {}),
    ...(command !== undefined ? { command } : {}),
    ...(containerName ? { containerName } : {}),
    ...(hostname ? { hostname } : {}),
  };
}

/** Parses compose YAML text. Anchors and `<<` merge keys are supported. */
export function parseCompose(text: string, fileName = 'docker-compose.yml'): ComposeProject {
  let doc: unknown;
  try {
    doc = parseYaml(text, { merge: true, maxAliasCount: 1000 });
  } catch (err) {
    throw new AdoError('ADO_COMPOSE_YAML', `${fileName} is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!isObj(doc) || !isObj(doc.services)) {
    throw new AdoError('ADO_COMPOSE_SHAPE', `${fileName} has no \`services:\` mapping`, {
      hint: 'pass a Docker Compose file (compose spec v2/v3) with a top-level `services:` key',
    });
  }
  const notes: string[] = [];
  const services: ComposeService[] = [];
  for (const [key, raw] of Object.entries(doc.services)) {
    if (!isObj(raw)) {
      notes.push(`service \`${key}\` is empty; skipped`);
      continue;
    }
    if (raw.extends !== undefined) notes.push(`service \`${key}\`: \`extends\` is not followed; merge the base service by hand`);
    services.push(parseService(key, raw, notes));
  }
  if (isObj(doc.networks) && Object.keys(doc.networks).length > 0) {
    notes.push(`networks (${Object.keys(doc.networks).join(', ')}) are ignored: Coolify puts every resource of an environment on its destination network`);
  }
  for (const top of ['secrets', 'configs'] as const) {
    if (isObj(doc[top])) notes.push(`top-level \`${top}\` (${Object.keys(doc[top]).join(', ')}) are not carried over: use \`\${secrets.X}\` env vars or file storages`);
  }
  const externalVolumes = isObj(doc.volumes)
    ? Object.entries(doc.volumes).filter(([, v]) => isObj(v) && (v.external === true || isObj(v.external))).map(([k]) => k)
    : [];
  const name = str(doc.name);
  return { services, externalVolumes, notes, ...(name ? { name } : {}) };
}
