/**
 * Applies one replica set at a chosen instance count through the engine (`plan`/`apply` with
 * a replica override), limited to that set's instances (I/O).
 */
import { apply, type ApplyOptions, type ApplyResult } from '../../engine/apply-run.js';
import { plan, type PlanResult } from '../../engine/plan-run.js';
import { replicaAddress, type Address } from '../../model/address.js';
import { AdoError, ExitCode } from '../../errors.js';
import type { Day2Context } from '../context.js';
import { liveInstances } from '../context.js';
import type { ManifestApp } from '../../manifest/apps.js';
import { chooseIndexes, liveIndexes } from '../../plan/replica-instances.js';

/** Options of `applyReplicaCount`. */
export interface ApplyCountOptions {
  ctx: Day2Context;
  /** The plan options the context was opened with. */
  base: ApplyOptions;
  app: ManifestApp;
  target: number;
  /** Plan only. */
  dryRun: boolean;
}

/** The addresses a scaling run touches: the live instances and the chosen ones. */
export function scaleTargets(app: ManifestApp, live: readonly Address[], target: number): Address[] {
  const chosen = chooseIndexes(liveIndexes(app.address, live), target).map((k) => replicaAddress(app.address, k));
  return [...new Set([...live, ...chosen])].sort();
}

/**
 * Plans (dry run) or applies the app at `target` instances. The engine's own planning (with
 * the replica override) decides what is created and deleted; only the set's instances (and
 * their storages and tasks) are in scope, so other pending manifest changes are left alone.
 * Throws an AdoError (exit 3) when the apply was partial.
 */
export async function applyReplicaCount(o: ApplyCountOptions): Promise<PlanResult | ApplyResult> {
  const live = liveInstances(o.ctx.live, o.app.address).map((r) => r.address!);
  const options: ApplyOptions = {
    ...o.base,
    client: o.ctx.prepared.client,
    coolifyUrl: o.ctx.prepared.baseUrl,
    hashKey: o.ctx.prepared.hashKey,
    project: undefined,
    environment: undefined,
    targets: scaleTargets(o.app, live, o.target),
    replicaOverrides: { [o.app.address]: o.target },
  };
  if (o.dryRun) return plan(options);
  const result = await apply({ ...options, confirm: o.base.confirm ?? (async () => true) });
  const lockProblem = result.lockProblems[0];
  if (lockProblem) {
    throw new AdoError(lockProblem.kind === 'lost' ? 'ADO_LOCK_LOST' : 'ADO_LOCK_NOT_RELEASED', result.lockProblems.map((p) => p.message).join('; '), {
      exitCode: ExitCode.Partial,
      hint: result.lockProblems.map((p) => p.hint).join('; '),
    });
  }
  if (result.summary && result.summary.exitCode !== ExitCode.Ok) {
    throw new AdoError('ADO_SCALE_PARTIAL', `scaling ${o.app.name} to ${o.target} did not finish: some steps failed`, {
      exitCode: ExitCode.Partial,
      hint: 'run the same command again: apply converges',
    });
  }
  return result;
}
