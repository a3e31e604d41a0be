/**
 * A hostile Coolify for tests (adversarial audit M4, m5): an HTTP proxy on 127.0.0.1 (port 0)
 * in front of the sandbox that plants a string full of terminal and Markdown injection into
 * what Coolify answers: resource statuses, fqdns and descriptions, an unmanaged application
 * named with it, deployment statuses, log lines, and, on request, Coolify's error messages.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from '../../helpers/read-body.js';

const ESC = '\u001b';

/**
 * ANSI clear screen and colour, an OSC 8 hyperlink, a C1 CSI, a bell, bidi override and
 * isolates, line and paragraph separators, zero-width characters, a BOM, a carriage return,
 * HTML, a mention, a Markdown link, a code fence and a heading on a new line.
 */
export const EVIL =
  `evil${ESC}[2J${ESC}[31mRED${ESC}]8;;http://evil.example${ESC}\\link${ESC}]8;;${ESC}\\` +
  `\u202Eeman\u2028LS\u2029PS\u200bZW\u200dJ\u2066iso\u2069\ufeffBOM\u009b31m\u0007\r` +
  ' <img src=x onerror=alert(1)> @octocat [x](http://evil.example) ```\n## injected heading';

/** Every raw character a terminal or a reader must not get from live data (the list). */
// eslint-disable-next-line no-control-regex
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/u;

/** What the proxy plants; each switch can be flipped between CLI runs. */
export interface HostileSwitches {
  /** status, fqdn and description of applications, databases and services; a rogue unmanaged app. */
  resources: boolean;
  /** The status of every deployment in deployment lists. */
  deployments: boolean;
  /** Extra log lines. */
  logs: boolean;
  /** Requests (`METHOD /api/v1/…`) answered with this status and EVIL as Coolify's message. */
  fail?: { match: RegExp; status: number };
}

/** A running hostile proxy. */
export interface HostileCoolify {
  url: string;
  switches: HostileSwitches;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

function touchResource(o: unknown): void {
  if (o === null || typeof o !== 'object') return;
  const r = o as Json;
  if (typeof r.status === 'string') r.status = `running:healthy${EVIL}`;
  if (typeof r.fqdn === 'string' && r.fqdn !== '') r.fqdn = `${r.fqdn},https://x${EVIL}`;
  // Appended: the ownership marker at the start stays, so the resource stays managed.
  if (typeof r.description === 'string') r.description = `${r.description} ${EVIL}`;
}

const ROGUE_UUID = 'z'.repeat(24);

/** The rogue's fields over a copy of a real application (the proxy serves it from that one). */
function rogue(real: Json): Json {
  return { ...real, uuid: ROGUE_UUID, id: 99_999, name: `rogue${EVIL}`, description: `x${EVIL}`, fqdn: `https://rogue.example${EVIL}`, status: `running:healthy${EVIL}` };
}

function rewriteAnswer(method: string, path: string, status: number, body: unknown, s: HostileSwitches, asRogue: boolean): unknown {
  if (method !== 'GET' || status !== 200) return body;
  if (asRogue && body && typeof body === 'object' && !Array.isArray(body) && typeof (body as Json).uuid === 'string') return rogue(body as Json);
  if (s.resources && /^\/api\/v1\/(applications|databases|services)(\/[^/]+)?$/.test(path)) {
    if (Array.isArray(body)) {
      body.forEach(touchResource);
      const first = body[0] as Json | undefined;
      if (path === '/api/v1/applications' && first) body.push(rogue(first));
    } else touchResource(body);
  }
  if (s.deployments && /^\/api\/v1\/deployments\/applications\/[^/]+$/.test(path) && body && typeof body === 'object') {
    const list = (body as Json).deployments;
    if (Array.isArray(list)) for (const d of list) if (d && typeof d === 'object') (d as Json).status = `finished${EVIL}`;
  }
  if (s.logs && /^\/api\/v1\/applications\/[^/]+\/logs$/.test(path) && body && typeof body === 'object') {
    const b = body as Json;
    b.logs = `${String(b.logs ?? '')}\n${EVIL}\n${ESC}[32mgreen${ESC}[0m line\n`;
  }
  return body;
}

/** Starts the proxy in front of `target` (the sandbox URL). */
export async function hostileCoolify(target: string, switches: Partial<HostileSwitches> = {}): Promise<HostileCoolify> {
  const s: HostileSwitches = { resources: true, deployments: true, logs: true, ...switches };
  // The rogue application is served from the first real one (its uuid in the path replaced).
  let realUuid: string | undefined;
  function rewrite(method: string, path: string, status: number, body: unknown, sw: HostileSwitches, asRogue: boolean): unknown {
    const out = rewriteAnswer(method, path, status, body, sw, asRogue);
    if (Array.isArray(out) && path === '/api/v1/applications') {
      const real = out.find((a) => a && typeof a === 'object' && (a as Json).uuid !== ROGUE_UUID) as Json | undefined;
      if (real && typeof real.uuid === 'string') realUuid = real.uuid;
    }
    return out;
  }
  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const method = req.method ?? 'GET';
      const asked = req.url ?? '/';
      const asRogue = asked.includes(ROGUE_UUID) && realUuid !== undefined;
      const url = asRogue ? asked.replace(ROGUE_UUID, realUuid!) : asked;
      const path = asked.replace(/\?.*$/, '');
      try {
        if (s.fail && s.fail.match.test(`${method} ${path}`)) {
          res.writeHead(s.fail.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: EVIL, errors: { [`name${EVIL}`]: [`The name is invalid: ${EVIL}`] } }));
          return;
        }
        const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
        if (req.headers.authorization) headers.authorization = req.headers.authorization;
        const answer = await fetch(target + url, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : raw });
        let text = await answer.text();
        if (/json/.test(answer.headers.get('content-type') ?? '') && text !== '') {
          try {
            text = JSON.stringify(rewrite(method, path, answer.status, JSON.parse(text) as unknown, s, asRogue && /^\/api\/v1\/applications\/[^/]+$/.test(path)));
          } catch {
            // not JSON after all: passed on unchanged
          }
        }
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        res.end(text);
      } catch (e) {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `hostile proxy: ${(e as Error).message}` }));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    switches: s,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The prose of a Markdown text: fenced code blocks, `<code>` elements and code spans removed
 * (text inside them is literal: no link, mention or HTML renders there).
 */
export function markdownProse(md: string): string {
  return md
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[`~]*[ \t]*$/gm, '')
    .replace(/<code>[\s\S]*?<\/code>/g, '')
    .replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

/** What live Markdown a prose text still holds: an HTML tag, a link, a mention, an autolink, a heading from the data. */
export function liveMarkdown(md: string): string[] {
  const prose = markdownProse(md);
  const found: string[] = [];
  if (/(?<!\\)<(img|a|script|svg)\b/i.test(prose)) found.push('html tag');
  if (/(?<!\\)\[[^\]\n]*(?<!\\)\]\(/.test(prose)) found.push('markdown link');
  if (prose.includes('@octocat')) found.push('mention');
  if (/https?:\/\/evil/.test(prose)) found.push('autolink');
  if (/^\s*#{1,6} injected/m.test(prose)) found.push('heading');
  return found;
}
