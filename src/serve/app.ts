/**
 * `serve` assembled: the clone, the history, the metrics, the event hub, the controller and
 * the HTTP server, from one configuration. The CLI command (src/cli/commands/serve.ts) parses
 * flags into a ServeConfig and calls `startServe`; tests call it in-process.
 */
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { PlanOptions } from '../engine/plan-run.js';
import type { ClientEvent } from '../coolify/transport.js';
import { AdoError } from '../errors.js';
import { GitSource } from './git.js';
import { DEFAULT_HISTORY_BOUNDS, HistoryStore, type HistoryBounds } from './history.js';
import { ServeMetrics } from './metrics.js';
import { EventHub } from './events.js';
import { SecretScrubber } from './scrubber.js';
import { Controller } from './controller.js';
import { createServeServer, listen } from './http/server.js';
import type { CycleContext } from './cycle.js';
import type { SyncPolicy } from './types.js';

/** Everything `serve` runs with (flags parsed, secret files read). */
export interface ServeConfig {
  repo: string;
  branch: string;
  paths: string[];
  policy: SyncPolicy;
  intervalMs: number;
  host: string;
  port: number;
  dataDir: string;
  /** The directory relative `--repo` paths are resolved against. */
  cwd: string;
  adminToken?: string;
  webhookSecret?: string;
  gitTokenFile?: string;
  gitSshKeyFile?: string;
  /** The engine options of every plan and apply (absolute secrets/token file paths). */
  base: Omit<PlanOptions, 'file' | 'cwd'>;
  applyExtras?: CycleContext['applyExtras'];
  /** Secrets to scrub from the start: the Coolify token, and any other the caller knows. */
  secrets?: string[];
  history?: HistoryBounds;
  /** One log line (already scrubbed). */
  log(line: string): void;
}

/** A running `serve`. */
export interface RunningServe {
  url: string;
  controller: Controller;
  /** Graceful stop: the running cycle finishes its step and releases the lock; the server closes. */
  stop(): Promise<void>;
}

/** Starts `serve`: opens the history, listens, and starts the loop. */
export async function startServe(config: ServeConfig): Promise<RunningServe> {
  const scrubber = new SecretScrubber([...(config.secrets ?? []), config.adminToken ?? '', config.webhookSecret ?? '']);
  const log = (line: string): void => config.log(scrubber.scrub(line));
  mkdirSync(config.dataDir, { recursive: true });
  const git = new GitSource({ repo: config.repo, branch: config.branch, dir: config.dataDir, cwd: config.cwd, ...(config.gitTokenFile ? { tokenFile: config.gitTokenFile } : {}), ...(config.gitSshKeyFile ? { sshKeyFile: config.gitSshKeyFile } : {}) });
  scrubber.add(git.secrets);
  const opened = HistoryStore.open(join(config.dataDir, 'history'), config.history ?? DEFAULT_HISTORY_BOUNDS);
  if (opened.setAside) log(`history: the file could not be read (${opened.problem ?? 'unknown problem'}); set aside as ${opened.setAside}, starting with an empty history`);
  const metrics = new ServeMetrics();
  const events = new EventHub();
  const given = config.base.connection?.onClientEvent;
  const onClientEvent = (e: ClientEvent): void => {
    metrics.onClientEvent(e);
    given?.(e);
  };
  const controller = new Controller({
    repo: git.shownUrl,
    branch: config.branch,
    paths: config.paths,
    policy: config.policy,
    intervalMs: config.intervalMs,
    cycle: {
      fetch: () => git.sync(),
      workTree: git.workTree,
      paths: config.paths,
      policy: config.policy,
      base: { ...config.base, connection: { ...config.base.connection, onClientEvent } },
      applyExtras: config.applyExtras ?? {},
    },
    history: opened.store,
    metrics,
    events,
    scrubber,
    log,
  });
  const server = createServeServer({
    controller,
    metrics,
    events,
    branch: config.branch,
    ...(config.adminToken !== undefined ? { adminToken: config.adminToken } : {}),
    ...(config.webhookSecret !== undefined ? { webhookSecret: config.webhookSecret } : {}),
    scrub: (t) => scrubber.scrub(t),
    log,
  });
  let listening;
  try {
    listening = await listen(server, config.host, config.port);
  } catch (err) {
    events.close();
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new AdoError('ADO_SERVE_LISTEN', `cannot listen on ${config.host}:${config.port} (${code})`, {
      hint: code === 'EADDRINUSE' ? 'another process uses the port: pick another with --listen HOST:PORT (port 0 picks a free one)' : 'check the --listen address',
    });
  }
  log(`ado-coolify serve listening on ${listening.url} (repo ${git.shownUrl}, branch ${config.branch}, paths ${config.paths.join(', ')}, sync ${config.policy}, interval ${config.intervalMs} ms)`);
  controller.start();
  let stopped: Promise<void> | undefined;
  return {
    url: listening.url,
    controller,
    stop: () =>
      (stopped ??= (async () => {
        await controller.stop();
        events.close();
        await listening.close();
      })()),
  };
}
