import { describe, expect, it } from 'vitest';
import { compareVersions, parseVersion } from '../../src/releases/version.js';

function cmp(a: string, b: string): number {
  return Math.sign(compareVersions(parseVersion(a)!, parseVersion(b)!));
}

describe('compareVersions', () => {
  it('compares like semver, pre-releases included', () => {
    expect(cmp('4.3.11', '4.3.9')).toBe(1);
    expect(cmp('4.0.0-beta.400', '4.0.0-beta.99')).toBe(1);
    expect(cmp('4.0.0-beta.400', '4.0.0')).toBe(-1);
    expect(cmp('4.0.0-beta.400', '4.0.0-beta.400')).toBe(0);
    expect(cmp('4.0.0-beta', '4.0.0-beta.1')).toBe(-1);
    expect(cmp('4.0.0-alpha.9', '4.0.0-beta.1')).toBe(-1);
    expect(cmp('v4.1', '4.1.0')).toBe(0);
    expect(parseVersion('four')).toBeUndefined();
  });
});
