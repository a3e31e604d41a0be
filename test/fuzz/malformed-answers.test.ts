/**
 * Fuzzing of malformed or unexpected Coolify answers: `plan` must end with a clear error (an
 * AdoError with a code; in the CLI, `error: … [CODE]`, exit 1, no stack trace, no "internal
 * error") or, when every answer happens to be well-formed, a plan. Never a crash.
 *  1. the sandbox's `malformed=html|truncated|wrong-types` faults on each list endpoint, over a
 *     converged state (library and CLI);
 *  2. a tiny HTTP server on 127.0.0.1:0 answering every `/api/v1/*` request with fast-check
 *     generated JSON, statuses and content types (library and CLI).
 * Manifest mutation fuzzing lives in test/validate/mutations.property.test.ts (200 mutated
 * manifests + 200 random texts), so it is not repeated here.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Sandbox } from '../../src/sandbox/index.js';
import { createCoolifyClient } from '../../src/coolify/client.js';
import { hashKeyFromToken } from '../../src/engine/connect.js';
import { plan } from '../../src/engine/plan-run.js';
import { isAdoError } from '../../src/errors.js';
import { CANARIES, cliEnv, findCanaries, hasStackTrace, runCli } from '../e2e/harness.js';
import { CHAOS_MANIFEST, applyOnce, chaosSandbox } from '../chaos/helpers.js';

const LIST_ENDPOINTS = ['GET /projects', 'GET /servers', 'GET /applications', 'GET /databases', 'GET /services', 'GET /s3-storages', 'GET /projects/*', 'GET /applications/*/envs'];
const KINDS = ['html', 'truncated', 'wrong-types'] as const;

/** Plans in process; returns 'plan' or the error, and fails the test on a non-AdoError. */
async function planOutcome(url: string, token: string, timeoutMs = 2_000): Promise<{ kind: 'plan'; steps: number; creates: string[] } | { kind: 'error'; code: string; message: string }> {
  const client = createCoolifyClient({ baseUrl: url, token, allowInsecureHttp: true, rateLimitPerMinute: 1_000_000, retries: 1, timeoutMs, maxRetryAfterMs: 100 });
  try {
    const r = await plan({ file: CHAOS_MANIFEST, env: { ...CANARIES }, client, coolifyUrl: url, hashKey: hashKeyFromToken(token) });
    const creates = r.plan.resourceChanges.filter((c) => (c.action === 'create' || c.action === 'replace')).map((c) => c.address);
    return { kind: 'plan', steps: r.plan.steps.length, creates };
  } catch (err) {
    if (!isAdoError(err)) throw new Error(`plan crashed with a non-AdoError: ${String(err)}\n${(err as Error).stack ?? ''}`);
    expect(err.message.length).toBeGreaterThan(0);
    expect(err.message).not.toMatch(/Cannot read propert|is not a function|is not iterable|undefined is not/);
    return { kind: 'error', code: err.code, message: err.message };
  }
}

describe('malformed answers from the sandbox (converged state)', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await chaosSandbox(77);
    const first = await applyOnce(sb);
    expect(first.exitCode).toBe(0);
  }, 60_000);
  afterAll(async () => sb.close());

  const outcomes: string[] = [];
  for (const kind of KINDS) {
    for (const endpoint of LIST_ENDPOINTS) {
      it(`${kind} on ${endpoint}: a clear error, never a crash`, async () => {
        sb.faults.set(`malformed=${kind}@${endpoint}`);
        try {
          const r = await planOutcome(sb.url, sb.token);
          outcomes.push(`${kind} ${endpoint}: ${r.kind === 'error' ? r.code : `plan (${r.steps} steps)`}`);
          // html and truncated bodies are never valid JSON: they must be errors
          if (kind !== 'wrong-types') expect(r.kind).toBe('error');
          // Everything exists: a wrong-typed answer that still parses may yield a plan only if
          // it proposes no create (a create here would be a duplicate once applied).
          if (r.kind === 'plan') expect(r.creates, `plan accepted the wrong-typed answer and would re-create existing resources`).toEqual([]);
        } finally {
          sb.faults.clear();
        }
      });
    }
  }

  for (const [kind, endpoint] of [['html', 'GET /applications'], ['truncated', 'GET /projects/*'], ['wrong-types', 'GET /databases'], ['wrong-types', 'GET /projects']] as const) {
    it(`CLI plan with ${kind} on ${endpoint}: exit code, message, no stack trace`, async () => {
      sb.faults.set(`malformed=${kind}@${endpoint}`);
      try {
        const r = await runCli(['plan', '-f', CHAOS_MANIFEST, '--detailed-exitcode'], { env: cliEnv(sb), timeoutMs: 60_000 });
        expect(hasStackTrace(r.stderr) || hasStackTrace(r.stdout), r.stderr).toBe(false);
        expect(r.stderr).not.toMatch(/internal error/);
        expect(findCanaries(r.stdout, r.stderr)).toEqual([]);
        if (kind !== 'wrong-types') {
          expect(r.status).toBe(1);
          expect(r.stderr).toMatch(/^error: .+\[[A-Z_]+\]$/m);
        } else {
          expect([0, 1, 2]).toContain(r.status);
          if (r.status === 1) expect(r.stderr).toMatch(/^error: .+\[[A-Z_]+\]$/m);
        }
      } finally {
        sb.faults.clear();
      }
    });
  }

  it('the tool recovers once the answers are well-formed again', async () => {
    const r = await planOutcome(sb.url, sb.token);
    expect(r).toEqual({ kind: 'plan', steps: 0, creates: [] });
  });
});

