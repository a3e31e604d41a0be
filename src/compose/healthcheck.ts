/**
 * Compose healthchecks → manifest health checks: a simple `curl -f` / `wget` of a localhost
 * URL becomes an HTTP check (path, port), anything else a `cmd` check.
 */
import type { AppHealthCheckSpec, DatabaseHealthCheckSpec } from '../manifest/types.js';
import type { ComposeHealthcheck } from './model.js';
import { substituteDefaults } from './interpolate.js';
import { parseComposeDuration, wholeSeconds } from './units.js';

/** The shell command a compose `test` runs, or undefined for `NONE`/empty. */
export function healthcheckCommand(test: ComposeHealthcheck['test']): string | undefined {
  if (test === undefined) return undefined;
  if (typeof test === 'string') return test.trim() || undefined;
  const [head, ...rest] = test;
  if (head === 'NONE' || head === undefined) return undefined;
  if (head === 'CMD-SHELL') return rest.join(' ').trim() || undefined;
  const args = head === 'CMD' ? rest : test;
  return args.map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ') || undefined;
}

const CURL = /^curl\s+((?:-{1,2}[A-Za-z-]+\s+)*)['"]?(https?):\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::(\d+))?(\/[^\s'"]*)?['"]?(?:\s*\|\|\s*exit\s+1)?$/;
const WGET = /^wget\s+((?:-{1,2}[A-Za-z-]+\s+)*)(?:-O\s*-\s+|-O\s*\/dev\/null\s+)?((?:-{1,2}[A-Za-z-]+\s+)*)['"]?(https?):\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::(\d+))?(\/[^\s'"]*)?['"]?(?:\s*\|\|\s*exit\s+1)?$/;

/** An HTTP probe recognised in a command, or undefined. */
export function recognizeHttpProbe(command: string): { scheme: 'http' | 'https'; port?: number; path: string } | undefined {
  const c = command.trim();
  const curl = CURL.exec(c);
  if (curl) {
    const flags = curl[1] ?? '';
    // without --fail curl exits 0 on HTTP errors: then it is not an HTTP check
    if (!/(^|\s)(--fail|-[A-Za-z]*f[A-Za-z]*)\s/.test(` ${flags}`)) return undefined;
    return { scheme: curl[2] as 'http' | 'https', path: curl[4] ?? '/', ...(curl[3] ? { port: Number(curl[3]) } : {}) };
  }
  const wget = WGET.exec(c);
  if (wget) return { scheme: wget[3] as 'http' | 'https', path: wget[5] ?? '/', ...(wget[4] ? { port: Number(wget[4]) } : {}) };
  return undefined;
}

function timings(h: ComposeHealthcheck): Pick<AppHealthCheckSpec, 'interval' | 'timeout' | 'retries' | 'startPeriod'> {
  const interval = wholeSeconds(parseComposeDuration(h.interval), 1);
  const timeout = wholeSeconds(parseComposeDuration(h.timeout), 1);
  const startPeriod = wholeSeconds(parseComposeDuration(h.startPeriod), 0);
  const retries = h.retries !== undefined && Number.isInteger(h.retries) && h.retries >= 1 ? h.retries : undefined;
  return {
    ...(interval !== undefined ? { interval } : {}),
    ...(timeout !== undefined ? { timeout } : {}),
    ...(retries !== undefined ? { retries } : {}),
    ...(startPeriod !== undefined ? { startPeriod } : {}),
  };
}

/** The application health check, or undefined when the compose file has none. */
export function mapAppHealthcheck(h: ComposeHealthcheck | undefined, firstPort: number | undefined): AppHealthCheckSpec | undefined {
  if (!h) return undefined;
  if (h.disable) return { enabled: false };
  const command = healthcheckCommand(h.test);
  if (!command) return undefined;
  const resolved = substituteDefaults(command);
  const http = recognizeHttpProbe(resolved);
  if (http) {
    const port = http.port ?? firstPort ?? (http.scheme === 'https' ? 443 : 80);
    return { path: http.path, port, ...(http.scheme === 'https' ? { scheme: 'https' } : {}), ...timings(h) };
  }
  return { type: 'cmd', command: resolved, ...timings(h) };
}

/** The database health check (timings only: Coolify runs the engine's own probe). */
export function mapDatabaseHealthcheck(h: ComposeHealthcheck | undefined): DatabaseHealthCheckSpec | undefined {
  if (!h) return undefined;
  if (h.disable) return { enabled: false };
  const t = timings(h);
  return Object.keys(t).length > 0 ? t : undefined;
}
