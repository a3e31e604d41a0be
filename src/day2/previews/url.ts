/** Preview URLs from Coolify's `preview_url_template` (pure). */

/**
 * The URL of preview `pr`: `{{pr_id}}` → pr, `{{domain}}` → the host of the app's first
 * domain (`fqdn`), with that domain's scheme. Undefined when the app has no domain (Coolify
 * then gives the preview none) or the template uses `{{random}}` (only Coolify knows it).
 */
export function previewUrl(template: string | null | undefined, fqdn: string | null | undefined, pr: number): string | undefined {
  const first = (fqdn ?? '').split(',').map((s) => s.trim()).find((s) => s !== '');
  if (!first) return undefined;
  let url: URL;
  try {
    url = new URL(first);
  } catch {
    return undefined;
  }
  const t = template && template.trim() !== '' ? template.trim() : '{{pr_id}}.{{domain}}';
  if (t.includes('{{random}}')) return undefined;
  const host = t.replaceAll('{{pr_id}}', String(pr)).replaceAll('{{domain}}', url.host);
  return `${url.protocol}//${host}`;
}
