/**
 * Ux-audit M1: renaming an application that has domains. With a `moved:` hint the plan renames
 * it in place (one PATCH of `name`: same uuid, env vars, scheduled task and domain, which never
 * leaves Coolify). Without one, the create that reuses the old app's domain is ordered after
 * the old app's delete, with a warning that says so and names the hint; when the old app stays
 * in Coolify (not managed), the plan refuses with both fixes instead of a 409 mid-apply.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const MANIFEST = (name: string, moved = '') => `version: 1
defaults: { server: main }
${moved}projects:
  shop:
    environments:
      production:
        applications:
          ${name}:
            image: nginx:1.27
            ports: [80]
            domains: [https://shop.example.com]
            env:
              GREETING: hello
            scheduledTasks:
              cleanup: { command: "echo hi", frequency: daily }
`;
const HINT = 'moved:\n  - { from: shop/production/application/web, to: shop/production/application/shopweb }\n';
const WEB = 'shop/production/application/web';
const SHOPWEB = 'shop/production/application/shopweb';

describe('renaming an application with domains', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
  });
  const apps = () => sb!.store.world.applications.filter((a) => a.deleting_since === undefined);

  async function applied(file: string): Promise<void> {
    writeFileSync(file, MANIFEST('web'));
    const first = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb!) });
    expect(first.status, first.stdout + first.stderr).toBe(0);
  }

  it('with a moved: hint, renames in place: same uuid, env and task kept, the domain never leaves Coolify', async () => {
    sb = await sandbox();
    const file = join(tempDir(), 'm.yaml');
    await applied(file);
    const [web] = apps();
    const uuid = web!.uuid;
    const kept = () => ({
      env: sb!.store.world.envVars.filter((e) => e.owner.id === web!.id && !e.is_preview).map((e) => [e.uuid, e.key, e.value]),
      tasks: sb!.store.world.scheduledTasks.filter((s) => s.owner.id === web!.id).map((s) => [s.uuid, s.fields['name']]),
    });
    const before = kept();
    expect(before.env.map((e) => e[1])).toEqual(['GREETING']);
    expect(before.tasks.map((s) => s[1])).toEqual(['cleanup']);

    writeFileSync(file, MANIFEST('shopweb', HINT));
    const planned = await runCli(['plan', '-f', file, '--format', 'json'], { env: cliEnv(sb) });
    expect(planned.status, planned.stderr).toBe(0);
    const plan = JSON.parse(planned.stdout) as PlanJson;
    const changed = plan.resourceChanges.filter((c) => c.action !== 'no-op');
    expect(changed.map((c) => [c.address, c.action, c.actionReason])).toEqual([[SHOPWEB, 'update', 'renamed']]);
    expect(changed[0]).toMatchObject({ uuid, movedFrom: WEB, reason: 'renamed from web' });
    expect(changed[0]!.changes.map((c) => [c.path, c.before, c.after])).toEqual([['name', 'web', 'shopweb']]);
    // The task follows its application: planned at the new address, unchanged.
    expect(plan.resourceChanges.find((c) => c.address === `${SHOPWEB}#task/cleanup`)?.action).toBe('no-op');
    expect(plan.summary).toMatchObject({ add: 0, change: 1, destroy: 0 });
    expect(plan.steps.map((s) => s.id)).toEqual([`${SHOPWEB}:update`]);
    const human = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(human.stdout).toContain('renamed from web');
    expect(human.stdout).toContain('name: "web" → "shopweb"');
    const markdown = await runCli(['plan', '-f', file, '--format', 'markdown'], { env: cliEnv(sb) });
    expect(markdown.stdout).toContain('renamed from web');

    const from = sb.requestLog.length;
    const out = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(out.status, out.stdout + out.stderr).toBe(0);
    // Writes besides the apply lock (a team shared variable, src/apply/team-lock-client.ts).
    const log = sb.requestLog.slice(from).filter((r) => r.method !== 'GET' && !r.path.startsWith('/api/v1/team/envs'));
    expect(log.map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /api/v1/applications/${uuid}`]);
    expect(log[0]!.body).toEqual({ name: 'shopweb' });

    const after = apps();
    expect(after.map((a) => [a.uuid, a.name, a.fields['fqdn']])).toEqual([[uuid, 'shopweb', 'https://shop.example.com']]);
    expect(kept()).toEqual(before);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    // The hint may stay in the manifest once applied (as in Terraform): it then does nothing.
    expect(again.stderr + again.stdout).not.toContain('ADO512');
  });

  it('with a moved: hint into another environment, moves and renames it: two requests, same uuid', async () => {
    sb = await sandbox();
    const file = join(tempDir(), 'm.yaml');
    await applied(file);
    const uuid = apps()[0]!.uuid;
    const staging = MANIFEST('shopweb', 'moved:\n  - { from: shop/production/application/web, to: shop/staging/application/shopweb }\n').replace('      production:\n', '      production: {}\n      staging:\n');
    writeFileSync(file, staging);
    const plan = JSON.parse((await runCli(['plan', '-f', file, '--format', 'json'], { env: cliEnv(sb) })).stdout) as PlanJson;
    const moved = plan.resourceChanges.filter((c) => c.action !== 'no-op' && c.kind === 'application');
    expect(moved.map((c) => [c.address, c.action, c.movedFrom, c.reason])).toEqual([
      ['shop/staging/application/shopweb', 'move', WEB, 'moves from environment production to staging; renamed from web'],
    ]);
    // Through a saved plan: `show` reads it back, `apply` applies it.
    const saved = join(tempDir(), 'plan.json');
    expect((await runCli(['plan', '-f', file, '--out', saved], { env: cliEnv(sb) })).status).toBe(0);
    const shown = await runCli(['show', saved], { env: cliEnv(sb) });
    expect(shown.stdout, shown.stderr).toContain('renamed from web');
    const from = sb.requestLog.length;
    const out = await runCli(['apply', saved], { env: cliEnv(sb) });
    expect(out.status, out.stdout + out.stderr).toBe(0);
    // The new environment is created first; the application itself gets two requests.
    const writes = sb.requestLog.slice(from).filter((r) => r.method !== 'GET' && r.path.startsWith('/api/v1/applications'));
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /api/v1/applications/${uuid}/move`, `PATCH /api/v1/applications/${uuid}`]);
    expect(writes[1]!.body).toEqual({ name: 'shopweb' });
    expect(apps().map((a) => [a.uuid, a.name, a.fields['fqdn']])).toEqual([[uuid, 'shopweb', 'https://shop.example.com']]);
    expect((await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb) })).status).toBe(0);
  });

  it('without a hint, deletes the old app before creating the new one, with a warning naming the hint', async () => {
    sb = await sandbox();
    const file = join(tempDir(), 'm.yaml');
    await applied(file);

    writeFileSync(file, MANIFEST('shopweb'));
    // Pruning is opt-in: without --prune the old app keeps its domains and the plan is refused (ADO514).
    const refused = await runCli(['plan', '-f', file, '--format', 'json'], { env: cliEnv(sb) });
    expect(refused.status, refused.stderr).toBe(1);
    expect((JSON.parse(refused.stdout) as { diagnostics: Array<{ code: string }> }).diagnostics.map((d) => d.code)).toContain('ADO514');
    const planned = await runCli(['plan', '-f', file, '--prune', '--format', 'json'], { env: cliEnv(sb) });
    expect(planned.status, planned.stderr).toBe(0);
    const plan = JSON.parse(planned.stdout) as PlanJson;
    const warning = plan.diagnostics.find((d) => d.code === 'ADO513');
    expect(warning?.message).toContain('shopweb reuses domains of web (being deleted');
    expect(warning?.message).toContain('the site is down until shopweb is deployed');
    expect(warning?.hint).toContain(`moved: [{ from: ${WEB}, to: ${SHOPWEB} }]`);
    const create = plan.steps.find((s) => s.id === `${SHOPWEB}:create`)!;
    expect(create.dependsOn).toContain(`${WEB}:delete`);
    const order = plan.steps.map((s) => s.id);
    expect(order.indexOf(`${WEB}:delete`)).toBeLessThan(order.indexOf(`${SHOPWEB}:create`));

    // Even with --no-wait, the create waits until the old app is gone: Coolify deletes it in a
    // background job and refuses its domain until then (409).
    const out = await runCli(['apply', '-f', file, '--auto-approve', '--prune', '--no-wait'], { env: cliEnv(sb) });
    expect(out.status, out.stdout + out.stderr).toBe(0);
    expect(apps().map((a) => [a.name, a.fields['fqdn']])).toEqual([['shopweb', 'https://shop.example.com']]);
  });

  it('refuses, naming both fixes, when the app holding the domain is not managed and so stays', async () => {
    sb = await sandbox();
    const file = join(tempDir(), 'm.yaml');
    await applied(file);
    // Coolify's UI user removed the ownership mark: the plan will not delete it.
    const web = apps()[0]!;
    web.description = null;
    web.tag_ids = [];

    writeFileSync(file, MANIFEST('shopweb'));
    const planned = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(planned.status, planned.stdout).toBe(1);
    expect(planned.stdout + planned.stderr).toContain('ADO514');
    expect(planned.stdout + planned.stderr).toContain('shopweb claims domain `shop.example.com`');
    const out = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb) });
    expect(out.status).not.toBe(0);
    expect(apps().map((a) => a.name)).toEqual(['web']);
  });

  it('refuses a domain an application of another project holds (a project the manifest does not declare)', async () => {
    sb = await sandbox();
    const other = join(tempDir(), 'other.yaml');
    writeFileSync(other, MANIFEST('web').replace('  shop:', '  legacy:'));
    const first = await runCli(['apply', '-f', other, '--auto-approve'], { env: cliEnv(sb) });
    expect(first.status, first.stdout + first.stderr).toBe(0);

    const file = join(tempDir(), 'm.yaml');
    writeFileSync(file, MANIFEST('shopweb'));
    const planned = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(planned.status, planned.stdout).toBe(1);
    expect(planned.stdout + planned.stderr).toMatch(/ADO514.*shopweb claims domain `shop\.example\.com`, which application web \(uuid [a-z0-9]+, in a project the manifest does not declare\) holds in Coolify/s);
  });
});
