/**
 * Checks for application domains and preview URL templates. Domains must be `http(s)://`
 * URLs with a valid host name, an optional port and no path (except `/`), query or fragment.
 */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

/** True for a syntactically valid DNS host name with at least two labels (or `localhost`). */
export function isValidHostname(host: string): boolean {
  if (host === 'localhost') return true;
  if (host.length > 253) return false;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((l) => LABEL.test(l))) return false;
  return !/^\d+$/.test(labels[labels.length - 1]!) || labels.every((l) => /^\d+$/.test(l));
}

/** Checks one domain; returns what is wrong, or undefined when valid. */
export function checkDomain(domain: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(domain);
  if (!m) return `\`${domain}\` must start with \`https://\` or \`http://\``;
  const scheme = m[1]!.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return `\`${domain}\` uses \`${scheme}://\`; only http and https are allowed`;
  const rest = m[2]!;
  if (/[?#]/.test(rest)) return `\`${domain}\` must not have a query or fragment`;
  if (rest.includes('@')) return `\`${domain}\` must not hold credentials`;
  const slash = rest.indexOf('/');
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash);
  if (path !== '' && path !== '/') return `\`${domain}\` has a path (\`${path}\`); only a bare host is supported`;
  const pm = /^([^:]*)(?::(\d{1,5}))?$/.exec(authority);
  if (!pm) return `\`${domain}\` has a malformed host or port`;
  const host = pm[1]!;
  const port = pm[2];
  if (!isValidHostname(host)) return `\`${host}\` is not a valid host name`;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return `port \`${port}\` is outside 1–65535`;
  return undefined;
}

/** Placeholders Coolify expands in `preview_url_template`. */
export const URL_TEMPLATE_PLACEHOLDERS = ['pr_id', 'random', 'domain'] as const;

/** Checks a preview URL template such as `pr-{{pr_id}}.preview.example.com`. */
export function checkUrlTemplate(template: string): string | undefined {
  const names = [...template.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1] ?? '');
  const unknown = names.find((n) => !(URL_TEMPLATE_PLACEHOLDERS as readonly string[]).includes(n));
  if (unknown !== undefined) return `unknown placeholder \`{{${unknown}}}\` (allowed: {{pr_id}}, {{random}}, {{domain}})`;
  const stripped = template.replace(/\{\{\s*[^{}]*?\s*\}\}/g, '');
  if (/[{}]/.test(stripped)) return 'unbalanced `{{` / `}}`';
  if (!names.includes('pr_id') && !names.includes('random')) {
    return 'the template needs `{{pr_id}}` or `{{random}}`, otherwise every preview gets the same URL';
  }
  const sample = template
    .replace(/\{\{\s*pr_id\s*\}\}/g, '123')
    .replace(/\{\{\s*random\s*\}\}/g, 'abc123')
    .replace(/\{\{\s*domain\s*\}\}/g, 'example.com');
  const url = /^https?:\/\//i.test(sample) ? sample : `https://${sample}`;
  const problem = checkDomain(url);
  return problem ? `the template does not give a valid URL: ${problem}` : undefined;
}
