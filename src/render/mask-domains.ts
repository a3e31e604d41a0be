/** Domain lists from live data, with the manifest's secrets masked as the plan masks them. */
import { isSecretPart, isTemplate, type DesiredValue } from '../model/value.js';

/** What a domain holding a secret is shown as (the plan's words for a sensitive value). */
export const SENSITIVE_DOMAIN = '(sensitive value)';

/**
 * Splits Coolify's comma-separated `fqdn` into domains; a domain that contains any of the
 * secret values (a `${secrets.X}` the manifest put in `domains`) is shown as
 * `(sensitive value)`, in every output that prints it (status, deploy, their JSON).
 */
export function maskSecretDomains(fqdn: string, secretValues: readonly string[], secretDomains: readonly RegExp[] = []): string[] {
  const secrets = secretValues.filter((v) => v.length >= 4);
  return fqdn
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((d) => (secrets.some((v) => d.includes(v) || d.toLowerCase().includes(v.toLowerCase())) || secretDomains.some((p) => p.test(d)) ? SENSITIVE_DOMAIN : d));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Patterns of the manifest's domains that hold a `${secrets.X}`, with each secret (and
 * reference) as a wildcard: a live domain that matches one is masked even when the secret's
 * value is not known (a read-only command run without secrets, UX audit M4), so that what
 * Coolify holds never prints in its place. An optional port and path may follow. The
 * manifest's domains without a secret are never masked.
 */
export function secretDomainPatterns(domains: readonly DesiredValue[]): RegExp[] {
  const tail = '(?::\\d+)?(?:/.*)?$';
  // a declared domain without a secret is never masked, whatever a wildcard would match
  const plain = domains.filter((d): d is string => typeof d === 'string').map(escape);
  const notPlain = plain.length > 0 ? `(?!(?:${plain.join('|')})${tail})` : '';
  const out: RegExp[] = [];
  for (const d of domains) {
    if (!isTemplate(d) || !d.$template.some(isSecretPart)) continue;
    const body = d.$template.map((p) => (typeof p === 'string' ? escape(p) : '.+?')).join('');
    out.push(new RegExp(`^${notPlain}${body}${tail}`, 'i'));
  }
  return out;
}
