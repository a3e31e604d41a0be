/** Preview URLs from Coolify's `preview_url_template` (pure). */

/** The explicit port of a URL as written (`https://a.com:443` keeps 443, like PHP's parse_url). */
function explicitPort(text: string, url: URL): string {
  if (url.port !== '') return url.port;
  const authority = text.slice(text.indexOf('//') + 2).split(/[/?#]/)[0] ?? '';
  const m = /:(\d+)$/.exec(authority.replace(/^[^@]*@/, ''));
  return m ? String(Number(m[1])) : '';
}

/**
 * The URL of preview `pr`, as `generate_preview_fqdn` builds it
 * (app/Models/ApplicationPreview.php:108-129): from the app's first domain (`fqdn`),
 * `{{pr_id}}` → pr and `{{domain}}` → that domain's host only; then the scheme in front and
 * that domain's `:port` and path (unless `/`) behind, whatever the template says. Undefined
 * when the app has no domain (Coolify then gives the preview none), the template is empty, or
 * it uses `{{random}}` (only Coolify knows it).
 */
export function previewUrl(template: string | null | undefined, fqdn: string | null | undefined, pr: number): string | undefined {
  const first = (fqdn ?? '').split(',')[0]?.trim() ?? '';
  if (!first) return undefined;
  let url: URL;
  try {
    url = new URL(first);
  } catch {
    return undefined;
  }
  // The column's default (database migrations) is `{{pr_id}}.{{domain}}`.
  const t = template === null || template === undefined ? '{{pr_id}}.{{domain}}' : template.trim();
  if (t === '' || t.includes('{{random}}')) return undefined;
  const host = t.replaceAll('{{domain}}', url.hostname).replaceAll('{{pr_id}}', String(pr));
  const port = explicitPort(first, url);
  const path = url.pathname !== '' && url.pathname !== '/' ? url.pathname : '';
  return `${url.protocol}//${host}${port ? `:${port}` : ''}${path}`;
}
