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
          pg: { type: postgresql, image: "postgres:16-alpine" }
        applications:
          web: { image: "nginx:1.27", ports: [80] }
`;

describe('apply refuses a plan with errors and names every one of them', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'shop.yaml');
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => sb.close());

  it('two addresses with two live resources each: both ADO501 errors are reported, nothing is applied', async () => {
    writeFileSync(file, MANIFEST);
    expect((await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) })).status).toBe(0);
    // Someone made a second `web` and a second `pg` in the same environment by hand.
    const w = sb.store.world;
    const app = w.applications.find((a) => a.name === 'web')!;
    const db = w.databases.find((d) => d.name === 'pg')!;
    w.applications.push({ ...structuredClone(app), id: app.id + 1000, uuid: 'dupwebdupwebdupwebdupweb' });
    w.databases.push({ ...structuredClone(db), id: db.id + 1000, uuid: 'duppgduppgduppgduppgdupp' });
    writeFileSync(file, MANIFEST.replace('nginx:1.27', 'nginx:1.28'));
    const before = sb.requestLog.length;
    const r = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr).toContain('the plan has 2 errors; nothing was applied');
    expect(r.stderr).toMatch(/ADO501 shop\/production\/application\/web: /);
    expect(r.stderr).toMatch(/ADO501 shop\/production\/database\/pg: /);
    // Only reads (and the lock) after the refusal: no resource was written.
    const writes = sb.requestLog.slice(before).filter((x) => x.method !== 'GET' && !/\/team\/envs|\/envs\//.test(x.path));
    expect(writes.map((x) => `${x.method} ${x.path}`)).toEqual([]);
  });
});
