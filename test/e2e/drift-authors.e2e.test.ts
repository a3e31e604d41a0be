import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { DriftReport } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

/** Issue 18: drift that names its author (Coolify 4.4 audit events). */
const MANIFEST = `version: 1
defaults: { server: main }
projects:
  authors-demo:
    environments:
      production:
        applications:
          web:
            image: nginx:1.27
            ports: [80]
            healthCheck: { path: /health }
            env:
              NODE_ENV: production
`;

/** What a UI change sent, as an audit event keeps it: never to be printed. */
const SENT_VALUE = 'CANARY-audit-sent-4e1d';

async function setUp(version: string): Promise<{ sb: Sandbox; file: string; web: () => { uuid: string; fields: Record<string, unknown> } }> {
  const sb = await sandbox({ coolifyVersion: version });
  const file = join(tempDir(), 'ado.coolify.yaml');
  writeFileSync(file, MANIFEST);
  const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
  expect(applied.status, applied.stdout + applied.stderr).toBe(0);
  const web = (): { uuid: string; fields: Record<string, unknown> } => sb.store.world.applications.find((a) => a.name === 'web')!;
  return { sb, file, web };
}

/** Changes the health check path out of band, "in the UI", with the audit event 4.4 would log. */
function changeInUi(sb: Sandbox, app: { uuid: string; fields: Record<string, unknown> }): boolean {
  app.fields.health_check_path = '/changed-in-ui';
  sb.store.save();
  return sb.recordAuditEvent({
    resourceUuid: app.uuid,
    resourceType: 'application',
    userName: 'alice',
    source: 'ui',
    ip: '10.1.2.3',
    properties: { health_check_path: '/changed-in-ui', secret_note: SENT_VALUE },
  });
}

const auditReads = (sb: Sandbox, from: number): number => sb.requestLog.slice(from).filter((q) => q.path.endsWith('/audit-events')).length;

describe('drift at Coolify 4.4.2 names the author of an out-of-band change', () => {
  let ctx: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    ctx = await setUp('4.4.2');
  });
  afterAll(async () => ctx.sb.close());

  it('reads no audit events when nothing drifted', async () => {
    const before = ctx.sb.requestLog.length;
    const clean = await runCli(['drift', '-f', ctx.file], { env: cliEnv(ctx.sb) });
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(auditReads(ctx.sb, before)).toBe(0);
  });

  it('says who, when and from where, with one audit-events read, and never what was sent', async () => {
    expect(changeInUi(ctx.sb, ctx.web())).toBe(true);
    const before = ctx.sb.requestLog.length;
    const json = await runCli(['drift', '-f', ctx.file, '--format', 'json'], { env: cliEnv(ctx.sb) });
    expect(json.status, json.stdout + json.stderr).toBe(2);
    expect(auditReads(ctx.sb, before)).toBe(1);
    const report = JSON.parse(json.stdout) as DriftReport;
    const web = report.resourceChanges.find((rc) => rc.address === 'authors-demo/production/application/web')!;
    expect(web.action).toBe('update');
    expect(web.author).toMatchObject({ name: 'alice', via: 'ui', ip: '10.1.2.3' });
    expect(typeof web.author?.at).toBe('string');
    expect(report.authorUnknownReason).toBeUndefined();

    const human = await runCli(['drift', '-f', ctx.file], { env: cliEnv(ctx.sb) });
    expect(human.stdout).toMatch(/# changed by alice via the UI at \S+ \(from 10\.1\.2\.3\)/);
    const md = await runCli(['drift', '-f', ctx.file, '--format', 'markdown'], { env: cliEnv(ctx.sb) });
    expect(md.stdout).toContain('changed by alice via the UI');
    for (const out of [json, human, md]) expect(out.stdout + out.stderr).not.toContain(SENT_VALUE);
  });

  it('an API change (source api, the token user) is named as such', async () => {
    const app = ctx.web();
    const res = await fetch(`${ctx.sb.url}/api/v1/applications/${app.uuid}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${ctx.sb.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ health_check_path: '/changed-by-api' }),
    });
    expect(res.status).toBeLessThan(300);
    const json = await runCli(['drift', '-f', ctx.file, '--format', 'json'], { env: cliEnv(ctx.sb) });
    const web = (JSON.parse(json.stdout) as DriftReport).resourceChanges.find((rc) => rc.name === 'web')!;
    expect(web.author).toMatchObject({ name: 'root', via: 'api' });
  });
});

describe('drift at Coolify 4.3.11 says the author is unknown', () => {
  let ctx: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    ctx = await setUp('4.3.11');
  });
  afterAll(async () => ctx.sb.close());

  it('author null, the reason, and no audit-events request', async () => {
    expect(changeInUi(ctx.sb, ctx.web())).toBe(false);
    const before = ctx.sb.requestLog.length;
    const json = await runCli(['drift', '-f', ctx.file, '--format', 'json'], { env: cliEnv(ctx.sb) });
    expect(json.status, json.stdout + json.stderr).toBe(2);
    expect(auditReads(ctx.sb, before)).toBe(0);
    const report = JSON.parse(json.stdout) as DriftReport;
    expect(report.resourceChanges.find((rc) => rc.name === 'web')!.author).toBeNull();
    expect(report.authorUnknownReason).toBe('Coolify 4.3.11 has no audit events');
    const human = await runCli(['drift', '-f', ctx.file], { env: cliEnv(ctx.sb) });
    expect(human.stdout).toContain('# author unknown (Coolify 4.3.11 has no audit events)');
  });
});
