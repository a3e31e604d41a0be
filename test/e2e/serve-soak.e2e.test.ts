/**
 * The bounded soak of `serve` (issue 17 acceptance): 200 cycles at a 100 ms interval with
 * `--sync auto` against the sandbox with faults on (5% of requests answer 500, occasional 429
 * bursts). The controller keeps going through failed cycles, the history stays within its
 * bound, and the heap after 200 cycles is about what it was after 50 (the figure is printed;
 * the assertion is only a generous bound, never a time).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { DEFAULT_HISTORY_BOUNDS } from '../../src/serve/history.js';
import { sandbox } from './harness.js';
import { startTestServe, status, TestRepo, waitFor, type ServeUnderTest, shopManifest } from './serve-harness.js';

const MANIFEST = shopManifest('1.27', { apps: ['worker: { image: "nginx:1.27", ports: [8080], dependsOn: [api] }'] });
const CYCLES = 200;
const KEPT = 50;

// A full collection before each reading: without it the heap figure is mostly garbage not yet
// collected. The flag exposes `gc` to contexts made after it is set.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** The heap in use, in MB, after a full collection. */
function heapMb(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

describe('serve soak: 200 cycles at 100 ms with faults on', () => {
  let sb: Sandbox;
  let serve: ServeUnderTest;
  beforeAll(async () => {
    sb = await sandbox({ faults: 'error=0.05:500' });
    const repo = new TestRepo();
    repo.commit({ 'ado.coolify.yaml': MANIFEST }, 'first');
    serve = await startTestServe(sb, repo.dir, { intervalMs: 100, history: { ...DEFAULT_HISTORY_BOUNDS, maxCycles: KEPT } });
  }, 60_000);
  afterAll(async () => {
    await serve?.stop();
    await sb?.close();
  });

  const reached = (n: number): Promise<number> =>
    waitFor(`cycle ${n}`, async () => {
      const s = await status(serve.url);
      return s.lastSync !== null && s.lastSync.cycle >= n ? s.lastSync.cycle : undefined;
    }, 300_000);

  it('keeps cycling through failures, memory flat and history within its bound', async () => {
    await reached(KEPT);
    const early = heapMb();
    sb.faults.burst429(3);
    await reached(CYCLES);
    const late = heapMb();
    const s = await status(serve.url);
    const history = JSON.parse(readFileSync(join(serve.dataDir, 'history', 'history.json'), 'utf8')) as { cycles: Array<{ cycle: number; result: string }> };
    const results = new Map<string, number>();
    for (const c of history.cycles) results.set(c.result, (results.get(c.result) ?? 0) + 1);
    console.log(`serve soak: heap ${early.toFixed(1)} MB after ${KEPT} cycles, ${late.toFixed(1)} MB after ${s.lastSync!.cycle}; last ${KEPT} results ${JSON.stringify(Object.fromEntries(results))}; ${sb.faults.counters ? JSON.stringify(sb.faults.counters) : ''}`);
    expect(history.cycles.length).toBe(KEPT);
    expect(history.cycles[0]!.cycle).toBeGreaterThanOrEqual(CYCLES);
    expect(Buffer.byteLength(readFileSync(join(serve.dataDir, 'history', 'history.json')))).toBeLessThanOrEqual(DEFAULT_HISTORY_BOUNDS.maxBytes);
    // the faults were felt, and the controller recovered from them: the stack is converged
    expect(sb.faults.counters).toBeTruthy();
    expect(sb.store.world.applications.map((a) => a.name).sort()).toEqual(['api', 'worker']);
    // after full collections: a leak of 100 KB per cycle (15 MB over 150 cycles) fails it
    expect(late - early).toBeLessThan(15);
  }, 400_000);
});
