import { describe, expect, it } from 'vitest';
import { SecretScrubber } from '../../src/serve/scrubber.js';

describe('the serve scrubber', () => {
  it('redacts every secret it knows, learned at start or later', () => {
    const s = new SecretScrubber(['admin-token-9f1c']);
    expect(s.scrub('Bearer admin-token-9f1c')).not.toContain('admin-token-9f1c');
    expect(s.scrub('the git password hunter2-long')).toContain('hunter2-long');
    s.add(['hunter2-long', undefined]);
    expect(s.scrub('the git password hunter2-long')).not.toContain('hunter2-long');
  });

  it('redacts the secret part of a Coolify token (`id|secret`) on its own', () => {
    const s = new SecretScrubber(['7|coolifysecretpart42']);
    expect(s.scrub('token coolifysecretpart42 echoed')).not.toContain('coolifysecretpart42');
  });

  it('redacts encoded echoes (URL and JSON escaping) too', () => {
    const s = new SecretScrubber(['p@ss/w"rd-secret']);
    for (const echo of [encodeURIComponent('p@ss/w"rd-secret'), JSON.stringify('p@ss/w"rd-secret')]) {
      expect(s.scrub(`x ${echo} y`)).not.toContain(echo.replace(/^"|"$/g, ''));
    }
  });

  it('leaves values under four characters alone (they would mangle words)', () => {
    const s = new SecretScrubber(['abc']);
    expect(s.scrub('abc abcdef')).toBe('abc abcdef');
  });
});
