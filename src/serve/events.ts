/**
 * The live event stream of `serve` (GET /events, server-sent events): a hub that writes each
 * event to every connected client as `event: NAME` + `data: JSON`, and a comment ping every
 * 15 s so proxies keep the connection open. Slow clients are dropped, not buffered for ever.
 */
import type { ServerResponse } from 'node:http';
import type { ServeEvent } from './types.js';

/** Bytes a client may have unsent before it is disconnected. */
const MAX_BACKLOG = 1024 * 1024;

/** The connected SSE clients. */
export class EventHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly ping: NodeJS.Timeout;

  constructor(pingMs = 15_000, private readonly maxClients = 100) {
    this.ping = setInterval(() => this.write(': ping\n\n'), pingMs);
    this.ping.unref();
  }

  /** How many clients listen. */
  get size(): number {
    return this.clients.size;
  }

  /** Takes over an HTTP answer as an event stream; false when there are too many clients already. */
  attach(res: ServerResponse): boolean {
    if (this.clients.size >= this.maxClients) return false;
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    res.write(': connected\n\n');
    this.clients.add(res);
    const drop = (): void => void this.clients.delete(res);
    res.on('close', drop);
    res.on('error', drop);
    return true;
  }

  /** Sends an event to every client. */
  publish(e: ServeEvent): void {
    this.write(`event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`);
  }

  private write(text: string): void {
    for (const res of this.clients) {
      if (res.writableLength > MAX_BACKLOG) {
        this.clients.delete(res);
        res.destroy();
        continue;
      }
      res.write(text);
    }
  }

  /** Ends every stream and the ping. */
  close(): void {
    clearInterval(this.ping);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }
}
