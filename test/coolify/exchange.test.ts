/**
 * The node:http exchange (src/coolify/exchange.ts) against a real server on 127.0.0.1: one
 * kept-alive connection for many requests, the byte cap (announced and streamed), headers by
 * name, a refused connection's code (the retry rule reads it), an abort, and a body cut off
 * mid-answer.
 */
import { getEventListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeExchange, type ExchangeRequest } from '../../src/coolify/exchange.js';

let server: Server;
let base = '';
const connections: number[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '';
    if (url === '/big-announced') {
      res.writeHead(200, { 'content-length': '5000' });
      res.end('x'.repeat(5000));
    } else if (url === '/big-streamed') {
      res.writeHead(200);
      for (let i = 0; i < 10; i++) res.write('y'.repeat(500));
      res.end();
    } else if (url === '/slow') {
      setTimeout(() => res.end('late'), 2000);
    } else if (url === '/cut') {
      res.writeHead(200, { 'content-length': '100' });
      res.write('partial');
      setTimeout(() => res.socket?.destroy(), 20);
    } else {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        res.writeHead(201, { 'x-ratelimit-remaining': '7', date: 'Wed, 02 Dec 2026 10:00:00 GMT', 'content-type': 'application/json' });
        res.end(JSON.stringify({ method: req.method, body, auth: req.headers.authorization ?? null }));
      });
    }
  });
  server.on('connection', () => connections.push(Date.now()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const req = (over: Partial<ExchangeRequest> = {}): ExchangeRequest => ({ method: 'GET', headers: {}, body: undefined, signal: new AbortController().signal, maxBytes: 1000, ...over });

describe('nodeExchange', () => {
  it('sends method, headers and body, and reads status, headers by any case, and the body', async () => {
    const ex = nodeExchange();
    const r = await ex(`${base}/echo`, req({ method: 'POST', headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' }, body: '{"a":"é"}' }));
    expect(r.status).toBe(201);
    expect(r.headers.get('X-RateLimit-Remaining')).toBe('7');
    expect(r.headers.get('date')).toBe('Wed, 02 Dec 2026 10:00:00 GMT');
    expect(r.headers.get('retry-after')).toBeNull();
    expect(JSON.parse(r.text!)).toEqual({ method: 'POST', body: '{"a":"é"}', auth: 'Bearer t' });
  });

  it('keeps one connection alive across sequential requests', async () => {
    const ex = nodeExchange();
    const before = connections.length;
    for (let i = 0; i < 20; i++) expect((await ex(`${base}/echo`, req())).status).toBe(201);
    expect(connections.length - before).toBe(1);
  });

  it('gives no text for an answer over the cap, announced or streamed', async () => {
    const ex = nodeExchange();
    expect((await ex(`${base}/big-announced`, req())).text).toBeUndefined();
    expect((await ex(`${base}/big-streamed`, req())).text).toBeUndefined();
    expect((await ex(`${base}/big-streamed`, req({ maxBytes: 10_000 }))).text).toHaveLength(5000);
  });

  it('rejects with the socket code on a refused connection, on an abort, and on a cut answer', async () => {
    const ex = nodeExchange();
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    await expect(ex(`http://127.0.0.1:${port}/`, req())).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    const controller = new AbortController();
    const pending = ex(`${base}/slow`, req({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(ex(`${base}/cut`, req())).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('an aborted signal sends nothing; a settled exchange leaves no listener on its signal', async () => {
    const ex = nodeExchange();
    const before = connections.length;
    const aborted = new AbortController();
    aborted.abort();
    await expect(ex(`${base}/echo`, req({ signal: aborted.signal }))).rejects.toMatchObject({ name: 'AbortError' });
    const kept = new AbortController();
    for (let i = 0; i < 5; i++) await ex(`${base}/echo`, req({ signal: kept.signal }));
    await expect(ex(`${base}/cut`, req({ signal: kept.signal }))).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(getEventListeners(kept.signal, 'abort')).toHaveLength(0);
    expect(connections.length - before).toBeLessThanOrEqual(2);
  });
});
