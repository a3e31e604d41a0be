import { describe, expect, it } from 'vitest';
import { databaseImageCaveat } from '../../src/kinds/database-versions.js';

describe('databaseImageCaveat: which image changes need a data migration (audit M8)', () => {
  it.each<[string, string, string, string | undefined]>([
    ['postgresql', 'postgres:16-alpine', 'postgres:17-alpine', 'major version 16 → 17'],
    ['postgresql', 'postgres:17', 'postgres:16', 'major version 17 → 16'],
    ['postgresql', 'postgres:16-alpine', 'postgres:16.4-bookworm', undefined],
    ['postgresql', 'postgres:9.5', 'postgres:9.6', 'major version 9.5 → 9.6'],
    ['postgresql', 'docker.io/library/postgres:15', 'postgres:16', 'major version 15 → 16'],
    ['postgresql', 'postgres:16', 'postgres:latest', undefined],
    ['postgresql', 'postgres', 'postgres:17', undefined],
    ['postgresql', 'postgres@sha256:' + 'a'.repeat(64), 'postgres:17', undefined],
    ['mysql', 'mysql:8.0', 'mysql:8.4', 'release series 8.0 → 8.4'],
    ['mysql', 'mysql:8', 'mysql:8.4', undefined],
    ['mysql', 'mysql:8.4', 'mysql:8.0', 'a downgrade is not supported'],
    ['mariadb', 'mariadb:10.11', 'mariadb:11.4', 'mariadb-upgrade'],
    ['mongodb', 'mongo:6.0', 'mongo:7.0', 'featureCompatibilityVersion'],
    ['redis', 'redis:7-alpine', 'redis:8-alpine', undefined],
    ['redis', 'redis:8', 'redis:7.2', 'a downgrade is not supported'],
    ['keydb', 'eqalpha/keydb:6', 'eqalpha/keydb:5', 'a downgrade is not supported'],
    ['dragonfly', 'dragonfly:1.10', 'dragonfly:2.0', undefined],
    ['clickhouse', 'clickhouse/clickhouse-server:23', 'clickhouse/clickhouse-server:24', undefined],
  ])('%s %s → %s', (engine, before, after, expected) => {
    const caveat = databaseImageCaveat(before, after, engine);
    if (expected === undefined) expect(caveat).toBeUndefined();
    else {
      expect(caveat?.code).toBe('data-migration');
      expect(caveat?.note).toContain(expected);
    }
  });
});
