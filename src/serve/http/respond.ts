/**
 * Answers of the `serve` HTTP server: JSON with the security headers every answer carries,
 * errors as `{"error": "..."}` (never a stack trace), and bodies read with a size bound.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The headers of every answer (docs/serve.md, "Security"). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** Sets the security headers on an answer. */
export function secure(res: ServerResponse): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
}

/** A body scrubber: every answer's text passes through it before it is sent. */
export type Scrub = (text: string) => string;

/** Sends a text answer. */
export function sendText(res: ServerResponse, status: number, contentType: string, body: string | Buffer, scrub: Scrub, headers: Record<string, string> = {}): void {
  const bytes = typeof body === 'string' ? Buffer.from(scrub(body)) : body;
  res.writeHead(status, { ...headers, 'Content-Type': contentType, 'Content-Length': String(bytes.length) });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}

/** Sends a JSON answer. */
export function sendJson(res: ServerResponse, status: number, value: unknown, scrub: Scrub, headers: Record<string, string> = {}): void {
  sendText(res, status, 'application/json; charset=utf-8', `${JSON.stringify(value)}\n`, scrub, headers);
}

/** Sends `{"error": message}` (and more fields). */
export function sendError(res: ServerResponse, status: number, message: string, scrub: Scrub, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: message, ...extra }, scrub, headers);
}

/** The body is larger than allowed. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the body is larger than ${limit} bytes`);
  }
}

/** Reads a request body, at most `limit` bytes (a larger one rejects with BodyTooLarge). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge(limit));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge(limit));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
