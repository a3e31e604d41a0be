/**
 * Database backup schedules: capability table and lowering (API-NOTES §7).
 * Backups have no name in Coolify: the address uses the manifest `name` or the position, and a
 * live backup the manifest no longer declares is named by its uuid (see `nameBackups`).
 */
import { BACKUP_DEFAULTS } from './defaults.js';
import { s3Address, subAddress, type Address } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { BackupSpec, Resolved, RetentionSpec } from '../manifest/types.js';
import { readsUnder, type KindSpec, type RawChild } from './spec.js';
import type { WireRecord } from './raw-client.js';
import { field, writeOnly } from './field-helpers.js';
import { bool, commaSet, numeric } from './normalize.js';
import { asPlain, joinValues, setIf } from './lower-helpers.js';
import { ownBackupConfigs } from './database.js';

/** The backup capability table. Changes apply on PATCH alone. */
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export const BACKUP_SPEC: KindSpec = {
  kind: 'backup',
  subtypeChange: 'replace',
  tags: false,
  description: false,
  descriptionHasLengthLimit: false,
  literalSecretKeys: [],
  liveFqdn: null,
  liveDefaults: () => BACKUP_DEFAULTS,
  fields: [
    field('frequency', 'schedule', 'update'),
    field('enabled', 'enabled', 'update', { normalize: bool }),
    // Implied by `s3` (true whenever it names a storage): one `s3` line in plans.
    field('save_s3', 's3', 'update', { normalize: bool, implied: true }),
    // GET returns only an integer `s3_storage_id` and `/s3-storages` hides ids, so the
    // S3 target cannot be compared: write-only, resolved from the address at payload time.
    writeOnly('s3_storage_uuid', 's3', 'update', { resolve: 's3Storage' }),
    field('databases_to_backup', 'databases', 'update', { normalize: commaSet, list: 'comma' }),
    field('dump_all', 'dumpAll', 'update', { normalize: bool }),
    field('timeout', 'timeout', 'update', { normalize: numeric }),
    // Accepted from Coolify 4.3.23 (release table); older releases drop it with ADO505.
    field('missing_backup_notification_days', 'missingBackupAlertDays', 'update', { normalize: numeric }),
    field('database_backup_retention_amount_locally', 'keepLocally.amount', 'update', { normalize: numeric }),
    field('database_backup_retention_days_locally', 'keepLocally.days', 'update', { normalize: numeric }),
    field('database_backup_retention_max_storage_locally', 'keepLocally.maxGb', 'update', { normalize: numeric }),
    field('database_backup_retention_amount_s3', 'keepInS3.amount', 'update', { normalize: numeric }),
    field('database_backup_retention_days_s3', 'keepInS3.days', 'update', { normalize: numeric }),
    field('database_backup_retention_max_storage_s3', 'keepInS3.maxGb', 'update', { normalize: numeric }),
  ],
  reads: readsUnder({
    owners: ['database'],
    ownerField: 'backup_configs',
    read: async (_client, owner, wanted) => nameBackups([...ownBackupConfigs(owner.subtype, owner.record.backup_configs)], wanted),
  }),
};

/**
 * Names a database's live backups as the manifest's entries under it (`wanted`) name them.
 * Coolify keeps no name (its API writes no `description`): an entry claims the oldest live
 * backup with its schedule, then the entries left take the backups left by position (oldest
 * first), so an edited schedule keeps its backup. A live backup no entry claims (one the
 * manifest dropped) is named by its Coolify uuid: an address that does not change when other
 * backups are added or removed.
 */
export function nameBackups(records: readonly WireRecord[], wanted: readonly DesiredResource[]): RawChild[] {
  const live = [...records].sort((a, b) => Number(a.id ?? 0) - Number(b.id ?? 0));
  const names = new Map<WireRecord, string>();
  const unmatched: DesiredResource[] = [];
  for (const w of wanted) {
    const schedule = w.fields['frequency'];
    const same = live.find((r) => !names.has(r) && typeof schedule === 'string' && r.frequency === schedule);
    if (same) names.set(same, w.name);
    else unmatched.push(w);
  }
  const left = live.filter((r) => !names.has(r));
  unmatched.forEach((w, i) => {
    const r = left[i];
    if (r) names.set(r, w.name);
  });
  return live.map((record) => ({ record, uuid: str(record.uuid), name: names.get(record) ?? (str(record.uuid) || String(live.indexOf(record))) }));
}

function lowerRetention(fields: Record<string, DesiredValue>, where: 'locally' | 's3', r: Resolved<RetentionSpec> | undefined): void {
  if (!r) return;
  setIf(fields, `database_backup_retention_amount_${where}`, r.amount);
  setIf(fields, `database_backup_retention_days_${where}`, r.days);
  setIf(fields, `database_backup_retention_max_storage_${where}`, r.maxGb);
}

/** Lowers one backup entry of a database (`index` names it when it has no `name`). */
export function lowerBackup(owner: Address, index: number, backup: Resolved<BackupSpec>, protect: boolean): DesiredResource {
  const name = asPlain(backup.name) ?? String(index);
  const fields: Record<string, DesiredValue> = { frequency: backup.schedule };
  setIf(fields, 'enabled', backup.enabled);
  const s3 = asPlain(backup.s3);
  fields['save_s3'] = s3 !== undefined;
  if (s3 !== undefined) fields['s3_storage_uuid'] = s3Address(s3);
  if (backup.databases !== undefined) fields['databases_to_backup'] = joinValues(backup.databases, ',');
  setIf(fields, 'dump_all', backup.dumpAll);
  setIf(fields, 'timeout', backup.timeout);
  setIf(fields, 'missing_backup_notification_days', backup.missingBackupAlertDays);
  lowerRetention(fields, 'locally', backup.keepLocally);
  lowerRetention(fields, 's3', backup.keepInS3);
  return {
    address: subAddress(owner, 'backup', name),
    kind: 'backup',
    name,
    parent: owner,
    fields,
    protect,
    ignoreChanges: [],
  };
}
