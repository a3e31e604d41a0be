/** Maps a compose service (anything but an official database image) to a manifest application. */
import { posix } from 'node:path';
import type { ApplicationSpec, EnvValueSpec, GitSourceSpec, StorageSpec } from '../manifest/types.js';
import { type ImportContext, targetsExcept } from './context.js';
import { buildEnv } from './env.js';
import { mapAppHealthcheck } from './healthcheck.js';
import { escapeManifestText, toManifestString } from './interpolate.js';
import type { HostTarget } from './rewire.js';
import { envPairs } from './map-database.js';
import { mapLimits } from './map-limits.js';
import type { ComposeBuild, ComposeService } from './model.js';
import { NameAllocator } from './names.js';

/** The placeholder repository of applications built from a local context. */
export const PLACEHOLDER_REPOSITORY = 'https://github.com/your-org/your-repo';

/** Module `node:path` posix helpers are pure string functions: no I/O happens here. */
function repoPath(p: string): string | undefined {
  const n = posix.normalize(`/${p.replace(/\\/g, '/')}`);
  return n.startsWith('/..') ? undefined : n;
}

function mapBuild(build: ComposeBuild, name: string, ctx: ImportContext): GitSourceSpec {
  const where = `applications.${name}`;
  const remote = /^(?:https?:\/\/|git@|git:\/\/)/.exec(build.context);
  let repository = PLACEHOLDER_REPOSITORY;
  let base: string | undefined = '/';
  if (remote) {
    const [url = build.context, fragment] = build.context.split('#');
    repository = url;
    const [, dir] = (fragment ?? '').split(':');
    base = dir ? repoPath(dir) : '/';
  } else {
    base = repoPath(build.context);
    if (base === undefined) {
      ctx.report.review.push(`${where}: build context \`${build.context}\` is outside the compose directory; set \`git.baseDirectory\``);
      base = '/';
    }
  }
  const git: GitSourceSpec = { repository, branch: 'main', buildPack: 'dockerfile' };
  if (base !== '/') git.baseDirectory = base;
  git.dockerfile = repoPath(build.dockerfile ?? 'Dockerfile') ?? '/Dockerfile';
  if (build.target) git.dockerfileTarget = build.target;
  if (!remote) {
    ctx.report.review.push(`${where}: built from \`${build.context}\`; replace the placeholder repository ${PLACEHOLDER_REPOSITORY} (and the branch)`);
    ctx.comments.push({
      path: [...ctx.envPath, 'applications', name, 'git'],
      text: ` TODO: FILL IN the repository that holds the build context \`${build.context}\` (placeholder below)`,
    });
  }
  return git;
}

/** Host IPs that mean every interface, as Coolify publishes a mapping. */
const ALL_INTERFACES = new Set(['0.0.0.0', '::', '[::]']);

function mapPorts(service: ComposeService, where: string, ctx: ImportContext): { ports: number[]; portMappings: string[] } {
  const ports: number[] = [];
  const portMappings: string[] = [];
  for (const p of service.ports) {
    if (p.protocol !== 'tcp') {
      ctx.report.notCarried.push(`${where}: ${p.protocol} port ${p.target} (Coolify maps TCP ports)`);
      continue;
    }
    if (!ports.includes(p.target)) ports.push(p.target);
    if (p.published !== undefined) {
      const m = `${p.published}:${p.target}`;
      if (p.hostIp && !ALL_INTERFACES.has(p.hostIp)) {
        // Coolify publishes a port mapping on every interface: a port the compose file bound to
        // one address (often 127.0.0.1, a debug port) would be opened to the world (audit m14).
        ctx.report.notCarried.push(`${where}: port ${m} bound to ${p.hostIp} only: not published (Coolify would publish it on all interfaces); reach it through a domain or Coolify's network, or add portMappings yourself`);
        continue;
      }
      if (!portMappings.includes(m)) portMappings.push(m);
    }
  }
  for (const e of service.expose) if (!ports.includes(e)) ports.push(e);
  return { ports, portMappings };
}

/** File content: `${` escaped, `service:port` of other services rewired to their Coolify host. */
export function rewireContent(content: string, targets: readonly HostTarget[]): string {
  let out = escapeManifestText(content);
  for (const t of targets) {
    for (const host of t.hosts) {
      const re = new RegExp(`(^|[^A-Za-z0-9_.$-])${host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=:\\d)`, 'g');
      out = out.replace(re, (_m, pre: string) => `${pre}\${${t.namespace}.${t.name}.host}`);
    }
  }
  return out;
}

