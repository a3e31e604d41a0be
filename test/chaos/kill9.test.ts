/**
 * kill -9 during apply (npm run test:chaos): the CLI `apply` runs as a child process and is
 * killed with SIGKILL once the sandbox has answered a seeded random number of requests. The
 * killed apply leaves its lock (a team shared variable ADO_COOLIFY_LOCK_CHAOS, 30-minute lease)
 * behind when it died holding it. Then, alternately:
 *  A. `force-unlock chaos --yes` first, then `apply` must exit 0;
 *  B. `apply` straight away: when the lock was left, the holder's pid is gone on this host, so
 *     the apply takes the lock over with a notice (no stack trace) and exits 0.
 * After each run: `plan --detailed-exitcode` exits 0, no duplicates, nothing lost, no canary in
 * any output or in a saved plan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { duplicates, findCanaries, tempDir } from '../e2e/harness.js';
import { CHAOS_MANIFEST, applyKilledAfter, assertClean, chaosSandbox, cli, DECLARED, heldLocks, lost, newTotals, rng, summaryLine } from './helpers.js';

const RUNS = 32;
const totals = newTotals();
let lockLeftCount = 0;

describe('kill -9 during apply, then re-apply', () => {
  afterAll(() => {
    console.log(`${summaryLine('kill -9', totals)}; lock left behind by ${lockLeftCount} killed applies`);
  });

  for (let i = 0; i < RUNS; i++) {
    const mode = i % 2 === 0 ? 'force-unlock first' : 'apply at once: the dead holder\'s lock is taken over';
    it(`run ${i}: kill -9 at a seeded point, ${mode}`, async () => {
      const r = rng(9000 + i);
      // sandbox requests before the kill: 1..55 (a full CLI apply of the manifest makes ~60)
      const killAfter = 1 + Math.floor(r() * 55);
      const sb = await chaosSandbox(9000 + i);
      const outputs: string[] = [];
      try {
        const apply = ['apply', '-f', CHAOS_MANIFEST, '--auto-approve', '--parallelism', '4', '--timeout', '30s'];
        const killed = await applyKilledAfter(sb, killAfter, ['--timeout', '30s']);
        outputs.push(killed.stdout, killed.stderr);
        if (killed.signal === 'SIGKILL') totals.faultedApplies++;
        const code = killed.signal === 'SIGKILL' ? 'SIGKILL' : String(killed.status);
        totals.exitCodes[code] = (totals.exitCodes[code] ?? 0) + 1;
        // let requests the dead process had in flight land
        await new Promise((res) => setTimeout(res, 50));
        const lockLeft = heldLocks(sb).length > 0;
        if (lockLeft) lockLeftCount++;

        if (i % 2 === 0) {
          const unlock = await cli(sb, ['force-unlock', 'chaos', '--yes']);
          outputs.push(unlock.stdout, unlock.stderr);
          assertClean(unlock, 'force-unlock');
          expect(unlock.status, unlock.stderr).toBe(0);
          expect(unlock.stdout).toMatch(lockLeft ? /Removed the apply lock of "chaos"/ : /was not locked/);
        }

        const again = await cli(sb, apply);
        totals.reapplies++;
        outputs.push(again.stdout, again.stderr);
        assertClean(again, 're-apply');
        expect(again.status, again.stdout + again.stderr).toBe(0);
        if (i % 2 === 1 && lockLeft) expect(again.stderr).toMatch(/taking over the apply lock of "chaos" \(lock id \d+\) held by .*: its process \(pid \d+ on this host\) no longer exists/);

        const dir = tempDir('ado-kill9-');
        const planned = await cli(sb, ['plan', '-f', CHAOS_MANIFEST, '--detailed-exitcode', '--out', join(dir, 'plan.json')]);
        outputs.push(planned.stdout, planned.stderr, readFileSync(join(dir, 'plan.json'), 'utf8'));
        assertClean(planned, 'plan');
        expect(planned.status, planned.stdout + planned.stderr).toBe(0);

        const dups = duplicates(sb, { backupsOf: DECLARED.backupsOf });
        const gone = lost(sb);
        const leaks = findCanaries(...outputs);
        totals.duplicates += dups.length;
        totals.lost += gone.length;
        totals.leakedCanaries += leaks.length;
        expect(dups).toEqual([]);
        expect(gone).toEqual([]);
        expect(leaks).toEqual([]);
        expect(heldLocks(sb)).toEqual([]);
        totals.converged++;
      } finally {
        await sb.close();
      }
    });
  }
});
