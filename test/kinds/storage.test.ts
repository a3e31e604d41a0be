import { describe, expect, it } from 'vitest';
import type { DesiredResource, LiveResource } from '../../src/model/resource.js';
import { STORAGE_SPEC } from '../../src/kinds/storage.js';
import { diffResource } from '../../src/diff/diff-resource.js';
import { addr } from '../helpers/address.js';

// Row 12: `LocalFileVolume::$hidden = ['content']` (app/Models/LocalFileVolume.php:30-32),
// shown only with read:sensitive (app/Http/Controllers/Api/ApplicationsController.php:91-98, 4564).
describe('file storage content needs read:sensitive', () => {
  const want: DesiredResource = {
    address: addr('p/e/application/a#storage/conf'), kind: 'storage', name: 'conf', subtype: 'file', parent: addr('p/e/application/a'),
    fields: { mount_path: '/etc/app.conf', content: 'a = 1' }, protect: false, ignoreChanges: [],
  };
  const live = (fields: Record<string, unknown>): LiveResource => ({
    kind: 'storage', uuid: 's', name: 'conf', address: want.address, owned: true, subtype: 'file', fields: { fs_path: '/x', mount_path: '/etc/app.conf', ...fields },
  });

  it('is marked needsReadSensitive', () => {
    expect(STORAGE_SPEC.fields.find((f) => f.path === 'content')?.needsReadSensitive).toBe(true);
  });

  it('without read:sensitive the plan says it cannot be compared (not drift)', () => {
    const d = diffResource(want, live({}), STORAGE_SPEC, { canReadSensitive: false, refs: () => undefined });
    expect(d.hasChanges).toBe(false);
    expect(d.changes.map((c) => [c.path, c.counts, c.sensitiveState])).toEqual([['content', false, 'unverifiable']]);
  });

  it('with read:sensitive a changed content is drift', () => {
    const d = diffResource(want, live({ content: 'a = 2' }), STORAGE_SPEC, { canReadSensitive: true, refs: () => undefined });
    expect(d.changes.filter((c) => c.counts).map((c) => c.path)).toEqual(['content']);
  });
});

// Coolify 4.3.11's storage records carry no `type` (checked against the real 4.3.11): a file
// mount is told from a volume by its `fs_path` column (LocalFileVolume), never by a `type` key.
describe('the live subtype of a storage record', () => {
  it('is file for a record with fs_path, volume for one without, whatever a `type` key says', () => {
    expect(STORAGE_SPEC.liveSubtype?.({ uuid: 's', fs_path: '/data/coolify/applications/a/etc/x', mount_path: '/etc/x', is_directory: false })).toBe('file');
    expect(STORAGE_SPEC.liveSubtype?.({ uuid: 's', name: 'a-data', mount_path: '/data', host_path: null, container_id: null })).toBe('volume');
    expect(STORAGE_SPEC.liveSubtype?.({ uuid: 's', type: 'file', name: 'a-data', mount_path: '/data' })).toBe('volume');
  });
});
