/**
 * Hostile HTTP servers on 127.0.0.1 (port 0) for the request-deadline and answer-size tests:
 * one that never answers, one whose body never ends, one that sends far too much.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A started hostile server: its base URL, how many requests it saw, and close(). */
export interface Hostile {
  url: string;
  hits: () => number;
  close: () => Promise<void>;
}

/** Starts `handler` on 127.0.0.1, port 0; open sockets are destroyed on close. */
export async function hostileServer(handler: (req: IncomingMessage, res: ServerResponse, hit: number) => void): Promise<Hostile> {
  let hits = 0;
  const server: Server = createServer((req, res) => handler(req, res, ++hits));
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: () => hits,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Writes one byte every 50 ms until the socket closes (a body that never ends). */
export function trickle(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.write('[');
  const t = setInterval(() => {
    if (res.destroyed) clearInterval(t);
    else res.write(' ');
  }, 50);
  res.on('close', () => clearInterval(t));
}

/** Sends `mib` MiB of a JSON array, with or without Content-Length. */
export function huge(res: ServerResponse, mib: number, withLength: boolean): void {
  const chunk = Buffer.from(`${'{"uuid":"x"},'.repeat(80_000)}`);
  const total = mib * 1024 * 1024;
  res.writeHead(200, { 'Content-Type': 'application/json', ...(withLength ? { 'Content-Length': String(total) } : {}) });
  let sent = 0;
  const pump = (): void => {
    while (sent < total && !res.destroyed) {
      const part = chunk.subarray(0, Math.min(chunk.length, total - sent));
      sent += part.length;
      if (!res.write(part)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}
