/**
 * The forms in which a secret may show up in text besides as itself: a server echoing it back
 * (the client's redactor, `src/coolify/redact.ts`) or a field holding it encoded (the import,
 * `src/import/known-secrets.ts`). Pure.
 */

/**
 * The forms of a secret: as sent, trimmed, JSON-escaped, URL-encoded, base64 and base64url.
 * Case changes are matched by the callers themselves.
 */
export function echoForms(secret: string): string[] {
  const forms = new Set<string>([secret, secret.trim()]);
  forms.add(JSON.stringify(secret).slice(1, -1));
  forms.add(encodeURIComponent(secret));
  forms.add(encodeURIComponent(secret).replace(/%20/g, '+'));
  const b64 = Buffer.from(secret, 'utf8').toString('base64');
  forms.add(b64);
  forms.add(b64.replace(/=+$/, ''));
  forms.add(Buffer.from(secret, 'utf8').toString('base64url'));
  return [...forms].filter((f) => f.length > 0);
}
