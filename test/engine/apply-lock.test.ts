// Adversarial audit C1 and M2, in process: two applies against one sandbox with clocks an hour
// apart, and a lock whose renewal fails. The sandbox answers like Coolify (`Date` header,
// `updated_at`, 409 on a duplicate team variable key).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apply, applyResultExitCode, type ApplyOptions, type ApplyResult } from '../../src/engine/apply-run.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { sandbox, tempDir } from '../e2e/harness.js';

const MANIFEST = `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        applications:
          web:
            image: nginx:1.27
            ports: [80]
          api:
            image: nginx:1.27
            ports: [8080]
          worker:
            image: nginx:1.27
            ports: [9000]
`;

const HOUR = 3_600_000;
const LOCK = 'ADO_COOLIFY_LOCK_SHOP';

/** Live applications with the same environment and name: what interleaved applies leave. */
function duplicates(sb: Sandbox): string[] {
  const seen = new Map<string, number>();
  for (const a of sb.store.world.applications) {
    if (a.deleting_since !== undefined) continue;
    seen.set(`${a.environment_id}/${a.name}`, (seen.get(`${a.environment_id}/${a.name}`) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}

const locks = (sb: Sandbox) => sb.store.world.sharedEnvs.filter((e) => e.key === LOCK);

async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('two in-process applies whose clocks differ by an hour (audit C1)', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
  });

  const options = (s: Sandbox, file: string, clock: () => number): ApplyOptions => ({
    file,
    env: { COOLIFY_URL: s.url, COOLIFY_TOKEN: s.token },
    connection: { rateLimitPerMinute: 100_000 },
    clock,
    pollInitialMs: 20,
    pollMaxMs: 50,
  });

  it.each([
    ['the second runs an hour ahead', 0, HOUR],
    ['the first runs an hour behind', -HOUR, 0],
    ['the second runs an hour behind', 0, -HOUR],
  ])('%s: exactly one runs, 0 duplicates, the lock is released', async (_n, skewA, skewB) => {
    const s = (sb = await sandbox({ faults: 'slow-health=web:1500' }));
    const file = join(tempDir(), 'shop.yaml');
    writeFileSync(file, MANIFEST);
    const first = apply(options(s, file, () => Date.now() + skewA));
    await until(() => locks(s).length === 1);
    const second = await apply(options(s, file, () => Date.now() + skewB)).then(
      (r) => r,
      (e: unknown) => e,
    );
    expect(second).toMatchObject({ code: 'ADO_LOCKED' });
    expect(String((second as Error).message)).toMatch(/locked by .* \(lock id \d+, renewed \d+ s ago by Coolify's clock\)/);
    const done = await first;
    expect(done.summary?.exitCode).toBe(0);
    expect(applyResultExitCode(done)).toBe(0);
    expect(done.lockProblems).toEqual([]);
    expect(duplicates(s)).toEqual([]);
    expect(s.store.world.applications).toHaveLength(3);
    expect(locks(s)).toEqual([]);
  });

  it('started at the same instant with skewed clocks: exactly one runs', async () => {
    const s = (sb = await sandbox({ faults: 'slow-health=web:500' }));
    const file = join(tempDir(), 'shop.yaml');
    writeFileSync(file, MANIFEST);
    const results = await Promise.allSettled([
      apply(options(s, file, () => Date.now() + HOUR)),
      apply(options(s, file, () => Date.now() - HOUR)),
      apply(options(s, file, () => Date.now())),
    ]);
    const ran = results.filter((r): r is PromiseFulfilledResult<ApplyResult> => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as { code?: string });
    expect(ran).toHaveLength(1);
    expect(refused.map((e) => e.code)).toEqual(['ADO_LOCKED', 'ADO_LOCKED']);
    expect(duplicates(s)).toEqual([]);
    expect(locks(s)).toEqual([]);
  });
});

describe('a lock renewal that fails stops the apply safely (audit M2)', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
  });

  it.each([
    ['Coolify answers 503 to the renewal', (s: Sandbox) => s.faults.add('error=1:503@PATCH /team/envs/*'), 'renewing it failed'],
    ['the lock was removed (force-unlock elsewhere)', (s: Sandbox) => (s.store.world.sharedEnvs = s.store.world.sharedEnvs.filter((e) => e.key !== LOCK)), 'it was removed'],
  ])('%s: no new steps start, the running one finishes, exit 3 with the reason', async (_n, breakLock, why) => {
    // every application create takes 300 ms: the renewal fails while the first ones run
    const s = (sb = await sandbox({ faults: 'latency=300@POST /applications/*' }));
    const file = join(tempDir(), 'shop.yaml');
    writeFileSync(file, MANIFEST);
    const events: string[] = [];
    let broken = false;
    const result = await apply({
      file,
      env: { COOLIFY_URL: s.url, COOLIFY_TOKEN: s.token },
      connection: { rateLimitPerMinute: 100_000, retries: 0 },
      parallelism: 1,
      lockLeaseMs: 600, // renewed every 100 ms
      lockRetryDelaysMs: [10],
      pollInitialMs: 20,
      pollMaxMs: 50,
      onEvent: (e) => {
        events.push(e.type === 'step-started' ? `start ${e.stepId}` : e.type === 'apply-cancelled' ? `cancelled: ${e.reason}` : e.type);
        // once the first step is running, the lock breaks
        if (e.type === 'step-started' && !broken) {
          broken = true;
          breakLock(s);
        }
      },
    });
    expect(result.lockProblems).toEqual([
      expect.objectContaining({ kind: 'lost', project: 'shop', message: expect.stringMatching(new RegExp(`lost the apply lock of "shop" \\(lock id \\d+\\): ${why}`)) }),
    ]);
    expect(applyResultExitCode(result)).toBe(3);
    expect(result.summary?.cancelled).toBe(true);
    expect(result.summary?.notStarted.length).toBeGreaterThan(0);
    expect(events.some((e) => e.startsWith('cancelled: lost the apply lock'))).toBe(true);
    // the in-flight step finished; nothing started after the cancel
    const cancelAt = events.findIndex((e) => e.startsWith('cancelled'));
    expect(events.slice(cancelAt).filter((e) => e.startsWith('start '))).toEqual([]);
    expect(result.summary!.done.length + result.summary!.failed.length).toBeGreaterThan(0);
    // our own lock (when it still exists: its renewal failed, not its removal) was released
    s.faults.clear();
    expect(locks(s)).toEqual([]);
    expect(duplicates(s)).toEqual([]);
  }, 30_000);
});
