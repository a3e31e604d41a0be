/**
 * `ado-coolify schema`: prints the manifest JSON Schema, for editors and other tools
 * (`ado-coolify schema > ado.coolify.schema.json`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { AdoError, ExitCode } from '../../errors.js';
import { PACKAGE_ROOT } from '../../version.js';
import type { CliIo, CommandHost } from '../io.js';

/**
 * Where the schema file is. It ships at the package root (`schema/` is in package.json
 * `files`), which this module finds however deep it runs (src/ under vitest, dist/ built,
 * dist/cli-bundle/ bundled).
 */
export const SCHEMA_FILE_URL = pathToFileURL(join(PACKAGE_ROOT ?? '.', 'schema', 'ado.coolify.schema.json'));

/** Reads the schema text from the package; AdoError when the package is incomplete. */
export async function readSchemaText(url: URL = SCHEMA_FILE_URL): Promise<string> {
  try {
    return await readFile(url, 'utf8');
  } catch (err) {
    throw new AdoError('ADO_SCHEMA_MISSING', `cannot read the manifest schema at ${fileURLToPath(url)}`, {
      hint: 'the ado-coolify installation is incomplete; reinstall the package',
      cause: err,
    });
  }
}

/** Registers `schema` on the program: prints the JSON Schema of `ado.coolify.yaml` to stdout. */
export function registerSchema(program: Command, host: CommandHost): void {
  program
    .command('schema')
    .description('print the JSON Schema of ado.coolify.yaml (for editors and tools)')
    .action(host.run(async (_flags: object, io: CliIo) => {
      const text = await readSchemaText();
      io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      return ExitCode.Ok;
    }));
}
