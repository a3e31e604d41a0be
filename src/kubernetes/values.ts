/**
 * Resolved manifest values → Kubernetes: secrets become Secret key references, references
 * become in-cluster DNS names (`pg.NAMESPACE.svc.cluster.local`), and passwords inside
 * connection strings become `$(VAR)` expansions of Secret-backed env vars. No secret value
 * is ever read: SecretParts only contribute their names.
 */
import type { DatabaseType, Resolved, EnvironmentSpec } from '../manifest/types.js';
import { isRefPart, isSecretPart, isTemplate, type RefPart } from '../model/value.js';
import type { PlacedKind } from '../model/address.js';
import { K8S_ENGINES } from './engines.js';
import { envName, k8sName } from './names.js';
import type { K8sEnvVar } from './types.js';
import { parseAddress } from '../model/address.js';

/** Where references resolve. */
export interface ClusterContext {
  project: string;
  environment: string;
  namespace: string;
  env: Resolved<EnvironmentSpec>;
}

/** A value rendered for a container. */
export interface RenderedValue {
  /** `plain`: no secret involved; `secretRef`: exactly one secret; `composite`: text with `$(VAR)`. */
  kind: 'plain' | 'secretRef' | 'composite';
  /** Plain text (plain), or text with `$(VAR)` and `$$(` escapes (composite). */
  text: string;
  /** For `secretRef`: the manifest secret name (key in the owner's Secret). */
  secretName?: string;
  /** Secret-backed env vars the text expands. */
  helpers: K8sEnvVar[];
  /** Manifest secret names used (keys of the owner's Secret). */
  secrets: string[];
  /** Human notes (unresolvable references). */
  notes: string[];
}

/** Plain text of a resolved scalar that holds no secret or reference; undefined otherwise. */
export function plainText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** In-cluster DNS name of a resource of the environment. */
export function serviceHost(ctx: ClusterContext, name: string): string {
  return `${k8sName(name)}.${ctx.namespace}.svc.cluster.local`;
}

/** The Secret holding a database's passwords. */
export function databaseSecretName(name: string): string {
  return k8sName(name);
}

/** The env var that carries a database's password inside connection strings. */
export function databasePasswordVar(name: string): string {
  return envName('ADO', name, 'PASSWORD');
}

/** Database user and name as exported (engine defaults when unset). */
export function databaseIdentity(ctx: ClusterContext, name: string): { type: DatabaseType; user: string; database: string } | undefined {
  const db = ctx.env.databases?.[name];
  if (!db) return undefined;
  // the schema restricts `type` to the enum, and no expression may stand there
  const type = db.type as DatabaseType;
  const engine = K8S_ENGINES[type];
  if (!engine) return undefined;
  return {
    type,
    user: plainText(db.user) ?? engine.defaultUser ?? '',
    database: plainText(db.database) ?? engine.defaultDatabase ?? '',
  };
}

function appPorts(ctx: ClusterContext, name: string): number[] {
  return ctx.env.applications?.[name]?.ports ?? [];
}

interface RefText {
  text: string;
  helper?: K8sEnvVar;
  note?: string;
}

function databaseRef(ref: RefPart, name: string, ctx: ClusterContext): RefText {
  const id = databaseIdentity(ctx, name);
  if (!id) return { text: name, note: `unknown database \`${name}\`` };
  const engine = K8S_ENGINES[id.type]!; // databaseIdentity answers only for engines with an entry
  const host = serviceHost(ctx, name);
  const passVar = databasePasswordVar(name);
  const helper: K8sEnvVar = { name: passVar, valueFrom: { secretKeyRef: { name: databaseSecretName(name), key: 'password' } } };
  const byAttr: Record<string, RefText> = {
    host: { text: host },
    port: { text: String(engine.port) },
    user: { text: id.user },
    database: { text: id.database },
    uuid: { text: k8sName(name) },
    password: { text: `$(${passVar})`, helper },
    internalUrl: { text: `${engine.scheme}://${id.user}:$(${passVar})@${host}:${engine.port}${engine.urlPath(id.database)}`, helper },
  };
  return Object.hasOwn(byAttr, ref.attr) ? byAttr[ref.attr]! : { text: '', note: `\`${ref.attr}\` of database \`${name}\` has no Kubernetes equivalent` };
}

