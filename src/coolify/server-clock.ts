/**
 * Coolify's own time, learnt from the `Date` header of its answers (RFC 9110 §6.6.1: origin
 * servers with a clock send it; Coolify's nginx/PHP stack does). The apply lock judges how old
 * a lease is by comparing this with the `updated_at` Coolify wrote, so two clocks of the same
 * server are compared and the local wall clock never matters. Between answers the estimate
 * advances with the local monotonic clock, which wall-clock changes do not move.
 */
export class ServerClock {
  private last?: { server: number; local: number };

  constructor(private readonly monotonic: () => number = () => performance.now()) {}

  /** Records the `Date` header of one answer; ignores a missing or unparseable one. */
  observe(dateHeader: string | null | undefined): void {
    const server = dateHeader ? Date.parse(dateHeader) : NaN;
    if (Number.isFinite(server)) this.last = { server, local: this.monotonic() };
  }

  /** The server's current time in epoch ms, or undefined before any dated answer. */
  now(): number | undefined {
    return this.last ? this.last.server + (this.monotonic() - this.last.local) : undefined;
  }
}
