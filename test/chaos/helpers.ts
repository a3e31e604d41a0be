/**
 * Chaos helpers: a fault-injected apply of the chaos manifest against an in-process sandbox,
 * re-applies without faults until converged, and the invariants every scenario must keep:
 * converged (a plan shows no change), no duplicates, nothing lost, no canary in any output,
 * the apply lock released.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Sandbox, FaultSpec } from '../../src/sandbox/index.js';
import { createCoolifyClient, type CoolifyClient } from '../../src/coolify/client.js';
import { hashKeyFromToken } from '../../src/engine/connect.js';
import { apply, type ApplyOptions } from '../../src/engine/apply-run.js';
import { plan } from '../../src/engine/plan-run.js';
import type { ApplyEvent } from '../../src/model/apply-events.js';
import { CANARIES, ROOT, cliEnv, duplicates, findCanaries, hasStackTrace, runCli, sandbox, tempDir, type CliResult } from '../e2e/harness.js';
import { databaseMorphClass, databaseTableId } from '../../src/sandbox/world.js';

export const CHAOS_MANIFEST = join(ROOT, 'test', 'chaos', 'manifest.yaml');
export const PROJECT = 'chaos';

/** What the manifest declares, for the "nothing lost" check. */
export const DECLARED = {
  project: 'chaos',
  environments: ['production', 'staging'],
  databases: ['postgres', 'redis'],
  applications: ['api', 'worker', 'web'],
  s3: ['backups'],
  backupsOf: { postgres: 1 },
  storagesOf: { worker: ['data'] },
  envKeysOf: { api: ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET'], worker: ['REDIS_URL', 'API_URL', 'ANTHROPIC_API_KEY'], web: ['API_URL'] },
} as const;

/** Totals printed at the end of a suite. */
export interface ChaosTotals {
  faultedApplies: number;
  reapplies: number;
  converged: number;
  duplicates: number;
  lost: number;
  leakedCanaries: number;
  exitCodes: Record<string, number>;
}

export function newTotals(): ChaosTotals {
  return { faultedApplies: 0, reapplies: 0, converged: 0, duplicates: 0, lost: 0, leakedCanaries: 0, exitCodes: {} };
}

export function summaryLine(name: string, t: ChaosTotals): string {
  const codes = Object.entries(t.exitCodes).sort().map(([k, v]) => `exit ${k}: ${v}`).join(', ');
  return `[chaos] ${name}: ${t.faultedApplies} fault-injected applies (${codes}), ${t.reapplies} re-applies, ${t.converged} converged, ${t.duplicates} duplicates, ${t.lost} lost, ${t.leakedCanaries} leaked canaries`;
}

/** A client like the CLI's, pointed at the sandbox, with no client-side rate limit unless asked. */
export function chaosClient(sb: Sandbox, opts: { timeoutMs?: number; retries?: number } = {}): CoolifyClient {
  return createCoolifyClient({
    baseUrl: sb.url,
    token: sb.token,
    allowInsecureHttp: true,
    rateLimitPerMinute: 1_000_000,
    timeoutMs: opts.timeoutMs ?? 5_000,
    retries: opts.retries ?? 4,
    maxRetryAfterMs: 10_000,
  });
}

/** The outcome of one in-process apply, as the CLI would exit. */
export interface RunOutcome {
  exitCode: number;
  /** Everything that could be printed: events, error message and hint, the plan JSON. */
  output: string;
  errorCode?: string;
}

/** One in-process apply of the chaos manifest; never throws. */
export async function applyOnce(sb: Sandbox, opts: { timeoutMs?: number; clientTimeoutMs?: number; parallelism?: number; extra?: Partial<ApplyOptions> } = {}): Promise<RunOutcome> {
  const events: ApplyEvent[] = [];
  const client = chaosClient(sb, { timeoutMs: opts.clientTimeoutMs });
  try {
    const r = await apply({
      file: CHAOS_MANIFEST,
      env: { ...CANARIES },
      client,
      coolifyUrl: sb.url,
      hashKey: hashKeyFromToken(sb.token),
      parallelism: opts.parallelism ?? 4,
      timeoutMs: opts.timeoutMs ?? 10_000,
      pollInitialMs: 10,
      pollMaxMs: 60,
      ...opts.extra,
      onEvent: (e) => {
        events.push(e);
        opts.extra?.onEvent?.(e);
      },
    });
    const exitCode = r.summary ? r.summary.exitCode : 0;
    return { exitCode, output: JSON.stringify(events) + JSON.stringify(r.plan) };
  } catch (err) {
    const e = err as { code?: string; message?: string; hint?: string; exitCode?: number; stack?: string };
    return {
      exitCode: typeof e.exitCode === 'number' ? e.exitCode : 1,
      errorCode: e.code,
      output: `${JSON.stringify(events)}\n${String(err)}\n${e.message ?? ''}\n${e.hint ?? ''}`,
    };
  }
}

/** Plans in process; returns the number of changes (steps) and the plan's JSON text. */
export async function planChanges(sb: Sandbox): Promise<{ steps: number; changes: number; text: string }> {
  const r = await plan({ file: CHAOS_MANIFEST, env: { ...CANARIES }, client: chaosClient(sb), coolifyUrl: sb.url, hashKey: hashKeyFromToken(sb.token) });
  const s = r.plan.summary;
  return { steps: r.plan.steps.length, changes: s.add + s.change + s.destroy + s.replace + s.move + s.adopt, text: JSON.stringify(r.plan) };
}


/** Declared resources that do not exist. */
export function lost(sb: Sandbox): string[] {
  const w = sb.store.world;
  const out: string[] = [];
  const project = w.projects.find((p) => p.name === DECLARED.project);
  if (!project) return ['project chaos'];
  const envs = w.environments.filter((e) => e.project_id === project.id);
  for (const name of DECLARED.environments) if (!envs.some((e) => e.name === name)) out.push(`environment ${name}`);
  const prod = envs.find((e) => e.name === 'production');
  const placed = [...w.applications, ...w.databases].filter((r) => r.environment_id === prod?.id && r.deleting_since === undefined);
  for (const name of [...DECLARED.databases, ...DECLARED.applications]) if (!placed.some((r) => r.name === name)) out.push(`placed ${name}`);
  for (const name of DECLARED.s3) if (!w.s3Storages.some((s) => s.fields.name === name)) out.push(`s3 ${name}`);
  for (const [db, n] of Object.entries(DECLARED.backupsOf)) {
    const rec = w.databases.find((d) => d.name === db && d.environment_id === prod?.id);
    // Backups hold the database's id in its engine's table (DatabasesController.php:946-947).
    if (!rec || w.backups.filter((b) => b.database_id === databaseTableId(rec) && b.database_type === databaseMorphClass(rec.type)).length < n) out.push(`backup of ${db}`);
  }
  for (const [app, names] of Object.entries(DECLARED.storagesOf)) {
    const rec = w.applications.find((a) => a.name === app && a.environment_id === prod?.id);
    for (const name of names) {
      // Volume names are stored `{app_uuid}-{name}` (ApplicationsController.php:4898).
      if (!rec || !w.storages.some((s) => s.owner.kind === 'application' && s.owner.id === rec.id && s.fields.name === `${rec.uuid}-${name}`)) out.push(`storage ${app}/${name}`);
    }
  }
  for (const [app, keys] of Object.entries(DECLARED.envKeysOf)) {
    const rec = w.applications.find((a) => a.name === app && a.environment_id === prod?.id);
    for (const key of keys) {
      if (!rec || !w.envVars.some((e) => e.owner.kind === 'application' && e.owner.id === rec.id && e.key === key && !e.is_preview)) out.push(`env ${app}.${key}`);
    }
  }
  return out;
}

/** Apply locks still held (team shared variables named ADO_COOLIFY_LOCK_*). */
export function heldLocks(sb: Sandbox): string[] {
  return sb.store.world.sharedEnvs.filter((e) => e.scope.kind === 'team' && e.key.startsWith('ADO_COOLIFY_LOCK_')).map((e) => e.key);
}

/** Starts a chaos sandbox (fast timings, no server rate limit, seeded). */
export function chaosSandbox(seed: number, faults?: FaultSpec | string): Promise<Sandbox> {
  return sandbox({ seed, ...(faults ? { faults } : {}) });
}

export interface ScenarioResult {
  firstExit: number;
  reapplies: number;
  outputs: string[];
}

/**
 * Clears the faults, then re-applies (at most 3 times) until an apply exits 0, then checks the
 * invariants and records them in `totals`. Leftover locks from the faulted run are an error
 * the caller expects or not (`expectLockLeft`).
 */
export async function convergeAndCheck(sb: Sandbox, first: RunOutcome, totals: ChaosTotals, label: string): Promise<ScenarioResult> {
  totals.faultedApplies++;
  totals.exitCodes[String(first.exitCode)] = (totals.exitCodes[String(first.exitCode)] ?? 0) + 1;
  sb.faults.clear();
  const outputs = [first.output];
  let reapplies = 0;
  let last: RunOutcome = first;
  while (reapplies < 3 && !(last.exitCode === 0 && reapplies > 0)) {
    reapplies++;
    last = await applyOnce(sb);
    outputs.push(last.output);
  }
  totals.reapplies += reapplies;
  expect(last.exitCode, `${label}: re-apply did not converge: ${last.output.slice(-800)}`).toBe(0);
  const p = await planChanges(sb);
  outputs.push(p.text);
  const dups = duplicates(sb, { backupsOf: DECLARED.backupsOf });
  const gone = lost(sb);
  const leaks = findCanaries(...outputs);
  totals.duplicates += dups.length;
  totals.lost += gone.length;
  totals.leakedCanaries += leaks.length;
  if (p.steps === 0 && p.changes === 0 && dups.length === 0 && gone.length === 0) totals.converged++;
  expect(dups, `${label}: duplicates`).toEqual([]);
  expect(gone, `${label}: lost`).toEqual([]);
  expect(leaks, `${label}: leaked canaries`).toEqual([]);
  expect(p.changes, `${label}: plan after converge shows changes: ${p.text.slice(0, 800)}`).toBe(0);
  expect(p.steps, `${label}: plan after converge has steps`).toBe(0);
  expect(heldLocks(sb), `${label}: lock left behind`).toEqual([]);
  return { firstExit: first.exitCode, reapplies, outputs };
}

/** CLI helpers for child-process scenarios. */
export async function cli(sb: Sandbox, args: string[], onSpawn?: (pid: number) => void): Promise<CliResult> {
  return runCli(args, { env: cliEnv(sb), timeoutMs: 60_000, ...(onSpawn ? { onSpawn } : {}) });
}

/**
 * Runs the CLI `apply` of the chaos manifest and kills it with SIGKILL once the sandbox has
 * answered `killAfter` requests (or after 30 s).
 */
export async function applyKilledAfter(sb: Sandbox, killAfter: number, extraArgs: string[] = []): Promise<CliResult> {
  const apply = ['apply', '-f', CHAOS_MANIFEST, '--auto-approve', '--parallelism', '4', ...extraArgs];
  let timer: NodeJS.Timeout | undefined;
  try {
    return await cli(sb, apply, (pid) => {
      const deadline = Date.now() + 30_000;
      timer = setInterval(() => {
        if (sb.requestLog.length >= killAfter || Date.now() > deadline) {
          clearInterval(timer);
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }, 1);
    });
  } finally {
    clearInterval(timer);
  }
}

export function assertClean(r: CliResult, label: string): void {
  expect(findCanaries(r.stdout, r.stderr), `${label}: canary in output`).toEqual([]);
  expect(hasStackTrace(r.stderr) || hasStackTrace(r.stdout), `${label}: stack trace:\n${r.stderr}`).toBe(false);
}

/** A temp file with the given text. */
export function tempFile(name: string, text: string): string {
  const p = join(tempDir('ado-chaos-'), name);
  writeFileSync(p, text);
  return p;
}

/** A small deterministic PRNG (mulberry32) for seeded scenario choices. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs one scenario: faulted apply, exit-code check, converge, invariants. */
export async function runScenario(s: import('./scenarios.js').Scenario, totals: ChaosTotals): Promise<ScenarioResult> {
  const sb = await chaosSandbox(s.seed, s.faults || undefined);
  try {
    let started = 0;
    const first = await applyOnce(sb, {
      ...(s.clientTimeoutMs ? { clientTimeoutMs: s.clientTimeoutMs } : {}),
      ...(s.stepTimeoutMs ? { timeoutMs: s.stepTimeoutMs } : {}),
      extra: s.burstAtStep
        ? {
            onEvent: (e) => {
              if (e.type === 'step-started' && ++started === s.burstAtStep!.step) sb.faults.burst429(s.burstAtStep!.count, s.burstAtStep!.retryAfterS);
            },
          }
        : {},
    });
    if (s.settleMs) await new Promise((r) => setTimeout(r, s.settleMs));
    expect(s.allowed, `${s.name}: exit ${first.exitCode} (${first.errorCode ?? ''}) not allowed: ${first.output.slice(-600)}`).toContain(first.exitCode);
    return await convergeAndCheck(sb, first, totals, s.name);
  } finally {
    await sb.close();
  }
}
