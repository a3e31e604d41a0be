import type { Command } from 'commander';
import { AdoError, ExitCode } from '../../errors.js';
import type { LoadedManifest } from '../../engine/manifest-file.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { CODES } from '../../model/diagnostic-codes.js';
import type { CliIo, CommandHost } from '../io.js';

/**
 * `ado-coolify validate`: parses, schema-checks and resolves the manifest without touching
 * the network; exit 0 when valid (warnings allowed), 1 otherwise. Heavy modules are imported
 * inside the action so `--help` and startup stay fast.
 */

/** Parsed `--var` values. */
export function parseVarOptions(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq <= 0) {
      throw new AdoError(CODES.BAD_ARGUMENT.code, `--var expects KEY=VALUE, got \`${v.length > 40 ? `${v.slice(0, 40)}…` : v}\``, {
        hint: 'for example --var VERSION=1.5.0',
      });
    }
    out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

interface ValidateOptions {
  file: string;
  var: string[];
  secretsFile?: string;
  format: string;
  /** `--allow-missing-secrets`: a secret not provided is a warning, not an error. */
  allowMissingSecrets?: boolean;
}

/**
 * The manifest's `policy:` checked offline (rule names, levels, CEL expressions; ADO808), loaded
 * only when there is one. Violations need a plan: `plan` reports them.
 */
async function policyProblems(read: LoadedManifest): Promise<Diagnostic[]> {
  if (read.manifest?.policy === undefined) return [];
  const [{ readPolicies }, { manifestPolicySource }, { checkPolicyExpressions }] = await Promise.all([
    import('../../policy/config.js'),
    import('../../policy/sources.js'),
    import('../../policy/evaluate.js'),
  ]);
  const own = manifestPolicySource(read.manifest, (p) => read.locate(p));
  const checked = readPolicies(own ? [own] : []);
  return [...checked.diagnostics, ...checkPolicyExpressions(checked.policy)];
}

/** Runs the validate command; returns the exit code. Exported for tests. */
export async function runValidate(options: ValidateOptions, io: Pick<CliIo, 'stdout' | 'env' | 'cwd'>): Promise<number> {
  const out = io.stdout;
  if (options.format !== 'human' && options.format !== 'json') {
    throw new AdoError(CODES.BAD_ARGUMENT.code, `--format must be \`human\` or \`json\`, got \`${options.format}\``);
  }
  const vars = parseVarOptions(options.var);
  const [{ loadManifest }, fmt, { countResources }, { hasErrors }, { downgradeWaived }] = await Promise.all([
    import('../../engine/manifest-file.js'),
    import('../../diagnostics/format.js'),
    import('../../manifest/count.js'),
    import('../../model/diagnostic.js'),
    import('../../load/waivers.js'),
  ]);
  const read = await loadManifest(options.file, {
    vars,
    env: io.env,
    cwd: io.cwd,
    ...(options.secretsFile !== undefined ? { secretsFile: options.secretsFile } : {}),
  });
  // validate never connects: an unset COOLIFY_URL in `coolify.url` is a warning (UX audit m10);
  // with --allow-missing-secrets, so is a secret not provided (a fork's pull request, a pre-commit hook)
  const diagnostics = downgradeWaived([...read.diagnostics, ...(await policyProblems(read))], { coolifyUrl: true }, 'validate does not connect; plan and apply need it');
  const loaded = {
    ...read,
    diagnostics: options.allowMissingSecrets ? downgradeWaived(diagnostics, { missingSecrets: true }, 'allowed by --allow-missing-secrets; plan and apply need it') : diagnostics,
  };
  const failed = hasErrors(loaded.diagnostics);
  if (options.format === 'json') {
    out.write(fmt.formatJson(loaded.diagnostics));
  } else {
    out.write(fmt.formatHuman(loaded.diagnostics, options.file));
    if (!failed) {
      const n = countResources(loaded.manifest);
      out.write(`✓ ${options.file} is valid (${n} resource${n === 1 ? '' : 's'} declared)\n`);
    }
    // annotations go with the human output only: they would corrupt JSON
    if (io.env.GITHUB_ACTIONS === 'true') out.write(fmt.formatGithub(loaded.diagnostics, options.file));
  }
  return failed ? ExitCode.Error : ExitCode.Ok;
}

/** Registers `validate` on the program. */
export function registerValidate(program: Command, host: CommandHost): void {
  program
    .command('validate')
    .description('check the manifest: YAML, schema, references, secrets (no network)')
    .option('-f, --file <file>', 'manifest file', 'ado.coolify.yaml')
    .option('--var <name=value>', 'override a manifest var (repeatable)', collect, [])
    .option('--secrets-file <file>', 'dotenv file with secret values')
    .option('--format <format>', 'output format: human or json', 'human')
    .option('--allow-missing-secrets', 'a secret that is not provided is a warning, not an error (lint a fork\'s pull request or a pre-commit hook without secrets)')
    .action(host.run(async (options: ValidateOptions, io: CliIo) => runValidate(options, io)));
}
