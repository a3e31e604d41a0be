import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { yamlPackage } from '../../manifest/yaml-package.js';
import { addOptionAliases } from '../options.js';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { CODES } from '../../model/diagnostic-codes.js';
import { AdoError, ExitCode } from '../../errors.js';
import { inCwd, type CliIo, type CommandHost } from '../io.js';

/**
 * `ado-coolify export kubernetes`: writes Kubernetes YAML for one environment of the manifest.
 * Secrets are never read: every `${secrets.X}` resolves to an empty placeholder, and the
 * exported Secrets list key names only.
 */

/** Options of `export kubernetes`. */
export interface ExportKubernetesOptions {
  file: string;
  output: string;
  environment?: string;
  namespace?: string;
  clusterIssuer?: string;
  var: string[];
  /** Overwrite files that exist and differ (files under `secrets/` are kept even then). */
  force?: boolean;
}

/** A secrets lookup that answers '' for every name: secret values are never needed to export. */
export function emptySecrets(): Record<string, string> {
  // a Proxy with no listed keys: every name is an own key worth '' (the loader looks secrets up
  // as own keys only), enumeration gives nothing (nothing to scrub)
  return new Proxy({} as Record<string, string>, {
    get: (_t, key) => (typeof key === 'string' ? '' : undefined),
    getOwnPropertyDescriptor: (_t, key) => (typeof key === 'string' ? { value: '', writable: false, enumerable: false, configurable: true } : undefined),
  });
}

/** Loads the manifest for export and returns the rendered files. Exported for tests. */
export async function loadForExport(options: Pick<ExportKubernetesOptions, 'file' | 'var' | 'environment' | 'namespace' | 'clusterIssuer'>, env: Record<string, string | undefined> = {}, cwd?: string) {
  const [{ loadManifest }, { exportKubernetes }, { parseVarOptions }, fmt] = await Promise.all([
    import('../../engine/manifest-file.js'),
    import('../../kubernetes/index.js'),
    import('./validate.js'),
    import('../../diagnostics/format.js'),
  ]);
  const loaded = await loadManifest(options.file, { vars: parseVarOptions(options.var), env, secrets: emptySecrets(), ...(cwd !== undefined ? { cwd } : {}) });
  // the Coolify URL does not matter for an export
  const { waiveDiagnostics } = await import('../../load/waivers.js');
  const errors = waiveDiagnostics(loaded.diagnostics, { coolifyUrl: true }).filter((d) => d.severity === 'error');
  if (errors.length > 0 || !loaded.manifest) {
    throw new AdoError('ADO_EXPORT_INVALID', `${options.file} is not valid:\n${fmt.formatHuman(errors, options.file).trimEnd()}`, { hint: 'run `ado-coolify validate` for details' });
  }
  return exportKubernetes(loaded.manifest, {
    ...(options.environment !== undefined ? { environment: options.environment } : {}),
    ...(options.namespace !== undefined ? { namespace: options.namespace } : {}),
    ...(options.clusterIssuer !== undefined ? { clusterIssuer: options.clusterIssuer } : {}),
  });
}

