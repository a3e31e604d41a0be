/** `ado-coolify scale APP N`: sets an application's instance count by hand (I/O). */
import { CODES } from '../../model/diagnostic-codes.js';
import type { ApplyOptions, ApplyResult } from '../../engine/apply-run.js';
import type { PlanResult } from '../../engine/plan-run.js';
import { AdoError } from '../../errors.js';
import { openContext, liveInstances } from '../context.js';
import { findManifestApp, type ManifestApp } from '../../manifest/apps.js';
import { applyReplicaCount } from './apply-count.js';
import { refuseSharedDomains } from '../../plan/shared-domains.js';

/** Options of `runScale`. */
export interface ScaleRunOptions extends ApplyOptions {
  app: string;
  count: number;
  /** Apply; otherwise plan only. */
  yes: boolean;
}

/** What `scale` did. */
export interface ScaleOutcome {
  app: ManifestApp;
  current: number;
  target: number;
  /** Warnings for the user (e.g. the next apply returns to the declared count). */
  warnings: string[];
  result?: PlanResult | ApplyResult;
}

/**
 * Pure check of a requested count: within [min, max] for autoscaled apps (AdoError
 * otherwise); for fixed `replicas`, a warning that the next apply of the manifest returns to
 * the declared count (as `kubectl scale` under GitOps).
 */
export function checkScaleRequest(app: ManifestApp, count: number): string[] {
  refuseSharedDomains(app, count);
  const auto = app.spec.autoscale;
  if (auto) {
    if (count < auto.min || count > auto.max) {
      throw new AdoError('ADO_SCALE_OUT_OF_RANGE', `${app.name} autoscales within [${auto.min}, ${auto.max}]; ${count} is outside`, {
        hint: `pick a count from ${auto.min} to ${auto.max}, or change autoscale.min/max in the manifest`,
      });
    }
    return [];
  }
  const declared = app.spec.replicas ?? 1;
  return count === declared
    ? []
    : [`${app.name} declares replicas: ${declared}; the next \`ado-coolify apply\` of the manifest returns it to ${declared} (change the manifest to keep ${count})`];
}

/** Scales one application to `count` instances (plan only unless `yes`). */
export async function runScale(options: ScaleRunOptions): Promise<ScaleOutcome> {
  if (!Number.isInteger(options.count) || options.count < 1 || options.count > 100) {
    throw new AdoError(CODES.BAD_ARGUMENT.code, `the instance count must be a whole number from 1 to 100, got ${options.count}`);
  }
  const ctx = await openContext({ ...options, project: undefined, environment: undefined });
  const app = findManifestApp(ctx.apps, options.app, options.environment, ctx.prepared.desired.resources.map((r) => r.address));
  const warnings = checkScaleRequest(app, options.count);
  const current = liveInstances(ctx.live, app.address).length;
  if (current === options.count) return { app, current, target: current, warnings };
  const result = await applyReplicaCount({ ctx, base: options, app, target: options.count, dryRun: !options.yes });
  return { app, current, target: options.count, warnings, result };
}
