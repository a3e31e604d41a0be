// CPU time (not wall-clock) of the pure pipeline of 5,000 resources, per stage, so a loaded
// machine does not blur the figure: node bench/cpu-pipeline.mjs [--profile FILE] [--runs N].
// Needs `npm run build` (imports ../dist through bench/harness.mjs).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { manifestPath, ENV, median, cleanup, syntheticLiveFor } from './harness.mjs';
import { loadManifest } from '../dist/engine/manifest-file.js';
import { buildDesiredState } from '../dist/kinds/lower.js';
import { buildPlan } from '../dist/plan/build.js';
import { hashKeyFromToken } from '../dist/engine/connect.js';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i < 0 ? dflt : process.argv[i + 1]; };
const runs = Number(arg('--runs', '7'));
const profile = arg('--profile', undefined);
const N = 5000;
const cpu = (f) => { const a = process.cpuUsage(); const r = f(); const b = process.cpuUsage(a); return [r, (b.user + b.system) / 1000]; };
const cpuAsync = async (f) => { const a = process.cpuUsage(); const r = await f(); const b = process.cpuUsage(a); return [r, (b.user + b.system) / 1000]; };

const file = manifestPath(N);
const first = await loadManifest(file, { env: ENV });
// `--live FILE`: the synthetic live state saved as JSON by an earlier run (it takes a tsc run to make)
const liveFile = arg('--live', undefined);
const live = liveFile && existsSync(liveFile) ? JSON.parse(readFileSync(liveFile, 'utf8')) : await syntheticLiveFor(buildDesiredState(first.manifest, first.edges));
if (liveFile && !existsSync(liveFile)) writeFileSync(liveFile, JSON.stringify(live));
const empty = { ...live, resources: [] };
const planOf = (l, d, liveState) => buildPlan({ desired: d, live: liveState, manifestPath: l.path, manifestHash: l.hash, toolVersion: 'bench', targets: [], allowDestroy: false, hashKey: hashKeyFromToken('') });

let session;
if (profile) { session = new Session(); session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.setSamplingInterval', { interval: 500 }); await session.post('Profiler.start'); }
const rows = { load: [], lower: [], planConverged: [], planEmpty: [], pipeline: [] };
let noop = 0;
for (let i = 0; i < runs; i++) {
  const [l, loadMs] = await cpuAsync(() => loadManifest(file, { env: ENV }));
  const [d, lowerMs] = cpu(() => buildDesiredState(l.manifest, l.edges));
  const [p, convMs] = cpu(() => planOf(l, d, live));
  noop = p.summary.noop;
  const [, emptyMs] = cpu(() => planOf(l, buildDesiredState(l.manifest, l.edges), empty));
  rows.load.push(loadMs); rows.lower.push(lowerMs); rows.planConverged.push(convMs); rows.planEmpty.push(emptyMs);
  rows.pipeline.push(loadMs + lowerMs + convMs);
}
if (session) { const { profile: p } = await session.post('Profiler.stop'); writeFileSync(profile, JSON.stringify(p)); }
const figures = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, Math.round(median(v))]));
console.log(JSON.stringify({ ...figures, pipelineMin: Math.round(Math.min(...rows.pipeline)), noop }));
cleanup();
