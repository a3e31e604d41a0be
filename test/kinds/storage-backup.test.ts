import { describe, expect, it } from 'vitest';
import { lowerStorage, STORAGE_SPEC } from '../../src/kinds/storage.js';
import { buildCreateRequest, buildStorageBackupBody, buildUpdateBody, type PayloadContext } from '../../src/kinds/payload.js';
import { diffResource } from '../../src/diff/diff-resource.js';
import { fieldView } from '../../src/render/fields.js';
import type { LiveResource } from '../../src/model/resource.js';
import { addr } from '../helpers/address.js';

const ctx: PayloadContext = {
  ownerUuid: 'owner',
  refs: () => undefined,
  resolveUuid: (what, name) => (what === 's3Storage' && name === 's3/backups-eu' ? 's3-uuid' : undefined),
};
const OWNER = addr('ado/production/application/workers-1');
const full = lowerStorage(OWNER, 'workspaces', {
  mountPath: '/workspaces',
  backup: { schedule: 'daily', s3: 'backups-eu', enabled: false, keepLocally: { amount: 3, days: 2, maxGb: 1.5 }, keepInS3: { days: 30 }, timeout: 600, stopDuringBackup: true, disableLocalBackup: true },
});
const live: LiveResource = { kind: 'storage', uuid: 'st', name: 'workspaces', address: full.address, owned: true, subtype: 'volume', fields: { name: 'abcdefghijklmnopqrstuvwx-workspaces', mount_path: '/workspaces', host_path: null } };

describe('storage volume backup (VolumeBackupsController upsert body)', () => {
  it('lowers every manifest field to its wire key, S3 by address', () => {
    expect(Object.fromEntries(Object.entries(full.fields).filter(([k]) => k.startsWith('backup.')))).toEqual({
      'backup.frequency': 'daily', 'backup.enabled': false, 'backup.save_s3': true, 'backup.s3_storage_uuid': 's3/backups-eu',
      'backup.disable_local_backup': true, 'backup.stop_during_backup': true,
      'backup.retention_amount_locally': 3, 'backup.retention_days_locally': 2, 'backup.retention_max_storage_locally': 1.5,
      'backup.retention_days_s3': 30, 'backup.timeout': 600,
    });
  });

  it('the PUT body holds only allow-listed keys, the S3 name resolved to its uuid', () => {
    expect(buildStorageBackupBody(full, ctx)).toEqual({
      frequency: 'daily', enabled: false, save_s3: true, s3_storage_uuid: 's3-uuid', disable_local_backup: true, stop_during_backup: true,
      retention_amount_locally: 3, retention_days_locally: 2, retention_max_storage_locally: 1.5, retention_days_s3: 30, timeout: 600,
    });
    const none = lowerStorage(OWNER, 'data', { mountPath: '/data' });
    expect(buildStorageBackupBody(none, ctx)).toBeUndefined();
    expect(buildStorageBackupBody(lowerStorage(OWNER, 'w', { mountPath: '/w', backup: { schedule: 'hourly' } }), ctx)).toEqual({ frequency: 'hourly', save_s3: false });
  });

  it('never goes into the storage create or PATCH body', () => {
    const create = buildCreateRequest(full, ctx);
    expect(create.body).toEqual({ type: 'persistent', name: 'workspaces', mount_path: '/workspaces' });
    expect(create.followUp).toBeUndefined();
    const patch = buildUpdateBody(full, { changes: Object.keys(full.fields).map((path) => ({ path, label: path, before: null, after: null, sensitive: false, effect: 'update' })), uuid: 'st' }, ctx);
    expect(Object.keys(patch).filter((k) => k.startsWith('backup'))).toEqual([]);
  });

  it('diff: write-only, never drift; shown (not counted) with the changes it rides along with', () => {
    const same = diffResource(full, live, STORAGE_SPEC, { canReadSensitive: true, refs: () => undefined });
    expect(same.hasChanges).toBe(false);
    expect(same.unchangedCount).toBe(2); // name and mount_path; write-only entries are not "unchanged"
    const backup = same.changes.filter((c) => c.path.startsWith('backup.'));
    expect(backup.length).toBe(11);
    expect(backup.every((c) => c.writeOnly === true && c.counts === false && c.before === undefined)).toBe(true);
    const moved = diffResource(full, { ...live, fields: { ...live.fields, mount_path: '/old' } }, STORAGE_SPEC, { canReadSensitive: true, refs: () => undefined });
    expect(moved.changes.filter((c) => c.counts).map((c) => c.path)).toEqual(['mount_path']);
  });

  it('renders as write-only', () => {
    const view = fieldView({ path: 'backup.frequency', label: 'backup.schedule', before: undefined, after: 'daily', sensitive: false, effect: 'update', writeOnly: true });
    expect(view).toEqual({ type: 'set', sign: '+', label: 'backup.schedule', value: '"daily" (write-only: sent, cannot be read back)' });
  });
});
