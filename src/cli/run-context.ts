import { readFileSync } from 'node:fs';
import type { ConnectionCliOptions, ManifestCliOptions } from './options.js';
import { parsePositiveInt, parseVars } from './options.js';
import type { PlanOptions } from '../engine/plan-run.js';
import type { CoolifyClient } from '../coolify/client.js';
import type { CliIo } from './io.js';

/** Turns the shared CLI flags into engine plan options (environment and directory from the io). */
export function planOptionsFromFlags(
  flags: ManifestCliOptions & ConnectionCliOptions & { target?: string[]; project?: string; env?: string; allowDestroy?: boolean; replace?: string[] },
  io: Pick<CliIo, 'env' | 'cwd'>,
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
    replace: flags.replace ?? [],
    connection: {
      tokenFile: flags.tokenFile,
      allowInsecureHttp: flags.allowInsecureHttp ?? false,
      rateLimitPerMinute: parsePositiveInt('--rate-limit', flags.rateLimit),
    },
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