function mapStorages(service: ComposeService, where: string, ctx: ImportContext): Record<string, StorageSpec> {
  const storages: Record<string, StorageSpec> = {};
  const names = new NameAllocator();
  for (const m of service.mounts) {
    if (!m.target.startsWith('/')) {
      ctx.report.notCarried.push(`${where}: mount target \`${m.target}\` is not an absolute path`);
      continue;
    }
    if (m.type === 'tmpfs') {
      ctx.report.notCarried.push(`${where}: tmpfs at \`${m.target}\``);
      continue;
    }
    if (m.readOnly) ctx.report.notCarried.push(`${where}: read-only flag of \`${m.target}\``);
    if (m.type === 'volume' && m.source) {
      const n = names.allocate(m.source, 'data');
      storages[n] = { mountPath: m.target };
      const users = ctx.volumeUsers.get(m.source) ?? [];
      if (users.length > 1) ctx.report.review.push(`${where}: volume \`${m.source}\` is shared with ${users.filter((u) => u !== service.key).join(', ')}; Coolify gives each application its own volume`);
      if (ctx.externalVolumes.includes(m.source)) ctx.report.review.push(`${where}: external volume \`${m.source}\` becomes a new Coolify volume; copy its data`);
      continue;
    }
    if (m.type === 'anonymous') {
      storages[names.allocate(posix.basename(m.target), 'data')] = { mountPath: m.target };
      continue;
    }
    const source = m.source ?? '';
    if (source.startsWith('/')) {
      storages[names.allocate(posix.basename(source), 'bind')] = { mountPath: m.target, hostPath: source };
      if (source === '/var/run/docker.sock') ctx.report.review.push(`${where}: mounts the Docker socket of the Coolify server`);
      continue;
    }
    const content = ctx.files[source];
    if (content !== undefined) {
      storages[names.allocate(posix.basename(m.target), 'file')] = { type: 'file', mountPath: m.target, content: rewireContent(content, targetsExcept(ctx, service)) };
      continue;
    }
    const n = names.allocate(posix.basename(source) || posix.basename(m.target), 'data');
    storages[n] = { mountPath: m.target };
    ctx.report.review.push(`${where}: bind mount \`${source}\` became the volume \`${n}\`; copy its contents or set \`hostPath\` to a path on the server`);
  }
  return storages;
}

/** Maps the service; notes go to the report. */
export function mapApplication(service: ComposeService, name: string, ctx: ImportContext): ApplicationSpec {
  const where = `applications.${name}`;
  const spec: ApplicationSpec = {};
  if (service.image) {
    spec.image = toManifestString(service.image, ctx.sink);
    if (service.build) ctx.report.review.push(`${where}: has both \`image\` and \`build\`; the image \`${service.image}\` is used, so it must be pushed to a registry Coolify can pull from`);
  } else if (service.build) {
    spec.git = mapBuild(service.build, name, ctx);
  } else {
    spec.image = 'FILL-IN-image';
    ctx.report.review.push(`${where}: the compose service has neither \`image\` nor \`build\`; set the image`);
  }
  const { ports, portMappings } = mapPorts(service, where, ctx);
  if (ports.length > 0) spec.ports = ports;
  if (portMappings.length > 0) spec.portMappings = portMappings;
  const health = mapAppHealthcheck(service.healthcheck, ports[0]);
  if (health) spec.healthCheck = health;
  const limits = mapLimits(service, where, ctx);
  if (limits) spec.limits = limits;
  if (service.replicas !== undefined && service.replicas > 1) spec.replicas = Math.min(service.replicas, 100);
  const dependsOn: string[] = [];
  for (const d of service.dependsOn) {
    const n = ctx.names.get(d);
    if (n === undefined) ctx.report.notCarried.push(`${where}: depends_on \`${d}\`, which is not a service of the file`);
    else if (!dependsOn.includes(n)) dependsOn.push(n);
  }
  if (dependsOn.length > 0) spec.dependsOn = dependsOn;
  const opts = { owner: name, ownerPath: where, sink: ctx.sink, secrets: ctx.secrets, targets: targetsExcept(ctx, service), notes: ctx.report.notCarried };
  const built = buildEnv(envPairs(service, ctx, where), opts);
  const env: Record<string, EnvValueSpec> = { ...built.env };
  if (service.build && spec.git) {
    const args = buildEnv(service.build.args, { ...opts, ownerPath: `${where} build arg` });
    for (const [k, v] of Object.entries(args.env)) if (!(k in env)) env[k] = { value: v as string, buildTime: true, runtime: false };
  }
  if (Object.keys(env).length > 0) spec.env = env;
  const storages = mapStorages(service, where, ctx);
  if (Object.keys(storages).length > 0) spec.storages = storages;
  if (service.command !== undefined) {
    ctx.report.notCarried.push(`${where}: \`command\` (\`${[service.command].flat().join(' ')}\`): set it in the image or Dockerfile`);
  }
  return spec;
}