/** An answer the fuzz server gives. */
interface FuzzAnswer {
  status: number;
  contentType: string;
  body: string;
}

const jsonish = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: fc.array(fc.dictionary(fc.constantFrom('uuid', 'name', 'id', 'environments', 'environment_id', 'status', 'tags', 'key', 'value', 'backup_configs', 'fqdn'), fc.jsonValue()), { maxLength: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string().map((s) => s) },
  { weight: 1, arbitrary: fc.constant('<!DOCTYPE html><html><body>Whoops</body></html>') },
);
const answerArb: fc.Arbitrary<FuzzAnswer> = fc.record({
  status: fc.constantFrom(200, 200, 200, 201, 204, 302, 400, 401, 403, 404, 409, 422, 500, 503),
  contentType: fc.constantFrom('application/json', 'application/json', 'text/html; charset=UTF-8', 'text/plain'),
  body: jsonish,
});

describe('arbitrary JSON from a fake Coolify on 127.0.0.1:0', () => {
  let server: Server;
  let url = '';
  let answers: FuzzAnswer[] = [];
  let versionOk = true;
  let served = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (path === '/api/v1/version' && versionOk) {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('4.3.11');
        return;
      }
      const a = answers[served++ % Math.max(1, answers.length)] ?? { status: 200, contentType: 'application/json', body: '[]' };
      res.writeHead(a.status, { 'Content-Type': a.contentType, 'Retry-After': '0' });
      res.end(a.status === 204 ? undefined : a.body);
    });
    server.keepAliveTimeout = 200;
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('library plan: a plan or an AdoError, never a crash (60 generated answer sets)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(answerArb, { minLength: 1, maxLength: 12 }), fc.boolean(), async (generated, goodVersion) => {
        answers = generated;
        versionOk = goodVersion;
        served = 0;
        await planOutcome(url, '1|fuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzz12', 1_000);
      }),
      { numRuns: 60, seed: 20251127 },
    );
  }, 60_000);

  it('CLI plan: exit 0/1/2, an `error: … [CODE]` line on 1, no stack trace, no internal error (8 generated answer sets)', async () => {
    const samples = fc.sample(fc.array(answerArb, { minLength: 1, maxLength: 8 }), { numRuns: 8, seed: 4711 });
    for (const generated of samples) {
      answers = generated;
      versionOk = true;
      served = 0;
      const r = await runCli(['plan', '-f', CHAOS_MANIFEST, '--detailed-exitcode'], {
        env: cliEnv({ url, token: '1|fuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzz12' }),
        timeoutMs: 60_000,
      });
      const label = `answers ${JSON.stringify(generated).slice(0, 300)}\n${r.stderr}`;
      expect(hasStackTrace(r.stderr) || hasStackTrace(r.stdout), label).toBe(false);
      expect(r.stderr, label).not.toMatch(/internal error/);
      expect([0, 1, 2], label).toContain(r.status);
      if (r.status === 1) expect(r.stderr, label).toMatch(/^error: .+\[[A-Z_]+\]$/m);
    }
  }, 60_000);
});
