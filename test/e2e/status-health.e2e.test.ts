/**
 * UX audit M5 and the new-user issue's acceptance: `status` lists every declared resource,
 * missing ones included, and exits non-zero for a deleted or stopped app; `--wait` waits until
 * all are healthy (a CI smoke check), or gives up at `--timeout` with exit 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, hasStackTrace, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        databases:
          db: { type: postgresql }
        applications:
          web: { image: nginx:1.27, ports: [80] }
          api: { image: nginx:1.27, ports: [80] }
`;

describe('status tells the truth about declared resources', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'shop.yaml');
  const env = () => cliEnv(sb);
  beforeAll(async () => {
    sb = await sandbox();
    writeFileSync(file, MANIFEST);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    if (applied.status !== 0) throw new Error(applied.stdout + applied.stderr);
  });
  afterAll(async () => sb.close());

  it('all healthy: exit 0, summary in the JSON', async () => {
    const r = await runCli(['status', '-f', file, '--format', 'json'], { env: env() });
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { summary: { resources: number; healthy: number; missing: number } };
    expect(doc.summary).toMatchObject({ resources: 3, healthy: 3, missing: 0 });
  });

  it('a stopped app: listed as not healthy, exit 2', async () => {
    const api = sb.store.world.applications.find((a) => a.name === 'api')!;
    const before = api.run;
    api.run = { state: 'stopped', since: Date.now() };
    try {
      const r = await runCli(['status', '-f', file], { env: env() });
      expect(r.status, r.stdout + r.stderr).toBe(2);
      expect(r.stdout).toMatch(/production\/api\s+application\s+Degraded\s+exited/);
      expect(r.stdout).toContain('3 resources: 2 healthy, 1 not healthy');
    } finally {
      api.run = before;
    }
  });

  it('--wait gives up at --timeout with exit 2, saying what it waited for on stderr', async () => {
    const api = sb.store.world.applications.find((a) => a.name === 'api')!;
    const before = api.run;
    api.run = { state: 'stopped', since: Date.now() };
    try {
      const r = await runCli(['status', '-f', file, '--wait', '--timeout', '1500ms'], { env: env() });
      expect(r.status, r.stdout + r.stderr).toBe(2);
      expect(r.stderr).toMatch(/waiting for 1 resource: production\/api exited/);
      expect(r.stderr).toMatch(/still not healthy after .* \(--timeout 1\.5s\)/);
    } finally {
      api.run = before;
    }
  });

  it('--wait ends with exit 0 once the app is healthy again', async () => {
    const api = sb.store.world.applications.find((a) => a.name === 'api')!;
    const before = api.run;
    api.run = { state: 'stopped', since: Date.now() };
    // healthy again once status has looked twice (by the sandbox's request log, not a timer)
    const lists = (): number => sb.requestLog.filter((e) => e.method === 'GET' && /\/api\/v1\/applications$/.test(e.path)).length;
    const baseline = lists();
    const timer = setInterval(() => {
      if (lists() >= baseline + 2) {
        api.run = before;
        clearInterval(timer);
      }
    }, 20);
    const r = await runCli(['status', '-f', file, '--wait', '--timeout', '30s'], { env: env() });
    clearInterval(timer);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).toContain('waiting for 1 resource');
  });

  it('a deleted app: listed as missing, exit 2 (human and JSON)', async () => {
    const w = sb.store.world;
    const web = w.applications.find((a) => a.name === 'web')!;
    w.applications = w.applications.filter((a) => a !== web);
    const human = await runCli(['status', '-f', file], { env: env() });
    expect(human.status, human.stdout + human.stderr).toBe(2);
    expect(human.stdout).toMatch(/production\/web\s+application\s+Missing\s+missing/);
    expect(human.stdout).toContain('1 missing');
    const json = await runCli(['status', '-f', file, '--format', 'json'], { env: env() });
    expect(json.status).toBe(2);
    const doc = JSON.parse(json.stdout) as { resources: Array<{ name: string; missing?: boolean }>; summary: { missing: number } };
    expect(doc.resources.find((x) => x.name === 'web')?.missing).toBe(true);
    expect(doc.summary.missing).toBe(1);
  });

  it.each([
    [['--wait', '--watch'], /--wait and --watch cannot be used together/],
    [['--timeout', '5m'], /--timeout needs --wait/],
    [['--wait', '--timeout', '5'], /has no unit/],
  ])('bad flags %j: exit 1 with a clear error', async (flags, message) => {
    const r = await runCli(['status', '-f', file, ...flags], { env: env() });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
