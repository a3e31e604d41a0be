/**
 * Databases and their backup schedules: live record → manifest entry, through the generic
 * reverse mapping of `DATABASE_SPEC` and `BACKUP_SPEC`. Passwords are left out unless asked
 * for (Coolify keeps them and never diffs an unset password). Pure.
 */
import type { DatabaseType } from '../manifest/types.js';
import { BACKUP_SPEC } from '../kinds/backup.js';
import { DATABASE_SPEC } from '../kinds/database.js';
import { databaseSubtype } from '../kinds/live-subtype.js';
import { BACKUP_DEFAULTS, DATABASE_AUTO_ENV, databaseDefaults } from '../kinds/defaults.js';
import { importEnv } from './env.js';
import { reverseFields } from './reverse-fields.js';
import type { SecretBook } from './secrets.js';
import type { DatabaseSnapshot, ImportNote, WireRecord } from './types.js';

/** What the database mapping needs besides the snapshot. */
export interface DatabaseContext {
  address: string;
  name: string;
  book: SecretBook;
  notes: ImportNote[];
  /** Write passwords as `${secrets.X}` placeholders. */
  passwords: boolean;
  /** The manifest name of the S3 storage backups go to, when it can be told. */
  s3Name?: string;
}

const DATABASE_TYPES: readonly DatabaseType[] = ['postgresql', 'mysql', 'mariadb', 'mongodb', 'redis', 'keydb', 'dragonfly', 'clickhouse', 'sqlite'];

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/** The engine of a live database record, or undefined when it is not one of the nine. */
export function databaseTypeOf(record: WireRecord): DatabaseType | undefined {
  const t = databaseSubtype(record);
  return DATABASE_TYPES.find((x) => x === t);
}

/** The database's own database name (the default of a backup's `databases`). */
function ownDatabase(record: WireRecord): string | null {
  const v = record.postgres_db ?? record.mysql_database ?? record.mariadb_database ?? record.mongo_initdb_database ?? null;
  return typeof v === 'string' ? v : null;
}

function importBackup(config: WireRecord, db: WireRecord, ctx: DatabaseContext, index: number): Record<string, unknown> {
  const fields = reverseFields(BACKUP_SPEC, config, {
    defaults: { ...BACKUP_DEFAULTS, databases_to_backup: ownDatabase(db) },
    skipLabels: new Set(['schedule', 's3']),
    secret: () => undefined,
  });
  const entry: Record<string, unknown> = { schedule: str(config.frequency), ...fields };
  if (config.save_s3 === true) {
    if (ctx.s3Name !== undefined) entry['s3'] = ctx.s3Name;
    else {
      ctx.notes.push({
        severity: 'todo',
        where: `${ctx.address} backups[${index}].s3`,
        message: 'saves to S3, but Coolify does not say which storage (several exist): set `s3:` to the right entry of s3Storages, or the plan turns S3 off',
      });
    }
  }
  return entry;
}

/** The manifest entry of one database (with its backups), or undefined for an unknown engine. */
export function importDatabase(snap: DatabaseSnapshot, ctx: DatabaseContext): Record<string, unknown> | undefined {
  const record = snap.record;
  const type = databaseTypeOf(record);
  if (type === undefined) {
    ctx.notes.push({ severity: 'warning', where: ctx.address, message: `unknown database type ${str(record.database_type)}: not imported` });
    return undefined;
  }
  const fields = reverseFields(DATABASE_SPEC, record, {
    subtype: type,
    defaults: databaseDefaults(type),
    skipLabels: new Set(['name', 'description']),
    secret: (f, value) => (ctx.passwords ? ctx.book.add([ctx.name, f.label === 'rootPassword' ? 'ROOT_PASSWORD' : 'PASSWORD'], `${ctx.address} ${f.label}`, value) : undefined),
  });
  const entry: Record<string, unknown> = { type, ...fields };
  const skip = new Set(DATABASE_AUTO_ENV[type] ?? []);
  const { env } = importEnv(snap.envs, DATABASE_SPEC.env!, { secretPrefix: [ctx.name], where: ctx.address }, ctx.book, ctx.notes, skip);
  if (env) entry['env'] = env;
  const ordered = [...snap.backups].sort((a, b) => Number(a.id ?? 0) - Number(b.id ?? 0));
  if (ordered.length > 0) entry['backups'] = ordered.map((b, i) => importBackup(b, record, ctx, i));
  return entry;
}
