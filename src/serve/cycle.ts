/**
 * One reconcile cycle of `serve`, on the engine: fetch the branch, plan every `--path`
 * (`preparePlan` + `computePlan`, as `plan` does), and with `--sync auto` apply the paths
 * whose plan has steps (`apply`: under the Coolify-side lock it takes, re-planned under it),
 * then plan again so the status shows what Coolify holds after the apply. Never a second
 * reconciler: every decision is the engine's.
 */
import { computePlan, preparePlan, type PlanOptions, type PreparedPlan } from '../engine/plan-run.js';
import { apply, applyResultExitCode, planErrors } from '../engine/apply-run.js';
import { hasErrors } from '../model/diagnostic.js';
import { isAdoError } from '../errors.js';
import { ManifestInvalidError } from '../engine/manifest-invalid.js';
import type { ApplyEvent } from '../model/apply-events.js';
import type { PlanJson } from '../model/plan.js';
import type { DesiredState } from '../model/resource.js';
import { parseAddress } from '../model/address.js';
import { planHasChanges, type PathPlan } from './resources.js';
import type { CyclePhase, HistoryStep, SyncPolicy } from './types.js';

/** What a cycle needs from the outside (the controller provides it). */
export interface CycleContext {
  /** Fetches and checks out the branch head; returns the commit sha. */
  fetch(): Promise<string>;
  /** The directory the manifests are read from (the checkout). */
  workTree: string;
  paths: readonly string[];
  policy: SyncPolicy;
  /** The engine options every plan and apply shares (vars, secrets, env, connection, allowDestroy). */
  base: Omit<PlanOptions, 'file' | 'cwd'>;
  /** Apply settings (timeouts, polling). */
  applyExtras: { timeoutMs?: number; lockTimeoutMs?: number; pollInitialMs?: number; pollMaxMs?: number; rollbackOnFailure?: boolean };
  /** Graceful stop: no apply starts, a running one starts no new step. */
  signal: AbortSignal;
  onPhase(phase: CyclePhase): void;
  /** An apply step ended. */
  onStep(step: HistoryStep): void;
  /** Secret values of a loaded manifest (for the scrubber). */
  onSecrets(values: readonly string[]): void;
}

/** A node and the edges of the manifests' dependency graph (GET /api/v1/graph). */
export interface ServeGraph {
  nodes: Array<{ id: string; kind: string; label: string }>;
  edges: Array<{ from: string; to: string }>;
}

/** What a cycle produced. */
export interface CycleOutcome {
  revision: string | null;
  /** The latest plan of each path (after the apply, when one ran); empty when planning failed. */
  plans: PathPlan[];
  graph: ServeGraph | undefined;
  /** True when an apply ran steps. */
  applied: boolean;
  /** 0 fine, 2 changes found and not applied, 1/3/4 as apply's. */
  exitCode: number;
  /** Wall time of the applies, ms (0 without one). */
  applyMs: number;
  error: string | null;
  steps: HistoryStep[];
}

/** The graph of the desired states. */
export function graphOf(desired: readonly DesiredState[]): ServeGraph {
  const nodes = new Map<string, { id: string; kind: string; label: string }>();
  const edges = new Map<string, { from: string; to: string }>();
  for (const d of desired) {
    for (const r of d.resources) nodes.set(r.address, { id: r.address, kind: r.kind, label: parseAddress(r.address)?.name ?? r.address });
    for (const e of d.edges) if (e.from !== e.to) edges.set(`${e.from}\u0000${e.to}`, { from: e.from, to: e.to });
  }
  const known = [...edges.values()].filter((e) => nodes.has(e.from) && nodes.has(e.to));
  return { nodes: [...nodes.values()], edges: known };
}

/** The text of an error for status and history (the scrubber runs over it later). */
export function errorText(err: unknown): string {
  if (err instanceof ManifestInvalidError) {
    const errors = err.diagnostics.filter((d) => d.severity === 'error').slice(0, 5);
    return `${err.message}: ${errors.map((d) => `${d.code}${d.address ? ` ${d.address}` : ''}: ${d.message}`).join('; ')}`;
  }
  if (isAdoError(err)) return `${err.code}: ${err.message}${err.hint ? ` (fix: ${err.hint})` : ''}`;
  return err instanceof Error ? `internal error: ${err.message}` : 'internal error';
}

