/**
 * The chaos matrix: sandbox faults × the chaos manifest. Each scenario names the exit codes
 * its fault-injected apply may end with (0 success, 1 error before any change, 3 partial).
 */
import { rng } from './helpers.js';

export interface Scenario {
  name: string;
  /** Fault spec installed before the first apply (sandbox seed = `seed`). */
  faults: string;
  seed: number;
  /** Exit codes the faulted apply may end with. */
  allowed: number[];
  /** Client per-request timeout (ms) for the faulted apply. */
  clientTimeoutMs?: number;
  /** Per-step wait timeout (ms) for the faulted apply. */
  stepTimeoutMs?: number;
  /** A 429 burst fired when the Nth step starts (faults that start mid-run). */
  burstAtStep?: { step: number; count: number; retryAfterS: number };
  /** Time for requests delayed by the fault to land before re-applying (ms). */
  settleMs?: number;
}

/** Endpoints per step kind (paths relative to /api/v1). */
export const STEP_ENDPOINTS: Record<string, string[]> = {
  lock: ['POST /team/envs', 'GET /team/envs'],
  read: ['GET /projects', 'GET /applications', 'GET /databases', 'GET /s3-storages', 'GET /projects/*'],
  project: ['POST /projects', 'GET /projects/*/environments'],
  environment: ['POST /projects/*/environments', 'PATCH /projects/*/environments/*'],
  s3: ['POST /s3-storages', 'GET /s3-storages/*'],
  database: ['POST /databases/postgresql', 'POST /databases/redis', 'POST /databases/*/start', 'GET /databases/*'],
  backup: ['POST /databases/*/backups', 'GET /databases/*/backups'],
  application: ['POST /applications/dockerimage', 'GET /applications/*'],
  env: ['PATCH /applications/*/envs/bulk'],
  storage: ['POST /applications/*/storages'],
  deploy: ['POST /deploy', 'GET /deployments/*'],
};

/** Create endpoints a dropped POST (commit, then connection reset) is tried on. */
export const CREATE_ENDPOINTS = [
  '/projects',
  '/projects/*/environments',
  '/s3-storages',
  '/databases/postgresql',
  '/databases/redis',
  '/databases/*/backups',
  '/applications/dockerimage',
  '/applications/*/storages',
  '/databases/*/start',
  '/deploy',
  '/team/envs',
];

const ANY = [0, 1, 3];

