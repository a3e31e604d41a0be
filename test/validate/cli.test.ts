import { describe, expect, it } from 'vitest';
import { minimalEnv, runCli } from '../e2e/harness.js';

/**
 * End-to-end: `node bin/ado-coolify.js validate` as a user runs it (test/e2e/harness.ts
 * runCli). Needs `npm run build` (the `npm test` script builds first).
 */
const CANARY = 'CANARY-SECRET-123';

async function run(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; out: string }> {
  const r = await runCli(['validate', ...args], { env: minimalEnv({ GITHUB_ACTIONS: 'false', JWT_SECRET: CANARY, ...env }) });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe('ado-coolify validate (process)', () => {
  it.each([
    ['test/fixtures/invalid/06-unknown-key-typo.yaml', ['ADO101', 'did you mean `healthCheck`?']],
    ['test/fixtures/invalid/13-cycle-two.yaml', ['ADO208', 'api → worker (env.QUEUE_URL) → api (dependsOn)']],
    ['test/fixtures/invalid/01-yaml-syntax.yaml', ['ADO001']],
    ['test/fixtures/invalid/45-many-problems.yaml', ['ADO302', 'ADO307', 'ADO206', 'ADO101', 'ADO107', 'ADO201', 'ADO204']],
    ['test/fixtures/invalid/does-not-exist.yaml', ['ADO008']],
  ])('%s exits 1 with the expected codes and no stack trace', async (file, expected) => {
    const r = await run(['-f', file]);
    expect(r.status).toBe(1);
    for (const e of expected) expect(r.out).toContain(e);
    expect(r.out).not.toMatch(/^\s+at /m);
    expect(r.out).not.toContain(CANARY);
  });

  it('passes a valid manifest with exit 0 and a success line', async () => {
    const r = await run(['-f', 'test/fixtures/valid/full.yaml', '--var', 'VERSION=9.9.9'], { COOLIFY_URL: 'https://c.example.com', AWS_KEY: 'k', AWS_SECRET: 's' });
    expect(r.out).toMatch(/✓ test\/fixtures\/valid\/full\.yaml is valid \(\d+ resources declared\)/);
    expect(r.status).toBe(0);
  });

  it('rejects --var without =', async () => {
    const r = await run(['-f', 'test/fixtures/valid/full.yaml', '--var', 'VERSION']);
    expect(r.status).toBe(1);
    expect(r.out).toContain('--var expects KEY=VALUE');
    expect(r.out).not.toMatch(/^\s+at /m);
  });

  it('prints JSON with --format json', async () => {
    const r = await run(['-f', 'test/fixtures/invalid/20-missing-secret.yaml', '--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.out.slice(0, r.out.lastIndexOf('}') + 1)) as { valid: boolean; errorCount: number; diagnostics: Array<{ code: string }> };
    expect(report.valid).toBe(false);
    expect(report.diagnostics.map((d) => d.code)).toEqual(['ADO204']);
  });

  it('adds GitHub annotations under GITHUB_ACTIONS=true', async () => {
    const r = await run(['-f', 'test/fixtures/invalid/20-missing-secret.yaml'], { GITHUB_ACTIONS: 'true' });
    expect(r.out).toContain('::error file=test/fixtures/invalid/20-missing-secret.yaml,line=10,col=27,title=ADO204::');
    expect(r.out).not.toContain(CANARY);
  });
});
