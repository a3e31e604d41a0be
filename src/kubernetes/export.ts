/**
 * Manifest → Kubernetes YAML. Pure: takes the resolved manifest (secrets may be empty: their
 * values are never read) and returns the files to write.
 */
import { AdoError } from '../errors.js';
import type { DatabaseType, ResolvedManifest } from '../manifest/types.js';
import { K8S_ENGINES } from './engines.js';
import { applicationObjects } from './application.js';
import { databaseObjects } from './database.js';
import { k8sName } from './names.js';
import { renderReadme } from './readme.js';
import { renderObjectFiles } from './render.js';
import type { ExportedObject, KubernetesExport, KubernetesExportOptions } from './types.js';
import { plainText, type ClusterContext } from './values.js';
import { CODES } from '../model/diagnostic-codes.js';
import { environmentAddress, placedAddress } from '../model/address.js';

function pickEnvironment(project: string, names: string[], wanted: string | undefined): string | undefined {
  if (wanted !== undefined) return names.includes(wanted) ? wanted : undefined;
  if (names.includes('production')) return 'production';
  if (names.length === 1) return names[0];
  throw new AdoError(CODES.BAD_ARGUMENT.code, `project \`${project}\` has several environments (${names.join(', ')})`, { hint: 'choose one with --env NAME' });
}

/** Kubernetes namespaces are RFC 1123 labels: lower-case letters, digits and `-`, at most 63 (audit m13). */
const NAMESPACE = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;

function checkNamespace(namespace: string): void {
  if (NAMESPACE.test(namespace)) return;
  const suggestion = k8sName(namespace);
  throw new AdoError(CODES.BAD_ARGUMENT.code, `--namespace "${namespace}" is not a Kubernetes namespace: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters`, {
    hint: suggestion && NAMESPACE.test(suggestion) ? `did you mean --namespace ${suggestion}?` : 'choose a name such as shop-production',
  });
}

/** Exports one environment of every project. Throws AdoError when the environment does not exist. */
export function exportKubernetes(manifest: ResolvedManifest, options: KubernetesExportOptions = {}): KubernetesExport {
  if (options.namespace !== undefined) checkNamespace(options.namespace);
  const clusterIssuer = options.clusterIssuer ?? 'letsencrypt';
  const objects: ExportedObject[] = [];
  const notCarried: string[] = [];
  const scopes: Array<{ project: string; environment: string; namespace: string }> = [];
  const projects = Object.entries(manifest.projects);
  for (const [project, spec] of projects) {
    const environment = pickEnvironment(project, Object.keys(spec.environments), options.environment);
    if (environment === undefined) continue;
    const env = spec.environments[environment]!;
    const namespace = options.namespace ?? k8sName(project);
    scopes.push({ project, environment, namespace });
    const ctx: ClusterContext = { project, environment, namespace, env };
    const prefix = projects.length > 1 ? `${namespace}/` : '';
    const s3Describe = (name: string): string => {
      const s3 = manifest.s3Storages?.[name];
      return s3 ? `S3 storage \`${name}\` (bucket ${plainText(s3.bucket) ?? '?'} at ${plainText(s3.endpoint) ?? '?'})` : `S3 storage \`${name}\``;
    };
    const add = (list: ExportedObject[]): void => {
      for (const o of list) objects.push({ ...o, file: o.file.startsWith('secrets/') ? `secrets/${prefix}${o.file.slice(8)}` : `${prefix}${o.file}` });
    };
    for (const [name, db] of Object.entries(env.databases ?? {})) {
      // an engine without a Kubernetes form (SQLite: a file, no server) is listed as not carried
      if (K8S_ENGINES[db.type as DatabaseType] === undefined) notCarried.push(`\`${placedAddress(project, environment, 'database', name)}\`: ${String(db.type)} database, not exported`);
      else add(databaseObjects(name, db, ctx, s3Describe));
    }
    for (const [name, app] of Object.entries(env.applications ?? {})) {
      add(applicationObjects(name, app, ctx, { clusterIssuer }));
      if (app.previews?.enabled) notCarried.push(`\`${placedAddress(project, environment, 'application', name)}\`: pull-request previews`);
      for (const [s, st] of Object.entries(app.storages ?? {})) if (st.backup) notCarried.push(`\`${placedAddress(project, environment, 'application', name)}\`: backup of volume \`${s}\``);
    }
    for (const name of Object.keys(env.services ?? {})) notCarried.push(`\`${placedAddress(project, environment, 'service', name)}\`: Coolify service, not exported`);
    if (spec.sharedEnv || env.sharedEnv) notCarried.push(`\`${environmentAddress(project, environment)}\`: shared variables`);
  }
  if (scopes.length === 0) {
    throw new AdoError(CODES.BAD_ARGUMENT.code, `no project has an environment \`${options.environment ?? ''}\``, { hint: 'check --env' });
  }
  for (const o of objects) for (const n of o.notes) if (/not exported|NOT configured/.test(n) && !notCarried.includes(`${o.object.metadata.name}: ${n}`)) notCarried.push(`${o.object.metadata.name}: ${n}`);
  const files = renderObjectFiles(objects);
  const secrets = objects
    .filter((o) => o.object.kind === 'Secret')
    .map((o) => ({ file: o.file, name: o.object.metadata.name, namespace: o.object.metadata.namespace ?? 'default', keys: Object.keys((o.object.stringData as Record<string, string>) ?? {}) }));
  files['README.md'] = renderReadme({ scopes, files: Object.keys(files), secrets, notCarried, clusterIssuer });
  return { objects, files, notCarried };
}