/** Plans one path; a plan with errors throws (as apply would refuse it). */
async function planPath(ctx: CycleContext, path: string): Promise<{ prepared: PreparedPlan; plan: PlanJson; options: PlanOptions }> {
  const options: PlanOptions = { ...ctx.base, file: path, cwd: ctx.workTree };
  const prepared = await preparePlan(options);
  ctx.onSecrets(prepared.loaded.secretValues ?? []);
  const { plan } = await computePlan(prepared, options);
  if (hasErrors(plan.diagnostics)) throw planErrors(plan.diagnostics);
  return { prepared, plan, options };
}

/** Runs one cycle; never throws (a failure is the outcome's `error`). */
export async function runCycle(ctx: CycleContext): Promise<CycleOutcome> {
  const out: CycleOutcome = { revision: null, plans: [], graph: undefined, applied: false, exitCode: 0, applyMs: 0, error: null, steps: [] };
  try {
    ctx.onPhase('fetch');
    out.revision = await ctx.fetch();
    ctx.onPhase('plan');
    let planned = [];
    for (const path of ctx.paths) planned.push({ path, ...(await planPath(ctx, path)) });
    out.plans = planned.map((p) => ({ path: p.path, plan: p.plan }));
    out.graph = graphOf(planned.map((p) => p.prepared.desired));
    const changed = planned.filter((p) => planHasChanges(p.plan));
    if (changed.length === 0) return out;
    if (ctx.policy !== 'auto' || ctx.signal.aborted) {
      out.exitCode = 2;
      return out;
    }
    ctx.onPhase('apply');
    const started = Date.now();
    for (const p of changed) {
      if (ctx.signal.aborted) break;
      const code = await applyPath(ctx, p.prepared, p.options, out);
      out.exitCode = Math.max(out.exitCode, code);
    }
    out.applyMs = Date.now() - started;
    // After the apply: what Coolify holds now, as the status shows it.
    ctx.onPhase('plan');
    planned = [];
    for (const path of ctx.paths) planned.push({ path, ...(await planPath(ctx, path)) });
    out.plans = planned.map((p) => ({ path: p.path, plan: p.plan }));
    out.graph = graphOf(planned.map((p) => p.prepared.desired));
    return out;
  } catch (err) {
    out.error = errorText(err);
    out.exitCode = isAdoError(err) && err.exitCode !== 0 ? err.exitCode : 1;
    return out;
  }
}

/** Applies one path on the prepared client; records its steps; returns apply's exit code. */
async function applyPath(ctx: CycleContext, prepared: PreparedPlan, options: PlanOptions, out: CycleOutcome): Promise<number> {
  const steps = new Map<string, { address: string; op: string }>();
  const record = (stepId: string, outcome: HistoryStep['outcome'], durationMs: number, message: string | null): void => {
    const s = steps.get(stepId);
    const step: HistoryStep = { address: s?.address ?? stepId, action: s?.op ?? 'unknown', outcome, durationMs, message };
    out.steps.push(step);
    ctx.onStep(step);
  };
  const onEvent = (e: ApplyEvent): void => {
    if (e.type === 'apply-started') for (const s of e.steps) steps.set(s.id, { address: s.address, op: s.op });
    else if (e.type === 'step-finished') record(e.stepId, 'ok', e.ms, e.detail ?? null);
    else if (e.type === 'step-failed') record(e.stepId, 'failed', e.ms, e.error);
    else if (e.type === 'step-skipped') record(e.stepId, 'skipped', 0, e.reason);
    else if (e.type === 'apply-finished') for (const id of e.summary.notStarted) record(id, 'skipped', 0, 'not started: the controller is stopping');
  };
  const result = await apply({
    ...options,
    client: prepared.client,
    hashKey: prepared.hashKey,
    coolifyUrl: prepared.baseUrl,
    ...ctx.applyExtras,
    signal: ctx.signal,
    onEvent,
  });
  if (result.summary) out.applied = true;
  if (result.lockProblems.length > 0) out.error = `the apply lock: ${result.lockProblems.map((p) => p.message).join('; ')}`;
  else if (result.summary && result.summary.exitCode !== 0) out.error = `${result.summary.failed.length} step(s) failed, ${result.summary.skipped.length + result.summary.notStarted.length} not run`;
  return applyResultExitCode(result);
}
