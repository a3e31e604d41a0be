/**
 * A virtual clock for walker and wait tests: `sleep` registers a timer, `run` drains
 * microtasks and then fires the earliest timer, so tests never really wait.
 */
export class VirtualClock {
  private t = 0;
  private seq = 0;
  private timers: Array<{ at: number; seq: number; fire: () => void }> = [];

  /** Current virtual time in ms. */
  readonly now = (): number => this.t;

  /** Resolves after `ms` virtual milliseconds. */
  readonly sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      this.timers.push({ at: this.t + ms, seq: this.seq++, fire: resolve });
    });

  /** Runs `fn` once the clock reaches `at`. */
  at(at: number, fn: () => void): void {
    this.timers.push({ at, seq: this.seq++, fire: fn });
  }

  /** Drives timers until `promise` settles; `afterFlush` runs each time the system is quiescent. */
  async run<T>(promise: Promise<T>, afterFlush?: () => void): Promise<T> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    promise.then(
      (value) => (outcome = { ok: true, value }),
      (error: unknown) => (outcome = { ok: false, error }),
    );
    for (;;) {
      await new Promise((r) => setImmediate(r));
      afterFlush?.();
      if (outcome) {
        if (outcome.ok) return outcome.value;
        throw outcome.error;
      }
      if (this.timers.length === 0) throw new Error('virtual clock: deadlock (nothing scheduled, promise pending)');
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.timers.shift()!;
      this.t = Math.max(this.t, next.at);
      next.fire();
    }
  }
}
