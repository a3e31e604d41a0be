/**
 * Scrubbing of secrets from any text the client puts into an error, event or log line.
 *
 * The client never copies a request body into a message, but Coolify sometimes echoes what it
 * was sent (validation messages, "X already exists"), so every piece of response text that
 * reaches an error goes through a Redactor that knows the token and the string values of the
 * request body.
 */

/** What replaces a secret in text. */
export const REDACTED = '[redacted]';

/**
 * Body keys whose values are secret whatever their length. Other string values are scrubbed
 * too, but only from 4 characters on, so that values like `"on"` do not mangle messages.
 */
const SENSITIVE_KEY = /pass|secret|token|key|value|content|dockerfile|label|compose|url|conf|auth|command/i;
const MIN_SCRUB_LENGTH = 4;

/** Replaces known secret strings in text. */
export class Redactor {
  private readonly secrets: string[];

  constructor(secrets: Iterable<string>) {
    // Longest first, so that a secret containing another is scrubbed whole.
    this.secrets = [...new Set([...secrets].filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  }

  /** A Redactor that also knows the given extra secrets. */
  with(extra: Iterable<string>): Redactor {
    return new Redactor([...this.secrets, ...extra]);
  }

  /** The text with every known secret replaced by `[redacted]`. */
  scrub(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join(REDACTED);
    return out;
  }
}

/** The strings of a token worth scrubbing: the whole token and its secret part after `id|`. */
export function tokenSecrets(token: string): string[] {
  const out = [token];
  const bar = token.indexOf('|');
  if (bar >= 0 && token.length - bar - 1 >= MIN_SCRUB_LENGTH) out.push(token.slice(bar + 1));
  return out;
}

/** Every string value of a request body that could be secret (deep; see SENSITIVE_KEY). */
export function bodySecrets(body: unknown): string[] {
  const out: string[] = [];
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (value.length >= MIN_SCRUB_LENGTH || (SENSITIVE_KEY.test(key) && value.length > 0)) out.push(value);
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v, key);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(body, '');
  return out;
}
