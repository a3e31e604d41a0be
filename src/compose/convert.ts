/**
 * Docker Compose → manifest. Pure: the caller passes the compose text and the contents of
 * the env files and bind-mounted files it refers to (see `composeFileReferences`).
 */
import type { ApplicationSpec, DatabaseSpec, DatabaseType, EnvironmentSpec, Manifest } from '../manifest/types.js';
import type { ImportContext, YamlComment } from './context.js';
import { databaseTypeOfImage, ENGINE_ENV } from './databases.js';
import { SecretRegistry } from './env.js';
import type { InterpolationSink } from './interpolate.js';
import { mapApplication } from './map-application.js';
import { databaseNameRaw, databasePasswordRaw, mapDatabase } from './map-database.js';
import type { ComposeProject, ComposeService } from './model.js';
import { NameAllocator, sanitizeCoolifyName } from './names.js';
import { parseCompose } from './parse.js';
import { emptyReport, type ImportReport } from './report.js';
import { renderImportedManifest } from './render.js';
import type { HostTarget } from './rewire.js';

/** Options of an import. */
export interface ComposeImportOptions {
  /** Name of the compose file, for the header. */
  fileName?: string;
  /** Project name; default: the compose `name:`, else `fallbackProject`. */
  project?: string;
  /** Used when neither `project` nor a compose `name:` is given (the CLI passes the directory name). */
  fallbackProject?: string;
  /** Environment name, default `production`. */
  environment?: string;
  /** Coolify server name for `defaults.server`, default `main`. */
  server?: string;
  /** env_file contents by path as written in the compose file. */
  envFiles?: Record<string, string>;
  /** Bind-mounted file contents by source path as written (become file storages). */
  files?: Record<string, string>;
}

/** The import: the manifest object, its YAML text and the report. */
export interface ComposeImportResult {
  manifest: Manifest;
  text: string;
  report: ImportReport;
}

/** The env files and relative bind sources a compose file refers to (for the CLI to read). */
export function composeFileReferences(text: string): { envFiles: string[]; bindSources: string[] } {
  const project = parseCompose(text);
  const envFiles = new Set<string>();
  const bindSources = new Set<string>();
  for (const s of project.services) {
    for (const f of s.envFiles) envFiles.add(f.path);
    for (const m of s.mounts) if (m.type === 'bind' && m.source && !m.source.startsWith('/') && !m.source.startsWith('~')) bindSources.add(m.source);
  }
  return { envFiles: [...envFiles], bindSources: [...bindSources] };
}

function isDatabase(s: ComposeService): DatabaseType | undefined {
  return s.image !== undefined && s.build === undefined ? databaseTypeOfImage(s.image) : undefined;
}

function makeSink(vars: Map<string, string>, report: ImportReport): InterpolationSink {
  return {
    useVar(name, fallback) {
      const existing = vars.get(name);
      if (existing === undefined) vars.set(name, fallback ?? '');
      else if (fallback !== undefined && fallback !== existing) {
        report.review.push(`compose variable \`${name}\` has different defaults; \`vars.${name}\` keeps the first one`);
      }
    },
    useSecret() {
      // secrets are listed from the registry; interpolated secret-looking variables register there too
    },
  };
}

function hostTargets(project: ComposeProject, names: ReadonlyMap<string, string>, ctx: Pick<ImportContext, 'envFiles' | 'files'>): HostTarget[] {
  return project.services.map((s) => {
    const name = names.get(s.key)!;
    const hosts = [s.key, ...(s.containerName ? [s.containerName] : []), ...(s.hostname ? [s.hostname] : [])];
    const type = isDatabase(s);
    if (!type) return { namespace: 'applications', name, hosts };
    const partial = { ...ctx, report: emptyReport() } as unknown as ImportContext; // only env files are read
    const passwordRaw = databasePasswordRaw(s, type, partial);
    const database = databaseNameRaw(s, type, partial);
    return {
      namespace: 'databases',
      name,
      hosts,
      type,
      schemes: ENGINE_ENV[type]?.schemes ?? [],
      ...(database !== undefined ? { database } : {}),
      ...(passwordRaw !== undefined ? { passwordRaw } : {}),
    };
  });
}

/** Converts compose text into a manifest. Throws AdoError when the text is not a compose file. */
export function convertCompose(text: string, options: ComposeImportOptions = {}): ComposeImportResult {
  const fileName = options.fileName ?? 'docker-compose.yml';
  const project = parseCompose(text, fileName);
  const report = emptyReport();
  report.notCarried.push(...project.notes);
  const projectName = sanitizeCoolifyName(options.project ?? project.name ?? options.fallbackProject ?? 'imported', 'imported');
  const environment = options.environment ?? 'production';
  const server = options.server ?? 'main';

  const allocator = new NameAllocator();
  const names = new Map<string, string>();
  for (const s of project.services) names.set(s.key, allocator.allocate(s.key, 'app'));
  const volumeUsers = new Map<string, string[]>();
  for (const s of project.services) {
    for (const m of s.mounts) if (m.type === 'volume' && m.source) volumeUsers.set(m.source, [...(volumeUsers.get(m.source) ?? []), s.key]);
  }

  const vars = new Map<string, string>();
  const comments: YamlComment[] = [];
  const files = { envFiles: options.envFiles ?? {}, files: options.files ?? {} };
  const ctx: ImportContext = {
    report,
    sink: makeSink(vars, report),
    secrets: new SecretRegistry(),
    comments,
    names,
    targets: hostTargets(project, names, files),
    ...files,
    externalVolumes: project.externalVolumes,
    volumeUsers,
    envPath: ['projects', projectName, 'environments', environment],
  };

  const databases: Record<string, DatabaseSpec> = {};
  const applications: Record<string, ApplicationSpec> = {};
  for (const s of project.services) {
    const name = names.get(s.key)!;
    const type = isDatabase(s);
    const renamed = name !== s.key ? ` (renamed from \`${s.key}\`)` : '';
    if (type) {
      databases[name] = mapDatabase(s, type, name, ctx);
      report.mapped.push(`${s.key} (${s.image}) -> databases.${name} (${type})${renamed}`);
    } else {
      applications[name] = mapApplication(s, name, ctx);
      report.mapped.push(`${s.key} (${s.image ?? `build ${s.build?.context ?? '?'}`}) -> applications.${name}${renamed}`);
    }
    if (s.ignoredKeys.length > 0) report.notCarried.push(`${type ? 'databases' : 'applications'}.${name}: ${s.ignoredKeys.map((k) => `\`${k}\``).join(', ')}`);
  }
  report.secrets = ctx.secrets.list();
  report.vars = [...vars.entries()].map(([name, value]) => ({ name, value })).sort((a, b) => a.name.localeCompare(b.name));

  const env: EnvironmentSpec = {};
  if (Object.keys(databases).length > 0) env.databases = databases;
  if (Object.keys(applications).length > 0) env.applications = applications;
  const manifest: Manifest = {
    version: 1,
    defaults: { server },
    ...(vars.size > 0 ? { vars: Object.fromEntries(report.vars.map((v) => [v.name, v.value])) } : {}),
    projects: { [projectName]: { environments: { [environment]: env } } },
  };
  return { manifest, report, text: renderImportedManifest(manifest, report, comments, fileName) };
}
