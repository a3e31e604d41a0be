import { describe, expect, it } from 'vitest';
import { isResourceName, NameScope, sanitizeCoolifyName, sanitizeResourceName, secretNameFrom } from '../../src/import/names.js';
import type { ImportRename } from '../../src/import/types.js';

describe('import names', () => {
  it('sanitises resource names to the schema pattern', () => {
    expect(sanitizeResourceName('My App.v2')).toBe('my-app-v2');
    expect(sanitizeResourceName('--x--')).toBe('x');
    expect(sanitizeResourceName('???')).toBe('unnamed');
    const long = sanitizeResourceName('a'.repeat(80));
    expect(long).toHaveLength(63);
    expect(isResourceName(long)).toBe(true);
  });

  it('makes project and environment names Coolify-valid (3+ characters)', () => {
    expect(sanitizeCoolifyName('qa')).toBe('qa-x');
    expect(sanitizeCoolifyName('Prod (EU)')).toBe('Prod (EU)');
    expect(sanitizeCoolifyName('a|b')).toBe('a-b');
  });

  it('hands out unique names and records renames', () => {
    const renames: ImportRename[] = [];
    const scope = new NameScope('application', 'p/e', renames);
    expect(scope.take('api')).toBe('api');
    expect(scope.take('API')).toBe('api-2');
    expect(scope.take('file', false)).toBe('file');
    expect(renames).toEqual([{ kind: 'application', where: 'p/e', from: 'API', to: 'api-2' }]);
  });

  it('derives secret names', () => {
    expect(secretNameFrom('api-gateway', 'JWT_SECRET')).toBe('API_GATEWAY_JWT_SECRET');
    expect(secretNameFrom('s3', 'backups.eu', 'key')).toBe('S3_BACKUPS_EU_KEY');
    expect(secretNameFrom('1db', 'PASSWORD')).toBe('S_1DB_PASSWORD');
  });
});
