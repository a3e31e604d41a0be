/**
 * Every conformance case against the sandbox alone: the sandbox must answer what the case
 * expects, and the case's expectations are what the real Coolify answers (checked by
 * differential.real.test.ts). One test per case, named by its id and Coolify source line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCases } from './load-cases.js';
import { expectationFailures, report, runCase, runName } from './runner.js';
import { sandboxTarget, type Target } from './targets.js';

const cases = await loadCases();
const run = runName();

describe('conformance rules (sandbox)', () => {
  let sandbox: Target;
  // a case for a newer release runs against a sandbox emulating it (case.ts `release`)
  const byRelease = new Map<string, Target>();
  const targetFor = async (release: string | undefined): Promise<Target> => {
    if (release === undefined) return sandbox;
    if (!byRelease.has(release)) byRelease.set(release, await sandboxTarget(release));
    return byRelease.get(release)!;
  };
  beforeAll(async () => {
    sandbox = await sandboxTarget();
  });
  afterAll(async () => {
    await sandbox.close();
    for (const t of byRelease.values()) await t.close();
  });

  for (const [i, c] of cases.entries()) {
    it(`${c.id} — ${c.endpoint} — ${c.source}${c.release ? ` (Coolify ${c.release})` : ''}`, async () => {
      const r = await runCase(await targetFor(c.release), c, `${run}-${i}`);
      const problems = expectationFailures(c, r);
      expect(problems, report(c, problems, [r])).toEqual([]);
    });
  }
});
