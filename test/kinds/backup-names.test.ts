/** Stable backup addresses (ux-audit p1.7): Coolify keeps no backup name. */
import { describe, expect, it } from 'vitest';
import { nameBackups } from '../../src/kinds/backup.js';
import type { DesiredResource } from '../../src/model/resource.js';
import { addr } from '../helpers/address.js';

const DB = 'shop/production/database/db';
function wanted(name: string, frequency: string): DesiredResource {
  return { address: addr(`${DB}#backup/${name}`), kind: 'backup', name, parent: addr(DB), fields: { frequency }, protect: false, ignoreChanges: [] };
}
const live = (id: number, frequency: string) => ({ id, uuid: `uuid-${id}`, frequency });
const names = (records: ReturnType<typeof live>[], want: DesiredResource[]) => nameBackups(records, want).map((b) => [b.uuid, b.name]);

describe('naming live backups (ux-audit p1.7)', () => {
  it('a backup the manifest dropped is named by its uuid, not by its position', () => {
    expect(names([live(1, '15 3 * * *')], [])).toEqual([['uuid-1', 'uuid-1']]);
  });

  it('its name does not change when other backups are added or removed', () => {
    const nightly = wanted('nightly', '0 3 * * *');
    const weekly = wanted('weekly', '0 4 * * 0');
    const records = [live(1, '0 3 * * *'), live(2, '0 4 * * 0'), live(3, '0 5 * * *')];
    expect(names(records, [nightly, weekly])).toEqual([['uuid-1', 'nightly'], ['uuid-2', 'weekly'], ['uuid-3', 'uuid-3']]);
    // nightly dropped too: weekly keeps its own backup (same schedule), the others their uuids
    expect(names(records, [weekly])).toEqual([['uuid-1', 'uuid-1'], ['uuid-2', 'weekly'], ['uuid-3', 'uuid-3']]);
  });

  it('an entry whose schedule changed keeps its backup by position', () => {
    const records = [live(1, '0 3 * * *'), live(2, '0 4 * * 0')];
    expect(names(records, [wanted('nightly', '0 2 * * *'), wanted('weekly', '0 4 * * 0')])).toEqual([['uuid-1', 'nightly'], ['uuid-2', 'weekly']]);
  });
});
