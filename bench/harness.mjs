// Shared machinery of the benchmark (bench/run.mjs, bench/cases.mjs): sandboxes, clients,
// converged worlds, the plan/apply/baseline/process/pure measurements and the critical path.
// Needs `npm run build`. Network: 127.0.0.1 only.
import { spawn, execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startSandbox, DEFAULT_TIMINGS } from '../dist/sandbox/index.js';
import { createCoolifyClient } from '../dist/coolify/client.js';
import { hashKeyFromToken } from '../dist/engine/connect.js';
import { plan } from '../dist/engine/plan-run.js';
import { apply } from '../dist/engine/apply-run.js';
import { criticalPath } from '../dist/graph/critical-path.js';
import { loadManifest } from '../dist/engine/manifest-file.js';
import { buildDesiredState } from '../dist/kinds/lower.js';
import { buildPlan } from '../dist/plan/build.js';
import { generateManifestYaml, GENERATED_SECRETS } from './generate-manifest.mjs';
import { baselineApply, baselineRead } from './baseline.mjs';

export { DEFAULT_TIMINGS };

const FULL = process.argv.includes('--full');
const QUICK = process.argv.includes('--quick');
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_LIMIT = 200;
export const RAISED = 1_000_000; // "raised": client limit 1e6/min, sandbox limit off
const TOKEN = '1|benchbenchbenchbenchbenchbenchbenchbench12';
export const ENV = Object.fromEntries(GENERATED_SECRETS.map((k) => [k, `bench-${k.toLowerCase()}`]));
export const work = mkdtempSync(join(tmpdir(), 'ado-bench-'));
export const log = (...a) => console.error('[bench]', ...a);

export const PLAN_SIZES = QUICK ? [10, 100] : [10, 100, 500, 2000];
export const LATENCIES = QUICK ? [0, 100] : [0, 20, 100];
export const APPLY_SIZES = QUICK ? [10] : [10, 100];
export const APPLY_LATENCIES = [0, 100];
export const DIFF_SIZE = QUICK ? 500 : 5000;

export function manifestPath(n) {
  const p = join(work, `m${n}.yaml`);
  if (!existsSync(p)) writeFileSync(p, generateManifestYaml(n));
  return p;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : 0;
}

export async function sandbox({ latencyMs = 0, limit = 0, stateFile, timings } = {}) {
  return startSandbox({
    port: 0,
    token: TOKEN,
    latency: { ms: latencyMs, jitterMs: 0 },
    rateLimitPerMinute: limit,
    ...(stateFile ? { stateFile } : {}),
    timings: { ...DEFAULT_TIMINGS, ...timings },
  });
}

/**
 * A client; `inFlight` mirrors the CLI, where `apply --parallelism N` allows max(8, N) requests
 * in flight. Without `inFlight` the client keeps its own default (what a user gets).
 */
export function client(sb, limit, inFlight) {
  return createCoolifyClient({ baseUrl: sb.url, token: sb.token, allowInsecureHttp: true, rateLimitPerMinute: limit, ...(inFlight === undefined ? {} : { maxConcurrency: inFlight }) });
}

const common = (sb, c) => ({ env: ENV, client: c, coolifyUrl: sb.url, hashKey: hashKeyFromToken(sb.token) });