function applicationRef(ref: RefPart, name: string, ctx: ClusterContext): RefText {
  const host = serviceHost(ctx, name);
  const port = appPorts(ctx, name)[0] ?? 80;
  const domains = (ctx.env.applications?.[name]?.domains ?? []).map((d) => plainText(d) ?? '').filter((d) => d !== '');
  switch (ref.attr) {
    case 'host':
      return { text: host };
    case 'port':
      return { text: String(port) };
    case 'uuid':
      return { text: k8sName(name) };
    case 'internalUrl':
      return { text: `http://${host}:${port}` };
    case 'url':
      return { text: domains.find((d) => d.startsWith('https://')) ?? domains[0] ?? `http://${host}:${port}` };
    case 'fqdn':
      return { text: domains.length > 0 ? domains.join(',') : `http://${host}:${port}` };
    default:
      return { text: '', note: `\`${ref.attr}\` of application \`${name}\` has no Kubernetes equivalent` };
  }
}

function serviceRef(ref: RefPart, name: string, ctx: ClusterContext): RefText {
  const urls = ctx.env.services?.[name]?.urls ?? [];
  const first = urls.map((u) => plainText(u.url)).find((u) => u !== undefined);
  if (ref.attr === 'url' && first) return { text: first };
  return { text: `FILL-IN-${k8sName(name)}-${ref.attr}`, note: `Coolify service \`${name}\` is not exported: fill in its ${ref.attr}` };
}

/** The in-cluster text of one reference. */
export function renderRef(ref: RefPart, ctx: ClusterContext): RefText {
  const parsed = parseAddress(ref.ref);
  const kind = parsed?.kind;
  const name = parsed?.name ?? '';
  const render = kind !== undefined && Object.hasOwn(REF_RENDERERS, kind) ? REF_RENDERERS[kind as PlacedKind] : serviceRef;
  return render(ref, name, ctx);
}

/** How a reference to each placed kind renders in the cluster (a table: a new kind must say). */
const REF_RENDERERS: Record<PlacedKind, (ref: RefPart, name: string, ctx: ClusterContext) => RefText> = {
  database: databaseRef,
  application: applicationRef,
  service: serviceRef,
};

/** Renders an env value. `secretOwner` is the Secret that holds the owner's manifest secrets. */
export function renderValue(value: unknown, ctx: ClusterContext, secretOwner: string): RenderedValue {
  const base = { helpers: [] as K8sEnvVar[], secrets: [] as string[], notes: [] as string[] };
  if (!isTemplate(value)) return { kind: 'plain', text: plainText(value) ?? '', ...base };
  const parts = value.$template;
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only !== undefined && typeof only !== 'string' && isSecretPart(only)) {
    return { kind: 'secretRef', text: '', secretName: only.secret, ...base, secrets: [only.secret] };
  }
  let plain = '';
  let escaped = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      plain += p;
      escaped += p.split('$(').join('$$(');
    } else if (isSecretPart(p)) {
      const helper = envName('ADO_SECRET', p.secret);
      base.helpers.push({ name: helper, valueFrom: { secretKeyRef: { name: secretOwner, key: p.secret } } });
      base.secrets.push(p.secret);
      escaped += `$(${helper})`;
      plain += `$(${helper})`;
    } else if (isRefPart(p)) {
      const r = renderRef(p, ctx);
      if (r.note) base.notes.push(r.note);
      if (r.helper) base.helpers.push(r.helper);
      plain += r.text;
      escaped += r.helper ? r.text : r.text.split('$(').join('$$(');
    }
  }
  return base.helpers.length > 0 ? { kind: 'composite', text: escaped, ...base } : { kind: 'plain', text: plain, ...base };
}

/** Renders file content: references resolved; undefined when it needs a secret (cannot live in a ConfigMap). */
export function renderFileContent(value: unknown, ctx: ClusterContext): string | undefined {
  const r = renderValue(value, ctx, '');
  return r.kind === 'plain' ? r.text : undefined;
}
