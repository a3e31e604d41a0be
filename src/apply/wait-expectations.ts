/**
 * How long waits of one sort (a deployment, an application becoming healthy, …) took so far in
 * this apply, so the next wait of that sort sleeps until about then instead of polling all along
 * (`WaitOptions.expectedMs`). The shortest one seen is expected: a wait that takes longer only
 * costs the usual short polls after it.
 */
export class WaitExpectations {
  private readonly shortest = new Map<string, number>();

  /** Records that a wait of `sort` was over when its last probe was sent, `ms` after its first. */
  record(sort: string, ms: number): void {
    const known = this.shortest.get(sort);
    if (known === undefined || ms < known) this.shortest.set(sort, ms);
  }

  /** The shortest wait of `sort` seen, if any. */
  expected(sort: string): number | undefined {
    return this.shortest.get(sort);
  }

  /** `expectedMs` and `onDone` for a `waitFor` of `sort`. */
  optionsFor(sort: string): { expectedMs?: number; onDone: (sentAtMs: number) => void } {
    const expectedMs = this.expected(sort);
    return { ...(expectedMs === undefined ? {} : { expectedMs }), onDone: (ms) => this.record(sort, ms) };
  }
}
