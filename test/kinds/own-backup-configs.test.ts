import { describe, expect, it } from 'vitest';
import { DATABASE_ENGINES, ownBackupConfigs } from '../../src/kinds/database.js';

const PG = 'App\\Models\\StandalonePostgresql';
const REDIS = 'App\\Models\\StandaloneRedis';

describe('ownBackupConfigs: Coolify lists backups by database_id alone (DatabasesController.php:196-205)', () => {
  it.each([
    { engine: 'postgresql', configs: [{ uuid: 'a', database_type: PG }], kept: ['a'] },
    { engine: 'redis', configs: [{ uuid: 'a', database_type: PG }], kept: [] },
    { engine: 'redis', configs: [{ uuid: 'a', database_type: PG }, { uuid: 'b', database_type: REDIS }], kept: ['b'] },
    { engine: 'postgresql', configs: [{ uuid: 'a' }], kept: ['a'] },
    { engine: undefined, configs: [{ uuid: 'a', database_type: PG }], kept: ['a'] },
    { engine: 'unknown-engine', configs: [{ uuid: 'a', database_type: PG }], kept: ['a'] },
    { engine: 'postgresql', configs: 'not a list', kept: [] },
    { engine: 'postgresql', configs: [null, 3, ['x'], { uuid: 'a', database_type: PG }], kept: ['a'] },
  ])('$engine keeps $kept', ({ engine, configs, kept }) => {
    expect(ownBackupConfigs(engine, configs).map((c) => c.uuid)).toEqual(kept);
  });

  it('knows a distinct model class for every engine', () => {
    const classes = Object.values(DATABASE_ENGINES).map((e) => e.modelClass);
    expect(new Set(classes).size).toBe(classes.length);
    for (const c of classes) expect(c).toMatch(/^App\\Models\\Standalone[A-Z][a-z]+$/);
  });
});
