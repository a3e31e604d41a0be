import { CODES } from '../model/diagnostic-codes.js';
import { Option, type Command } from 'commander';
import { AdoError } from '../errors.js';
import { parseDuration } from '../apply/duration.js';

/** Options shared by commands that read a manifest. */
export interface ManifestCliOptions {
  file: string;
  var: string[];
  secretsFile?: string;
}

/** Options shared by commands that talk to Coolify. */
export interface ConnectionCliOptions {
  tokenFile?: string;
  allowInsecureHttp?: boolean;
  rateLimit?: string;
  /** `--request-timeout`: deadline of one Coolify request, all attempts together (a duration). */
  requestTimeout?: string;
  verbose?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Adds `-f/--file`, `--var K=V` (repeatable) and `--secrets-file`. */
export function addManifestOptions(cmd: Command): Command {
  return cmd
    .option('-f, --file <path>', 'manifest file', 'ado.coolify.yaml')
    .option('--var <name=value>', 'set or override a manifest variable (repeatable)', collect, [])
    .option('--secrets-file <path>', 'dotenv file with values for ${secrets.NAME} (default: the environment)');
}

/** Adds `--token-file`, `--allow-insecure-http`, `--rate-limit`, `--request-timeout` and `--verbose`. */
export function addConnectionOptions(cmd: Command): Command {
  return cmd
    .option('--token-file <path>', 'read the Coolify API token from a file, mode 0600 or stricter (default: $COOLIFY_TOKEN; never a flag)')
    .option('--allow-insecure-http', 'allow sending the token over plain http to a non-loopback host')
    .option('--rate-limit <n>', 'client-side request budget per minute (default 200, Coolify\'s default)')
    .option('--request-timeout <duration>', 'deadline of one Coolify API request, every retry included (e.g. 90s; default 30s)')
    .option('--verbose', 'print request counts per endpoint to stderr');
}

/** Adds repeatable `--target ADDR` plus `--project` and `--env` scope options. */
export function addScopeOptions(cmd: Command): Command {
  return cmd
    .option('--target <address>', 'limit to resources matching an address or glob (repeatable)', collect, [])
    .option('--project <name>', 'limit to one project')
    .option('--env <name>', 'limit to one environment');
}

/**
 * `--lock-timeout`, on every command that applies (apply, deploy, scale, autoscale): the apply
 * lock's "locked" hint names it, so each command that can meet the lock has it (audit m8).
 */
export function addLockTimeoutOption(cmd: Command): Command {
  return cmd.option('--lock-timeout <duration>', 'how long to wait for another apply of the same project to release its lock', '0s');
}

/** The `--lock-timeout` flag in milliseconds, for ApplyOptions.lockTimeoutMs. */
export function lockTimeoutFromFlags(flags: { lockTimeout?: string }): { lockTimeoutMs?: number } {
  const ms = parseDurationFlag('--lock-timeout', flags.lockTimeout);
  return ms === undefined ? {} : { lockTimeoutMs: ms };
}

/** `--replace ADDR` (repeatable) on plan and apply. */
export function addReplaceOption(cmd: Command): Command {
  return cmd.option(
    '--replace <address>',
    'delete and create again this resource of the manifest, with its env vars, storages and tasks, although nothing forces it (repeatable; a protected one also needs --allow-destroy; projects and environments cannot be replaced)',
    collect,
    [],
  );
}

/**
 * Adds `--prune` (plan, apply): managed resources that left the manifest are deleted; without
 * it they are kept and listed as orphaned (src/plan/prune.ts).
 */
export function addPruneOption(cmd: Command): Command {
  return cmd.option(
    '--prune',
    'delete managed applications, databases, services and environments that are no longer in the manifest (without it they are kept and listed; a protected one also needs --allow-destroy)',
  );
}

/** Adds `--policy FILE` (plan, apply): policy rules checked on the plan, after the manifest's `policy:`. */
export function addPolicyOption(cmd: Command): Command {
  return cmd.option(
    '--policy <file>',
    'check the plan against this policy file (YAML or JSON: built-in rules by name and CEL rules, see docs/policy.md; repeatable; its levels win over the manifest\'s policy:); a violated error rule exits 4',
    collect,
    [],
  );
}

/** Adds `--allow-destroy` (plan, apply): consent to what a protected resource otherwise refuses. */
export function addAllowDestroyOption(cmd: Command): Command {
  return cmd.option(
    '--allow-destroy',
    'allow deleting or replacing protected resources (protect: true) and a protected database\'s major version change, which needs a data migration (ADO502, ADO509)',
  );
}

/** Adds `--format` with the given choices. */
export function addFormatOption(cmd: Command, choices: string[], fallback = 'human'): Command {
  return cmd.addOption(new Option('--format <format>', 'output format').choices(choices).default(fallback));
}

/** Parses repeated `--var K=V` flags. */
export function parseVars(list: string[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const item of list) {
    const eq = item.indexOf('=');
    if (eq <= 0) {
      throw new AdoError(CODES.BAD_ARGUMENT.code, `--var expects NAME=value, got "${item}"`, { hint: 'for example: --var VERSION=1.5.0' });
    }
    vars[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return vars;
}

/** Parses a positive integer flag. */
export function parsePositiveInt(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new AdoError(CODES.BAD_ARGUMENT.code, `${flag} expects a whole number ≥ 1, got "${value}"`);
  }
  return n;
}

/** Parses a duration flag such as `10m` (the one syntax of `src/apply/duration.ts`). */
export function parseDurationFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return parseDuration(value, flag);
}

/** Names accepted for an option besides the one --help shows: `--environment` for `--env`. */
export const OPTION_ALIASES: Readonly<Record<string, string>> = { '--env': '--environment' };

/**
 * Adds, to `cmd` and every command below it with an option of OPTION_ALIASES, the other name as
 * a hidden option that sets the same value (so `plan --environment staging` and
 * `deploy --env staging` both work, and --help shows one name per concept). Repeatable options
 * collect across both names. Idempotent: buildProgram runs it over the whole tree.
 */
export function addOptionAliases(cmd: Command): Command {
  for (const [long, aliasLong] of Object.entries(OPTION_ALIASES)) {
    const canonical = cmd.options.find((o) => o.long === long);
    if (!canonical || cmd.options.some((o) => o.long === aliasLong)) continue;
    const key = canonical.attributeName();
    const alias = new Option(`${aliasLong} <${canonical.flags.match(/<(.+)>/)?.[1] ?? 'value'}>`, `same as ${long}`).hideHelp();
    cmd.addOption(alias);
    cmd.on(`option:${alias.name()}`, (value: string) => {
      const previous: unknown = cmd.getOptionValue(key);
      const next: unknown = canonical.parseArg ? canonical.parseArg(value, previous) : value;
      cmd.setOptionValueWithSource(key, next, 'cli');
      // the alias keeps no value of its own: the action reads the canonical name only
      cmd.setOptionValueWithSource(alias.attributeName(), undefined, 'default');
    });
  }
  for (const sub of cmd.commands) addOptionAliases(sub);
  return cmd;
}