/** The file's content, or undefined when it does not exist. */
async function existing(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** The `stringData` keys of a Secret file as written (empty when it cannot be read as one). */
function secretKeys(text: string): string[] {
  try {
    const doc = yamlPackage().parse(text) as { stringData?: Record<string, unknown> } | null;
    return Object.keys(doc?.stringData ?? {});
  } catch {
    return [];
  }
}

/** The record of what the last export wrote, in the output directory: file → sha256 of its content. */
export const EXPORT_RECORD = '.ado-coolify-export.json';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

async function readRecord(dir: string): Promise<Record<string, string>> {
  const text = await existing(join(dir, EXPORT_RECORD));
  if (text === undefined) return {};
  try {
    const parsed = JSON.parse(text) as { files?: Record<string, string> };
    return parsed.files && typeof parsed.files === 'object' ? parsed.files : {};
  } catch {
    return {};
  }
}

/**
 * Runs the export, writing into `options.output` (audit M10). A file under `secrets/` that
 * exists is never overwritten: the user fills those in (a kept file that lacks a key the
 * manifest now needs is named). Any other file is overwritten when it is as the last export
 * wrote it (its hash is in EXPORT_RECORD); a file edited since, or one no export wrote, is
 * overwritten only with `--force`: without it nothing is written and the files are listed.
 * Exported for tests.
 */
export async function runExportKubernetes(options: ExportKubernetesOptions, err: { write(text: string): unknown }, io: Pick<CliIo, 'env' | 'cwd'> = { env: {}, cwd: resolve('.') }): Promise<number> {
  const result = await loadForExport(options, io.env, io.cwd);
  // where the files go; messages name them under the directory as given
  const outDir = inCwd(io, options.output);
  // the output directory first: a path that cannot be one is reported as such (ADO011)
  await mkdir(outDir, { recursive: true });
  const record = await readRecord(outDir);
  const writes: Array<[string, string, string]> = [];
  const kept: string[] = [];
  const conflicts: string[] = [];
  const written: Record<string, string> = {};
  for (const [rel, content] of Object.entries(result.files)) {
    const path = join(options.output, rel);
    const before = await existing(join(outDir, rel));
    written[rel] = sha256(content);
    if (before === content) continue;
    if (before !== undefined && rel.startsWith('secrets/')) {
      written[rel] = sha256(before);
      const missing = secretKeys(content).filter((k) => !secretKeys(before).includes(k));
      kept.push(missing.length > 0 ? `${path} (kept: you filled it in; it lacks ${missing.join(', ')}: add them)` : `${path} (kept: you filled it in)`);
      continue;
    }
    if (before !== undefined && record[rel] !== sha256(before) && options.force !== true) conflicts.push(path);
    writes.push([path, rel, content]);
  }
  if (conflicts.length > 0) {
    throw new AdoError(CODES.BAD_ARGUMENT.code, `export kubernetes would overwrite ${conflicts.length} file(s) edited since the last export (or not written by it):\n${conflicts.map((c) => `  ${c}`).join('\n')}`, {
      hint: 'pass --force to overwrite them (files under secrets/ are kept even then), or choose another --output directory',
    });
  }
  for (const [, rel, content] of writes) {
    await mkdir(dirname(join(outDir, rel)), { recursive: true });
    await writeFile(join(outDir, rel), content);
  }
  await writeFile(join(outDir, EXPORT_RECORD), `${JSON.stringify({ files: written }, null, 2)}\n`);
  for (const k of kept) err.write(`${k}\n`);
  const n = result.objects.length;
  const unchanged = Object.keys(result.files).length - writes.length - kept.length;
  err.write(`wrote ${writes.length} file(s) for ${n} object(s) to ${options.output}/${unchanged > 0 ? ` (${unchanged} unchanged)` : ''}${kept.length > 0 ? ` (${kept.length} secret file(s) kept)` : ''} (see ${join(options.output, 'README.md')}; fill in ${join(options.output, 'secrets')}/ first)\n`);
  return ExitCode.Ok;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Registers `export` with its `kubernetes` subcommand. */
export function registerExport(program: Command, host: CommandHost): void {
  const exp = program.command('export').description('export the manifest to another platform');
  exp
    .command('kubernetes')
    .description('write Kubernetes YAML (Deployments, StatefulSets, Services, Ingresses, CronJobs…) for one environment')
    .option('-f, --file <file>', 'manifest file', 'ado.coolify.yaml')
    .option('-o, --output <dir>', 'output directory', 'k8s')
    .option('--env <name>', 'environment to export (default: production, or the only one)')
    .option('--namespace <namespace>', 'namespace of every object (default: the project name)')
    .option('--cluster-issuer <name>', 'cert-manager ClusterIssuer for TLS', 'letsencrypt')
    .option('--var <name=value>', 'override a manifest var (repeatable)', collect, [])
    .option('--force', 'overwrite exported files edited since the last export (files under secrets/ are never overwritten)')
    .action(host.run(async ({ env, ...options }: Omit<ExportKubernetesOptions, 'environment'> & { env?: string }, io: CliIo) => {
      return runExportKubernetes({ ...options, ...(env !== undefined ? { environment: env } : {}) }, io.stderr, io);
    }));
  // `--environment` was this command's name for `--env`: both are accepted
  addOptionAliases(exp);
}
