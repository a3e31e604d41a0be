import { describe, expect, it } from 'vitest';
import { maskSecretDomains, secretDomainPatterns, SENSITIVE_DOMAIN } from '../../src/render/mask-domains.js';
import type { DesiredValue } from '../../src/model/value.js';

const secretSub: DesiredValue = { $template: ['https://', { secret: 'SUB', value: '', missing: true }, '.example.com'] };
const patterns = secretDomainPatterns([secretSub, 'https://public.example.com']);

describe('domains holding a secret are masked by their shape when the value is unknown (UX audit M4)', () => {
  it.each([
    ['https://hidden123.example.com', SENSITIVE_DOMAIN],
    ['https://HIDDEN.example.com:8443', SENSITIVE_DOMAIN],
    ['https://a.b.example.com/path', SENSITIVE_DOMAIN],
    ['https://public.example.com', 'https://public.example.com'],
    ['https://public.example.com:443', 'https://public.example.com:443'],
    ['https://example.com', 'https://example.com'],
    ['https://x.other.org', 'https://x.other.org'],
  ])('%s → %s', (live, shown) => {
    expect(maskSecretDomains(live, [], patterns)).toEqual([shown]);
  });

  it('a domain without a secret gives no pattern; regex characters in a domain are literal', () => {
    expect(secretDomainPatterns(['https://a.example.com'])).toEqual([]);
    const [p] = secretDomainPatterns([{ $template: ['https://', { secret: 'S', value: 'x' }, '.ex+ample.com'] }]);
    expect(p!.test('https://q.ex+ample.com')).toBe(true);
    expect(p!.test('https://q.exxample.com')).toBe(false);
  });
});
