// The named benchmark cases of issue 19: `node bench/run.mjs --case NAME --json` runs one and
// prints `{"case", "figures", "ratio", "target", "met"}`. `ratio` is the measured value over its
// bound (or over the target's unit), both taken in the same run; `met` is `ratio <= target`.
// Where a case has several limits (time and memory, say), `ratio` is the largest of the
// measured/limit quotients and `target` is 1.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  ENV, benchApply, benchBaseline, benchDiff, benchPlan, benchProcess, calibrate, convergedWorld, manifestPath, work,
} from './harness.mjs';
import { generateManifest } from './generate-manifest.mjs';
import { benchValidate } from './validate.mjs';

const MB = 1024 * 1024;

/** One result object. */
function result(name, figures, ratio, target, met = ratio !== null && ratio <= target) {
  return { case: name, figures, ratio, target, met };
}

/** Apply of n resources from empty at 100 ms, default parallelism: walk ≤ 1.1× CP, total ≤ 1.2× CP. */
async function applyCase(name, n) {
  const cal = await calibrate(n);
  const a = await benchApply(n, 100, undefined, cal);
  const figures = {
    size: n, latencyMs: 100, parallelism: a.parallelism, steps: a.steps, requests: a.requests,
    walkMs: Math.round(a.walkMs), totalMs: Math.round(a.wallMs), criticalPathMs: Math.round(a.criticalPathMs),
    walkRatio: a.ratio, totalRatio: a.ratioTotal, totalTarget: 1.2,
  };
  return result(name, figures, a.ratio, 1.1, a.ratio <= 1.1 && a.ratioTotal <= 1.2);
}

/** Ours (default parallelism) against the naive baseline at 100 ms: ratio = ours / baseline. */
async function baselineCase(name, n, speedup) {
  const cal = await calibrate(n);
  const ours = await benchApply(n, 100, undefined, cal);
  const base = await benchBaseline(n, 100);
  const ratio = ours.wallMs / base.wallMs;
  const figures = { size: n, latencyMs: 100, oursMs: Math.round(ours.wallMs), baselineMs: Math.round(base.wallMs), speedup: base.wallMs / ours.wallMs, targetSpeedup: speedup, requests: ours.requests, baselineRequests: base.requests };
  return result(name, figures, ratio, 1 / speedup);
}

/** Converged plans at every size: requests over the lower bound, exactly 1 at every size. */
async function planRequestsCase(name) {
  const rows = [];
  for (const n of [10, 100, 500, 2000]) {
    const p = await benchPlan(n, 0, 'raised', 'converged');
    rows.push({ size: n, requests: p.requests, lowerBound: p.lowerBound });
  }
  const ratio = Math.max(...rows.map((r) => r.requests / r.lowerBound));
  return result(name, { sizes: rows }, ratio, 1, rows.every((r) => r.requests === r.lowerBound));
}

/** Load + resolve + lower + diff + plan of 5,000 resources in process (median of 5): ≤ 300 ms. */
async function pureCase(name) {
  const d = await benchDiff(5000);
  const worst = Math.max(d.pipelineMs, d.pipelineEmptyMs);
  const figures = {
    size: 5000, pipelineConvergedMs: Math.round(d.pipelineMs), pipelineEmptyMs: Math.round(d.pipelineEmptyMs),
    firstLoadMs: Math.round(d.loadMs), lowerMs: Math.round(d.lowerMs), diffPlanConvergedMs: Math.round(d.convergedMs), diffPlanEmptyMs: Math.round(d.emptyMs), limitMs: 300,
  };
  return result(name, figures, worst / 300, 1);
}

/** `validate` of 5,000 resources as a whole process (median of 5): ≤ 600 ms, ≤ 150 MB. */
async function validate5000Case(name) {
  const v = await benchValidate({ runs: 5, file: manifestPath(5000), env: ENV });
  if (v.exitCode !== 0) throw new Error(`validate of 5000 resources exited ${v.exitCode}: ${v.stderr.slice(0, 500)}`);
  const figures = { size: 5000, medianMs: Math.round(v.medianMs), p90Ms: Math.round(v.p90Ms), peakRssMb: Math.round(v.peakRssMb), limitMs: 600, limitRssMb: 150 };
  return result(name, figures, Math.max(v.medianMs / 600, v.peakRssMb / 150), 1);
}

