/**
 * Application storages (persistent volumes and mounted files): capability table and
 * lowering. Coolify prefixes volume names with the owner's uuid on save.
 */
import { s3Address, subAddress, type Address } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { Resolved, RetentionSpec, StorageSpec } from '../manifest/types.js';
import { readsUnder, type FieldSpec, type KindSpec } from './spec.js';
import { field, writeOnly } from './field-helpers.js';
import { base64Text, bool, path, storageName } from './normalize.js';
import { asPlain, setIf } from './lower-helpers.js';
import { expectRecord, expectRecords } from './answer-shape.js';
import type { WireRecord } from './raw-client.js';

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
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** What a storage record is. */
export type StorageType = 'volume' | 'file';

/**
 * Coolify's storage records carry no `type`: a file mount (LocalFileVolume) has `fs_path` (and
 * `content`), a volume (LocalPersistentVolume) has neither (migrations 2023_09_22_185356,
 * 2023_04_03_111012). The one place that tells them apart.
 */
export function storageTypeOf(record: WireRecord): StorageType {
  return 'fs_path' in record || 'content' in record ? 'file' : 'volume';
}

/** A storages answer (checked): a flat list, or `{persistent_storages, file_storages}` as newer releases answer. */
export function storageRecords(answer: unknown, what: string): Array<{ record: WireRecord; type: StorageType }> {
  if (Array.isArray(answer)) return expectRecords(answer, what, {}).map((record) => ({ record, type: storageTypeOf(record) }));
  const grouped = expectRecord(answer, what, {});
  const part = (key: string, type: StorageType) =>
    (grouped[key] === undefined ? [] : expectRecords(grouped[key], `${what} (${key})`, {})).map((record) => ({ record, type }));
  return [...part('persistent_storages', 'volume'), ...part('file_storages', 'file')];
}

/**
 * The manifest name of a live storage: Coolify prefixes volume names with the application
 * uuid (the manifest name is what follows); file storages have no name, so the manifest
 * entry is found by mount path.
 */
function liveStorageName(record: WireRecord, type: StorageType, ownerUuid: string, wanted: readonly DesiredResource[]): string {
  const rawName = str(record.name ?? record.mount_path);
  const stripped = rawName.startsWith(`${ownerUuid}-`) ? rawName.slice(ownerUuid.length + 1) : rawName;
  const byMount = wanted.find((w) => w.fields.mount_path === record.mount_path && w.subtype === type);
  return wanted.some((w) => w.name === stripped) ? stripped : (byMount?.name ?? stripped);
}

export const STORAGE_SPEC: KindSpec = {
  kind: 'storage',
  subtypeChange: 'replace',
  tags: false,
  description: false,
  descriptionHasLengthLimit: false,
  literalSecretKeys: [],
  liveFqdn: null,
  // A new mounted file (e.g. prometheus.yml) is mounted when the container starts.
  planning: {
    redeploysOwner: ['application'],
    // A file mount's content is in the manifest; a volume's files are not.
    deletesData: (record) => ('content' in record || 'is_directory' in record ? undefined : 'the volume is no longer mounted and its files may be deleted'),
  },
  liveSubtype: storageTypeOf,
  fields: [
    field('name', 'name', 'redeploy', { normalize: storageName, onlyFor: ['volume'], dataNote: 'a volume of another name is another volume: the container starts with its files, not the old ones' }),
    field('mount_path', 'mountPath', 'redeploy', { normalize: path }),
    field('host_path', 'hostPath', 'redeploy', { onlyFor: ['volume'], dataNote: 'the container sees the files of the new host path, not the old ones' }),
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
  reads: readsUnder({
    owners: ['application'],
    ownerField: null,
    read: async (client, owner, wanted) =>
      storageRecords(await client.applications.storages.list(owner.uuid), `GET /applications/${owner.uuid}/storages`).map(({ record, type }) => ({
        record,
        uuid: str(record.uuid ?? record.id),
        name: liveStorageName(record, type, owner.uuid, wanted),
        subtype: type,
      })),
  }),
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
