/**
 * The Action's inputs, read from `INPUT_*` environment variables. GitHub upper-cases the
 * input name and keeps hyphens (`INPUT_WORKING-DIRECTORY`); a composite action has to pass
 * them itself, and shells cannot set hyphenated names, so the underscore form
 * (`INPUT_WORKING_DIRECTORY`) is accepted too.
 */

/** The command the Action runs. */
export type ActionCommand = 'plan' | 'apply' | 'drift';

/** Every input of `action.yml`, parsed. */
export interface ActionInputs {
  command: ActionCommand;
  manifest: string;
  workingDirectory: string;
  /** `vars` input: one `NAME=value` per line. */
  vars: Record<string, string>;
  secretsFile?: string;
  /** From input `github-token`, else `GITHUB_TOKEN`; never printed. */
  githubToken?: string;
  failOnChanges: boolean;
  commentOnNoChanges: boolean;
  /** Post/update the PR comment at all (input `comment`, default true). */
  comment: boolean;
  parallelism?: number;
  /** Per-step timeout as written (`15m`), parsed by the command runner. */
  timeout?: string;
  /** plan/apply: delete managed resources that left the manifest (`--prune`). */
  prune: boolean;
  /** apply: roll failed application deployments back (`--rollback-on-failure`). */
  rollbackOnFailure: boolean;
  /** plan/apply: a policy file (`--policy`), relative to working-directory. */
  policy?: string;
  /** drift: unmanaged resources and env keys count as drift (`--fail-on-unmanaged`). */
  failOnUnmanaged: boolean;
}

/** A problem with an input value. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** The raw value of input `name` (trimmed; undefined when empty or unset). */
export function getInput(env: Record<string, string | undefined>, name: string): string | undefined {
  const upper = name.replace(/ /g, '_').toUpperCase();
  const raw = env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`];
  const value = raw?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** A boolean input: `true`/`false` (YAML 1.2 core spellings), else the default. */
export function getBooleanInput(env: Record<string, string | undefined>, name: string, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (value === undefined) return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(`input ${name} must be true or false, got "${value}"`);
}

/** Parses the multi-line `vars` input: `NAME=value` per line; blank lines and `#` comments skipped. */
export function parseVarsInput(text: string | undefined): Record<string, string> {
  const vars: Record<string, string> = {};
  if (!text) return vars;
  for (const [i, rawLine] of text.split(/\r?\n/).entries()) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new InputError(`input vars, line ${i + 1}: expected NAME=value, got "${line}"`);
    vars[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return vars;
}

const COMMANDS: readonly ActionCommand[] = ['plan', 'apply', 'drift'];

/** Reads and checks every input. Throws InputError on a bad value. */
export function readActionInputs(env: Record<string, string | undefined>): ActionInputs {
  const command = getInput(env, 'command') ?? 'plan';
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new InputError(`input command must be one of ${COMMANDS.join(', ')}, got "${command}"`);
  }
  const parallelismText = getInput(env, 'parallelism');
  let parallelism: number | undefined;
  if (parallelismText !== undefined) {
    parallelism = Number(parallelismText);
    if (!Number.isInteger(parallelism) || parallelism < 1) {
      throw new InputError(`input parallelism must be a whole number ≥ 1, got "${parallelismText}"`);
    }
  }
  return {
    command: command as ActionCommand,
    manifest: getInput(env, 'manifest') ?? 'ado.coolify.yaml',
    workingDirectory: getInput(env, 'working-directory') ?? '.',
    vars: parseVarsInput(getInput(env, 'vars')),
    secretsFile: getInput(env, 'secrets-file'),
    githubToken: getInput(env, 'github-token') ?? (env.GITHUB_TOKEN?.trim() || undefined),
    failOnChanges: getBooleanInput(env, 'fail-on-changes', false),
    commentOnNoChanges: getBooleanInput(env, 'comment-on-no-changes', false),
    comment: getBooleanInput(env, 'comment', true),
    parallelism,
    timeout: getInput(env, 'timeout'),
    prune: getBooleanInput(env, 'prune', false),
    rollbackOnFailure: getBooleanInput(env, 'rollback-on-failure', false),
    policy: getInput(env, 'policy'),
    failOnUnmanaged: getBooleanInput(env, 'fail-on-unmanaged', false),
  };
}
