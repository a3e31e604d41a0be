/**
 * Application storages (persistent volumes and mounted files): capability table and
 * lowering. Coolify prefixes volume names with the owner's uuid on save.
 */
import { subAddress } from '../model/address.js';
import type { DesiredResource } from '../model/resource.js';
import type { DesiredValue } from '../model/value.js';
import type { Resolved, StorageSpec } from '../manifest/types.js';
import type { KindSpec } from './spec.js';
import { field, writeOnly } from './field-helpers.js';
import { base64Text, bool, path, storageName } from './normalize.js';
import { asPlain, setIf } from './lower-helpers.js';

/**
 * The storage capability table. Mount changes need the owner redeployed. The volume backup
 * schedule cannot be read back (API-NOTES §10.4): write-only. `type` is the subtype.
 */
export const STORAGE_SPEC: KindSpec = {
  kind: 'storage',
  subtypeChange: 'replace',
  tags: false,
  description: false,
  liveSubtype: (f) => (f['type'] === 'file' || 'fs_path' in f ? 'file' : 'volume'),
  fields: [
    field('name', 'name', 'redeploy', { normalize: storageName, onlyFor: ['volume'] }),
    field('mount_path', 'mountPath', 'redeploy', { normalize: path }),
    field('host_path', 'hostPath', 'redeploy', { onlyFor: ['volume'] }),
    // `LocalFileVolume::$hidden = ['content']`: GET shows it only to read:sensitive tokens.
    field('content', 'content', 'redeploy', { normalize: base64Text, multiline: true, needsReadSensitive: true, onlyFor: ['file'] }),
    field('is_directory', 'isDirectory', 'replace', { normalize: bool, patchable: false, onlyFor: ['file'] }),
    writeOnly('backup', 'backup', 'update', { creatable: false, patchable: false }),
  ],
};

/** Lowers one storage entry of an application. */
export function lowerStorage(owner: string, name: string, s: Resolved<StorageSpec>): DesiredResource {
  const subtype = asPlain(s.type) ?? (s.content !== undefined ? 'file' : 'volume');
  const fields: Record<string, DesiredValue> = { mount_path: s.mountPath };
  if (subtype === 'volume') fields['name'] = name;
  setIf(fields, 'host_path', s.hostPath);
  setIf(fields, 'content', s.content);
  setIf(fields, 'is_directory', s.isDirectory);
  if (s.backup !== undefined) {
    const b: Record<string, DesiredValue> = { schedule: s.backup.schedule };
    setIf(b, 's3', s.backup.s3);
    setIf(b, 'enabled', s.backup.enabled);
    fields['backup'] = b;
  }
  return { address: subAddress(owner, 'storage', name), kind: 'storage', name, subtype, parent: owner, fields, protect: false, ignoreChanges: [] };
}
