/**
 * SQLite databases (issue 16, Coolify 4.4 only), end to end against the sandbox: at 4.4.2 a
 * `type: sqlite` database is created through `POST /databases/sqlite` with its file list,
 * updated, re-planned clean, imported back and deleted with `--prune`; at 4.3.11 (no such
 * route: it answers 404) the plan leaves it out with an ADO516 warning naming the release,
 * and the rest of the manifest still applies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

const CANARY = 'sqlite-canary-7f3a9c';
const MANIFEST = (opts: { files?: string[]; description?: string; sqlite?: boolean; image?: string; protect?: boolean }): string => `version: 1
defaults:
  server: main
projects:
  notes:
    environments:
      production:
        databases:
          cache:
            type: redis
${opts.sqlite === false ? '' : `          local:
            type: sqlite
            description: ${opts.description ?? 'app data'}
            env: { BACKUP_TOKEN: "\${secrets.BACKUP_TOKEN}" }
${opts.protect ? '            protect: true\n' : ''}${opts.image ? `            image: ${opts.image}\n` : ''}${opts.files ? `            files: [${opts.files.join(', ')}]\n` : ''}`}`;

describe('SQLite databases at Coolify 4.4.2', () => {
  let sb: Sandbox;
  const dir = tempDir();
  const file = join(dir, 'sqlite.yaml');
  beforeAll(async () => {
    sb = await sandbox({ coolifyVersion: '4.4.2' });
  });
  afterAll(async () => sb.close());
  const sqlite = () => sb.store.world.databases.filter((d) => d.type === 'sqlite');
  const env = () => cliEnv(sb, { BACKUP_TOKEN: CANARY });
  const noCanary = (...texts: string[]) => {
    for (const t of texts) expect(t).not.toContain(CANARY);
  };

  it('creates it through POST /databases/sqlite with the file list, then plans no change', async () => {
    writeFileSync(file, MANIFEST({ files: ['app.sqlite', 'cache.sqlite'] }));
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    const posts = sb.requestLog.filter((r) => r.method === 'POST' && r.path === '/api/v1/databases/sqlite');
    expect(posts).toHaveLength(1);
    const body = posts[0]!.body as Record<string, unknown>;
    expect(body.sqlite_databases).toBe('app.sqlite,cache.sqlite');
    // the public-port keys are refused on SQLite: never sent
    expect(Object.keys(body).filter((k) => k.startsWith('public') || k === 'is_public')).toEqual([]);
    expect(sqlite()).toHaveLength(1);
    expect(sqlite()[0]!.fields.sqlite_databases).toBe('app.sqlite,cache.sqlite');
    // StandaloneSqlite's created hook: the data volume at /var/lib/sqlite
    const volumes = sb.store.world.storages.filter((s) => s.owner.kind === 'database' && s.owner.id === sqlite()[0]!.id);
    expect(volumes.map((v) => v.fields.mount_path)).toEqual(['/var/lib/sqlite']);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    // the env secret reached Coolify, and no output carries it
    const db = sqlite()[0]!;
    expect(sb.store.world.envVars.filter((e) => e.owner.kind === 'database' && e.owner.id === db.id).map((e) => [e.key, e.value])).toEqual([['BACKUP_TOKEN', CANARY]]);
    noCanary(applied.stdout, applied.stderr, again.stdout, again.stderr);
    for (const format of ['json', 'markdown']) {
      const p = await runCli(['plan', '-f', file, '--format', format], { env: env() });
      expect(p.status, p.stderr).toBe(0);
      noCanary(p.stdout, p.stderr);
    }
    const saved = join(dir, 'saved.plan.json');
    const out = await runCli(['plan', '-f', file, '--out', saved], { env: env() });
    expect(out.status, out.stderr).toBe(0);
    noCanary(readFileSync(saved, 'utf8'), out.stdout);
  });

  it('a file list and description change is an update (PATCH), and converges', async () => {
    writeFileSync(file, MANIFEST({ files: ['app.sqlite'], description: 'only the app' }));
    const plan = await runCli(['plan', '-f', file, '--format', 'json'], { env: env() });
    expect(plan.status, plan.stderr).toBe(0);
    const json = JSON.parse(plan.stdout) as PlanJson;
    const rc = json.resourceChanges.find((c) => c.address === 'notes/production/database/local');
    expect(rc?.action).toBe('update');
    expect(rc?.changes.map((c) => c.label).sort()).toEqual(['description', 'files']);
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(sqlite()[0]!.fields.sqlite_databases).toBe('app.sqlite');
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });

  it('drift: a file list changed in Coolify shows, and apply puts it back', async () => {
    sqlite()[0]!.fields.sqlite_databases = 'other.sqlite';
    sb.store.save();
    const drift = await runCli(['drift', '-f', file], { env: env() });
    expect(drift.status, drift.stdout + drift.stderr).toBe(2);
    expect(drift.stdout).toContain('files');
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(sqlite()[0]!.fields.sqlite_databases).toBe('app.sqlite');
  });

  it('import writes `type: sqlite` with its files, and the imported manifest plans clean', async () => {
    const out = join(dir, 'imported.yaml');
    const secrets = join(dir, 'imported.env');
    const imported = await runCli(['import', '--project', 'notes', '-o', out, '--secrets-out', secrets], { env: env() });
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    const doc = parse(readFileSync(out, 'utf8')) as { projects: Record<string, { environments: Record<string, { databases: Record<string, Record<string, unknown>> }> }> };
    const local = doc.projects.notes!.environments.production!.databases.local!;
    expect(local.type).toBe('sqlite');
    expect(local.files).toEqual(['app.sqlite']);
    expect(Object.keys(local)).not.toContain('password');
    expect(JSON.stringify(local.env)).toContain('${secrets.');
    noCanary(readFileSync(out, 'utf8'), imported.stdout, imported.stderr);
    const plan = await runCli(['plan', '-f', out, '--secrets-file', secrets, '--detailed-exitcode'], { env: env() });
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  });

  it('protect: true refuses the delete without --allow-destroy', async () => {
    writeFileSync(file, MANIFEST({ files: ['app.sqlite'], description: 'only the app', protect: true }));
    const protectedApply = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(protectedApply.status, protectedApply.stdout + protectedApply.stderr).toBe(0);
    writeFileSync(file, MANIFEST({ sqlite: false }));
    const refused = await runCli(['plan', '-f', file, '--prune'], { env: env() });
    expect(refused.status, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('ADO502');
    expect(sqlite()).toHaveLength(1);
  });

  it('deleted from the manifest: kept without --prune, deleted with it', async () => {
    writeFileSync(file, MANIFEST({ sqlite: false }));
    const kept = await runCli(['apply', '-f', file, '--auto-approve'], { env: env() });
    expect(kept.status, kept.stdout + kept.stderr).toBe(0);
    expect(sqlite()).toHaveLength(1);
    const pruned = await runCli(['apply', '-f', file, '--auto-approve', '--prune', '--allow-destroy'], { env: env() });
    expect(pruned.status, pruned.stdout + pruned.stderr).toBe(0);
    const deletes = sb.requestLog.filter((r) => r.method === 'DELETE' && r.path.startsWith('/api/v1/databases/'));
    expect(deletes).toHaveLength(1);
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: env() });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });
});

describe('SQLite databases at Coolify 4.3.11 (no POST /databases/sqlite)', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'sqlite.yaml');
  beforeAll(async () => {
    sb = await sandbox({ coolifyVersion: '4.3.11' });
  });
  afterAll(async () => sb.close());

  it('the sandbox answers 404 for the route, as the real 4.3.11 does', async () => {
    const res = await fetch(`${sb.url}/api/v1/databases/sqlite`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(res.status).toBe(404);
  });

  it('validate accepts the manifest (no release offline); plan warns ADO516 naming 4.4.2, and the rest applies', async () => {
    writeFileSync(file, MANIFEST({ files: ['app.sqlite'] }));
    const validate = await runCli(['validate', '-f', file], { env: cliEnv(sb, { BACKUP_TOKEN: CANARY }) });
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    const plan = await runCli(['plan', '-f', file, '--format', 'json'], { env: cliEnv(sb, { BACKUP_TOKEN: CANARY }) });
    expect(plan.status, plan.stderr).toBe(0);
    const json = JSON.parse(plan.stdout) as PlanJson;
    const warning = json.diagnostics.find((d) => d.code === 'ADO516');
    expect(warning?.severity).toBe('warning');
    expect(warning?.address).toBe('notes/production/database/local');
    expect(warning?.message).toContain('4.4.2');
    expect(warning?.message).toContain('4.3.11');
    expect(warning?.source?.line).toBeGreaterThan(0);
    expect(json.resourceChanges.map((c) => c.address)).not.toContain('notes/production/database/local');
    const applied = await runCli(['apply', '-f', file, '--auto-approve'], { env: cliEnv(sb, { BACKUP_TOKEN: CANARY }) });
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout + applied.stderr).toContain('ADO516');
    expect(sb.store.world.databases.map((d) => d.type)).toEqual(['redis']);
    expect(sb.requestLog.filter((r) => r.path === '/api/v1/databases/sqlite')).toHaveLength(1); // the probe above only
    const again = await runCli(['plan', '-f', file, '--detailed-exitcode'], { env: cliEnv(sb, { BACKUP_TOKEN: CANARY }) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });
});
