import { isAbsolute, normalize, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { addConnectionOptions, addAllowDestroyOption, addLockTimeoutOption, parseDurationFlag, parseVars, type ConnectionCliOptions } from '../options.js';
import { clientOptionsFromFlags } from '../run-context.js';
import { AdoError, ExitCode } from '../../errors.js';
import { CODES } from '../../model/diagnostic-codes.js';
import { inCwd, type CliIo, type CommandHost } from '../io.js';

interface ServeFlags extends ConnectionCliOptions {
  repo?: string;
  branch: string;
  path: string[];
  interval: string;
  sync: 'off' | 'plan' | 'auto';
  allowDestroy?: boolean;
  listen: string;
  dataDir: string;
  adminTokenFile?: string;
  webhookSecretFile?: string;
  gitTokenFile?: string;
  gitSshKeyFile?: string;
  var: string[];
  secretsFile?: string;
  timeout: string;
  lockTimeout?: string;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `host:port`, `[v6]:port` or `:port` into its parts; a clear error otherwise. */
export function parseListen(text: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(text.trim());
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) {
    throw new AdoError(CODES.BAD_ARGUMENT.code, `--listen expects HOST:PORT, got "${text}"`, { hint: 'for example: --listen 127.0.0.1:8080, --listen 0.0.0.0:8080 in a container, or port 0 for a free one' });
  }
  return { host: m[1] ?? (m[2] === '' ? '127.0.0.1' : m[2]!), port };
}

/** A `--path` inside the repository: relative, without `..`. */
function checkPath(path: string): string {
  const n = normalize(path);
  if (isAbsolute(path) || n.startsWith('..') || n === '.') {
    throw new AdoError(CODES.BAD_ARGUMENT.code, `--path ${path} is not a manifest path inside the repository`, { hint: 'give it relative to the repository root, e.g. --path ado.coolify.yaml or --path deploy/ado.coolify.yaml' });
  }
  return n;
}

/** `ado-coolify serve`: pull-based GitOps controller with an HTTP API and a dashboard. */
export function registerServe(program: Command, host: CommandHost): void {
  const cmd = program
    .command('serve')
    .description('watch a git repository and keep Coolify converged to its manifests (pull-based GitOps), with an HTTP API and a dashboard')
    .addHelpText(
      'after',
      `
Each cycle fetches --branch of --repo into --data-dir, plans every --path, and with --sync auto
applies them under the apply lock (--allow-destroy is never implied). A cycle runs at start, every
--interval (backing off after failures: interval x 2^failures, at most 32 intervals and 15 minutes),
on a verified webhook (POST /hooks/github, /hooks/gitlab) and on POST /api/v1/sync with the admin
token. One cycle at a time; a trigger during a cycle queues one more. SIGTERM or Ctrl-C: the running
step finishes, the lock is released, exit 0. HTTP API, dashboard and security: docs/serve.md.
Secrets come from the environment or --secrets-file, as for apply; the Coolify token from
COOLIFY_TOKEN or --token-file. No secret value or token appears in any answer, event, metric, log
line or history file.

Examples:
  ado-coolify serve --repo https://github.com/acme/infra.git --data-dir /data
  ado-coolify serve --repo . --sync auto --interval 30s --admin-token-file admin.token
  ado-coolify serve --repo git@github.com:acme/infra.git --git-ssh-key-file deploy_key --webhook-secret-file hook.secret`,
    )
    .option('--repo <url|path>', 'the git repository to watch: an https or file URL, an ssh URL, or a local path (required)')
    .option('--branch <name>', 'the branch to follow', 'main')
    .option('--path <file>', 'a manifest path inside the repository (repeatable; default ado.coolify.yaml)', collect, [])
    .option('--interval <duration>', 'time between cycles (e.g. 30s, 1m, 1h)', '1m')
    .addOption(new Option('--sync <policy>', 'off: no cycle on its own (a manual sync plans); plan: detect and show, never change; auto: apply what differs').choices(['off', 'plan', 'auto']).default('plan'));
  addAllowDestroyOption(cmd);
  cmd
    .option('--listen <host:port>', 'where the HTTP server listens (port 0: a free one, printed at start)', '127.0.0.1:8080')
    .option('--data-dir <dir>', 'where the clone and the history are kept', '.ado-coolify-serve')
    .option('--admin-token-file <file>', 'file holding the admin token that POST /api/v1/sync needs (without it, manual sync is off)')
    .option('--webhook-secret-file <file>', 'file holding the shared webhook secret (GitHub HMAC secret, GitLab token); without it, webhooks are refused')
    .option('--git-token-file <file>', 'file holding a token for a private https repository (sent as HTTP basic auth, user x-access-token)')
    .option('--git-ssh-key-file <file>', 'a deploy key (private key file) for an ssh repository')
    .option('--var <name=value>', 'set or override a manifest variable (repeatable)', collect, [])
    .option('--secrets-file <path>', 'dotenv file with values for ${secrets.NAME} (default: the environment)')
    .option('--timeout <duration>', 'per-step limit for deployments, health checks and deletes during an apply', '15m');
  addLockTimeoutOption(cmd);
  addConnectionOptions(cmd);
  cmd.action(host.run(async (flags: ServeFlags, io: CliIo) => {
    if (flags.repo === undefined || flags.repo.trim() === '') {
      throw new AdoError(CODES.BAD_ARGUMENT.code, '--repo is required', { hint: 'for example: ado-coolify serve --repo https://github.com/acme/infra.git (or --repo . for this repository)' });
    }
    const intervalMs = parseDurationFlag('--interval', flags.interval)!;
    if (intervalMs < 100) throw new AdoError(CODES.BAD_ARGUMENT.code, `--interval ${flags.interval} is too short`, { hint: 'use 100ms or more, e.g. --interval 1m' });
    const timeoutMs = parseDurationFlag('--timeout', flags.timeout);
    const lockTimeoutMs = parseDurationFlag('--lock-timeout', flags.lockTimeout);
    const { host: listenHost, port } = parseListen(flags.listen);
    const paths = (flags.path.length > 0 ? flags.path : ['ado.coolify.yaml']).map(checkPath);
    const abs = (p: string | undefined): string | undefined => (p === undefined ? undefined : resolve(io.cwd, p));
    const { readSecretFile } = await import('../../serve/git.js');
    const adminToken = flags.adminTokenFile !== undefined ? readSecretFile(inCwd(io, flags.adminTokenFile), io.cwd, '--admin-token-file') : undefined;
    const webhookSecret = flags.webhookSecretFile !== undefined ? readSecretFile(inCwd(io, flags.webhookSecretFile), io.cwd, '--webhook-secret-file') : undefined;
    const coolifyToken = flags.tokenFile !== undefined ? readSecretFile(inCwd(io, flags.tokenFile), io.cwd, '--token-file') : io.env.COOLIFY_TOKEN;
    const connection = clientOptionsFromFlags({ ...flags, tokenFile: abs(flags.tokenFile) }, io.stderr);
    const log = (line: string): void => void io.stdout.write(`${new Date().toISOString()} ${line.replace(/[\r\n]+/g, ' ')}\n`);
    const { startServe } = await import('../../serve/app.js');
    const running = await startServe({
      repo: flags.repo,
      branch: flags.branch,
      paths,
      policy: flags.sync,
      intervalMs,
      host: listenHost,
      port,
      dataDir: resolve(io.cwd, flags.dataDir),
      cwd: io.cwd,
      ...(adminToken !== undefined ? { adminToken } : {}),
      ...(webhookSecret !== undefined ? { webhookSecret } : {}),
      ...(flags.gitTokenFile !== undefined ? { gitTokenFile: abs(flags.gitTokenFile)! } : {}),
      ...(flags.gitSshKeyFile !== undefined ? { gitSshKeyFile: abs(flags.gitSshKeyFile)! } : {}),
      base: {
        vars: parseVars(flags.var),
        ...(flags.secretsFile !== undefined ? { secretsFile: abs(flags.secretsFile)! } : {}),
        env: io.env,
        allowDestroy: flags.allowDestroy === true,
        connection,
      },
      applyExtras: { ...(timeoutMs !== undefined ? { timeoutMs } : {}), ...(lockTimeoutMs !== undefined ? { lockTimeoutMs } : {}) },
      secrets: coolifyToken !== undefined ? [coolifyToken] : [],
      log,
    });
    await new Promise<void>((done) => {
      let signals = 0;
      const onSignal = (): void => {
        signals += 1;
        if (signals > 1) return;
        log('stopping: the running step finishes, the lock is released');
        void running.stop().then(() => {
          for (const stop of stopListening) stop();
          log('stopped');
          done();
        });
      };
      const stopListening = [io.onSignal('SIGTERM', onSignal), io.onSignal('SIGINT', onSignal)];
    });
    return ExitCode.Ok;
  }));
}
