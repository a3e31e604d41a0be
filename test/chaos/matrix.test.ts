/**
 * The fault matrix (npm run test:chaos): every scenario of `fullMatrix()` applies the chaos
 * manifest under its faults, then re-applies without faults until converged and checks: the
 * exit code is one the scenario allows, converged (plan: no changes), no duplicates, nothing
 * lost, no canary secret in any output or plan, no lock left behind.
 */
import { afterAll, describe, it } from 'vitest';
import { fullMatrix } from './scenarios.js';
import { newTotals, runScenario, summaryLine } from './helpers.js';

const totals = newTotals();

describe('chaos matrix: faults × chaos manifest, then converge', () => {
  afterAll(() => {
    console.log(summaryLine('matrix', totals));
  });
  for (const s of fullMatrix()) {
    it(s.name, async () => {
      await runScenario(s, totals);
    });
  }
});
