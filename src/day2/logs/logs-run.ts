/** Fetches an application's logs (`GET /applications/{uuid}/logs?lines=N`) (I/O). */
import type { PlanOptions } from '../../engine/plan-run.js';
import type { CoolifyClient } from '../../coolify/client.js';
import { isCoolifyApiError } from '../../coolify/api-error.js';
import { AdoError } from '../../errors.js';
import { liveInstances, openContext } from '../context.js';
import { findManifestApp } from '../../manifest/apps.js';
import { formatLogLine, newLines, splitLogLines } from './follow.js';

/** One instance to read logs from. */
export interface LogSource {
  name: string;
  uuid: string;
}

/** Resolves `APP` to its live instance(s): one for a plain app, `NAME-1..k` for a replica set. */
export async function resolveLogSources(options: PlanOptions & { app: string }): Promise<{ client: CoolifyClient; sources: LogSource[] }> {
  // read-only: secret values are not needed (UX audit M4)
  const ctx = await openContext({ ...options, project: undefined, environment: undefined, allowMissingSecrets: true });
  const app = findManifestApp(ctx.apps, options.app, options.environment, ctx.prepared.desired.resources.map((r) => r.address));
  const sources = liveInstances(ctx.live, app.address).map((r) => ({ name: r.name, uuid: r.uuid }));
  if (sources.length === 0) throw new AdoError('ADO_APP_NOT_DEPLOYED', `${app.address} does not exist in Coolify yet`, { hint: 'run `ado-coolify apply` first' });
  return { client: ctx.prepared.client, sources };
}

/** The last `lines` log lines of one instance; a clear AdoError when Coolify says it is not running (400). */
export async function fetchLogLines(client: CoolifyClient, source: LogSource, lines: number): Promise<string[]> {
  try {
    const answer = await client.applications.logs(source.uuid, { lines });
    return splitLogLines(typeof answer.logs === 'string' ? answer.logs : '');
  } catch (err) {
    if (isCoolifyApiError(err) && err.status === 400) {
      throw new AdoError('ADO_APP_NOT_RUNNING', `${source.name} is not running: Coolify serves logs of running applications only`, {
        hint: 'start or deploy it first (`ado-coolify status` shows its state); build logs are in the deployment, not here',
      });
    }
    throw err;
  }
}

/**
 * Polls the logs of the sources every `intervalMs` until the signal aborts, writing only new
 * lines (prefixed with the instance name when there are several; `formatLogLine`).
 */
export async function followLogs(
  client: CoolifyClient,
  sources: LogSource[],
  o: { lines: number; intervalMs: number; signal: AbortSignal; write: (line: string) => void },
): Promise<void> {
  const seen = new Map<string, string[]>();

  while (!o.signal.aborted) {
    for (const s of sources) {
      const lines = await fetchLogLines(client, s, o.lines);
      for (const l of newLines(seen.get(s.uuid) ?? [], lines)) o.write(formatLogLine(sources.length > 1 ? s.name : undefined, l));
      seen.set(s.uuid, lines);
    }
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, o.intervalMs);
      o.signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
    });
  }
}
