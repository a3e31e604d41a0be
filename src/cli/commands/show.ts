import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { AdoError } from '../../errors.js';
import type { PlanJson } from '../../model/plan.js';
import { PlanFileError, parsePlanJson, renderPlanJson } from '../../render/json.js';
import { inCwd, type CliIo, type CommandHost } from '../io.js';

/** Output formats of `show`. */
export type ShowFormat = 'human' | 'markdown' | 'json';

/** Options of `show`, as commander parses them. */
export interface ShowOptions {
  format: ShowFormat;
  /** False with `--no-color`. */
  color: boolean;
  verbose?: boolean;
}

/** Reads and validates a saved plan file; AdoError with a clear message when it cannot. */
export async function readPlanFile(path: string, cwd?: string): Promise<PlanJson> {
  let text: string;
  try {
    text = await readFile(cwd === undefined ? path : inCwd({ cwd }, path), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message;
    throw new AdoError(PlanFileError.NotFound, `cannot read plan file ${path}: ${why}`, {
      hint: 'write one with `ado-coolify plan --out plan.json`',
      cause: err,
    });
  }
  try {
    return parsePlanJson(text);
  } catch (err) {
    if (err instanceof AdoError) {
      throw new AdoError(err.code, `${path}: ${err.message}`, { hint: err.hint, exitCode: err.exitCode, cause: err });
    }
    throw err;
  }
}

/** Renders a plan in the chosen format (pure). Renderers load lazily: they are not needed to start the CLI. */
export async function renderShow(plan: PlanJson, opts: { format: ShowFormat; color: boolean; verbose?: boolean }): Promise<string> {
  switch (opts.format) {
    case 'json':
      return renderPlanJson(plan);
    case 'markdown':
      // The same Markdown as `plan --format markdown`, graph included (the plan carries its edges).
      return (await import('../print-plan.js')).planMarkdownOutput(plan);
    case 'human':
      return (await import('../../render/human.js')).renderPlanHuman(plan, { color: opts.color, verbose: opts.verbose });
  }
}

/** Runs `show` with explicit streams and environment, for tests. */
export async function runShow(
  file: string,
  opts: ShowOptions,
  io: { stdout: { write(s: string): unknown; isTTY?: boolean }; env: Record<string, string | undefined>; cwd?: string },
): Promise<void> {
  const plan = await readPlanFile(file, io.cwd);
  const { shouldUseColor } = await import('../../render/color.js');
  const color = opts.color && shouldUseColor(io.stdout, io.env);
  io.stdout.write(await renderShow(plan, { format: opts.format, color, verbose: opts.verbose }));
}

/** Registers `ado-coolify show PLAN_FILE [--format human|markdown|json] [--no-color] [--show-unchanged]`. */
export function registerShow(program: Command, host: CommandHost): void {
  program
    .command('show')
    .description('render a saved plan file (from `plan --out`) as text, Markdown or JSON')
    .argument('<plan-file>', 'plan JSON written by `ado-coolify plan --out`')
    // `-f` is --file and `--verbose` request counts in every other command: not used here
    .addOption(new Option('--format <format>', 'output format').choices(['human', 'markdown', 'json']).default('human'))
    .option('--no-color', 'disable colours (also: NO_COLOR=1)')
    .option('--show-unchanged', 'also show resources without changes')
    .action(host.run(async (file: string, { showUnchanged, ...opts }: Omit<ShowOptions, 'verbose'> & { showUnchanged?: boolean }, io: CliIo) => {
      await runShow(file, { ...opts, ...(showUnchanged !== undefined ? { verbose: showUnchanged } : {}) }, io);
    }));
}
