/**
 * `ado-coolify autoscale`: one decision per run and per autoscaled application (suits cron
 * and CI). Reads the metric, decides, applies through the engine, records the action (I/O).
 */
import type { ApplyOptions } from '../../engine/apply-run.js';
import { createRefLookup } from '../../plan/refs.js';
import { materialize, type DesiredValue } from '../../model/value.js';
import { parseDuration } from '../../apply/duration.js';
import { AdoError } from '../../errors.js';
import { openContext, liveInstances, liveProjectUuid, type Day2Context } from '../context.js';
import { findManifestApp, type ManifestApp } from '../../manifest/apps.js';
import { applyReplicaCount } from './apply-count.js';
import { decideScale, describeDecision, type ScaleDecision } from './decide.js';
import { lastActionKey, readLastAction, writeLastAction } from './last-action.js';
import { readMetric, type MetricSource } from './metric.js';

/** Options of `runAutoscale`. */
export interface AutoscaleRunOptions extends ApplyOptions {
  /** Only this application (manifest name or address). */
  app?: string;
  /** Decide and print, change nothing. */
  dryRun?: boolean;
  /** Epoch ms (ADO_COOLIFY_NOW in tests). */
  now: number;
  fetchImpl?: typeof fetch;
}

/** The outcome for one application. */
export interface AutoscaleOutcome {
  address: string;
  current: number;
  decision: ScaleDecision;
  /** The one-line report. */
  line: string;
  applied: boolean;
}

/** The metric source of an app with its references (e.g. `${databases.redis.internalUrl}`) filled in. */
export function metricSource(ctx: Day2Context, app: ManifestApp): MetricSource {
  const lookup = createRefLookup(ctx.live, ctx.prepared.desired);
  // The resolved manifest's metric is a tree of plain values and TemplateStrings: a DesiredValue.
  const value = materialize(app.spec.autoscale!.metric as unknown as DesiredValue, lookup);
  if (value === undefined) {
    throw new AdoError('ADO_METRIC_UNRESOLVED', `the autoscale metric of ${app.name} references a resource that does not exist yet`, {
      hint: 'run `ado-coolify apply` first',
    });
  }
  return value as MetricSource;
}

/** Runs one decision per selected autoscaled application. */
export async function runAutoscale(options: AutoscaleRunOptions): Promise<AutoscaleOutcome[]> {
  const ctx = await openContext({ ...options, project: undefined, environment: undefined });
  let apps = ctx.apps.filter((a) => a.spec.autoscale !== undefined);
  if (options.environment) apps = apps.filter((a) => a.environment === options.environment);
  if (options.app) {
    const one = findManifestApp(ctx.apps, options.app, options.environment, ctx.prepared.desired.resources.map((r) => r.address));
    if (!one.spec.autoscale) {
      throw new AdoError('ADO_NOT_AUTOSCALED', `${one.name} has no \`autoscale\` in the manifest`, { hint: 'add autoscale: {min, max, metric, up, down} or use `ado-coolify scale`' });
    }
    apps = [one];
  }
  if (apps.length === 0) throw new AdoError('ADO_NOTHING_TO_AUTOSCALE', 'no application in the manifest has `autoscale`');

  const out: AutoscaleOutcome[] = [];
  for (const app of apps) {
    const spec = app.spec.autoscale!;
    const current = liveInstances(ctx.live, app.address).length;
    if (current === 0) throw new AdoError('ADO_APP_NOT_DEPLOYED', `${app.address} has no instances in Coolify yet`, { hint: 'run `ado-coolify apply` first' });
    const reading = await readMetric(metricSource(ctx, app), options.fetchImpl);
    const projectUuid = liveProjectUuid(ctx.live, app.project);
    const key = lastActionKey(app.environment, app.name);
    const lastAction = await readLastAction(ctx.prepared.client, projectUuid, key);
    const decision = decideScale({
      current,
      min: spec.min,
      max: spec.max,
      metric: reading.value,
      metricLabel: reading.label,
      up: spec.up,
      down: spec.down,
      cooldownMs: typeof spec.cooldown === 'string' ? parseDuration(spec.cooldown, 'autoscale cooldown') : 0,
      lastAction,
      now: options.now,
    });
    const line = describeDecision(app.name, current, decision);
    let applied = false;
    if (decision.target !== current && !options.dryRun) {
      await applyReplicaCount({ ctx, base: options, app, target: decision.target, dryRun: false });
      await writeLastAction(ctx.prepared.client, projectUuid, key, {
        at: new Date(options.now).toISOString(),
        from: current,
        to: decision.target,
        reason: decision.reason,
      });
      applied = true;
    }
    out.push({ address: app.address, current, decision, line, applied });
  }
  return out;
}
