/** `ado-coolify deploy`: apply one environment, optionally with a worker count, then read its URLs (I/O). */
import { readRegularFile } from '../../engine/manifest-file.js';
import { apply, type ApplyOptions, type ApplyResult } from '../../engine/apply-run.js';
import { preparePlan, type PlanOptions } from '../../engine/plan-run.js';
import { readLiveState } from '../../state/read-live-state.js';
import { AdoError } from '../../errors.js';
import { environmentAddress } from '../../model/address.js';
import { environmentUrls, type AppUrls } from './urls.js';

/** Options of `runDeploy`. */
export interface DeployRunOptions extends ApplyOptions {
  /** `--workers N`: sets `--var WORKERS=N` (the manifest must use `${vars.WORKERS}`). */
  workers?: number;
}

/** The apply result and the environment's application URLs after it. */
export interface DeployOutcome {
  result: ApplyResult;
  urls: AppUrls[];
}

/** Pure: true when the manifest text uses `${vars.WORKERS}`. */
export function usesWorkersVar(text: string): boolean {
  return /\$\{\s*vars\.WORKERS\s*\}/.test(text);
}

/** Applies the environment scope (with WORKERS when given) and returns the resulting URLs. */
export async function runDeploy(options: DeployRunOptions): Promise<DeployOutcome> {
  const vars = { ...(options.vars ?? {}) };
  if (options.workers !== undefined) {
    let text = '';
    try {
      text = (await readRegularFile(options.file)).toString('utf8');
    } catch {
      // the loader reports a missing file (or a FIFO, a device: ADO008) with its own error
    }
    if (text !== '' && !usesWorkersVar(text)) {
      throw new AdoError('ADO_WORKERS_UNUSED', `--workers needs the manifest to use \${vars.WORKERS}, and ${options.file} does not`, {
        hint: 'write `replicas: ${vars.WORKERS}` on the worker application (and `WORKERS: 3` under vars for the default)',
      });
    }
    vars.WORKERS = String(options.workers);
  }
  let scoped: DeployRunOptions = { ...options, vars };
  const environment = options.environment;
  if (environment) {
    const projects = await assertProjectsExist(scoped);
    // `project/ENV` targets (prefix matches: the environment and everything in it).
    scoped = { ...scoped, environment: undefined, project: undefined, targets: [...(options.targets ?? []), ...projects.map((p) => environmentAddress(p, environment))] };
  }
  const result = await apply(scoped);
  const live = await readLiveState(result.client, result.desired, { coolifyUrl: result.live.coolifyUrl });
  return { result, urls: environmentUrls(live, result.desired.projects, options.environment, result.loaded.secretValues) };
}

/**
 * An environment-scoped apply cannot create the project itself (its scope, every project/ENV, leaves the
 * project out), so a first deploy into an empty Coolify would fail half-way: say so up front.
 */
async function assertProjectsExist(options: PlanOptions): Promise<string[]> {
  const prepared = await preparePlan(options);
  const live = new Set((await prepared.client.projects.list()).map((p) => String(p.name)));
  const declared = new Set(prepared.desired.resources.map((r) => r.address));
  const inScope = prepared.desired.projects.filter((p) => declared.has(environmentAddress(p, options.environment ?? '')));
  const missing = inScope.filter((p) => !live.has(p));
  if (missing.length > 0) {
    throw new AdoError('ADO_PROJECT_MISSING', `project ${missing.join(', ')} does not exist in Coolify yet, and a deploy scoped to --environment ${options.environment} cannot create it`, {
      hint: 'run `ado-coolify apply` (the whole manifest) once, or deploy without --environment',
    });
  }
  if (inScope.length === 0) throw new AdoError('ADO_UNKNOWN_ENV', `no environment "${options.environment}" in the manifest`);
  return inScope;
}
