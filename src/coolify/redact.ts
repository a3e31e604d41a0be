/**
 * Scrubbing of secrets from any text the client puts into an error, event or log line.
 *
 * The client never copies a request body into a message, but Coolify sometimes echoes what it
 * was sent (validation messages, "X already exists"), so every piece of response text that
 * reaches an error goes through a Redactor that knows the token and the string values of the
 * request body.
 */
import { echoForms } from '../model/secret-forms.js';

/** What replaces a secret in text. */
export const REDACTED = '[redacted]';

/**
 * Body keys whose values are secret whatever their length. Only these values of a request
 * body are scrubbed (with the token and the manifest's secrets): scrubbing every string sent
 * mangled ordinary messages ("Do[redacted] conflicts" for a server called `main`, audit m7).
 */
const SENSITIVE_KEY = /pass|secret|token|key|value|content|dockerfile|label|compose|conf|auth|command/i;
/** Body keys that match SENSITIVE_KEY but name things: an env var's `key` is its name, not a secret. */
const NAME_KEYS = new Set(['key']);
const MIN_SCRUB_LENGTH = 4;
/** A truncated echo is still the secret from this many characters on (audit M3). */
const MIN_PREFIX = 8;

const same = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && (a === b || a.toLowerCase() === b.toLowerCase());

/** Replaces known secret strings in text. */
export class Redactor {
  private readonly secrets: string[];
  /** Every echo form of every secret, longest first; made on the first scrub (requests that succeed never need them). */
  private formsCache: string[] | undefined;

  constructor(secrets: Iterable<string>) {
    this.secrets = [...new Set([...secrets].filter((s) => s.length > 0))];
  }

  /** Every echo form of every secret, longest first (a secret containing another goes whole). */
  private get forms(): string[] {
    this.formsCache ??= [...new Set(this.secrets.flatMap(echoForms))].sort((a, b) => b.length - a.length);
    return this.formsCache;
  }

  /** A Redactor that also knows the given extra secrets. */
  with(extra: Iterable<string>): Redactor {
    return new Redactor([...this.secrets, ...extra]);
  }

  /**
   * The text with every known secret replaced by `[redacted]`: in any echo form, in any letter
   * case, and truncated to a prefix of MIN_PREFIX characters or more (audit M3). A run of
   * redacted characters becomes one `[redacted]`.
   */
  scrub(text: string): string {
    if (this.forms.length === 0 || text.length === 0) return text;
    const hidden = new Uint8Array(text.length);
    for (const form of this.forms) {
      const need = Math.min(form.length, MIN_PREFIX);
      for (let i = 0; i + need <= text.length; i++) {
        if (!same(text[i], form[0])) continue;
        let n = 0;
        while (n < form.length && i + n < text.length && same(text[i + n], form[n])) n++;
        if (n >= need) hidden.fill(1, i, i + n);
      }
    }
    let out = '';
    for (let i = 0; i < text.length; i++) {
      if (hidden[i] === 0) out += text[i];
      else if (i === 0 || hidden[i - 1] === 0) out += REDACTED;
    }
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

/** The string values of a request body under sensitive keys (deep; see SENSITIVE_KEY). */
export function bodySecrets(body: unknown): string[] {
  const out: string[] = [];
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (SENSITIVE_KEY.test(key) && !NAME_KEYS.has(key) && value.length > 0) out.push(value);
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v, key);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(body, '');
  return out;
}