/** Applies manifest n into a fresh unthrottled sandbox with instant timings; saves the world. */
const worlds = new Map();
export async function convergedWorld(n) {
  if (worlds.has(n)) return worlds.get(n);
  const sb = await sandbox({ timings: { deploymentQueuedMs: 0, deploymentRunMs: 0, healthyAfterMs: 0, databaseStartMs: 0, deleteAfterMs: 0 } });
  const t = performance.now();
  const r = await apply({ file: manifestPath(n), ...common(sb, client(sb, RAISED)), parallelism: 32, pollInitialMs: 5, pollMaxMs: 50 });
  if (r.summary?.exitCode !== 0) throw new Error(`setup apply of ${n} resources failed: ${JSON.stringify(r.summary?.failed)}`);
  const file = join(work, `world-${n}.json`);
  writeFileSync(file, JSON.stringify(sb.store.world));
  await sb.close();
  log(`converged world of ${n} resources set up in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  worlds.set(n, file);
  return file;
}

export async function withWorld(n, opts) {
  const copy = join(work, `state-${n}-${Math.random().toString(36).slice(2)}.json`);
  copyFileSync(await convergedWorld(n), copy);
  return sandbox({ ...opts, stateFile: copy });
}

// ---------------------------------------------------------------- plan
export async function benchPlan(n, latencyMs, limitMode, state) {
  const limit = limitMode === 'default' ? DEFAULT_LIMIT : RAISED;
  const sbOpts = { latencyMs, limit: limitMode === 'default' ? DEFAULT_LIMIT : 0 };
  const sb = state === 'converged' ? await withWorld(n, sbOpts) : await sandbox(sbOpts);
  try {
    const c = client(sb, limit);
    const t = performance.now();
    const r = await plan({ file: manifestPath(n), ...common(sb, c) });
    const wallMs = performance.now() - t;
    const s = c.stats();
    const changes = r.plan.summary.add + r.plan.summary.change + r.plan.summary.destroy;
    if (state === 'converged' && changes !== 0) throw new Error(`plan of converged ${n} shows ${changes} changes`);
    // the lower bound we measure against
    const d = r.desired.resources;
    const projectsLive = r.live.resources.filter((x) => x.kind === 'project').length;
    const envReads = state === 'converged' ? d.filter((x) => x.env !== undefined).length + d.filter((x) => x.sharedEnv !== undefined).length : 0;
    const storageReads = state === 'converged' ? new Set(d.filter((x) => x.kind === 'storage' || x.kind === 'scheduledTask').map((x) => x.parent)).size : 0;
    // One deployment list per owned application (its last deployment: a failed one is a redeploy).
    const deploymentReads = r.live.resources.filter((x) => x.lastDeployment !== undefined).length;
    const lowerBound = 7 + projectsLive + envReads + storageReads + deploymentReads;
    let baselineRequests;
    if (limitMode === 'raised' && latencyMs === 0) {
      const bc = client(sb, RAISED);
      baselineRequests = await baselineRead(bc, r.desired);
    }
    return { size: n, latencyMs, rateLimit: limitMode, state, wallMs, requests: s.total, lowerBound, rateLimitWaitMs: s.rateLimitWaitMs, baselineRequests };
  } finally {
    await sb.close();
  }
}

// ---------------------------------------------------------------- apply
/** Per-step request counts: an apply with waits off at parallelism 1 (steps run one at a time). */
const calibrations = new Map();
export async function calibrate(n) {
  if (!calibrations.has(n)) calibrations.set(n, calibrateOnce(n));
  return calibrations.get(n);
}

async function calibrateOnce(n) {
  const sb = await sandbox();
  try {
    const c = client(sb, RAISED);
    const reqs = {};
    let at = 0;
    let msTotal = 0;
    let reqTotal = 0;
    const r = await apply({
      file: manifestPath(n), ...common(sb, c), parallelism: 1, wait: false,
      onEvent: (e) => {
        if (e.type === 'step-started') at = c.stats().total;
        if (e.type === 'step-finished' || e.type === 'step-failed') reqs[e.stepId] = c.stats().total - at;
      },
    });
    const s = c.stats();
    msTotal = s.totalMs;
    reqTotal = s.total;
    return { steps: r.plan.steps, reqs, serviceMs: msTotal / Math.max(1, reqTotal) };
  } finally {
    await sb.close();
  }
}

export function boundFor(cal, latencyMs, timings = DEFAULT_TIMINGS) {
  const rtt = latencyMs + cal.serviceMs;
  const duration = (step) => {
    let ms = (cal.reqs[step.id] ?? 1) * rtt;
    const kind = step.address.split('/')[2];
    // The sandbox adds latency before it processes a request, so a timer started by a request
    // runs while its answer travels, and a final poll can be sent before the wait is over.
    if (step.op === 'deploy') ms += timings.deploymentQueuedMs + timings.deploymentRunMs + Math.max(timings.healthyAfterMs, rtt);
    if (step.op === 'create' && kind === 'database') ms += timings.databaseStartMs;
    return ms;
  };
  const cp = criticalPath(cal.steps, duration);
  // with a parallelism bound P the walk also needs at least (total work) / P
  return { ...cp, workMs: cal.steps.reduce((sum, step) => sum + duration(step), 0) };
}

/** An apply from empty; `parallelism` undefined = the defaults a user gets (apply's and the client's). */
export async function benchApply(n, latencyMs, parallelism, cal, limitMode = 'raised') {
  const limit = limitMode === 'default' ? DEFAULT_LIMIT : RAISED;
  const sb = await sandbox({ latencyMs, limit: limitMode === 'default' ? DEFAULT_LIMIT : 0 });
  try {
    const c = client(sb, limit, parallelism === undefined ? undefined : Math.max(8, parallelism));
    const t = performance.now();
    let used = parallelism;
    const onEvent = (e) => {
      if (e.type === 'apply-started') used = e.parallelism;
    };
    const r = await apply({ file: manifestPath(n), ...common(sb, c), ...(parallelism === undefined ? {} : { parallelism }), onEvent });
    const wallMs = performance.now() - t;
    if (r.summary?.exitCode !== 0) throw new Error(`apply of ${n} failed: ${JSON.stringify(r.summary?.failed)}`);
    const cp = boundFor(cal, latencyMs);
    const defaults = parallelism === undefined;
    parallelism = used;
    return {
      size: n, latencyMs, parallelism, defaults, rateLimit: limitMode, steps: r.plan.steps.length, requests: c.stats().total,
      wallMs, walkMs: r.summary.wallMs, criticalPathMs: cp.lengthMs, boundMs: Math.max(cp.lengthMs, cp.workMs / parallelism), ratio: r.summary.wallMs / cp.lengthMs, ratioTotal: wallMs / cp.lengthMs, ratioBound: r.summary.wallMs / Math.max(cp.lengthMs, cp.workMs / parallelism),
      criticalPath: cp.path,
    };
  } finally {
    await sb.close();
  }
}

const baselines = new Map();
export async function benchBaseline(n, latencyMs) {
  const key = `${n}@${latencyMs}`;
  if (!baselines.has(key)) baselines.set(key, benchBaselineOnce(n, latencyMs));
  return baselines.get(key);
}

async function benchBaselineOnce(n, latencyMs) {
  const sb = await sandbox({ latencyMs });
  try {
    const c = client(sb, RAISED);
    const t = performance.now();
    const planned = await plan({ file: manifestPath(n), ...common(sb, c) });
    const readRequests = await baselineRead(c, planned.desired);
    const r = await baselineApply(planned);
    const wallMs = performance.now() - t;
    if (r.failed > 0) throw new Error(`baseline apply of ${n} had ${r.failed} failed steps`);
    return { size: n, latencyMs, wallMs, applyMs: r.wallMs, requests: c.stats().total, readRequests };
  } finally {
    await sb.close();
  }
}

// ---------------------------------------------------------------- processes (RSS)
export const PRELOAD = join(work, 'rss.mjs');
writeFileSync(PRELOAD, "import { writeSync } from 'node:fs';\nprocess.on('exit', () => { try { writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });\n");

export function runCli(args, env) {
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn(process.execPath, ['--import', pathToFileURL(PRELOAD).href, join(ROOT, 'bin/ado-coolify.js'), ...args], {
      cwd: ROOT, env: { PATH: process.env.PATH, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let rss = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.stdio[3].on('data', (d) => (rss += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20 * 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, wallMs: performance.now() - t, rssMb: Number(rss) / 1024, out, err });
    });
  });
}

/** `plan` (converged state) or `apply` (from empty) of manifest n as a CLI child; `save` adds `plan --out`. */
export async function benchProcess(kind, n, { save = false } = {}) {
  const sb = kind === 'plan' ? await withWorld(n, {}) : await sandbox({});
  try {
    const env = { ...ENV, COOLIFY_URL: sb.url, COOLIFY_TOKEN: sb.token };
    const saved = join(work, `plan-${n}-${Math.random().toString(36).slice(2)}.json`);
    const args = kind === 'plan'
      ? ['plan', '-f', manifestPath(n), '--rate-limit', String(RAISED), '--detailed-exitcode', ...(save ? ['--out', saved] : [])]
      : ['apply', '-f', manifestPath(n), '--rate-limit', String(RAISED), '--auto-approve'];
    const r = await runCli(args, env);
    if (r.code !== 0) throw new Error(`${kind} ${n} exited ${r.code}: ${r.err.slice(0, 500)}`);
    const planBytes = save ? statSync(saved).size : undefined;
    if (save) rmSync(saved, { force: true });
    return { command: kind, size: n, wallMs: r.wallMs, peakRssMb: r.rssMb, ...(save ? { planBytes } : {}) };
  } finally {
    await sb.close();
  }
}

// ---------------------------------------------------------------- pure diff + plan
let synthetic;
/** `convergedLive` of test/kinds/simulate-coolify.ts, compiled once per run. */
function syntheticLive() {
  if (!synthetic) {
    const out = join(work, 'synthetic');
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'bench/tsconfig.synthetic.json'), '--outDir', out], { cwd: ROOT });
    writeFileSync(join(out, 'package.json'), '{"type":"module"}');
    // the compiled sources import packages (yaml, …): resolve them from the project's node_modules
    if (!existsSync(join(work, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
    synthetic = import(pathToFileURL(join(out, 'test/kinds/simulate-coolify.js')).href);
  }
  return synthetic;
}

/** The synthetic converged live state of `desired` (bench/cpu-pipeline.mjs). */
export async function syntheticLiveFor(desired) {
  const { convergedLive } = await syntheticLive();
  return convergedLive(desired, true);
}

/**
 * Pure pipeline of manifest n in process: load + resolve (`loadManifest`), lower, diff + plan +
 * steps, against a synthetic converged live state and an empty one. `pipelineMs` is the median
 * of 5 whole runs (load + resolve + lower + diff + plan, converged; `pipelineEmptyMs` from empty).
 */
export async function benchDiff(n) {
  const { convergedLive } = await syntheticLive();
  let t = performance.now();
  const loaded = await loadManifest(manifestPath(n), { env: ENV });
  const loadMs = performance.now() - t;
  t = performance.now();
  const desired = buildDesiredState(loaded.manifest, loaded.edges);
  const lowerMs = performance.now() - t;
  const live = convergedLive(desired, true);
  const empty = { ...live, resources: [] };
  const run = (liveState) => {
    const t0 = performance.now();
    const d = buildDesiredState(loaded.manifest, loaded.edges);
    const p = buildPlan({ desired: d, live: liveState, manifestPath: loaded.path, manifestHash: loaded.hash, toolVersion: 'bench', targets: [], allowDestroy: false, hashKey: hashKeyFromToken('') });
    return { ms: performance.now() - t0, plan: p };
  };
  const conv = [];
  const fresh = [];
  let noop = 0;
  let steps = 0;
  for (let i = 0; i < 5; i++) {
    const a = run(live);
    conv.push(a.ms);
    noop = a.plan.summary.noop;
    const b = run(empty);
    fresh.push(b.ms);
    steps = b.plan.steps.length;
  }
  const whole = [];
  const wholeEmpty = [];
  for (let i = 0; i < 5; i++) {
    for (const [liveState, into] of [[live, whole], [empty, wholeEmpty]]) {
      const t0 = performance.now();
      const l = await loadManifest(manifestPath(n), { env: ENV });
      const d = buildDesiredState(l.manifest, l.edges);
      buildPlan({ desired: d, live: liveState, manifestPath: l.path, manifestHash: l.hash, toolVersion: 'bench', targets: [], allowDestroy: false, hashKey: hashKeyFromToken('') });
      into.push(performance.now() - t0);
    }
  }
  return { size: n, loadMs, lowerMs, convergedMs: median(conv), emptyMs: median(fresh), noop, stepsFromEmpty: steps, pipelineMs: median(whole), pipelineEmptyMs: median(wholeEmpty) };
}


/** Removes the benchmark's temporary directory. */
export function cleanup() {
  rmSync(work, { recursive: true, force: true });
}
