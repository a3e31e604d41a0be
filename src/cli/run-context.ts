import { AdoError } from '../errors.js';
import { CODES } from '../model/diagnostic-codes.js';
import { readFileSync } from 'node:fs';
import type { ConnectionCliOptions, ManifestCliOptions } from './options.js';
import { parseDurationFlag, parsePositiveInt, parseVars } from './options.js';
import type { PlanOptions } from '../engine/plan-run.js';
import type { ConnectionOptions } from '../engine/connect.js';
import type { CoolifyClient } from '../coolify/client.js';
import type { CliIo } from './io.js';
import { createWaitNotifier } from '../coolify/client-notice.js';

/**
 * The client settings of the shared connection flags (`--token-file`, `--allow-insecure-http`,
 * `--rate-limit`, `--request-timeout`), with the client's waits (rate limit, retry backoff)
 * announced on `stderr` as plain lines, one per wait of a second or more (audit m9): the same on
 * a TTY and in CI logs, and never on stdout, so `--format json` stays parseable.
 */
export function clientOptionsFromFlags(
  flags: ConnectionCliOptions,
  stderr: { write(text: string): unknown },
): Omit<ConnectionOptions, 'env'> {
  const timeoutMs = parseDurationFlag('--request-timeout', flags.requestTimeout);
  if (timeoutMs !== undefined && timeoutMs < 1) {
    throw new AdoError(CODES.BAD_ARGUMENT.code, `--request-timeout must be longer than 0, got "${flags.requestTimeout}"`, { hint: 'for example: --request-timeout 90s' });
  }
  return {
    tokenFile: flags.tokenFile,
    allowInsecureHttp: flags.allowInsecureHttp ?? false,
    rateLimitPerMinute: parsePositiveInt('--rate-limit', flags.rateLimit),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    onClientEvent: createWaitNotifier((line) => stderr.write(line)),
  };
}

/** Turns the shared CLI flags into engine plan options (environment and directory from the io). */
export function planOptionsFromFlags(
  flags: ManifestCliOptions & ConnectionCliOptions & { target?: string[]; project?: string; env?: string; allowDestroy?: boolean; prune?: boolean; replace?: string[]; policy?: string[] },
  io: Pick<CliIo, 'env' | 'cwd' | 'stderr'>,
): PlanOptions {
  return {
    file: flags.file,
    vars: parseVars(flags.var ?? []),
    secretsFile: flags.secretsFile,
    env: io.env,
    cwd: io.cwd,
    targets: flags.target ?? [],
    project: flags.project,
    environment: flags.env,
    allowDestroy: flags.allowDestroy ?? false,
    prune: flags.prune ?? false,
    policyFiles: flags.policy ?? [],
    replace: flags.replace ?? [],
    connection: clientOptionsFromFlags(flags, io.stderr),
  };
}

/** Prints per-endpoint request counts to stderr (for --verbose). */
export function printRequestStats(client: CoolifyClient, io: { stderr: { write(text: string): unknown } }): void {
  const stats = client.stats();
  const rows = Object.entries(stats.byEndpoint).sort((a, b) => b[1].count - a[1].count);
  io.stderr.write(
    `\n${stats.total} Coolify API requests (${stats.retries} retries, ${stats.rateLimited} answered 429, ` +
      `${Math.round(stats.bytesIn / 1024)} KiB in):\n`,
  );
  for (const [endpoint, s] of rows) io.stderr.write(`  ${String(s.count).padStart(4)}  ${endpoint}\n`);
}

/** Reads a file as UTF-8 or returns undefined. */
export function readTextIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
