/**
 * The last line of defence of `serve` against leaks: every text it answers, streams, logs or
 * writes to history goes through one scrubber that knows the Coolify token, the admin token,
 * the webhook secret, the git credentials and every secret value of the manifests it loaded
 * (the client's Redactor: every echo form, any letter case, truncated prefixes).
 */
import { Redactor, tokenSecrets } from '../coolify/redact.js';

/** Secrets shorter than this are not scrubbed (they would mangle ordinary words). */
const MIN_LENGTH = 4;

/** A growing set of secrets and the redactor over them. */
export class SecretScrubber {
  private readonly secrets = new Set<string>();
  private redactor = new Redactor([]);

  constructor(initial: Iterable<string> = []) {
    this.add(initial);
  }

  /** Learns more secrets (a token is added with its secret part after `id|`). */
  add(values: Iterable<string | undefined>): void {
    let grew = false;
    for (const v of values) {
      if (v === undefined || v.length < MIN_LENGTH) continue;
      for (const s of tokenSecrets(v)) {
        if (s.length < MIN_LENGTH || this.secrets.has(s)) continue;
        this.secrets.add(s);
        grew = true;
      }
    }
    if (grew) this.redactor = new Redactor(this.secrets);
  }

  /** The text with every known secret replaced by `[redacted]`. */
  scrub(text: string): string {
    return this.redactor.scrub(text);
  }
}
