/**
 * Audit M3 and m7: a secret echoed back in any transformed form is redacted, and values that
 * are not secret are never scrubbed.
 */
import { describe, expect, it } from 'vitest';
import { bodySecrets, REDACTED, Redactor } from '../../src/coolify/redact.js';

const SECRET = 'Sup3r-Secret value/42';
const FORMS: Array<[string, (s: string) => string]> = [
  ['as sent', (s) => s],
  ['with surrounding spaces trimmed', (s) => ` ${s} `.trim()],
  ['upper-cased', (s) => s.toUpperCase()],
  ['lower-cased', (s) => s.toLowerCase()],
  ['JSON-escaped', (s) => JSON.stringify(s).slice(1, -1)],
  ['URL-encoded', (s) => encodeURIComponent(s)],
  ['form-encoded', (s) => encodeURIComponent(s).replace(/%20/g, '+')],
  ['base64', (s) => Buffer.from(s).toString('base64')],
  ['base64 without padding', (s) => Buffer.from(s).toString('base64').replace(/=+$/, '')],
  ['base64url', (s) => Buffer.from(s).toString('base64url')],
  ['truncated to 8 characters', (s) => s.slice(0, 8)],
  ['truncated to 12 characters', (s) => s.slice(0, 12)],
];

describe('redaction of transformed echoes', () => {
  const r = new Redactor([SECRET]);
  it.each(FORMS)('%s', (_what, transform) => {
    const echo = transform(SECRET);
    const out = r.scrub(`The value "${echo}" is invalid.`);
    expect(out).not.toContain(echo);
    expect(out).toContain(REDACTED);
    expect(out.startsWith('The value "')).toBe(true);
  });

  it('a prefix shorter than 8 characters is not taken for the secret', () => {
    expect(r.scrub('Sup3r-S is fine')).toBe('Sup3r-S is fine');
  });

  it('m7: ordinary values sent in a body are not scrubbed from messages', () => {
    const body = { name: 'main', server_uuid: 'localhost', domains: 'https://main.example.com', postgres_password: 'pw-1234567' };
    const redactor = new Redactor(bodySecrets(body));
    expect(redactor.scrub('Domain conflicts detected. Use force_domain_override=true to proceed.')).toBe('Domain conflicts detected. Use force_domain_override=true to proceed.');
    expect(redactor.scrub('password pw-1234567 rejected')).toBe(`password ${REDACTED} rejected`);
  });

  it("m7: an env var's name (`key` of an env body) is not scrubbed, its value is", () => {
    const redactor = new Redactor(bodySecrets({ data: [{ key: 'DATABASE_HOST', value: 'db-internal-7' }] }));
    expect(redactor.scrub('DATABASE_HOST: db-internal-7 is invalid')).toBe(`DATABASE_HOST: ${REDACTED} is invalid`);
  });

  it('two secrets, one inside the other, are scrubbed whole', () => {
    const two = new Redactor(['abcd1234', 'xxabcd1234yy']);
    expect(two.scrub('got xxabcd1234yy and abcd1234')).toBe(`got ${REDACTED} and ${REDACTED}`);
  });
});
