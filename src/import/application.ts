/**
 * Applications: live record → manifest entry. Most fields go through the generic reverse
 * mapping of `APPLICATION_SPEC`; the source (image, git, inline Dockerfile), deploy
 * commands, storages and scheduled tasks are assembled here. Pure.
 */
import { APPLICATION_SPEC } from '../kinds/application.js';
import { STORAGE_SPEC, storageRecords } from '../kinds/storage.js';
import { decodeBase64IfEncoded, storageName } from '../kinds/normalize.js';
import { applicationSubtype } from '../kinds/live-subtype.js';
import { APPLICATION_DEFAULTS } from '../kinds/defaults.js';
import { importEnv } from './env.js';
import { importScheduledTasks } from './scheduled-tasks.js';
import { NameScope } from './names.js';
import { reverseFields } from './reverse-fields.js';
import type { SecretBook, SecretRef } from './secrets.js';
import type { ApplicationSnapshot, ImportNote, ImportRename, WireRecord } from './types.js';

/** What the application mapping needs besides the snapshot. */
export interface ApplicationContext {
  /** Address of the application (for notes and secret names). */
  address: string;
  /** Manifest name of the application. */
  name: string;
  githubApps: readonly WireRecord[];
  privateKeys: readonly WireRecord[];
  book: SecretBook;
  notes: ImportNote[];
  renames: ImportRename[];
  /** The alias of the replica set this application stands for (folded into `replicas:`). */
  replicaAlias?: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

const HANDLED = new Set(['name', 'description', 'image', 'image.tag', 'preDeploy', 'preDeploy.container', 'postDeploy', 'postDeploy.container', 'dockerfile', 'replicaAlias']);
const GIT_LABEL = /^git\./;

function nameById(list: readonly WireRecord[], id: unknown): string | undefined {
  const hit = list.find((r) => r.id === id);
  return hit ? str(hit.name) : undefined;
}

/** A git URL the manifest can create from: bare `owner/repo` (Coolify's form for http URLs) becomes a GitHub URL. */
function repositoryUrl(repo: string): string {
  if (/^[a-z+]+:\/\//i.test(repo) || repo.includes('@')) return repo;
  return /^[^/\s]+\/[^/\s]+$/.test(repo) ? `https://github.com/${repo}` : repo;
}

function deployCommand(record: WireRecord, prefix: 'pre' | 'post'): string | { command: string; container: string } | undefined {
  const command = str(record[`${prefix}_deployment_command`]);
  if (command === '') return undefined;
  const container = str(record[`${prefix}_deployment_command_container`]);
  return container === '' ? command : { command, container };
}

function importSource(entry: Record<string, unknown>, fields: Record<string, unknown>, record: WireRecord, subtype: string, ctx: ApplicationContext): void {
  if (subtype === 'dockerimage') {
    const image = str(record.docker_registry_image_name);
    const tag = str(record.docker_registry_image_tag);
    entry['image'] = tag === '' ? image : image.includes('@') ? image : `${image}${tag.startsWith('sha256:') ? '@' : ':'}${tag}`;
    return;
  }
  if (subtype === 'dockerfile') {
    if (typeof record.dockerfile === 'string' && record.dockerfile !== '') entry['dockerfile'] = decodeBase64IfEncoded(record.dockerfile);
    else {
      entry['dockerfile'] = '# TODO: paste the Dockerfile here: Coolify shows it only to tokens with read:sensitive\n';
      ctx.notes.push({ severity: 'todo', where: `${ctx.address} dockerfile`, message: 'the inline Dockerfile is not readable with this token (needs read:sensitive); paste it into the manifest' });
    }
    return;
  }
  const { repository: _repository, ...git } = (fields['git'] as Record<string, unknown> | undefined) ?? {};
  const out: Record<string, unknown> = { repository: repositoryUrl(str(record.git_repository)) };
  if (subtype === 'github-app') {
    const app = nameById(ctx.githubApps, record.source_id);
    if (app !== undefined) out['githubApp'] = app;
    else ctx.notes.push({ severity: 'todo', where: `${ctx.address} git.githubApp`, message: `GitHub App id ${str(record.source_id)} is not in /github-apps: set git.githubApp by name` });
  }
  if (subtype === 'deploy-key') {
    const key = nameById(ctx.privateKeys, record.private_key_id);
    if (key !== undefined) out['deployKey'] = key;
    else ctx.notes.push({ severity: 'todo', where: `${ctx.address} git.deployKey`, message: `private key id ${str(record.private_key_id)} is not in /security/keys: set git.deployKey by name` });
  }
  entry['git'] = { ...out, ...git };
}

function importStorages(answer: unknown, owner: WireRecord, ctx: ApplicationContext): Record<string, unknown> | undefined {
  // A file mount is told from a volume by the one rule the state reader uses too (kinds/storage.ts).
  const list = answer === null || answer === undefined ? [] : storageRecords(answer, `GET /applications/${String(owner.uuid)}/storages`).map(({ record, type }) => ({ record, file: type === 'file' }));
  if (list.length === 0) return undefined;
  const names = new NameScope('storage', ctx.address, ctx.renames);
  const out: Record<string, unknown> = {};
  for (const { record, file } of list) {
    const mount = str(record.mount_path);
    // File storages have no name in Coolify (the state reader matches them by mount path):
    // the name is ours to pick. Volumes are matched by name, without Coolify's uuid prefix.
    const name = file
      ? names.take(mount.split('/').filter(Boolean).pop() ?? 'file', false)
      : names.take(str(storageName(str(record.name).replace(`${str(owner.uuid)}-`, ''))));
    const f = reverseFields(STORAGE_SPEC, record, { subtype: file ? 'file' : 'volume', defaults: { is_directory: false }, skipLabels: new Set(['name']), secret: () => undefined });
    const entry: Record<string, unknown> = file ? { type: 'file', ...f } : { ...f };
    entry['mountPath'] = mount;
    out[name] = entry;
  }
  return out;
}

/** The manifest entry of one application. */
export function importApplication(snap: ApplicationSnapshot, ctx: ApplicationContext): Record<string, unknown> {
  const record = snap.record;
  const subtype = applicationSubtype(record);
  const isGit = subtype === 'public' || subtype === 'github-app' || subtype === 'deploy-key';
  const skip = new Set(HANDLED);
  if (!isGit) for (const f of APPLICATION_SPEC.fields) if (GIT_LABEL.test(f.label)) skip.add(f.label);
  const fields = reverseFields(APPLICATION_SPEC, record, {
    subtype,
    defaults: APPLICATION_DEFAULTS,
    skipLabels: skip,
    secret: (f, value): SecretRef => ctx.book.add([ctx.name, f.label.split('.').pop() ?? f.path], `${ctx.address} ${f.label}`, value),
    convert: { ports: (v) => String(v).split(',').map((p) => p.trim()).filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p)) },
  });
  const entry: Record<string, unknown> = {};
  // `replicaAlias` is written by lowering for the instances of a `replicas:` set; the manifest
  // has no field for network aliases of its own, so an alias is reported, not imported
  // (unless it is the alias of the replica set this entry folds: `replicas:` sets it).
  const aliases = typeof record.custom_network_aliases === 'string' ? record.custom_network_aliases.trim() : '';
  if (aliases !== '' && aliases !== ctx.replicaAlias) {
    ctx.notes.push({ severity: 'info', where: ctx.address, message: `network aliases "${aliases}" are not imported: the manifest sets one alias for all instances through \`replicas:\`` });
  }
  importSource(entry, fields, record, subtype, ctx);
  delete fields['git'];
  Object.assign(entry, fields);
  const pre = deployCommand(record, 'pre');
  if (pre !== undefined) entry['preDeploy'] = pre;
  const post = deployCommand(record, 'post');
  if (post !== undefined) entry['postDeploy'] = post;
  const { env, previewEnv } = importEnv(snap.envs, APPLICATION_SPEC.env!, { secretPrefix: [ctx.name], where: ctx.address }, ctx.book, ctx.notes);
  if (env) entry['env'] = env;
  if (previewEnv) entry['previews'] = { ...((entry['previews'] as Record<string, unknown> | undefined) ?? {}), env: previewEnv };
  const storages = importStorages(snap.storages, record, ctx);
  if (storages) entry['storages'] = storages;
  const tasks = importScheduledTasks(snap.scheduledTasks, ctx.address, ctx.renames);
  if (tasks) entry['scheduledTasks'] = tasks;
  if (snap.networks !== undefined && snap.networks.length > 0) entry['networks'] = [...snap.networks];
  if (storages) ctx.notes.push({ severity: 'info', where: `${ctx.address} storages`, message: 'volume backup schedules cannot be read from Coolify: add `backup:` to storages by hand if they have one' });
  return entry;
}
