/**
 * A minimal Redis (RESP2) client over `node:net`/`node:tls`, just enough for autoscaling:
 * `AUTH` (when the URL has a password), `SELECT` (when it names a database) and `LLEN`.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { AdoError } from '../../errors.js';
import { redactUrl } from './prometheus.js';

/** Encodes a command as a RESP array of bulk strings. */
export function encodeCommand(args: readonly string[]): Buffer {
  const parts = [`*${args.length}\r\n`];
  for (const a of args) parts.push(`$${Buffer.byteLength(a)}\r\n${a}\r\n`);
  return Buffer.from(parts.join(''));
}

/** One RESP reply: a simple string, an error, an integer, a bulk string (null) or an array. */
export type RespReply = { type: 'simple'; value: string } | { type: 'error'; value: string } | { type: 'integer'; value: number } | { type: 'bulk'; value: string | null } | { type: 'array'; value: RespReply[] | null };

/** Parses one reply from `buf` at `offset`; undefined when incomplete. */
export function parseReply(buf: Buffer, offset = 0): { reply: RespReply; next: number } | undefined {
  const eol = buf.indexOf('\r\n', offset);
  if (eol < 0) return undefined;
  const head = buf.toString('utf8', offset + 1, eol);
  const after = eol + 2;
  switch (String.fromCharCode(buf[offset]!)) {
    case '+':
      return { reply: { type: 'simple', value: head }, next: after };
    case '-':
      return { reply: { type: 'error', value: head }, next: after };
    case ':':
      return { reply: { type: 'integer', value: Number(head) }, next: after };
    case '$': {
      const len = Number(head);
      if (len < 0) return { reply: { type: 'bulk', value: null }, next: after };
      if (buf.length < after + len + 2) return undefined;
      return { reply: { type: 'bulk', value: buf.toString('utf8', after, after + len) }, next: after + len + 2 };
    }
    case '*': {
      const n = Number(head);
      if (n < 0) return { reply: { type: 'array', value: null }, next: after };
      const items: RespReply[] = [];
      let at = after;
      for (let i = 0; i < n; i++) {
        const item = parseReply(buf, at);
        if (!item) return undefined;
        items.push(item.reply);
        at = item.next;
      }
      return { reply: { type: 'array', value: items }, next: at };
    }
    default:
      throw new Error(`unexpected RESP reply type "${String.fromCharCode(buf[offset]!)}"`);
  }
}

/** Sends commands (pipelined) and resolves with their replies, in order. */
export function sendCommands(socket: Socket, commands: readonly string[][], timeoutMs: number): Promise<RespReply[]> {
  return new Promise((resolve, reject) => {
    let buf = Buffer.alloc(0);
    const replies: RespReply[] = [];
    const timer = setTimeout(() => done(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    function done(err?: Error): void {
      clearTimeout(timer);
      socket.removeAllListeners('data');
      socket.destroy();
      if (err) reject(err);
      else resolve(replies);
    }
    socket.on('error', (err) => done(err));
    socket.on('close', () => {
      if (replies.length < commands.length) done(new Error('connection closed'));
    });
    socket.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      try {
        for (;;) {
          const parsed = parseReply(buf);
          if (!parsed) break;
          replies.push(parsed.reply);
          buf = buf.subarray(parsed.next);
          if (replies.length === commands.length) return done();
        }
      } catch (err) {
        done(err as Error);
      }
    });
    for (const c of commands) socket.write(encodeCommand(c));
  });
}

/** Reads the length of a Redis list (`LLEN`) at `redis://[user:password@]host[:port][/db]` (or `rediss://`). */
export async function readRedisListLength(url: string, list: string, timeoutMs = 5_000): Promise<number> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new AdoError('ADO_BAD_REDIS_URL', 'the autoscale redis url is not a URL', { hint: 'use redis://[user:password@]host:port[/db]' });
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new AdoError('ADO_BAD_REDIS_URL', `the autoscale redis url must start with redis:// or rediss://, got ${u.protocol}//`);
  }
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const port = Number(u.port || 6379);
  const commands: string[][] = [];
  const password = decodeURIComponent(u.password);
  const user = decodeURIComponent(u.username);
  if (password) commands.push(user && user !== 'default' ? ['AUTH', user, password] : ['AUTH', password]);
  const db = u.pathname.replace(/^\//, '');
  if (db !== '' && db !== '0') commands.push(['SELECT', db]);
  commands.push(['LLEN', list]);
  const fail = (message: string): AdoError =>
    new AdoError('ADO_METRIC_UNREACHABLE', `cannot read the length of list "${list}" at ${redactUrl(url)}: ${message}`, {
      hint: 'the Redis must be reachable from where autoscale runs (an internal Coolify URL only resolves inside the Docker network)',
    });
  let replies: RespReply[];
  try {
    const socket = u.protocol === 'rediss:' ? tlsConnect({ host, port, servername: host }) : netConnect({ host, port });
    replies = await sendCommands(socket, commands, timeoutMs);
  } catch (err) {
    throw fail((err as Error).message);
  }
  const errReply = replies.find((r) => r.type === 'error');
  if (errReply) throw fail(String(errReply.value));
  const last = replies[replies.length - 1];
  if (!last || last.type !== 'integer') throw fail('unexpected answer to LLEN');
  return last.value;
}
