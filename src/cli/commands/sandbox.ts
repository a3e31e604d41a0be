import type { Command } from 'commander';
import { AdoError, isAdoError } from '../../errors.js';
import { CODES } from '../../model/diagnostic-codes.js';
import { inCwd, type CliIo, type CommandHost } from '../io.js';

/**
 * `ado-coolify sandbox`: runs the embedded Coolify API on 127.0.0.1 until SIGINT/SIGTERM and
 * prints pasteable `export COOLIFY_URL=…` / `export COOLIFY_TOKEN=…` lines. The sandbox module
 * is imported inside the action so `--help` stays fast.
 */

const FAULTS_HELP = `
Fault spec (--faults): entries separated by ";", each kind=value. PATTERN is
"[METHOD ]PATH" relative to /api/v1, "*" matches anything.
  latency=MS[±JITTER][@PATTERN]   delay answers ("+-" works for "±")
  error=P[:STATUS][@PATTERN]      answer STATUS (default 500) with probability P
  burst429=N[:RETRY_AFTER_S]      the next N requests get 429 + Retry-After
  drop-post=N[@PATTERN]           N matching POSTs commit, then the connection drops
                                  (also drop-post=PATH*N)
  fail-deploy=APP[,APP]           deployments of these apps end "failed"
  stuck-deploy=APP[,APP]          deployments of these apps stay "queued" for ever
  slow-health=APP:MS[,APP:MS]     the app reports running:healthy only MS after start
  malformed=KIND[:P][@PATTERN]    KIND html|truncated|wrong-types answers
Example:
  --faults "error=0.05:500@POST /applications/*;burst429=5;drop-post=1@/databases/postgresql;fail-deploy=api-gateway;slow-health=workers:5000;malformed=html@GET /servers"
`;

/** Parsed sandbox CLI options. */
export interface SandboxCliOptions {
  port: string;
  state?: string;
  token?: string;
  latency?: string;
  faults?: string;
  seed?: string;
  rateLimit?: string;
  coolifyVersion?: string;
}

function intOption(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < min || n > max) {
    throw new AdoError(CODES.BAD_ARGUMENT.code, `${flag} expects an integer from ${min} to ${max}, got \`${value}\``);
  }
  return n;
}

/** Parses `MS[±JITTER]` (or `MS+-JITTER`). */
export function parseLatencyOption(value: string): { ms: number; jitterMs: number } {
  const m = /^(\d+)(?:(?:±|\+-)(\d+))?$/.exec(value.trim());
  if (!m) throw new AdoError(CODES.BAD_ARGUMENT.code, `--latency expects MS or MS±JITTER (e.g. 50±20), got \`${value}\``);
  return { ms: Number(m[1]), jitterMs: Number(m[2] ?? 0) };
}

/** Turns CLI options into `startSandbox` options; throws AdoError on bad input. */
export async function sandboxOptionsFromCli(opts: SandboxCliOptions, env: Record<string, string | undefined>): Promise<import('../../sandbox/index.js').SandboxOptions> {
  const { parseFaultSpec, FaultSpecError } = await import('../../sandbox/faults.js');
  const token = opts.token ?? env.SANDBOX_TOKEN;
  if (token !== undefined && !/^\S{8,}$/.test(token)) throw new AdoError(CODES.BAD_ARGUMENT.code, 'the sandbox token must be at least 8 characters without spaces');
  let faults;
  if (opts.faults !== undefined) {
    try {
      faults = parseFaultSpec(opts.faults);
    } catch (err) {
      if (err instanceof FaultSpecError) throw new AdoError(CODES.BAD_ARGUMENT.code, `--faults: ${err.message}`, { hint: 'see `ado-coolify sandbox --help` for the syntax' });
      throw err;
    }
  }
  return {
    port: intOption('--port', opts.port, 0, 65535),
    ...(opts.state !== undefined ? { stateFile: opts.state } : {}),
    ...(token !== undefined ? { token } : {}),
    ...(opts.latency !== undefined ? { latency: parseLatencyOption(opts.latency) } : {}),
    ...(faults !== undefined ? { faults } : {}),
    ...(opts.seed !== undefined ? { seed: intOption('--seed', opts.seed, 0, 2 ** 32 - 1) } : {}),
    ...(opts.rateLimit !== undefined ? { rateLimitPerMinute: intOption('--rate-limit', opts.rateLimit, 0, 1_000_000) } : {}),
    ...(opts.coolifyVersion !== undefined ? { coolifyVersion: await releaseOption(opts.coolifyVersion) } : {}),
  };
}

/** `--coolify-version`: one of the releases the table describes (src/releases). */
async function releaseOption(value: string): Promise<string> {
  const { KNOWN_RELEASES } = await import('../../releases/table.js');
  const v = value.trim().replace(/^v/, '');
  if (!KNOWN_RELEASES.includes(v)) {
    throw new AdoError(CODES.BAD_ARGUMENT.code, `--coolify-version expects one of ${KNOWN_RELEASES.join(', ')}, got \`${value}\``);
  }
  return v;
}

/** Registers `ado-coolify sandbox`. */
export function registerSandbox(program: Command, host: CommandHost): void {
  program
    .command('sandbox')
    .description('run an embedded Coolify v4 API on 127.0.0.1 (offline plans, tests, demos)')
    .option('--port <n>', 'port on 127.0.0.1 (0 picks a free one)', '8000')
    .option('--state <file>', 'load and persist the world in this JSON file, written at mode 0600 (it holds every secret sent; default: in memory)')
    .option('--token <token>', 'root API token (default: $SANDBOX_TOKEN or generated; a flag shows in ps, prefer $SANDBOX_TOKEN on a shared machine)')
    .option('--latency <ms[±jitter]>', 'add latency to every answer, e.g. 50±20')
    .option('--faults <spec>', 'inject faults (syntax below)')
    .option('--seed <n>', 'seed for uuids, passwords and fault decisions')
    .option('--rate-limit <n>', 'requests per minute per user (default 200, 0 = off)')
    .option(
      '--coolify-version <v>',
      'Coolify release to emulate: 4.3.11 (default), 4.3.23 or 4.4.2; /version, routes, body allow-lists and model defaults follow it',
    )
    .addHelpText('after', FAULTS_HELP)
    .action(host.run(async (opts: SandboxCliOptions, io: CliIo) => {
      const options = await sandboxOptionsFromCli(opts, io.env);
      const { startSandbox } = await import('../../sandbox/index.js');
      let sb;
      try {
        sb = await startSandbox({ ...options, ...(options.stateFile !== undefined ? { stateFile: inCwd(io, options.stateFile) } : {}) });
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        if (e.code === 'EADDRINUSE') throw new AdoError(CODES.BAD_ARGUMENT.code, `port ${options.port ?? 8000} is already in use`, { hint: 'pick another with --port, or --port 0 for a free one' });
        if (isAdoError(err)) throw err;
        throw new AdoError(CODES.BAD_ARGUMENT.code, `cannot start the sandbox: ${e.message}`);
      }
      io.stdout.write(`export COOLIFY_URL=${sb.url}\nexport COOLIFY_TOKEN='${sb.token}'\n`);
      io.stderr.write(
        `sandbox: Coolify ${options.coolifyVersion ?? '4.3.11'} API on ${sb.url}/api/v1 (${options.stateFile ? `state in ${options.stateFile}` : 'in memory'}); Ctrl-C to stop\n`,
      );
      const running = sb;
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          for (const s of stopListening) s();
          void running.close().finally(resolve);
        };
        const stopListening = [io.onSignal('SIGINT', stop), io.onSignal('SIGTERM', stop)];
      });
    }));
}
