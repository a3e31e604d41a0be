import { describe, expect, it } from 'vitest';
import { databaseSubtype } from '../../src/kinds/live-subtype.js';

describe('databaseSubtype', () => {
  it('reads the engine from database_type, or from /resources type', () => {
    expect(databaseSubtype({ database_type: 'standalone-postgresql' })).toBe('postgresql');
    expect(databaseSubtype({ type: 'standalone-clickhouse' })).toBe('clickhouse');
  });

  // Coolify 4.3.11 answers a KeyDB without database_type (StandaloneKeydb.php:55 $appends).
  it('tells a KeyDB record without database_type by its own columns', () => {
    expect(databaseSubtype({ uuid: 'k', keydb_conf: null, image: 'eqalpha/keydb:latest' })).toBe('keydb');
    expect(databaseSubtype({ uuid: 'k', keydb_password: 'p' })).toBe('keydb');
    expect(databaseSubtype({ uuid: 'x' })).toBeUndefined();
  });
});
