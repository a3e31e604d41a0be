/**
 * Services: live record → manifest entry (template `type` or raw `compose`, urls, env, its own
 * applications and databases, scheduled tasks). Pure.
 */
import { SERVICE_SPEC } from '../kinds/service.js';
import { decodeBase64IfEncoded } from '../kinds/normalize.js';
import { serviceSubtype } from '../kinds/live-subtype.js';
import { importEnv } from './env.js';
import type { SecretBook } from './secrets.js';
import type { ImportNote, ImportRename, ServiceSnapshot } from './types.js';
import { importScheduledTasks } from './scheduled-tasks.js';
import { importServiceParts } from './service-parts.js';

/** What the service mapping needs besides the snapshot. */
export interface ServiceContext {
  address: string;
  name: string;
  book: SecretBook;
  notes: ImportNote[];
  /** Names changed to be legal or unique (its scheduled tasks'). */
  renames: ImportRename[];
}

/** The manifest entry of one service. */
export function importService(snap: ServiceSnapshot, ctx: ServiceContext): Record<string, unknown> {
  const record = snap.record;
  const entry: Record<string, unknown> = {};
  if (serviceSubtype(record) === 'template') entry['type'] = String(record.service_type);
  else if (typeof record.docker_compose_raw === 'string' && record.docker_compose_raw !== '') {
    entry['compose'] = decodeBase64IfEncoded(record.docker_compose_raw);
  } else {
    entry['compose'] = '# TODO: paste the compose file here: Coolify shows it only to tokens with read:sensitive\nservices: {}\n';
    ctx.notes.push({ severity: 'todo', where: `${ctx.address} compose`, message: 'the compose file is not readable with this token (needs read:sensitive); paste it into the manifest' });
  }
  const urls = Array.isArray(record.urls) ? (record.urls as Array<Record<string, unknown>>) : [];
  const kept = urls.filter((u) => typeof u.name === 'string' && typeof u.url === 'string' && u.url !== '');
  if (kept.length > 0) entry['urls'] = kept.map((u) => ({ name: String(u.name), url: String(u.url) }));
  const { env } = importEnv(snap.envs, SERVICE_SPEC.env!, { secretPrefix: [ctx.name], where: ctx.address }, ctx.book, ctx.notes);
  if (env) entry['env'] = env;
  Object.assign(entry, importServiceParts(String(record.uuid ?? ''), snap.applications ?? [], snap.databases ?? []));
  const tasks = importScheduledTasks(snap.scheduledTasks ?? [], ctx.address, ctx.renames);
  if (tasks) entry['scheduledTasks'] = tasks;
  return entry;
}
