/**
 * The HTTP server of `serve`, on node:http: about a dozen fixed routes need no framework, and
 * node:http gives what the webhooks and the event stream need directly: the raw body bytes
 * (the HMAC is over them), a bounded read, long-lived SSE answers, and the server's own
 * timeouts (headers 15 s, whole request 30 s, keep-alive 5 s). Every answer carries the
 * security headers and passes through the secret scrubber; errors are JSON, never a stack.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BodyTooLarge, secure, sendError } from './respond.js';
import type { ServeHttpContext } from './context.js';
import { routeRequest } from './routes.js';

export type { ServeHttpContext } from './context.js';

/** A listening server. */
export interface ListeningServer {
  server: Server;
  /** `http://host:port/`, with the real port when 0 was asked. */
  url: string;
  close(): Promise<void>;
}

/** Creates the server (not listening yet). */
export function createServeServer(ctx: ServeHttpContext): Server {
  const server = createServer((req, res) => void handle(ctx, req, res));
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 100;
  return server;
}

async function handle(ctx: ServeHttpContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  secure(res);
  try {
    await routeRequest(ctx, req, res);
  } catch (err) {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (err instanceof BodyTooLarge) {
      sendError(res, 413, err.message, ctx.scrub);
      return;
    }
    ctx.log(`HTTP ${req.method ?? '?'} ${(req.url ?? '').split('?')[0]} failed: ${ctx.scrub(err instanceof Error ? err.message : String(err))}`);
    sendError(res, 500, 'internal error', ctx.scrub);
  }
}

/** Listens on host:port; resolves with the URL (the real port when 0 was asked). */
export function listen(server: Server, host: string, port: number): Promise<ListeningServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        server,
        url: `http://${shownHost}:${address.port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
