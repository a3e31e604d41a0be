/**
 * A stand-in for `ado-coolify serve` in the dashboard's browser test: 127.0.0.1, port 0; serves
 * `dashboardAsset` with the contract's security headers, fixture JSON for the contract routes,
 * an SSE stream the test writes to, and POST /api/v1/sync checking the bearer token.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dashboardAsset } from '../../../src/serve/dashboard/assets.js';
import type { Graph, History, Status } from '../../../src/serve/dashboard/model/contract.js';

/** The contract's security headers (docs/serve.md), as the real server sends them. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** What the fixture server answers; the test may change it between requests. */
export interface FixtureData {
  status: Status;
  history: History;
  graph: Graph;
  markdown: string;
  /** The answer to an authorised POST /api/v1/sync: 202 (accepted) or 409 (running). */
  syncAnswer: 202 | 409;
}

/** A running fixture server. */
export interface FixtureServer {
  url: string;
  data: FixtureData;
  /** Authorization headers of every POST /api/v1/sync, in order (undefined when absent). */
  syncRequests: Array<string | undefined>;
  /** How many SSE clients are connected now. */
  sseClients(): number;
  /** Sends one named SSE event to every connected client. */
  send(event: string, data: unknown): void;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Starts the server with `data`; POST /api/v1/sync accepts only `Bearer ${adminToken}`. */
export async function startFixtureServer(data: FixtureData, adminToken: string): Promise<FixtureServer> {
  const streams = new Set<ServerResponse>();
  const syncRequests: Array<string | undefined> = [];
  let nextCycle = (data.status.lastSync?.cycle ?? 0) + 1;
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/events') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.method === 'POST' && url.pathname === '/api/v1/sync') {
      const auth = req.headers.authorization;
      syncRequests.push(auth);
      if (auth !== `Bearer ${adminToken}`) return json(res, 401, { error: 'unauthorized' });
      if (data.syncAnswer === 409) return json(res, 409, { error: 'a cycle is running', cycle: nextCycle - 1 });
      return json(res, 202, { accepted: true, cycle: nextCycle++ });
    }
    if (req.method !== 'GET') return json(res, 405, { error: 'method not allowed' });
    switch (url.pathname) {
      case '/api/v1/status':
        return json(res, 200, data.status);
      case '/api/v1/history':
        return json(res, 200, data.history);
      case '/api/v1/graph':
        return json(res, 200, data.graph);
      case '/api/v1/plan':
        res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/markdown; charset=utf-8' });
        res.end(data.markdown);
        return;
      default: {
        const asset = dashboardAsset(url.pathname);
        if (!asset) return json(res, 404, { error: 'not found' });
        res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': asset.contentType });
        res.end(asset.body);
      }
    }
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    data,
    syncRequests,
    sseClients: () => streams.size,
    send(event, payload) {
      for (const s of streams) s.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of streams) s.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
