/** Domain lists from live data, with the manifest's secrets masked as the plan masks them. */

/** What a domain holding a secret is shown as (the plan's words for a sensitive value). */
export const SENSITIVE_DOMAIN = '(sensitive value)';

/**
 * Splits Coolify's comma-separated `fqdn` into domains; a domain that contains any of the
 * secret values (a `${secrets.X}` the manifest put in `domains`) is shown as
 * `(sensitive value)`, in every output that prints it (status, deploy, their JSON).
 */
export function maskSecretDomains(fqdn: string, secretValues: readonly string[]): string[] {
  const secrets = secretValues.filter((v) => v.length >= 4);
  return fqdn
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((d) => (secrets.some((v) => d.includes(v) || d.toLowerCase().includes(v.toLowerCase())) ? SENSITIVE_DOMAIN : d));
}
