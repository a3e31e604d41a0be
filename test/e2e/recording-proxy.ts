/**
 * A recording HTTP proxy for request-log checks: listens on 127.0.0.1 (port 0), forwards every
 * request unchanged to one Coolify (the real one or the sandbox) and keeps, in memory only, what
 * went over the wire: method, path, JSON body and the answer's status. The log is judged by
 * src/releases (allow-lists and validation patterns); it is never written anywhere, because
 * bodies carry secrets.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from '../helpers/read-body.js';
import type { RecordedRequest } from '../../src/releases/index.js';

/** One request as it crossed the proxy, with the status the target answered. */
export interface WireRequest extends RecordedRequest {
  status: number;
}

/** A running proxy: its URL (use it as the Coolify URL), the log so far, and close(). */
export interface RecordingProxy {
  url: string;
  log: WireRequest[];
  close(): Promise<void>;
}

function parsed(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  if (!/json/i.test(contentType ?? '')) return raw.toString('utf8');
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return raw.toString('utf8');
  }
}

/** Starts a proxy in front of `target` (`http://127.0.0.1:PORT`). */
export async function recordingProxy(target: string): Promise<RecordingProxy> {
  const to = new URL(target);
  const log: WireRequest[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const entry: WireRequest = { method: req.method ?? 'GET', path: req.url ?? '/', status: 0 };
      const body = parsed(raw, req.headers['content-type']);
      if (body !== undefined) entry.body = body;
      log.push(entry);
      const upstream = httpRequest(
        { host: to.hostname, port: to.port, method: req.method, path: req.url, headers: { ...req.headers, host: to.host } },
        (answer) => {
          entry.status = answer.statusCode ?? 0;
          res.writeHead(entry.status, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', (e) => {
        entry.status = 502;
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `recording proxy: ${e.message}` }));
      });
      upstream.end(raw);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * Requests answered 4xx, as `METHOD /path-template -> status` lines (uuids and names replaced by
 * `{…}`), less the ones `expected` accepts (for example reads of what a delete removed).
 */
export function clientErrors(log: readonly WireRequest[], expected: (r: WireRequest) => boolean = () => false): string[] {
  return [...new Set(log.filter((r) => r.status >= 400 && r.status < 500 && !expected(r)).map((r) => `${r.method} ${r.path.split('?')[0]} -> ${r.status}`))].sort();
}
