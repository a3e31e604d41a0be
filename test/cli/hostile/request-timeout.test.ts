/**
 * Audit m9 through the CLI: against a Coolify that accepts connections and never answers, or
 * answers without end, `plan --request-timeout 2s` ends with COOLIFY_TIMEOUT, exit 1, a hint
 * that names a flag `plan` has, and (with `--format json`) an error object on stdout. Before
 * the deadline covered the whole request, the same run took minutes of silent retries.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hostileServer, huge, trickle, type Hostile } from '../../helpers/hostile-server.js';
import { runCli, tempDir } from '../../e2e/harness.js';

const MANIFEST = 'version: 1\ndefaults: { server: main }\nprojects:\n  demo:\n    environments:\n      production:\n        applications:\n          web: { image: "nginx:1.27", ports: [80] }\n';

let servers: Hostile[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function planAgainst(handler: Parameters<typeof hostileServer>[0], extra: string[] = []) {
  const server = await hostileServer(handler);
  servers.push(server);
  const dir = tempDir('ado-coolify-timeout-');
  writeFileSync(join(dir, 'ado.coolify.yaml'), MANIFEST);
  const env = { PATH: process.env.PATH ?? '', COOLIFY_URL: server.url, COOLIFY_TOKEN: '1|hostile-test-token', NO_COLOR: '1' };
  const result = await runCli(['plan', '--request-timeout', '2s', ...extra], { env, cwd: dir, timeoutMs: 60_000 });
  return { result, server };
}

describe('plan against a hostile Coolify (audit m9)', () => {
  it('ends with COOLIFY_TIMEOUT when the server never answers, naming --request-timeout', async () => {
    const { result, server } = await planAgainst(() => {});
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/timed out after 2s.*\[COOLIFY_TIMEOUT\]/);
    expect(result.stderr).toMatch(/hint:.*--request-timeout/);
    expect(result.stderr).not.toMatch(/--timeout\b/);
    // a timed-out GET is not retried past its deadline: no retry line, and at most one
    // request per endpoint plan reads at start (they run side by side)
    expect(result.stderr).not.toMatch(/retry \d+\/\d+/);
    expect(server.hits()).toBeLessThan(10);
  });

  it('ends with COOLIFY_TIMEOUT when the body never ends, and puts an error object on stdout with --format json', async () => {
    const { result } = await planAgainst((_req, res) => trickle(res), ['--format', 'json']);
    expect(result.status).toBe(1);
    const last = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { type: string; error: { code: string } };
    expect(last).toMatchObject({ type: 'error', error: { code: 'COOLIFY_TIMEOUT' } });
  });

  it('refuses an answer over 32 MiB with COOLIFY_RESPONSE_TOO_LARGE', async () => {
    const { result } = await planAgainst((_req, res) => huge(res, 40, false));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('[COOLIFY_RESPONSE_TOO_LARGE]');
  });

  it('refuses a zero deadline as a bad argument', async () => {
    const { result } = await planAgainst(() => {}, ['--request-timeout', '0s']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('[ADO010]');
  });
});
