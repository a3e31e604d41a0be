// Renders bench/results.json as the Markdown tables of docs/benchmarks.md.
//   node bench/report.mjs            prints the tables for bench/results.json
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ms = (v) => (v === undefined ? '–' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const x = (v) => (v === undefined || !Number.isFinite(v) ? '–' : `${v.toFixed(2)}×`);
const yes = (b) => (b ? '**met**' : '**missed**');

/** The target checks, as data. */
export function targets(r) {
  const conv = r.plan.filter((p) => p.state === 'converged' && p.rateLimit === 'raised');
  const planAtBound = conv.every((p) => p.requests <= p.lowerBound);
  const at100 = r.apply.filter((a) => a.latencyMs === 100 && a.parallelism === 8 && a.rateLimit === 'raised');
  const worstCp = Math.max(...at100.map((a) => a.ratio));
  // wide plans with more steps in flight (`apply --parallelism 32`): best ratio per size
  const sizes = [...new Set(at100.map((a) => a.size))];
  const bestPerSize = sizes.map((size) => Math.min(...r.apply.filter((a) => a.size === size && a.latencyMs === 100 && a.rateLimit === 'raised' && a.parallelism >= 8).map((a) => a.ratio)));
  const worstBest = Math.max(...bestPerSize);
  const vsBaseline = r.baseline.map((b) => {
    const ours = r.apply.find((a) => a.size === b.size && a.latencyMs === b.latencyMs && a.parallelism === 8 && a.rateLimit === 'raised');
    return { size: b.size, latencyMs: b.latencyMs, speedup: ours ? b.wallMs / ours.wallMs : undefined };
  });
  const minSpeedup = Math.min(...vsBaseline.filter((v) => v.speedup !== undefined).map((v) => v.speedup));
  const planVsBaseline = conv.filter((p) => p.baselineRequests !== undefined).map((p) => ({ size: p.size, ratio: p.requests / p.baselineRequests }));
  return {
    planAtBound,
    worstCp,
    cpMet: worstCp <= 1.1,
    worstBest,
    cpMetWide: worstBest <= 1.1,
    minSpeedup,
    speedupMet: minSpeedup >= 5,
    vsBaseline,
    planVsBaseline,
    validateMet: r.validate.medianMs < 200,
    diffMet: r.diff.convergedMs < 1000 && r.diff.emptyMs < 1000,
  };
}

/** Markdown for a results object. */
export function renderMarkdown(r) {
  const m = r.machine;
  const t = targets(r);
  const L = [];
  L.push(`Measured ${m.date.slice(0, 10)} (${r.mode} run, ${r.totalSeconds ? `${Math.round(r.totalSeconds)} s` : ''}) on ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, Node ${m.node}, ${m.os}.`);
  L.push(`Sandbox timings: deployment queued ${r.timings.deploymentQueuedMs} ms + running ${r.timings.deploymentRunMs} ms, healthy ${r.timings.healthyAfterMs} ms after start, database start ${r.timings.databaseStartMs} ms.`);
  L.push('');
  L.push('### Targets');
  L.push('');
  L.push('| target | result | status |');
  L.push('| --- | --- | --- |');
  L.push(`| plan requests at the lower bound (converged state) | ${r.plan.filter((p) => p.state === 'converged' && p.rateLimit === 'raised' && p.latencyMs === 0).map((p) => `${p.size}: ${p.requests}/${p.lowerBound}`).join(', ')} | ${yes(t.planAtBound)} |`);
  L.push(
    `| apply ≤ 1.1× critical path at 100 ms | worst ${x(t.worstCp)} with --parallelism 8 (the old default; the cases table below measures today's default); ${x(t.worstBest)} with --parallelism 32 for the 100-resource plan | ${t.cpMet ? yes(true) : t.cpMetWide ? '**met with --parallelism 32**, missed at 8' : yes(false)} |`,
  );
  L.push(`| apply ≥ 5× faster than the naive baseline | ${t.vsBaseline.map((v) => `${v.size} @${v.latencyMs} ms: ${x(v.speedup)}`).join(', ')} | ${yes(t.speedupMet)} |`);
  L.push(`| validate < 200 ms (whole process, median) | ${ms(r.validate.medianMs)} (p90 ${ms(r.validate.p90Ms)}, peak RSS ${r.validate.peakRssMb.toFixed(0)} MB) | ${yes(t.validateMet)} |`);
  L.push(`| diff + plan of ${r.diff.size} resources < 1 s | converged ${ms(r.diff.convergedMs)}, from empty ${ms(r.diff.emptyMs)} | ${yes(t.diffMet)} |`);
  L.push('');
  if (r.cases?.length) {
    L.push('### Cases (`node bench/run.mjs --case NAME --json`)');
    L.push('');
    L.push('| case | ratio | target | met | figures |');
    L.push('| --- | ---: | ---: | --- | --- |');
    for (const c of r.cases) L.push(`| ${c.case} | ${c.ratio === null ? '–' : c.ratio.toFixed(3)} | ${c.target ?? '–'} | ${yes(c.met)} | \`${JSON.stringify(c.figures)}\` |`);
    L.push('');
  }
  L.push('### Plan: requests and wall time');
  L.push('');
  L.push('`raised`: client limit 1,000,000/min and the sandbox limit off; `200/min`: both at Coolify\'s default. Lower bound = 7 list calls (version, projects, servers, applications, databases, services, S3 storages) + 1 read per existing declared project + 1 env-var list per declared resource with `env`/`sharedEnv` + 1 storage list per application with storages. Baseline = one GET per resource (no list calls).');
  L.push('');
  L.push('| resources | state | latency | rate limit | requests | lower bound | baseline requests | wall time |');
  L.push('| ---: | --- | ---: | --- | ---: | ---: | ---: | ---: |');
  for (const p of r.plan) {
    L.push(`| ${p.size} | ${p.state} | ${p.latencyMs} ms | ${p.rateLimit === 'raised' ? 'raised' : '200/min'} | ${p.requests} | ${p.lowerBound} | ${p.baselineRequests ?? ''} | ${ms(p.wallMs)} |`);
  }
  L.push('');
  L.push('### Apply from empty: wall time against the critical path');
  L.push('');
  L.push('Critical path: for each step, (its request count, measured by a calibration apply with waits off at parallelism 1) × (latency + measured sandbox service time) + the sandbox\'s waits (deploy: queued + run + max(healthy-after, one round trip); database create: start), which is exact because the sandbox adds its latency before processing a request, so a wait\'s timer runs while the answer travels, longest chain through `criticalPath(plan.steps, …)`. `walk` is the step walk (summary.wallMs); `total` adds the lock and the live-state read.');
  L.push('');
  L.push('| resources | steps | latency | parallelism | rate limit | requests | walk | total | critical path | walk / CP | total / CP | walk / max(CP, work/P) |');
  L.push('| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const a of r.apply) {
    L.push(`| ${a.size} | ${a.steps} | ${a.latencyMs} ms | ${a.parallelism} | ${a.rateLimit === 'raised' ? 'raised' : '200/min'} | ${a.requests} | ${ms(a.walkMs)} | ${ms(a.wallMs)} | ${ms(a.criticalPathMs)} | ${x(a.ratio)} | ${x(a.ratioTotal)} | ${x(a.ratioBound)} |`);
  }
  L.push('');
  L.push('### Naive baseline (sequential steps, one GET per resource, fixed 5 s polls)');
  L.push('');
  L.push('| resources | latency | requests | baseline wall | ours (parallelism 8) | speed-up |');
  L.push('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const b of r.baseline) {
    const v = t.vsBaseline.find((q) => q.size === b.size && q.latencyMs === b.latencyMs);
    const ours = r.apply.find((a) => a.size === b.size && a.latencyMs === b.latencyMs && a.parallelism === 8 && a.rateLimit === 'raised');
    L.push(`| ${b.size} | ${b.latencyMs} ms | ${b.requests} | ${ms(b.wallMs)} | ${ms(ours?.wallMs)} | ${x(v?.speedup)} |`);
  }
  L.push('');
  L.push(`Plan requests, ours / baseline (converged): ${t.planVsBaseline.map((p) => `${p.size}: ${x(p.ratio)}`).join(', ')}.`);
  L.push('');
  L.push('### Whole processes (CLI child, 0 ms latency, raised limit)');
  L.push('');
  L.push('| command | resources | wall time | peak RSS |');
  L.push('| --- | ---: | ---: | ---: |');
  L.push(`| validate (ado.coolify.yaml, median of 20) | 22 | ${ms(r.validate.medianMs)} | ${r.validate.peakRssMb.toFixed(0)} MB |`);
  for (const p of r.processes) L.push(`| ${p.command} | ${p.size} | ${ms(p.wallMs)} | ${p.peakRssMb.toFixed(0)} MB |`);
  L.push('');
  L.push(`### Pure diff + plan (in process, ${r.diff.size} resources, synthetic converged live state, median of 5)`);
  L.push('');
  L.push(`load + resolve ${ms(r.diff.loadMs)}; lower ${ms(r.diff.lowerMs)}; lower + diff + plan + steps: converged ${ms(r.diff.convergedMs)} (${r.diff.noop} no-ops), from empty ${ms(r.diff.emptyMs)} (${r.diff.stepsFromEmpty} steps).`);
  return L.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(renderMarkdown(JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8'))));
}
