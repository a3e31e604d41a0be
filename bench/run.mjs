// `npm run bench`: plan/apply/validate benchmarks against the built-in sandbox Coolify, our
// executor against a naive baseline, and the critical-path lower bound of each apply.
//
//   node bench/run.mjs                    default run (the matrix below, then every case)
//   node bench/run.mjs --full             the whole matrix, including plans and applies at the default
//                                         200 requests/minute rate limit for every size (long: tens of minutes)
//   node bench/run.mjs --quick            smoke run (smallest sizes only, no cases; results not written)
//   node bench/run.mjs --case NAME --json one case (bench/cases.mjs) as one JSON object on stdout
//
// Writes bench/results.json and the tables of docs/benchmarks.md (between the markers).
// Needs `npm run build` (the npm script does it). Network: 127.0.0.1 only.
import { cpus, totalmem, platform, release } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  APPLY_LATENCIES, APPLY_SIZES, DEFAULT_TIMINGS, DIFF_SIZE, LATENCIES, PLAN_SIZES, ROOT,
  benchApply, benchBaseline, benchDiff, benchPlan, benchProcess, calibrate, cleanup, log,
} from './harness.mjs';
import { CASES, runCase } from './cases.mjs';
import { benchValidate } from './validate.mjs';
import { renderMarkdown } from './report.mjs';

const FULL = process.argv.includes('--full');
const QUICK = process.argv.includes('--quick');
const caseAt = process.argv.indexOf('--case');
const CASE = caseAt >= 0 ? process.argv[caseAt + 1] : undefined;

// ---------------------------------------------------------------- main
function machine() {
  const c = cpus();
  return {
    cpu: c[0]?.model ?? 'unknown', cores: c.length, memoryGb: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version, os: `${platform()} ${release()}`, date: new Date().toISOString(),
  };
}

async function main() {
  const started = performance.now();
  const results = { machine: machine(), mode: FULL ? 'full' : QUICK ? 'quick' : 'default', timings: DEFAULT_TIMINGS, plan: [], apply: [], baseline: [], processes: [], validate: undefined, diff: undefined };
  log('validate ×20');
  results.validate = await benchValidate({ runs: 20 });
  log('diff+plan', DIFF_SIZE);
  results.diff = await benchDiff(DIFF_SIZE);
  for (const n of PLAN_SIZES) {
    for (const latencyMs of LATENCIES) {
      for (const state of ['converged', 'empty']) {
        const modes = ['raised'];
        // at 200/min a plan of more than 200 requests measures the limiter: full run only
        if (FULL || n <= 100) modes.push('default');
        for (const mode of modes) {
          log(`plan ${n} ${state} @${latencyMs}ms limit=${mode}`);
          results.plan.push(await benchPlan(n, latencyMs, mode, state));
        }
      }
    }
  }
  for (const n of APPLY_SIZES) {
    const cal = await calibrate(n);
    for (const latencyMs of APPLY_LATENCIES) {
      const ps = [8];
      if (FULL || n <= 10 || latencyMs === 0) ps.push(1);
      // wide plans: the critical path is reachable only with more steps (and requests) in flight
      if (n >= 100) ps.push(32);
      for (const p of ps) {
        log(`apply ${n} @${latencyMs}ms parallelism ${p}`);
        results.apply.push(await benchApply(n, latencyMs, p, cal));
      }
      if (n <= 10 || FULL) {
        log(`apply ${n} @${latencyMs}ms default rate limit`);
        results.apply.push(await benchApply(n, latencyMs, 8, cal, 'default'));
      }
      if (FULL || n <= 10 || latencyMs === 100) {
        log(`baseline ${n} @${latencyMs}ms`);
        results.baseline.push(await benchBaseline(n, latencyMs));
      }
    }
  }
  for (const n of PLAN_SIZES) {
    log(`process plan ${n}`);
    results.processes.push(await benchProcess('plan', n));
  }
  for (const n of APPLY_SIZES) {
    log(`process apply ${n}`);
    results.processes.push(await benchProcess('apply', n));
  }
  if (!QUICK) {
    results.cases = [];
    for (const name of Object.keys(CASES)) {
      log(`case ${name}`);
      results.cases.push(await runCase(name));
    }
  }
  results.totalSeconds = (performance.now() - started) / 1000;
  for (const a of results.apply) delete a.criticalPath; // long; kept only in the summary below
  if (!QUICK) {
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const docPath = join(ROOT, 'docs/benchmarks.md');
    const md = renderMarkdown(results);
    const existing = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
    const begin = '<!-- bench:results:begin -->';
    const end = '<!-- bench:results:end -->';
    const block = `${begin}\n${md}\n${end}`;
    writeFileSync(docPath, existing.includes(begin) ? existing.replace(new RegExp(`${begin}[\\s\\S]*${end}`), block) : `${existing}\n${block}\n`);
    log('wrote bench/results.json and docs/benchmarks.md');
  }
  console.log(renderMarkdown(results));
}

try {
  if (CASE !== undefined) {
    const r = await runCase(CASE);
    console.log(process.argv.includes('--json') ? JSON.stringify(r) : JSON.stringify(r, null, 2));
  } else {
    await main();
  }
} finally {
  cleanup();
}