/** The full matrix: 207 fault-injected applies (the kill -9 runs are on top, test/chaos/kill9.test.ts). */
export function fullMatrix(): Scenario[] {
  const out: Scenario[] = [];
  let seed = 1000;
  // random 5xx on each step kind's endpoints, several probabilities and statuses
  for (const [kind, endpoints] of Object.entries(STEP_ENDPOINTS)) {
    for (const [p, status] of [[0.3, 500], [0.6, 502], [1, 503]] as const) {
      for (let rep = 0; rep < 3; rep++) {
        out.push({ name: `5xx ${kind} p=${p} ${status} #${rep}`, faults: endpoints.map((e) => `error=${p}:${status}@${e}`).join(';'), seed: seed++, allowed: ANY });
      }
    }
  }
  // random 5xx everywhere
  for (let rep = 0; rep < 6; rep++) out.push({ name: `5xx everywhere p=0.15 #${rep}`, faults: 'error=0.15:500', seed: seed++, allowed: ANY });
  // 429 bursts, at the start and fired mid-run
  for (const [count, retry] of [[3, 0], [10, 0], [25, 0], [2, 1]] as const) {
    out.push({ name: `429 burst ${count} retry-after ${retry}s at start`, faults: `burst429=${count}:${retry}`, seed: seed++, allowed: ANY });
  }
  for (let step = 1; step <= 12; step += 2) {
    out.push({ name: `429 burst at step ${step}`, faults: '', seed: seed++, allowed: ANY, burstAtStep: { step, count: 6, retryAfterS: 0 } });
  }
  // POST commit-then-drop on each create endpoint, once and twice
  for (const path of CREATE_ENDPOINTS) {
    for (const n of [1, 2]) out.push({ name: `drop-post ${n} ${path}`, faults: `drop-post=${n}@POST ${path}`, seed: seed++, allowed: ANY });
  }
  out.push({ name: 'drop-patch env bulk', faults: 'drop-post=2@PATCH /applications/*/envs/bulk', seed: seed++, allowed: ANY });
  out.push({ name: 'drop every first write', faults: 'drop-post=3@POST /*', seed: seed++, allowed: ANY });
  // client timeouts: sandbox latency beyond the client timeout
  for (const pattern of ['POST /applications/*', 'POST /databases/*', 'GET /deployments/*', 'POST /projects', 'PATCH /applications/*/envs/bulk', 'GET /applications/*']) {
    out.push({ name: `timeout ${pattern}`, faults: `latency=700@${pattern}`, seed: seed++, allowed: ANY, clientTimeoutMs: 300, settleMs: 900 });
  }
  out.push({ name: 'timeout 1 in 3 requests (jitter)', faults: 'latency=250±250', seed: seed++, allowed: ANY, clientTimeoutMs: 300, settleMs: 700 });
  // failed deployments of a named app: partial (3), dependents skipped
  for (const app of ['api', 'worker', 'web']) {
    for (let rep = 0; rep < 2; rep++) out.push({ name: `fail-deploy ${app} #${rep}`, faults: `fail-deploy=${app}`, seed: seed++, allowed: [3] });
  }
  // slow health: within the step timeout (0) and beyond it (3)
  for (const app of ['api', 'worker', 'web']) {
    out.push({ name: `slow-health ${app} within timeout`, faults: `slow-health=${app}:400`, seed: seed++, allowed: [0], stepTimeoutMs: 5_000 });
    out.push({ name: `slow-health ${app} beyond timeout`, faults: `slow-health=${app}:3000`, seed: seed++, allowed: [3], stepTimeoutMs: 500 });
  }
  // seeded mixtures
  const r = rng(4242);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const kinds = Object.keys(STEP_ENDPOINTS);
  for (let i = 0; i < 40; i++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(r() * 3);
    for (let j = 0; j < n; j++) {
      const what = Math.floor(r() * 4);
      if (what === 0) parts.push(...STEP_ENDPOINTS[pick(kinds)]!.map((e) => `error=${(0.2 + r() * 0.6).toFixed(2)}:${pick([500, 502, 503])}@${e}`));
      else if (what === 1) parts.push(`drop-post=1@POST ${pick(CREATE_ENDPOINTS)}`);
      else if (what === 2) parts.push(`burst429=${1 + Math.floor(r() * 8)}:0`);
      else parts.push(`fail-deploy=${pick(['api', 'worker', 'web'])}`);
    }
    out.push({ name: `mixture #${i}: ${parts.join('; ').slice(0, 120)}`, faults: parts.join(';'), seed: seed++, allowed: ANY });
  }
  // unusable answers to reads (audit m10: an idempotent GET whose answer is HTML, cut short or
  // of the wrong shape is retried like a 5xx before it fails); after the mixtures, so that the
  // earlier scenarios keep their seeds
  for (const kind of ['html', 'truncated', 'wrong-types'] as const) {
    for (const [p, pattern] of [[0.3, 'GET /applications/*'], [0.5, 'GET /databases/*'], [1, 'GET /projects/*']] as const) {
      out.push({ name: `malformed ${kind} p=${p} ${pattern}`, faults: `malformed=${kind}:${p}@${pattern}`, seed: seed++, allowed: ANY });
    }
  }
  return out;
}

/** The fixed-seed CI subset (~20 scenarios, one or two per fault family). */
export function smokeSubset(): Scenario[] {
  const all = fullMatrix();
  const want = [
    '5xx project p=1 503 #0', '5xx database p=0.6 502 #0', '5xx application p=0.3 500 #0', '5xx deploy p=1 503 #0', '5xx env p=0.6 502 #0',
    '5xx lock p=1 503 #0', '5xx everywhere p=0.15 #0', '429 burst 10 retry-after 0s at start', '429 burst at step 5',
    'drop-post 1 /projects', 'drop-post 1 /databases/postgresql', 'drop-post 1 /applications/dockerimage', 'drop-post 1 /databases/*/backups',
    'drop-post 1 /s3-storages', 'timeout POST /applications/*', 'timeout GET /deployments/*', 'fail-deploy api #0',
    'slow-health web beyond timeout', 'slow-health api within timeout',
  ];
  const chosen = want.map((n) => {
    const s = all.find((x) => x.name === n);
    if (!s) throw new Error(`no scenario named ${n}`);
    return s;
  });
  return [...chosen, ...all.filter((s) => s.name.startsWith('mixture #')).slice(0, 2)];
}
