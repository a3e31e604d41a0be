/**
 * Audit M3, issue 14's redaction matrix: a Coolify that echoes a sent secret back in every
 * transformed form (trimmed, case-changed, JSON-escaped, URL-encoded, base64, truncated to a
 * prefix of 8 or more characters) leaks it through no output channel: the terminal (apply's
 * human output, stdout and stderr), `--format json`, and the GitHub Action path (job log, step
 * summary in Markdown, outputs, the PR comment).
 *
 * The echoing server is a proxy in front of the sandbox that answers the env-var writes (the
 * requests that carry the secret; not the apply lock's team variable) with a 422 whose message and field errors hold each body
 * string in every form, as the audit's hostile server did (Laravel's TrimStrings middleware
 * makes the trimmed form on a real Coolify).
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGithubAction } from '../../src/github/action.js';
import { createEngineRunner } from '../../src/github/engine-runner.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { API, GH_TOKEN, PR, REPO, makeHarness } from '../github/harness.js';
import { cliEnv, hasStackTrace, runCli, sandbox, tempDir } from './harness.js';

/** Leading and trailing spaces, a quote, a slash, a backslash, `&+=` and a non-ASCII letter. */
const SECRET = '  CANARY_Sp3c "q" /x\\ &+=é  ';

/** Every echo form the issue names, each as the server sends it. */
const FORMS: Array<[string, (s: string) => string]> = [
  ['as sent', (s) => s],
  ['trimmed', (s) => s.trim()],
  ['upper-cased', (s) => s.toUpperCase()],
  ['lower-cased', (s) => s.toLowerCase()],
  ['JSON-escaped', (s) => JSON.stringify(s)],
  ['URL-encoded', (s) => encodeURIComponent(s)],
  ['base64', (s) => Buffer.from(s).toString('base64')],
  ['truncated by one character', (s) => s.slice(0, -1)],
  ['truncated to 8 characters (trimmed first)', (s) => s.trim().slice(0, 8)],
];

/** What must not appear in any output: each form, and the 8-character core of the trimmed value. */
const NEEDLES = [...FORMS.map(([name, f]) => [name, f(SECRET).trim()] as const), ['8-character prefix', SECRET.trim().slice(0, 8)] as const];

function leaks(text: string): string[] {
  return NEEDLES.filter(([, needle]) => text.includes(needle)).map(([name]) => name);
}

/** The strings of a JSON body, in walk order. */
function bodyStrings(body: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  try {
    walk(JSON.parse(body));
  } catch {
    // not JSON: nothing to echo
  }
  return out;
}

/** A proxy to the sandbox that answers env-var writes with a 422 echoing every body string in every form. */
function echoProxy(upstream: string): Promise<Server> {
  const target = new URL(upstream);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.method !== 'GET' && /\/envs(\/|$|\?)/.test(req.url ?? '') && !(req.url ?? '').includes('/team/envs')) {
        const values = bodyStrings(body);
        const forms = values.flatMap((v) => FORMS.map(([, f]) => f(v)));
        res.writeHead(422, { 'content-type': 'application/json' });
        res.end(JSON.stringify({
          message: `The given data was invalid: ${forms.join(' | ')}`,
          errors: Object.fromEntries(values.map((v) => [`field_${v.trim()}`, [`The ${v.trim()} is invalid (${v.toUpperCase()})`]])),
        }));
        return;
      }
      const out = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      out.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      out.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const MANIFEST = `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        applications:
          api:
            image: nginx:1.27
            ports: [80]
            env:
              JWT_SECRET: \${secrets.JWT_SECRET}
              PLAIN: hello
`;

describe('a secret echoed back in any form leaks through no output channel', () => {
  let sb: Sandbox;
  let proxy: Server;
  let url: string;
  const dir = tempDir();
  const file = join(dir, 'ado.coolify.yaml');
  beforeAll(async () => {
    sb = await sandbox();
    proxy = await echoProxy(sb.url);
    url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    writeFileSync(file, MANIFEST);
  });
  afterAll(async () => {
    await new Promise((r) => proxy.close(r));
    await sb.close();
  });

  it('the echo server does echo the secret (the test can fail)', async () => {
    const res = await fetch(`${url}/api/v1/applications/x/envs/bulk`, { method: 'PATCH', body: JSON.stringify({ data: [{ key: 'K', value: SECRET }] }) });
    expect(res.status).toBe(422);
    expect(leaks(((await res.json()) as { message: string }).message).sort()).toEqual(NEEDLES.map(([n]) => n).sort());
  });

  it.each([
    ['terminal (human)', [] as string[]],
    ['--format json', ['--format', 'json']],
  ])('apply, %s: the env write fails, its error is reported, no form of the secret prints', async (_channel, extra) => {
    const r = await runCli(['apply', '-f', file, '--auto-approve', ...extra], { env: cliEnv({ url, token: sb.token }, { JWT_SECRET: SECRET }) });
    const out = r.stdout + r.stderr;
    expect(r.status, out).not.toBe(0);
    expect(out).toMatch(/422|invalid/i);
    expect(hasStackTrace(out)).toBe(false);
    expect(leaks(out)).toEqual([]);
    // --format json: one JSON event per line, every line still JSON
    if (extra.length) for (const line of r.stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
  });

  it('ci github apply: job log, step summary, outputs and the PR comment hold no form of the secret', async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    const comments: string[] = [];
    nock(API).get(`/repos/${REPO}/issues/${PR}/comments`).query(true).reply(200, []).persist();
    nock(API, { reqheaders: { authorization: `Bearer ${GH_TOKEN}` } })
      .post(`/repos/${REPO}/issues/${PR}/comments`)
      .reply(201, (_u, b) => {
        comments.push((b as { body: string }).body);
        return { id: 78, body: '', user: { login: 'github-actions[bot]', type: 'Bot' } };
      })
      .persist();
    const jobLog: string[] = [];
    const stdout = new Writable({ write: (c: Buffer, _e, done) => { jobLog.push(c.toString()); done(); } });
    const origCwd = process.cwd();
    process.chdir(dir);
    try {
      for (const command of ['apply', 'plan'] as const) {
        const h = makeHarness({ COOLIFY_URL: url, COOLIFY_TOKEN: sb.token, JWT_SECRET: SECRET, INPUT_COMMAND: command, ...(command === 'apply' ? { GITHUB_EVENT_NAME: 'push' } : {}) });
        const code = await runGithubAction({ ...h.deps({ exitCode: 0, log: '' }), runCommand: createEngineRunner({ stdout }) });
        if (command === 'apply') expect(code).not.toBe(0);
        const files = readdirSync(h.dir).map((f) => readFileSync(join(h.dir, f), 'utf8')).join('\n');
        const everything = [h.stdout(), h.summary(), h.outputs(), files, jobLog.join('')].join('\n');
        expect(everything).toMatch(command === 'apply' ? /422|invalid/i : /JWT_SECRET/);
        expect(leaks(everything), command).toEqual([]);
      }
      expect(comments.length).toBeGreaterThan(0);
      expect(leaks(comments.join('\n'))).toEqual([]);
    } finally {
      process.chdir(origCwd);
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });
});
