/**
 * Application storages (persistent volumes and mounted files): capability table and
 * lowering. Coolify prefixes volume names with the owner's uuid on save.
 */
import { s3Address, subAddress, type Address } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { Resolved, RetentionSpec, StorageSpec } from '../manifest/types.js';
import type { FieldSpec, KindSpec } from './spec.js';
import { field, writeOnly } from './field-helpers.js';
import { base64Text, bool, path, storageName } from './normalize.js';
import { asPlain, setIf } from './lower-helpers.js';

/** Wire key (VolumeBackupsController.php:202-216 allow-list), manifest label, options. */
const VOLUME_BACKUP_FIELDS: ReadonlyArray<[string, string, Partial<FieldSpec>?]> = [
  ['frequency', 'backup.schedule'],
  ['enabled', 'backup.enabled'],
  ['save_s3', 'backup.s3'],
  ['s3_storage_uuid', 'backup.s3', { resolve: 's3Storage' }],
  ['disable_local_backup', 'backup.disableLocalBackup'],
  ['stop_during_backup', 'backup.stopDuringBackup'],
  ['retention_amount_locally', 'backup.keepLocally.amount'],
  ['retention_days_locally', 'backup.keepLocally.days'],
  ['retention_max_storage_locally', 'backup.keepLocally.maxGb'],
  ['retention_amount_s3', 'backup.keepInS3.amount'],
  ['retention_days_s3', 'backup.keepInS3.days'],
  ['retention_max_storage_s3', 'backup.keepInS3.maxGb'],
  ['timeout', 'backup.timeout'],
];

/**
 * The storage capability table. Mount changes need the owner redeployed. The volume backup
 * schedule cannot be read back: write-only fields `backup.*`, sent by their own PUT after
 * the storage is created or updated. `type` is the subtype.
 */
export const STORAGE_SPEC: KindSpec = {
  kind: 'storage',
  subtypeChange: 'replace',
  tags: false,
  description: false,
  // Coolify's storage records carry no `type`: a file mount (LocalFileVolume) has `fs_path`,
  // a volume (LocalPersistentVolume) has not (migrations 2023_09_22_185356, 2023_04_03_111012).
  liveSubtype: (f) => ('fs_path' in f ? 'file' : 'volume'),
  fields: [
    field('name', 'name', 'redeploy', { normalize: storageName, onlyFor: ['volume'] }),
    field('mount_path', 'mountPath', 'redeploy', { normalize: path }),
    field('host_path', 'hostPath', 'redeploy', { onlyFor: ['volume'] }),
    // `LocalFileVolume::$hidden = ['content']`: GET shows it only to read:sensitive tokens.
    field('content', 'content', 'redeploy', { normalize: base64Text, multiline: true, needsReadSensitive: true, onlyFor: ['file'] }),
    field('is_directory', 'isDirectory', 'replace', { normalize: bool, patchable: false, onlyFor: ['file'] }),
    // Volume backup schedule: its own request, PUT …/storages/{storage_uuid}/backups
    // (app/Http/Controllers/Api/VolumeBackupsController.php:134 upsert). No GET returns it
    // (the storages list has no relation to it): write-only, sent after the storage exists.
    ...VOLUME_BACKUP_FIELDS.map(([wire, label, extra]) =>
      writeOnly(`backup.${wire}`, label, 'update', { creatable: false, patchable: false, via: 'storageBackup', onlyFor: ['volume'], ...extra }),
    ),
  ],
};

function lowerRetention(fields: Record<string, DesiredValue>, where: 'locally' | 's3', r: Resolved<RetentionSpec> | undefined): void {
  if (!r) return;
  setIf(fields, `backup.retention_amount_${where}`, r.amount);
  setIf(fields, `backup.retention_days_${where}`, r.days);
  setIf(fields, `backup.retention_max_storage_${where}`, r.maxGb);
}

/** Lowers one storage entry of an application. */
export function lowerStorage(owner: Address, name: string, s: Resolved<StorageSpec>): DesiredResource {
  const subtype = asPlain(s.type) ?? (s.content !== undefined ? 'file' : 'volume');
  const fields: Record<string, DesiredValue> = { mount_path: s.mountPath };
  if (subtype === 'volume') fields['name'] = name;
  setIf(fields, 'host_path', s.hostPath);
  setIf(fields, 'content', s.content);
  setIf(fields, 'is_directory', s.isDirectory);
  if (s.backup !== undefined && subtype === 'volume') {
    const b = s.backup;
    fields['backup.frequency'] = b.schedule;
    setIf(fields, 'backup.enabled', b.enabled);
    const s3 = asPlain(b.s3);
    // VolumeBackupsController.php:226-242: the S3 target counts only with save_s3.
    fields['backup.save_s3'] = s3 !== undefined;
    if (s3 !== undefined) fields['backup.s3_storage_uuid'] = s3Address(s3);
    setIf(fields, 'backup.disable_local_backup', b.disableLocalBackup);
    setIf(fields, 'backup.stop_during_backup', b.stopDuringBackup);
    lowerRetention(fields, 'locally', b.keepLocally);
    lowerRetention(fields, 's3', b.keepInS3);
    setIf(fields, 'backup.timeout', b.timeout);
  }
  return { address: subAddress(owner, 'storage', name), kind: 'storage', name, subtype, parent: owner, fields, protect: false, ignoreChanges: [] };
}
