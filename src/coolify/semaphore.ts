/** A counting semaphore: at most `limit` holders at once, FIFO for waiters. */
export class Semaphore {
  private active = 0;
  private readonly waiters: Array<() => void> = [];

  constructor(private limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('Semaphore limit must be a positive integer');
  }

  /** The current bound. */
  get capacity(): number {
    return this.limit;
  }

  /**
   * Changes the bound. A larger one lets waiters in at once; a smaller one lets holders finish
   * and admits no one until fewer than the new bound hold a slot.
   */
  setLimit(limit: number): void {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('Semaphore limit must be a positive integer');
    this.limit = limit;
    while (this.active < this.limit && this.waiters.length > 0) {
      this.active++;
      this.waiters.shift()!();
    }
  }

  /** Number of current holders. */
  get inFlight(): number {
    return this.active;
  }

  /** Waits for a slot; call the returned function exactly once to release it. */
  async acquire(): Promise<() => void> {
    if (this.active < this.limit) {
      this.active++;
    } else {
      // The releaser hands its slot over directly, so `active` stays unchanged.
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // A lowered bound: the slot is given up rather than handed over.
      const next = this.active <= this.limit ? this.waiters.shift() : undefined;
      if (next) next();
      else this.active--;
    };
  }

  /** Runs `task` while holding a slot. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await task();
    } finally {
      release();
    }
  }
}
