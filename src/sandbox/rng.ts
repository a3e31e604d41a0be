/** A small seeded PRNG (mulberry32) so sandbox runs are reproducible. */
export class SeededRng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The internal state, to persist and resume the sequence. */
  get seed(): number {
    return this.state;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A string of `length` characters drawn from `alphabet`. */
  string(length: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }
}

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A Coolify-style public id: 24 characters of `[a-z0-9]`. */
export function newUuid(rng: SeededRng): string {
  return rng.string(24, LOWER_ALNUM);
}

/** A generated password, 64 alphanumeric characters like Coolify's defaults. */
export function newPassword(rng: SeededRng): string {
  return rng.string(64, ALNUM);
}

/** A random alphanumeric string (for tokens: not from the seeded sequence). */
export function randomAlnum(length: number, random: () => number = Math.random): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALNUM[Math.floor(random() * ALNUM.length)];
  return out;
}
