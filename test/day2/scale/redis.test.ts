import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { encodeCommand, parseReply, readRedisListLength } from '../../../src/day2/scale/redis.js';

/** A fake Redis speaking just enough RESP: AUTH (password "s3cret"), SELECT, LLEN of "jobs" = 42. */
async function fakeRedis(): Promise<{ port: number; commands: string[][]; close: () => Promise<void> }> {
  const commands: string[][] = [];
  const server = createServer((socket: Socket) => {
    let buf = Buffer.alloc(0);
    let authed = false;
    socket.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        const parsed = parseReply(buf);
        if (!parsed || parsed.reply.type !== 'array') break;
        buf = buf.subarray(parsed.next);
        const args = (parsed.reply.value ?? []).map((r) => String(r.value));
        commands.push(args);
        const [cmd, ...rest] = args;
        if (cmd === 'AUTH') {
          authed = rest[rest.length - 1] === 's3cret';
          socket.write(authed ? '+OK\r\n' : '-WRONGPASS invalid password\r\n');
        } else if (!authed) socket.write('-NOAUTH Authentication required.\r\n');
        else if (cmd === 'SELECT') socket.write('+OK\r\n');
        else if (cmd === 'LLEN') socket.write(`:${rest[0] === 'jobs' ? 42 : 0}\r\n`);
        else socket.write('-ERR unknown command\r\n');
      }
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  return { port: (server.address() as AddressInfo).port, commands, close: () => new Promise((ok) => server.close(() => ok())) };
}

describe('minimal RESP client', () => {
  it('encodes and parses RESP', () => {
    expect(encodeCommand(['LLEN', 'jobs']).toString()).toBe('*2\r\n$4\r\nLLEN\r\n$4\r\njobs\r\n');
    expect(parseReply(Buffer.from(':42\r\n'))?.reply).toEqual({ type: 'integer', value: 42 });
    expect(parseReply(Buffer.from('$3\r\nab'))).toBeUndefined();
    expect(parseReply(Buffer.from('*2\r\n$1\r\na\r\n:1\r\n'))?.reply).toEqual({ type: 'array', value: [{ type: 'bulk', value: 'a' }, { type: 'integer', value: 1 }] });
  });

  it('AUTHs with the URL password, SELECTs the db and reads LLEN', async () => {
    const r = await fakeRedis();
    try {
      expect(await readRedisListLength(`redis://default:s3cret@127.0.0.1:${r.port}/2`, 'jobs')).toBe(42);
      expect(r.commands).toEqual([['AUTH', 's3cret'], ['SELECT', '2'], ['LLEN', 'jobs']]);
      const err = await readRedisListLength(`redis://:wrong@127.0.0.1:${r.port}`, 'jobs').catch((e: Error) => e);
      expect(String(err)).toContain('WRONGPASS');
      expect(String(err)).not.toContain('wrong@');
    } finally {
      await r.close();
    }
  });
});
