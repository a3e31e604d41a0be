import { mkdir, writeFile } from 'node:fs/promises';
import { addOptionAliases } from '../options.js';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { AdoError, ExitCode } from '../../errors.js';
import { CODES } from '../../model/diagnostic-codes.js';

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
export async function loadForExport(options: Pick<ExportKubernetesOptions, 'file' | 'var' | 'environment' | 'namespace' | 'clusterIssuer'>, env: Record<string, string | undefined> = process.env) {
  const [{ loadManifest }, { exportKubernetes }, { parseVarOptions }, fmt] = await Promise.all([
    import('../../engine/manifest-file.js'),
    import('../../kubernetes/index.js'),
    import('./validate.js'),
    import('../../diagnostics/format.js'),
  ]);
  const loaded = await loadManifest(options.file, { vars: parseVarOptions(options.var), env, secrets: emptySecrets() });
  // the Coolify URL does not matter for an export
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error' && !(d.code === CODES.MISSING_ENV.code && (d.path ?? '').startsWith('/coolify')));
  if (errors.length > 0 || !loaded.manifest) {
    throw new AdoError('ADO_EXPORT_INVALID', `${options.file} is not valid:\n${fmt.formatHuman(errors, options.file).trimEnd()}`, { hint: 'run `ado-coolify validate` for details' });
  }
  return exportKubernetes(loaded.manifest, {
    ...(options.environment !== undefined ? { environment: options.environment } : {}),
    ...(options.namespace !== undefined ? { namespace: options.namespace } : {}),
    ...(options.clusterIssuer !== undefined ? { clusterIssuer: options.clusterIssuer } : {}),
  });
}

/** Runs the export, writing into `options.output`. Exported for tests. */
export async function runExportKubernetes(options: ExportKubernetesOptions, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const result = await loadForExport(options);
  for (const [rel, content] of Object.entries(result.files)) {
    const path = join(options.output, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  const n = result.objects.length;
  err.write(`wrote ${n} object(s) in ${Object.keys(result.files).length} file(s) to ${options.output}/ (see ${join(options.output, 'README.md')}; fill in ${join(options.output, 'secrets')}/ first)\n`);
  return ExitCode.Ok;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Registers `export` with its `kubernetes` subcommand. */
export function registerExport(program: Command): void {
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
    .action(async ({ env, ...options }: Omit<ExportKubernetesOptions, 'environment'> & { env?: string }) => {
      process.exitCode = await runExportKubernetes({ ...options, ...(env !== undefined ? { environment: env } : {}) });
    });
  // `--environment` was this command's name for `--env`: both are accepted
  addOptionAliases(exp);
}
