import { describe, expect, it } from 'vitest';
import { httpCheckUrl } from '../../../src/apply/steps/http-check.js';

describe('httpCheckUrl', () => {
  it('takes the url as given, or the path on the first domain', () => {
    expect(httpCheckUrl({ url: 'https://a.example/h', expectStatus: 200, timeout: '1s' }, 'https://b.example')).toBe('https://a.example/h');
    expect(httpCheckUrl({ path: '/health', expectStatus: 200, timeout: '1s' }, 'https://b.example/, https://c.example')).toBe('https://b.example/health');
  });
  it('has no URL for a path without a domain', () => {
    expect(httpCheckUrl({ path: '/health', expectStatus: 200, timeout: '1s' }, '')).toBeUndefined();
    expect(httpCheckUrl({ path: '/health', expectStatus: 200, timeout: '1s' }, null)).toBeUndefined();
  });
});
