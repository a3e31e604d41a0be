/**
 * The differential suite: every conformance case against the real Coolify and the sandbox;
 * the status, the answer shape and the compared stored values must be equal, and the real
 * answer must meet the case's expectations. Needs a real Coolify (targets.ts,
 * `realCoolifyEndpoint`). Without one it does not pass: with CI=true it fails, otherwise it is
 * reported as NOT RUN (skipped).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCases } from './load-cases.js';
import { differences, expectationFailures, report, runCase, runName } from './runner.js';
import { realCoolifyEndpoint, realTarget, sandboxTarget, type Target } from './targets.js';

const cases = await loadCases();
const endpoint = realCoolifyEndpoint();
const NO_REAL = 'no real Coolify: provide it through the real-suite globalSetup (inject "coolifyReal") or ADO_COOLIFY_REAL_URL + ADO_COOLIFY_REAL_TOKEN';

if (!endpoint) {
  describe('differential conformance (real Coolify vs sandbox)', () => {
    if (process.env.CI === 'true') {
      it('needs a real Coolify in CI', () => {
        expect.fail(`differential conformance suite cannot run: ${NO_REAL}`);
      });
    } else {
      it.skip(`NOT RUN: ${NO_REAL}`, () => {});
    }
  });
} else {
  const run = runName(process.env.ADO_COOLIFY_CONFORMANCE_PREFIX ?? 'cf');
  describe('differential conformance (real Coolify vs sandbox)', () => {
    let real: Target;
    let sandbox: Target;
    beforeAll(async () => {
      real = realTarget(endpoint);
      sandbox = await sandboxTarget();
    });
    afterAll(async () => sandbox.close());

    for (const [i, c] of cases.entries()) {
      if (c.release) {
        // the real kit is 4.3.11: a route from a newer release answers 404 there (case.ts `release`)
        it(`${c.id} — ${c.endpoint} — ${c.source} (Coolify ${c.release}: the 4.3.11 real answers 404)`, async () => {
          const a = await runCase(real, { ...c, readBack: [] }, `${run}-${i}`);
          // the first request of the newer release (in setup, or the request under test) is the 404
          const status = a.setupError ? Number(/answered (\d+)/.exec(a.setupError)?.[1]) : a.steps[0]?.status;
          expect(status, report(c, [`real answered ${status}, a release without the route answers 404`], [a])).toBe(404);
        }, 400_000);
        continue;
      }
      if (c.realOffline) {
        const offline = c.realOffline;
        it(`${c.id} — ${c.endpoint} — ${c.source} (offline real answers ${offline.status}: ${offline.reason})`, async () => {
          const a = await runCase(real, c, `${run}-${i}`);
          const status = a.setupError ? Number(/answered (\d+)/.exec(a.setupError)?.[1]) : a.steps[0]?.status;
          expect(status, report(c, [`offline real answered ${status}, the case says ${offline.status} (${offline.reason}): review realOffline`], [a])).toBe(offline.status);
        }, 400_000);
        continue;
      }
      it(`${c.id} — ${c.endpoint} — ${c.source}`, async () => {
        const name = `${run}-${i}`;
        const [a, b] = await Promise.all([runCase(real, c, name), runCase(sandbox, c, name)]);
        const problems = [...expectationFailures(c, a).map((p) => `real misses the case's expectation: ${p}`), ...differences(c, a, b)];
        expect(problems, report(c, problems, [a, b])).toEqual([]);
      }, 400_000);
    }
  });
}
