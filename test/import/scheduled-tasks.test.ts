import { describe, expect, it } from 'vitest';
import { importScheduledTasks } from '../../src/import/scheduled-tasks.js';
import type { ImportRename } from '../../src/import/types.js';

describe('importScheduledTasks', () => {
  it('writes none for an owner without tasks', () => {
    expect(importScheduledTasks([], 'p/e/service/s', [])).toBeUndefined();
  });

  it('leaves Coolify’s defaults out and keeps what differs, for a service as for an application', () => {
    const renames: ImportRename[] = [];
    const out = importScheduledTasks(
      [
        { uuid: 't1', name: 'vacuum', command: 'vacuumdb -a', frequency: '0 3 * * *', container: 'postgresql', enabled: true, timeout: 300 },
        { uuid: 't2', name: 'Warm Cache', command: 'curl -fsS http://x', frequency: 'hourly', container: null, enabled: false, timeout: 60 },
      ],
      'p/e/service/s',
      renames,
    );
    expect(out).toEqual({
      vacuum: { command: 'vacuumdb -a', frequency: '0 3 * * *', container: 'postgresql' },
      'warm-cache': { command: 'curl -fsS http://x', frequency: 'hourly', enabled: false, timeout: 60 },
    });
    // a name that is not a legal manifest name is changed, and the change reported
    expect(renames).toEqual([{ kind: 'scheduledTask', where: 'p/e/service/s', from: 'Warm Cache', to: 'warm-cache' }]);
  });
});
