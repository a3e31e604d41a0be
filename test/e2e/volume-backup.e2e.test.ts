/**
 * Volume backups (`storages.<name>.backup`): sent with `PUT …/storages/{uuid}/backups` once the
 * storage exists, shown in the plan as write-only (Coolify has no GET for them), and removed
 * before the storage is deleted (Coolify refuses to delete a volume that has one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { PlanJson } from '../../src/model/plan.js';
import { cliEnv, runCli, sandbox, tempDir } from './harness.js';

/** The sandbox's volume backup schedule of one storage, found by owner name and mount path. */
function backupOf(sb: Sandbox, appName: string, mountPath: string) {
  const w = sb.store.world;
  const app = w.applications.find((a) => a.name === appName && a.deleting_since === undefined);
  const storage = w.storages.find((s) => s.owner.kind === 'application' && s.owner.id === app?.id && s.fields.mount_path === mountPath);
  return { storage, backup: (w.volumeBackups ?? []).find((b) => b.storage_id === storage?.id) };
}

describe('volume backups of the ADO stack', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => {
    await sb.close();
  });

  it('apply configures the workers\' workspaces backup (daily, S3 backups-eu); a re-plan shows no changes', async () => {
    const r = await runCli(['apply', '--auto-approve', '--no-wait'], { env: cliEnv(sb) });
    expect(r.status, r.stderr).toBe(0);
    const s3 = sb.store.world.s3Storages.find((s) => s.fields.name === 'backups-eu');
    expect(s3).toBeDefined();
    for (const name of ['workers-1', 'workers-2', 'workers-3']) {
      const { storage, backup } = backupOf(sb, name, '/workspaces');
      expect(storage, name).toBeDefined();
      expect(backup?.fields, name).toMatchObject({ frequency: 'daily', enabled: true, save_s3: true, retention_amount_locally: 7 });
      expect(backup?.s3_storage_id, name).toBe(s3!.id);
    }
    // Staging's workers storage declares no backup.
    const staging = sb.store.world.storages.filter((s) => s.fields.mount_path === '/workspaces');
    expect(staging.length).toBe(4);
    expect(sb.store.world.volumeBackups?.length).toBe(3);

    const again = await runCli(['plan', '--detailed-exitcode', '--format', 'json'], { env: cliEnv(sb) });
    expect(again.status, again.stdout + again.stderr).toBe(0);
  });
});

const MANIFEST = (opts: { mountPath: string; backup?: string; storage?: boolean }) => `version: 1
defaults: { server: main }
s3Storages:
  vault:
    endpoint: https://s3.example.test
    bucket: vb-backups
    region: eu-central-1
    key: \${secrets.AWS_ACCESS_KEY_ID}
    secret: \${secrets.AWS_SECRET_ACCESS_KEY}
projects:
  vbk:
    environments:
      production:
        applications:
          boxy:
            image: nginx:1.27
            ports: [80]
            storages:
${opts.storage === false ? `              other:
                mountPath: /other
` : `              data:
                mountPath: ${opts.mountPath}
${opts.backup ? `                backup: ${opts.backup}\n` : ''}`}`;

describe('a storage\'s volume backup across applies', () => {
  let sb: Sandbox;
  const file = join(tempDir(), 'vb.yaml');
  const plan = async (): Promise<{ status: number | null; json: PlanJson }> => {
    const r = await runCli(['plan', '-f', file, '--format', 'json', '--detailed-exitcode'], { env: cliEnv(sb) });
    return { status: r.status, json: JSON.parse(r.stdout) as PlanJson };
  };
  const apply = async (): Promise<void> => {
    const r = await runCli(['apply', '-f', file, '--auto-approve', '--no-wait'], { env: cliEnv(sb) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  };
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(async () => {
    await sb.close();
  });

  it('create: the plan shows exactly what the PUT sends, marked write-only; apply sends it', async () => {
    writeFileSync(file, MANIFEST({ mountPath: '/data', backup: '{ schedule: daily, s3: vault, keepLocally: { amount: 3 }, timeout: 600 }' }));
    const { json } = await plan();
    const storage = json.resourceChanges.find((c) => c.address.endsWith('#storage/data'))!;
    const backup = storage.changes.filter((c) => c.path.startsWith('backup.'));
    expect(backup.map((c) => [c.path, c.after, c.writeOnly])).toEqual([
      ['backup.frequency', 'daily', true],
      ['backup.save_s3', true, true],
      ['backup.s3_storage_uuid', 's3/vault', true],
      ['backup.retention_amount_locally', 3, true],
      ['backup.timeout', 600, true],
    ]);
    const human = await runCli(['plan', '-f', file], { env: cliEnv(sb) });
    expect(human.stdout).toContain('+ backup.schedule: "daily" (write-only: sent, cannot be read back)');
    await apply();
    const { backup: b } = backupOf(sb, 'boxy', '/data');
    const vault = sb.store.world.s3Storages.find((s) => s.fields.name === 'vault');
    expect(b?.fields).toMatchObject({ frequency: 'daily', save_s3: true, retention_amount_locally: 3, timeout: 600 });
    expect(b?.s3_storage_id).toBe(vault!.id);
    expect((await plan()).status).toBe(0);
  });

  it('a schedule change alone cannot be seen (no GET); with a storage change the plan shows it and apply sends it', async () => {
    writeFileSync(file, MANIFEST({ mountPath: '/data', backup: '{ schedule: "0 3 * * *", s3: vault }' }));
    expect((await plan()).status).toBe(0);

    writeFileSync(file, MANIFEST({ mountPath: '/srv/data', backup: '{ schedule: "0 3 * * *", s3: vault }' }));
    const { status, json } = await plan();
    expect(status).toBe(2);
    const storage = json.resourceChanges.find((c) => c.address.endsWith('#storage/data'))!;
    expect(storage.action).toBe('update');
    expect(storage.changes.find((c) => c.path === 'backup.frequency')).toMatchObject({ after: '0 3 * * *', writeOnly: true });
    expect(storage.changes.find((c) => c.path === 'mount_path')).toMatchObject({ after: '/srv/data' });
    await apply();
    const { backup: b } = backupOf(sb, 'boxy', '/srv/data');
    // The PUT replaces the whole schedule: the retention no longer declared is back at its default.
    expect(b?.fields).toMatchObject({ frequency: '0 3 * * *', save_s3: true, retention_amount_locally: 7, timeout: 600 });
  });

  it('a storage removed from the manifest: its backup schedule is deleted first, then the storage', async () => {
    writeFileSync(file, MANIFEST({ mountPath: '/srv/data', storage: false }));
    const { json } = await plan();
    expect(json.resourceChanges.find((c) => c.address.endsWith('#storage/data'))?.action).toBe('delete');
    await apply();
    expect(sb.store.world.storages.some((s) => s.fields.mount_path === '/srv/data')).toBe(false);
    expect(sb.store.world.volumeBackups).toEqual([]);
  });
});
