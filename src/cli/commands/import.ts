import { CODES } from '../../model/diagnostic-codes.js';
import { chmodSync, existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { addConnectionOptions, type ConnectionCliOptions } from '../options.js';
import { clientOptionsFromFlags, printRequestStats } from '../run-context.js';
import { AdoError, ExitCode } from '../../errors.js';
import { registerImportCompose } from './import-compose.js';
import type { ImportNote, ImportResult } from '../../import/types.js';

/** The path to open for a path given relative to `cwd` (unchanged without one). */
const at = (cwd: string | undefined, path: string): string => (cwd === undefined ? path : inCwd({ cwd }, path));
import { inCwd, type CliIo, type CommandHost } from '../io.js';

/**
 * `ado-coolify import --project P` / `--instance`: reads an existing Coolify project (or every
 * project and team-wide kind) and writes a manifest for it (the mapping is pure, in `src/import/`; this shell reads Coolify and writes files).
 */

/** Flags of `import`. */
export interface ImportFlags extends ConnectionCliOptions {
  project?: string;
  /** `--instance`: everything the token sees, every project and team-wide section. */
  instance?: boolean;
  env: string[];
  output?: string;
  serverDefault?: string;
  secretsOut?: string;
  dbPasswords?: boolean;
  force?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const NO_SENSITIVE_NOTE: ImportNote = { severity: 'warning', where: 'token', message: 'cannot read sensitive fields (no read:sensitive): hidden values became placeholders to fill in' };

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
  if (flags.instance === true && (flags.project !== undefined || flags.env.length > 0)) {
    throw new AdoError(CODES.BAD_ARGUMENT.code, 'import --instance takes every project: it cannot be combined with --project or --env', { hint: 'drop --instance to import one project, or drop --project/--env' });
  }
  if (!flags.project && flags.instance !== true) {
    throw new AdoError(CODES.BAD_ARGUMENT.code, 'import needs --project NAME or --instance', { hint: 'for example: ado-coolify import --project shop -o ado.coolify.yaml, or ado-coolify import --instance -o instance.yaml' });
  }
  refuseOverwrite(flags.output, flags.force, '-o FILE', cwd);
  refuseOverwrite(flags.secretsOut, flags.force, '--secrets-out FILE', cwd);
  const { connect } = await import('../../engine/connect.js');
  const { readInstanceSnapshot, readProjectSnapshot } = await import('../../import/read-snapshot.js');
  const { importProject } = await import('../../import/import-project.js');
  const { importInstance } = await import('../../import/import-instance.js');
  const { renderImportedManifest, renderImportReport } = await import('../../import/render.js');
  const { renderSecretsDotenv } = await import('../../import/secrets.js');
  const { client, baseUrl } = connect({ env, ...(cwd !== undefined ? { cwd } : {}), ...clientOptionsFromFlags(flags, err) });
  const mapping = {
    ...(flags.serverDefault !== undefined ? { serverDefault: flags.serverDefault } : {}),
    databasePasswords: flags.dbPasswords === true,
  };
  let result: ImportResult;
  let projectName: string | undefined;
  let text: string;
  const written = { coolifyUrl: baseUrl, ...(flags.secretsOut !== undefined ? { secretsOut: flags.secretsOut } : {}) };
  if (flags.instance === true) {
    const snapshot = await readInstanceSnapshot(client);
    result = importInstance(snapshot, mapping);
    if (!snapshot.canReadSensitive) result.notes.push(NO_SENSITIVE_NOTE);
    text = renderImportedManifest(result, { environments: [], ...written });
  } else {
    const snapshot = await readProjectSnapshot(client, { project: flags.project ?? '', environments: flags.env });
    result = importProject(snapshot, mapping);
    if (!snapshot.canReadSensitive) result.notes.push(NO_SENSITIVE_NOTE);
    projectName = Object.keys(result.manifest.projects)[0] ?? flags.project ?? '';
    text = renderImportedManifest(result, {
      project: String(snapshot.project.name ?? flags.project),
      environments: Object.keys(result.manifest.projects[projectName]?.environments ?? {}),
      ...written,
    });
  }
  if (flags.output !== undefined) await writeFile(at(cwd, flags.output), text);
  else out.write(text);
  if (flags.secretsOut !== undefined) {
    await writeFile(at(cwd, flags.secretsOut), renderSecretsDotenv(result.secrets), { mode: 0o600 });
    chmodSync(at(cwd, flags.secretsOut), 0o600);
  }

  err.write(renderImportReport(result, { ...(projectName !== undefined ? { projectName } : {}), ...(flags.output !== undefined ? { output: flags.output } : {}), ...(flags.secretsOut !== undefined ? { secretsOut: flags.secretsOut } : {}) }));
  if (flags.verbose) printRequestStats(client, { stderr: err });
  return ExitCode.Ok;
}

/** Adds `import` (an existing Coolify project → manifest) and its `compose` subcommand. */
export function registerImport(program: Command, host: CommandHost): void {
  const importCommand = program
    .command('import')
    .description('write a manifest for an existing Coolify project, the whole instance (--instance), or, with `import compose`, a compose file')
    .option('--project <name>', 'the Coolify project to import (name or uuid)')
    .option('--instance', 'import everything the token sees: every project and every team-wide section (S3 storages, private keys, …)')
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

With --instance, the manifest holds every project the token sees and every team-wide kind
ado-coolify manages (keys and other secrets as placeholders); two projects with one name cannot
be told apart, so the second is left out with a TODO.

Examples:
  ado-coolify import --project shop -o ado.coolify.yaml --secrets-out secrets.env
  ado-coolify import --instance -o instance.yaml --secrets-out secrets.env
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