/** `plan --out` of 5,000 resources (converged state, 0 ms) as a whole process: ≤ 1.5 s, ≤ 200 MB, plan ≤ 4 MB. */
async function plan5000Case(name) {
  await convergedWorld(5000);
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await benchProcess('plan', 5000, { save: true }));
  runs.sort((a, b) => a.wallMs - b.wallMs);
  const mid = runs[1];
  const peak = Math.max(...runs.map((r) => r.peakRssMb));
  const figures = { size: 5000, state: 'converged', medianMs: Math.round(mid.wallMs), peakRssMb: Math.round(peak), planMb: +(mid.planBytes / MB).toFixed(2), limitMs: 1500, limitRssMb: 200, limitPlanMb: 4 };
  return result(name, figures, Math.max(mid.wallMs / 1500, peak / 200, mid.planBytes / (4 * MB)), 1);
}

/** `validate` of the ADO manifest as a whole process (median of 20): ≤ 100 ms. */
async function validateAdoCase(name) {
  const v = await benchValidate({ runs: 20 });
  const figures = { medianMs: Math.round(v.medianMs), p90Ms: Math.round(v.p90Ms), peakRssMb: Math.round(v.peakRssMb), limitMs: 100 };
  return result(name, figures, v.medianMs / 100, 1);
}

/**
 * A manifest of about `bytes` bytes: the generated shape with 12,500-odd applications, each
 * carrying enough plain env entries to reach the size.
 */
export function bigManifestYaml(bytes = 50 * MB, resources = 17_000) {
  const doc = generateManifest(resources);
  const apps = [];
  for (const p of Object.values(doc.projects)) for (const e of Object.values(p.environments)) for (const a of Object.values(e.applications ?? {})) apps.push(a);
  const base = stringify(doc, { lineWidth: 0 }).length;
  const entry = `value-${'x'.repeat(80)}`;
  const perEntry = entry.length + 16;
  const perApp = Math.max(0, Math.ceil((bytes - base) / apps.length / perEntry));
  for (const a of apps) for (let i = 0; i < perApp; i++) a.env[`PAD_${i}`] = entry;
  return { yaml: `# generated big manifest (bench/cases.mjs)\n${stringify(doc, { lineWidth: 0 })}`, applications: apps.length };
}

/** `validate` of a 50 MB manifest: ≤ 600 MB peak RSS, and refused with ADO012 (over the 4 MiB limit). */
async function bigManifestCase(name) {
  const { yaml, applications } = bigManifestYaml();
  const file = join(work, 'big.yaml');
  writeFileSync(file, yaml);
  const v = await benchValidate({ runs: 1, file, env: ENV });
  const codeMatch = /\b(ADO\d{3,4})\b/.exec(v.stderr + v.stdout);
  const figures = {
    fileMb: +(yaml.length / MB).toFixed(1), applications, wallMs: Math.round(v.medianMs), peakRssMb: Math.round(v.peakRssMb), exitCode: v.exitCode,
    code: codeMatch?.[1] ?? null, firstLine: ((v.stderr + v.stdout).split('\n').find((l) => l.trim()) ?? '').split(file).join('big.yaml').slice(0, 200), limitRssMb: 600,
  };
  // over the documented limit (4 MiB, ADO012) the file must be refused with its code, not read
  const refusedClearly = v.exitCode !== 0 && figures.code === 'ADO012';
  return result(name, figures, v.peakRssMb / 600, 1, v.peakRssMb <= 600 && refusedClearly);
}

/** Every case by name. */
export const CASES = {
  'apply-100': (n) => applyCase(n, 100),
  'apply-500': (n) => applyCase(n, 500),
  'baseline-10': (n) => baselineCase(n, 10, 10),
  'baseline-100': (n) => baselineCase(n, 100, 40),
  'plan-requests': planRequestsCase,
  'pure-5000': pureCase,
  'validate-5000': validate5000Case,
  'plan-5000': plan5000Case,
  'validate-ado': validateAdoCase,
  'big-manifest': bigManifestCase,
};

/** Runs the named case; throws on an unknown name. */
export async function runCase(name) {
  const run = CASES[name];
  if (!run) throw new Error(`unknown case ${name}; cases: ${Object.keys(CASES).join(', ')}`);
  return run(name);
}
