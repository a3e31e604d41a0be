/**
 * The I/O operations of servers (`/servers`, routes/api.php:151-201). After a write: the Docker
 * cleanup settings go to their own endpoint (PATCH /servers/{uuid}/docker-cleanup,
 * ServerDockerCleanupController.php:136-200), the log drains and Sentinel to theirs (PATCH
 * /servers/{uuid}/log-drains, /servers/{uuid}/sentinel), and a new server, or one whose connection
 * changed, is validated (POST /servers/{uuid}/validate, ServersController.php:952-1001: a
 * queued job, 201 "Validation started.") and waited for until Coolify marks it reachable and
 * usable (`settings.is_reachable`, `settings.is_usable`, app/Models/Server.php:1713-1714).
 * Coolify refuses to delete a server that holds resources (400, ServersController.php:854-856):
 * the delete says so before it is sent.
 */
import { AdoError } from '../errors.js';
import { DOCKER_CLEANUP_FIELDS, LOG_DRAIN_FIELDS, SENTINEL_FIELDS } from '../kinds/server.js';
import { materialize } from '../model/value.js';
import { teamLevelOps } from './team-level.js';
import type { KindOps, KindOpsContext, Rec, WriteDone, WriteFollowUp, WriteWaitProbe } from './types.js';

/** Fields whose change makes Coolify connect differently: validated again. */
const CONNECTION = ['ip', 'port', 'user', 'private_key_uuid'];

const settingsOf = (r: Rec): Rec => (r.settings !== null && typeof r.settings === 'object' ? (r.settings as Rec) : {});

/** The first line of Coolify's validation log (HTML in Coolify 4: tags dropped). */
function logLine(logs: unknown): string | undefined {
  if (typeof logs !== 'string' || logs.trim() === '') return undefined;
  return logs.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300) || undefined;
}

/**
 * One look at a server being validated. Coolify's job clears `validation_logs` when it starts
 * and writes them when it fails (app/Actions/Server/ValidateServer.php); until the job has run,
 * the log of an earlier validation may still be there (`before`): that one fails the wait only
 * once the job is seen to have started (the log cleared, or `is_validating`).
 */
export function validationProbe(ctx: KindOpsContext, uuid: string, before: string | undefined): () => Promise<WriteWaitProbe> {
  let started = before === undefined;
  return async () => {
    const r = (await ctx.client.servers.get(uuid)) as Rec;
    const s = settingsOf(r);
    if (s.is_reachable === true && s.is_usable === true) return { done: true, value: 'validated: reachable and usable' };
    const log = logLine(r.validation_logs);
    if (r.is_validating === true || log !== before) started = true;
    if (r.is_validating !== true && log !== undefined && started) return { failed: true, reason: log };
    return { done: false, status: r.is_validating === true ? 'validating' : s.is_reachable === true ? 'reachable, not usable yet' : 'not reachable yet' };
  };
}

async function afterServerWrite(ctx: KindOpsContext, done: WriteDone): Promise<WriteFollowUp> {
  const notes: string[] = [];
  const uuid = done.uuid;
  const cleanup: Record<string, unknown> = {};
  for (const [wire] of DOCKER_CLEANUP_FIELDS) {
    const want = done.resource.fields[wire];
    if (want !== undefined && (done.created || done.changedPaths.includes(wire))) cleanup[wire] = materialize(want, done.pctx.refs);
  }
  if (Object.keys(cleanup).length > 0) {
    await ctx.client.servers.dockerCleanup.update(uuid, cleanup);
    notes.push('docker cleanup set');
  }
  // ServerLogDrainsController.php:196-227: a drain switched on needs its other fields in the
  // same request or already stored, so every declared drain field goes when one changed. The
  // body holds the keys: never logged.
  const drains: Record<string, unknown> = {};
  const declared = LOG_DRAIN_FIELDS.filter((f) => done.resource.fields[f.wire] !== undefined);
  if (declared.length > 0 && (done.created || declared.some((f) => done.changedPaths.includes(f.wire)))) {
    for (const f of declared) drains[f.wire] = materialize(done.resource.fields[f.wire]!, done.pctx.refs);
    await ctx.client.servers.logDrains.update(uuid, drains);
    notes.push('log drains set');
  }
  // ServerSentinelController.php:141-225; the token is a secret: the body is never logged.
  const sentinel: Record<string, unknown> = {};
  for (const f of SENTINEL_FIELDS) {
    const want = done.resource.fields[f.wire];
    if (want !== undefined && (done.created || done.changedPaths.includes(f.wire))) sentinel[f.wire] = materialize(want, done.pctx.refs);
  }
  if (Object.keys(sentinel).length > 0) {
    await ctx.client.servers.sentinel.update(uuid, sentinel);
    notes.push('sentinel set');
  }
  if (!done.created && !done.changedPaths.some((p) => CONNECTION.includes(p))) return notes.length > 0 ? { detail: notes.join(', ') } : {};
  // the log an earlier validation left, told apart from the one this validation writes
  const before = done.created ? undefined : logLine(((await ctx.client.servers.get(uuid)) as Rec).validation_logs);
  await ctx.client.servers.validate(uuid);
  notes.push('validation started');
  return { detail: notes.join(', '), waitUntil: { what: `${done.resource.address} to be validated`, poll: validationProbe(ctx, uuid, before) } };
}

/** Servers: team-wide, read back by uuid; validated after a create or a connection change. */
export const SERVER_OPS: KindOps = {
  ...teamLevelOps('server', afterServerWrite),
  // ServersController.php:854-856: "Server has resources." (400) unless ?force=true, which would
  // delete every resource on it; this tool never forces.
  beforeRemove: async (ctx, live) => {
    const held = await ctx.client.servers.resources(live.uuid);
    if (Array.isArray(held) && held.length > 0) {
      throw new AdoError('ADO_SERVER_NOT_EMPTY', `${live.address} still holds ${held.length} resource${held.length === 1 ? '' : 's'} (${held.slice(0, 5).map((r) => String(r.name)).join(', ')}): Coolify deletes only an empty server`, {
        hint: 'delete or move the applications, databases and services on it first (ServersController.php:854)',
      });
    }
  },
};
