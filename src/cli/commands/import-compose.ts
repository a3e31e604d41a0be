import { existsSync, statSync } from 'node:fs';
import { addOptionAliases } from '../options.js';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { AdoError, ExitCode } from '../../errors.js';
import { fileSystemReason } from '../../fs-error.js';
import { CODES } from '../../model/diagnostic-codes.js';
import { inCwd, type CliIo, type CommandHost } from '../io.js';

/** The path to open for a path given relative to `cwd` (unchanged without one). */
const at = (cwd: string | undefined, path: string): string => (cwd === undefined ? path : inCwd({ cwd }, path));

/**
 * `ado-coolify import compose FILE`: converts a Docker Compose file into a manifest. This
 * shell reads the compose file, its env files and bind-mounted files; `src/compose/` is pure.
 */

/** Options of `import compose`. */
export interface ImportComposeOptions {
  output?: string;
  project?: string;
  environment?: string;
  server?: string;
  force?: boolean;
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    if (!existsSync(path) || !statSync(path).isFile()) return undefined;
    const buf = await readFile(path);
    return buf.includes(0) ? undefined : buf.toString('utf8');
  } catch {
    return undefined;
  }
}

/** Runs the import; writes the manifest to `-o FILE` or stdout, the summary to `err`. Exported for tests. */
export async function runImportCompose(
  file: string,
  options: ImportComposeOptions,
  out: { write(text: string): unknown },
  err: { write(text: string): unknown },
  cwd?: string,
): Promise<number> {
  const { convertCompose, composeFileReferences } = await import('../../compose/index.js');
  let text: string;
  try {
    text = await readFile(at(cwd, file), 'utf8');
  } catch (e) {
    throw new AdoError(CODES.FILE_UNREADABLE.code, `cannot read compose file \`${file}\`: ${fileSystemReason(e)}`);
  }
  const dir = dirname(resolve(cwd ?? '.', file));
  const refs = composeFileReferences(text);
  const envFiles: Record<string, string> = {};
  const files: Record<string, string> = {};
  for (const p of refs.envFiles) {
    const content = await readOptional(resolve(dir, p));
    if (content !== undefined) envFiles[p] = content;
  }
  for (const p of refs.bindSources) {
    const content = await readOptional(resolve(dir, p));
    if (content !== undefined) files[p] = content;
  }
  const result = convertCompose(text, {
    fileName: basename(file),
    fallbackProject: basename(dir),
    envFiles,
    files,
    ...(options.project !== undefined ? { project: options.project } : {}),
    ...(options.environment !== undefined ? { environment: options.environment } : {}),
    ...(options.server !== undefined ? { server: options.server } : {}),
  });
  if (options.output !== undefined) {
    if (existsSync(at(cwd, options.output)) && !options.force) {
      throw new AdoError(CODES.BAD_ARGUMENT.code, `${options.output} already exists`, { hint: 'pass --force to overwrite it, or choose another -o FILE' });
    }
    await writeFile(at(cwd, options.output), result.text);
  } else {
    out.write(result.text);
  }
  const r = result.report;
  err.write(
    `imported ${r.mapped.length} service(s)${options.output !== undefined ? ` into ${options.output}` : ''}: ` +
      `${r.review.length} item(s) to review, ${r.secrets.length} secret(s) to set, ${r.notCarried.length} not carried over (see the header comment)\n`,
  );
  if (r.secrets.length > 0) err.write(`secrets to set: ${r.secrets.map((s) => s.name).join(', ')}\n`);
  return ExitCode.Ok;
}

/** Adds the `compose` subcommand to the `import` command. */
export function registerImportCompose(importCommand: Command, host: CommandHost): void {
  importCommand
    .command('compose')
    .description('convert a docker-compose.yml into an ado.coolify.yaml manifest')
    .argument('<file>', 'the compose file')
    .option('-o, --output <file>', 'write the manifest to FILE (default: stdout)')
    .option('--force', 'overwrite the output file')
    .option('--project <name>', 'project name (default: compose `name:` or the directory name)')
    .option('--env <name>', 'environment name', 'production')
    .option('--server <name>', 'Coolify server name for defaults.server', 'main')
    .action(host.run(async (file: string, { env, ...options }: Omit<ImportComposeOptions, 'environment'> & { env?: string }, io: CliIo) => {
      return runImportCompose(file, { ...options, ...(env !== undefined ? { environment: env } : {}) }, io.stdout, io.stderr, io.cwd);
    }));
  // `--environment` was this command's name for `--env`: both are accepted
  addOptionAliases(importCommand);
}
