import { CODES } from '../../model/diagnostic-codes.js';
import { chmodSync, existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { addConnectionOptions, type ConnectionCliOptions } from '../options.js';
import { clientOptionsFromFlags, printRequestStats } from '../run-context.js';
import { AdoError, ExitCode } from '../../errors.js';
import { registerImportCompose } from './import-compose.js';

/** The path to open for a path given relative to `cwd` (unchanged without one). */
const at = (cwd: string | undefined, path: string): string => (cwd === undefined ? path : inCwd({ cwd }, path));
import { inCwd, type CliIo, type CommandHost } from '../io.js';

/**
 * `ado-coolify import --project P`: reads an existing Coolify project and writes a manifest
 * for it (the mapping is pure, in `src/import/`; this shell reads Coolify and writes files).
 */

/** Flags of `import`. */
export interface ImportFlags extends ConnectionCliOptions {
  project?: string;
  env: string[];
  output?: string;
  serverDefault?: string;
  secretsOut?: string;
  dbPasswords?: boolean;
  force?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function refuseOverwrite(path: string | undefined, force: boolean | undefined, flag: string, cwd: string | undefined): void {
  if (path !== undefined && existsSync(at(cwd, path)) && !force) {
    throw new AdoError('ADO_IMPORT_EXISTS', `${path} already exists`, { hint: `pass --force to overwrite it, or choose another ${flag}` });
  }
}

/** Runs the import. Exported for tests; the manifest goes to `-o FILE` or `out`, the summary to `err`. */
export async function runImport(
  flags: ImportFlags,
  env: Record<string, string | undefined>,
  out: { write(text: string): unknown },
  err: { write(text: string): unknown },
  cwd?: string,
): Promise<number> {
  if (!flags.project) throw new AdoError(CODES.BAD_ARGUMENT.code, 'import needs --project NAME', { hint: 'for example: ado-coolify import --project shop -o ado.coolify.yaml' });
  refuseOverwrite(flags.output, flags.force, '-o FILE', cwd);
  refuseOverwrite(flags.secretsOut, flags.force, '--secrets-out FILE', cwd);
  const { connect } = await import('../../engine/connect.js');
  const { readProjectSnapshot } = await import('../../import/read-snapshot.js');
  const { importProject } = await import('../../import/import-project.js');
  const { renderImportedManifest, renderImportReport } = await import('../../import/render.js');
  const { renderSecretsDotenv } = await import('../../import/secrets.js');
  const { client, baseUrl } = connect({ env, ...(cwd !== undefined ? { cwd } : {}), ...clientOptionsFromFlags(flags, err) });
  const snapshot = await readProjectSnapshot(client, { project: flags.project, environments: flags.env });
  const result = importProject(snapshot, {
    ...(flags.serverDefault !== undefined ? { serverDefault: flags.serverDefault } : {}),
    databasePasswords: flags.dbPasswords === true,
  });
  if (!snapshot.canReadSensitive) {
    result.notes.push({ severity: 'warning', where: 'token', message: 'cannot read sensitive fields (no read:sensitive): hidden values became placeholders to fill in' });
  }
  const projectName = Object.keys(result.manifest.projects)[0] ?? flags.project;
  const text = renderImportedManifest(result, {
    project: String(snapshot.project.name ?? flags.project),
    environments: Object.keys(result.manifest.projects[projectName]?.environments ?? {}),
    coolifyUrl: baseUrl,
    ...(flags.secretsOut !== undefined ? { secretsOut: flags.secretsOut } : {}),
  });
  if (flags.output !== undefined) await writeFile(at(cwd, flags.output), text);
  else out.write(text);
  if (flags.secretsOut !== undefined) {
    await writeFile(at(cwd, flags.secretsOut), renderSecretsDotenv(result.secrets), { mode: 0o600 });
    chmodSync(at(cwd, flags.secretsOut), 0o600);
  }

  err.write(renderImportReport(result, { projectName, ...(flags.output !== undefined ? { output: flags.output } : {}), ...(flags.secretsOut !== undefined ? { secretsOut: flags.secretsOut } : {}) }));
  if (flags.verbose) printRequestStats(client, { stderr: err });
  return ExitCode.Ok;
}

/** Adds `import` (an existing Coolify project → manifest) and its `compose` subcommand. */
export function registerImport(program: Command, host: CommandHost): void {
  const importCommand = program
    .command('import')
    .description('write a manifest for an existing Coolify project (or, with `import compose`, a compose file)')
    .option('--project <name>', 'the Coolify project to import (name or uuid)')
    .option('--env <name>', 'only this environment (repeatable; default: all)', collect, [])
    .option('-o, --output <file>', 'write the manifest to FILE (default: stdout)')
    .option('--server-default <name>', 'defaults.server (default: the server most resources run on)')
    .option('--secrets-out <file>', 'also write the secret values to this dotenv file (mode 0600; for --secrets-file)')
    .option('--db-passwords', 'import database passwords as ${secrets.X} (default: left out; Coolify keeps them)')
    .option('--force', 'overwrite existing output files')
    .addHelpText(
      'after',
      `
The imported resources are not marked as managed: the first plan shows them as "adopt", and
apply tags them (nothing else changes). Secrets, and copies of them in any field, become
\${secrets.NAME} placeholders; connection strings of the environment's databases become
\${databases.NAME.internalUrl} / .password references. The names are printed and listed in
the file; the values go only to --secrets-out. Options of \`import\` go before \`compose\`.

Examples:
  ado-coolify import --project shop -o ado.coolify.yaml --secrets-out secrets.env
  ado-coolify plan -f ado.coolify.yaml --secrets-file secrets.env`,
    );
  addConnectionOptions(importCommand);
  // `import compose FILE --project X`: options after the subcommand belong to it.
  importCommand.enablePositionalOptions();
  importCommand.action(host.run(async (flags: ImportFlags, io: CliIo) => {
    return runImport(flags, io.env, io.stdout, io.stderr, io.cwd);
  }));
  registerImportCompose(importCommand, host);
}
