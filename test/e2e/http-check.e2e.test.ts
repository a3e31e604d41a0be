/**
 * Issue 18: `verify.http` on an application is a readiness check after Coolify says healthy.
 * A local HTTP server on 127.0.0.1 (port 0) stands in for the application's domain.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

describe('verify.http', () => {
  let server: Server;
  let base = '';
  let answer = 200;
  const seen: string[] = [];
  let sb: Sandbox;
  const file = join(tempDir(), 'ado.coolify.yaml');
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.url ?? '');
      res.statusCode = answer;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(async () => {
    sb = await sandbox();
    seen.length = 0;
  });
  afterEach(async () => {
    await sb.close();
  });

  const manifest = (tag: string, verify: string, extra = ''): string => `version: 1
defaults: { server: main }
projects:
  demo:
    environments:
      production:
        applications:
          web:
            image: "nginx:${tag}"
            ports: [80]
            verify: { http: ${verify} }${extra}
`;

  it('a check that answers the expected status lets the deploy succeed', async () => {
    answer = 200;
    writeFileSync(file, manifest('1.27', `{ url: "${base}/health", timeout: 5s }`));
    const out = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(out.status, out.stdout + out.stderr).toBe(0);
    expect(out.stdout).toContain(`GET ${base}/health: 200`);
    expect(seen).toContain('/health');
  });

  it('a check that never passes makes the deploy unhealthy: exit 3, the last answer said', async () => {
    answer = 503;
    writeFileSync(file, manifest('1.27', `{ url: "${base}/ready", expectStatus: 204, timeout: 300ms }`));
    const out = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    const text = out.stdout + out.stderr;
    expect(out.status, text).toBe(3);
    expect(text).toContain(`GET ${base}/ready (verify.http of demo/production/application/web)`);
    expect(text).toContain('last status: HTTP 503, want 204');
    expect(seen.length).toBeGreaterThan(0);
  });

  it('path is checked on the first domain; a failing check with rollback: onFailure rolls back', async () => {
    answer = 200;
    writeFileSync(file, manifest('1.27', '{ path: /health, timeout: 5s }', `\n            domains: ["${base}"]`));
    const first = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain(`GET ${base}/health: 200`);
    // The new version never answers: unhealthy, rolled back; the old one then answers again.
    answer = 500;
    const flip = setInterval(() => {
      if (sb.store.world.deployments.some((d) => d.rollback)) answer = 200;
    }, 5);
    try {
      writeFileSync(file, manifest('1.28', '{ path: /health, timeout: 1s }', `\n            domains: ["${base}"]\n            rollback: onFailure`));
      const out = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
      const text = out.stdout + out.stderr;
      expect(out.status, text).toBe(3);
      expect(text).toContain('last status: HTTP 500, want 200');
      expect(text).toContain(`rolled back to 1.27: running:healthy, GET ${base}/health: 200`);
    } finally {
      clearInterval(flip);
    }
  });
});
