// Adversarial audit C1 and M2 through the real CLI: a host whose clock runs ahead, and a lock
// whose release fails (sandbox fault injection, src/sandbox/faults.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, findCanaries, hasStackTrace, runCli, sandbox, tempDir } from './harness.js';

const SKEW = fileURLToPath(new URL('./skew-clock.mjs', import.meta.url));
const LOCK = 'ADO_COOLIFY_LOCK_SHOP';
const MANIFEST = `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        applications:
          web: { image: "nginx:1.27", ports: [80] }
          api: { image: "nginx:1.27", ports: [8080] }
          workers: { image: "nginx:1.27", ports: [9000], replicas: 2 }
`;

function duplicates(sb: Sandbox): string[] {
  const seen = new Map<string, number>();
  for (const a of sb.store.world.applications) {
    if (a.deleting_since !== undefined) continue;
    seen.set(`${a.environment_id}/${a.name}`, (seen.get(`${a.environment_id}/${a.name}`) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}

const locks = (sb: Sandbox) => sb.store.world.sharedEnvs.filter((e) => e.key === LOCK);

async function until(cond: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

function manifestFile(): string {
  const file = join(tempDir(), 'shop.yaml');
  writeFileSync(file, MANIFEST);
  return file;
}

describe('a host whose clock runs ahead cannot take a live lock (audit C1)', () => {
  it.each([
    ['31 minutes', 31 * 60_000],
    ['an hour', 60 * 60_000],
  ])('B runs %s ahead: B is refused, A completes, 0 duplicates', async (_n, skew) => {
    const s = (sb = await sandbox({ faults: 'slow-health=web:2500' }));
    const file = manifestFile();
    const a = runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(s) });
    await until(() => locks(s).length === 1);
    const b = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(s, { SKEW_MS: String(skew) }), nodeArgs: ['--import', SKEW] });
    expect(b.status, b.stdout + b.stderr).toBe(1);
    expect(b.stderr).toMatch(/project "shop" is locked by .* \(lock id \d+, renewed \d+ s ago by Coolify's clock\)/);
    expect(b.stderr).toMatch(/force-unlock shop --lock-id \d+/);
    expect(b.stdout + b.stderr).not.toContain('taking over');
    const ra = await a;
    expect(ra.status, ra.stdout + ra.stderr).toBe(0);
    expect(duplicates(s)).toEqual([]);
    expect(s.store.world.applications).toHaveLength(4);
    expect(locks(s)).toEqual([]);
    const plan = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(s) });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  }, 60_000);
});

describe('a release that fails is retried, then reported with exit 3 (audit M2)', () => {
  it('always failing: exit 3, never "Apply complete", the lock id and force-unlock --lock-id; that command removes it', async () => {
    const s = (sb = await sandbox({ faults: 'error=1:503@DELETE /team/envs/*' }));
    const file = manifestFile();
    const r = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(s) });
    expect(r.status, r.stdout + r.stderr).toBe(3);
    expect(r.stdout).not.toContain('Apply complete');
    expect(r.stdout).toMatch(/Apply done: \d+ of \d+ steps done in .*, but the apply lock was not released/);
    const [lock] = locks(s);
    expect(lock).toBeDefined();
    expect(r.stderr).toContain(`error: the apply lock of "shop" (lock id ${lock!.id}) could not be released`);
    expect(r.stderr).toContain(`hint: every other apply of "shop" is refused until it is removed: ado-coolify force-unlock shop --lock-id ${lock!.id}`);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(findCanaries(r.stdout, r.stderr)).toEqual([]);
    // the release was retried: the client's own retries, then the lock's
    const deletes = s.requestLog.filter((e) => e.method === 'DELETE' && e.path.startsWith('/api/v1/team/envs/'));
    expect(deletes.length).toBeGreaterThanOrEqual(3);

    s.faults.clear();
    const wrong = await runCli(['force-unlock', 'shop', '--lock-id', String(lock!.id + 1000), '--yes'], { env: cliEnv(s) });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(`now has lock id ${lock!.id}, not ${lock!.id + 1000}: nothing was removed`);
    expect(locks(s)).toHaveLength(1);
    const unlock = await runCli(['force-unlock', 'shop', '--lock-id', String(lock!.id), '--yes'], { env: cliEnv(s) });
    expect(unlock.status, unlock.stderr).toBe(0);
    expect(unlock.stdout).toContain(`Removed the apply lock of "shop" (lock id ${lock!.id})`);
    expect(locks(s)).toEqual([]);
    const again = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(s) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain('No changes');
  }, 90_000);

  it('failing a few times: released on the retry, exit 0', async () => {
    // 6 failures: more than the client's 5 attempts, so the lock's own retry is what succeeds
    const s = (sb = await sandbox({ faults: 'error=1:503:6@DELETE /team/envs/*' }));
    const r = await runCli(['apply', '-f', manifestFile(), '--auto-approve'], { env: cliEnv(s) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('Apply complete');
    expect(locks(s)).toEqual([]);
    expect(s.faults.counters.errors).toBe(6);
  }, 90_000);

  it('reading the lock back fails: nothing is changed, no lock is left (exit 1)', async () => {
    const s = (sb = await sandbox({ faults: 'error=1:503@GET /team/envs' }));
    const r = await runCli(['apply', '-f', manifestFile(), '--auto-approve'], { env: cliEnv(s) });
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(s.store.world.applications).toEqual([]);
    expect(locks(s)).toEqual([]);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  }, 90_000);
});
