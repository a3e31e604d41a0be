/**
 * CI subset of the chaos suite (the full matrix and the kill -9 runs are `npm run test:chaos`):
 * ~20 fixed-seed fault scenarios on the chaos manifest, each followed by fault-free re-applies
 * until converged, then the invariants (converged, no duplicates, nothing lost, no canary
 * leaked, no lock left), plus two kill -9 runs of the CLI apply.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { smokeSubset } from '../chaos/scenarios.js';
import { CHAOS_MANIFEST, applyKilledAfter, assertClean, chaosSandbox, cli, DECLARED, heldLocks, lost, newTotals, runScenario, summaryLine } from '../chaos/helpers.js';
import { duplicates } from './harness.js';

const totals = newTotals();

describe('chaos smoke (fixed seeds)', () => {
  afterAll(() => {
    console.log(summaryLine('smoke', totals));
  });
  for (const s of smokeSubset()) {
    it(s.name, async () => {
      await runScenario(s, totals);
    });
  }

  for (const killAfter of [12, 40]) {
    it(`kill -9 after ${killAfter} requests, then a re-apply takes the dead holder's lock over and converges`, async () => {
      const sb = await chaosSandbox(500 + killAfter);
      try {
        const apply = ['apply', '-f', CHAOS_MANIFEST, '--auto-approve', '--parallelism', '4'];
        const killed = await applyKilledAfter(sb, killAfter);
        expect(killed.signal).toBe('SIGKILL');
        totals.faultedApplies++;
        totals.exitCodes.SIGKILL = (totals.exitCodes.SIGKILL ?? 0) + 1;
        await new Promise((r) => setTimeout(r, 50));
        expect(heldLocks(sb)).toEqual(['ADO_COOLIFY_LOCK_CHAOS']);
        const again = await cli(sb, apply);
        totals.reapplies++;
        assertClean(again, 're-apply');
        expect(again.status, again.stdout + again.stderr).toBe(0);
        expect(again.stderr).toMatch(/taking over the apply lock of "chaos" \(lock id \d+\) held by .*: its process \(pid \d+ on this host\) no longer exists/);
        const planned = await cli(sb, ['plan', '-f', CHAOS_MANIFEST, '--detailed-exitcode']);
        expect(planned.status, planned.stdout).toBe(0);
        expect(duplicates(sb, { backupsOf: DECLARED.backupsOf })).toEqual([]);
        expect(lost(sb)).toEqual([]);
        totals.converged++;
      } finally {
        await sb.close();
      }
    });
  }
});
