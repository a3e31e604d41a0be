/**
 * Finds whether a text contains any of many secret values, in time linear in the text: the
 * secrets are indexed by a hash of their first `keyLength` characters (every secret is at least that
 * long), so each position of the text costs one map lookup instead of one comparison per
 * secret. A plan of 5,000 resources knows thousands of secrets (connection URLs, passwords)
 * and holds hundreds of thousands of strings.
 */
export class SecretMatcher {
  /** Secrets by a rolling hash of their first `keyLength` characters (no substring is built per position). */
  private readonly byPrefix = new Map<number, string[]>();
  /** One bit per low 16 bits of the indexed hashes: most windows are rejected without a map lookup. */
  private readonly seen = new Uint8Array(1 << 13);
  private readonly keyLength: number;
  /** BASE ** (keyLength - 1) in 32-bit arithmetic, to drop the leading character of the window. */
  private readonly lead: number;

  /** `secrets` shorter than `keyLength` are ignored (the caller drops them anyway). */
  constructor(secrets: Iterable<string>, keyLength: number) {
    this.keyLength = Math.max(1, keyLength);
    let lead = 1;
    for (let i = 1; i < this.keyLength; i++) lead = Math.imul(lead, BASE);
    this.lead = lead;
    for (const s of secrets) {
      if (s.length < this.keyLength) continue;
      const key = windowHash(s, 0, this.keyLength);
      this.seen[(key & 0xffff) >>> 3]! |= 1 << (key & 7);
      const list = this.byPrefix.get(key);
      if (list) list.push(s);
      else this.byPrefix.set(key, [s]);
    }
  }

  /** True when nothing is indexed. */
  get empty(): boolean {
    return this.byPrefix.size === 0;
  }

  /** True when `text` contains one of the secrets. */
  test(text: string): boolean {
    const k = this.keyLength;
    if (text.length < k || this.byPrefix.size === 0) return false;
    let h = windowHash(text, 0, k);
    for (let i = 0; ; i++) {
      if ((this.seen[(h & 0xffff) >>> 3]! & (1 << (h & 7))) !== 0) {
        const candidates = this.byPrefix.get(h);
        if (candidates !== undefined) for (const s of candidates) if (text.startsWith(s, i)) return true;
      }
      if (i + k >= text.length) return false;
      h = (Math.imul((h - Math.imul(text.charCodeAt(i), this.lead)) | 0, BASE) + text.charCodeAt(i + k)) | 0;
    }
  }
}

const BASE = 131;

/** 32-bit polynomial hash of `length` characters of `s` from `start`. */
function windowHash(s: string, start: number, length: number): number {
  let h = 0;
  for (let i = 0; i < length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(start + i)) | 0;
  return h;
}
