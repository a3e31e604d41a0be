/**
 * Issue 14 M4/m5 (adversarial audit M4, m5): a hostile Coolify plants ANSI, OSC 8, C1, bidi,
 * separators, zero-width characters, HTML, a mention, a Markdown link and a heading into names,
 * statuses, domains, descriptions, deployment statuses, log lines and error messages. Every
 * command that prints live data prints 0 raw control characters, and no Markdown output holds a
 * live link, tag or mention. JSON outputs keep the values faithful (JSON.parse gives them back).
 * Spawns the built CLI: `npm run build` first.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/index.js';
import { cliEnv, hasStackTrace, runCli, sandbox, tempDir, type CliResult } from '../../e2e/harness.js';
import { EVIL, RAW_CONTROL, hostileCoolify, liveMarkdown, type HostileCoolify } from './hostile-coolify.js';

const MANIFEST = `version: 1
defaults: { server: main }
projects:
  shop:
    environments:
      production:
        databases:
          db: { type: postgresql }
        applications:
          web:
            image: nginx:1.27-alpine
            ports: [80]
            domains: [https://web.example.com]
            previews:
              enabled: true
              urlTemplate: "pr-{{pr_id}}.preview.example.com"
              ttl: 7d
`;

let sb: Sandbox;
let evil: HostileCoolify;
let github: Server;
const comments: string[] = [];
const dir = tempDir('ado-hostile-');
const file = join(dir, 'ado.coolify.yaml');

/** The CLI against the hostile proxy (no colour: the only escapes would be Coolify's). */
function cli(args: string[], extra: Record<string, string> = {}): Promise<CliResult> {
  return runCli(args, { env: cliEnv({ url: evil.url, token: sb.token }, extra), cwd: dir, timeoutMs: 90_000 });
}

/** The raw characters in a text, as code points (empty when clean). */
function rawControls(text: string): string[] {
  return [...text].filter((ch) => RAW_CONTROL.test(ch)).map((ch) => `U+${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** The run printed the hostile text (escaped), with no raw control character and no stack trace. */
function expectClean(r: CliResult, what: string): void {
  const all = r.stdout + r.stderr;
  expect(rawControls(all), `${what}: raw characters in\n${all}`).toEqual([]);
  expect(hasStackTrace(all), what).toBe(false);
}

/** It shows the hostile text, escaped: the test really fed it to the command. */
function expectShowsEvil(text: string, what: string): void {
  expect(text, `${what} did not show the planted text`).toMatch(/evil\\u001b\[2J/);
}

beforeAll(async () => {
  sb = await sandbox();
  writeFileSync(file, MANIFEST);
  const direct = { env: cliEnv(sb), cwd: dir };
  const applied = await runCli(['apply', '--auto-approve'], direct);
  if (applied.status !== 0) throw new Error(applied.stdout + applied.stderr);
  const preview = await runCli(['previews', 'deploy', '--app', 'web', '--pr', '5', '--tag', 'pr-5'], direct);
  if (preview.status !== 0) throw new Error(preview.stdout + preview.stderr);
  evil = await hostileCoolify(sb.url);
  github = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST') {
        comments.push((JSON.parse(body) as { body: string }).body);
        res.writeHead(201).end(JSON.stringify({ id: 1, body: '' }));
      } else res.writeHead(200).end('[]');
    });
  });
  await new Promise<void>((r) => github.listen(0, '127.0.0.1', () => r()));
}, 120_000);

afterAll(async () => {
  await evil?.close();
  await new Promise<void>((r) => (github ? github.close(() => r()) : r()));
  await sb?.close();
});

describe('no terminal or Markdown injection from live data (issue 14 M4, m5)', () => {
  it('status: the table shows the hostile status and domain escaped, on one line each', async () => {
    const r = await cli(['status']);
    expectClean(r, 'status');
    expectShowsEvil(r.stdout, 'status');
    // no forged row: one line per resource, the header and the footer
    expect(r.stdout.trimEnd().split('\n').filter((l) => /^production\//.test(l))).toHaveLength(2);
  });

  it('status --format json: values faithful, no raw character in the text', async () => {
    const r = await cli(['status', '--format', 'json']);
    expectClean(r, 'status --format json');
    const doc = JSON.parse(r.stdout) as { resources: Array<{ status: string; domains: string[]; lastDeployment?: { status: string } }> };
    expect(doc.resources.some((x) => x.status === `running:healthy${EVIL}`)).toBe(true);
    expect(doc.resources.some((x) => x.lastDeployment?.status === `finished${EVIL}`)).toBe(true);
  });

  it('plan and drift, human, Markdown and JSON: escaped, no live link, tag or mention', async () => {
    for (const args of [['plan'], ['plan', '--format', 'markdown'], ['plan', '--format', 'json'], ['drift'], ['drift', '--format', 'markdown']]) {
      const r = await cli(args);
      const what = args.join(' ');
      expectClean(r, what);
      if (args.includes('markdown')) {
        expectShowsEvil(r.stdout, what);
        expect(liveMarkdown(r.stdout), what).toEqual([]);
      }
      if (args.includes('json')) expect(JSON.stringify(JSON.parse(r.stdout))).toContain('rogue');
    }
  });

  it('show of a saved plan: escaped in every format', async () => {
    const saved = join(dir, 'plan.json');
    const p = await cli(['plan', '--out', saved]);
    expectClean(p, 'plan --out');
    for (const format of ['human', 'markdown']) {
      const r = await cli(['show', saved, '--format', format]);
      expectClean(r, `show --format ${format}`);
      if (format === 'markdown') expect(liveMarkdown(r.stdout)).toEqual([]);
    }
  });

  it('logs: hostile log lines print as text (escape sequences dropped, controls escaped)', async () => {
    const r = await cli(['logs', 'web']);
    expectClean(r, 'logs');
    expect(r.stdout).toContain('green line');
    expect(r.stdout).toMatch(/evilREDlink\\u202eeman\\u2028LS/);
  });

  it('previews list, human and JSON', async () => {
    const human = await cli(['previews', 'list']);
    expectClean(human, 'previews list');
    expectShowsEvil(human.stdout, 'previews list');
    const json = await cli(['previews', 'list', '--format', 'json']);
    expectClean(json, 'previews list --format json');
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain(JSON.stringify(`finished${EVIL}`).slice(1, -1));
  });

  it('import: the manifest on stdout and the notes on stderr', async () => {
    const r = await cli(['import', '--project', 'shop']);
    expect(r.status, r.stderr).toBe(0);
    expectClean(r, 'import');
    expect(r.stdout).toContain('rogue');
  });

  it('ci github: job log, step summary and PR comment', async () => {
    const summary = join(dir, 'summary.md');
    const event = join(dir, 'event.json');
    writeFileSync(summary, '');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }));
    const r = await cli(['ci', 'github'], {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_API_URL: `http://127.0.0.1:${(github.address() as AddressInfo).port}`,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_TOKEN: 'ghs_test',
      INPUT_COMMAND: 'plan',
      'INPUT_COMMENT-ON-NO-CHANGES': 'true',
      RUNNER_TEMP: dir,
    });
    expectClean(r, 'ci github');
    const md = readFileSync(summary, 'utf8');
    expect(rawControls(md)).toEqual([]);
    expectShowsEvil(md, 'step summary');
    expect(liveMarkdown(md)).toEqual([]);
    expect(comments.length).toBeGreaterThan(0);
    for (const c of comments) {
      expect(rawControls(c)).toEqual([]);
      expect(liveMarkdown(c)).toEqual([]);
    }
  });

  it('deploy: plan, progress and the URL list', async () => {
    const r = await cli(['deploy', '--env', 'production', '--yes']);
    expectClean(r, 'deploy');
    expect(r.stdout).toContain('URLs:');
    expectShowsEvil(r.stdout, 'deploy');
  }, 90_000);

  it('force-unlock: a lock record whose holder is hostile text', async () => {
    const record = { holder: EVIL, token: 't', acquiredAt: EVIL, expiresAt: new Date(Date.now() + 3_600_000).toISOString() };
    const planted = await fetch(`${sb.url}/api/v1/team/envs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'ADO_COOLIFY_LOCK_SHOP', value: JSON.stringify(record) }),
    });
    expect(planted.status).toBeLessThan(300);
    const r = await cli(['force-unlock', 'shop', '--yes']);
    expect(r.status, r.stderr).toBe(0);
    expectClean(r, 'force-unlock');
    expectShowsEvil(r.stdout, 'force-unlock');
  });

  it('a hostile Coolify error message: plan, status and apply report it escaped, on one line', async () => {
    evil.switches.fail = { match: /^GET \/api\/v1\/projects$/, status: 403 };
    try {
      for (const args of [['plan'], ['status'], ['plan', '--format', 'json'], ['status', '--format', 'json']]) {
        const r = await cli(args);
        const what = `${args.join(' ')} (error)`;
        expect(r.status, what).toBe(1);
        expectClean(r, what);
        expectShowsEvil(r.stdout + r.stderr, what);
        // Coolify's words cannot start a line of their own
        expect(r.stdout + r.stderr, what).not.toMatch(/^## injected/m);
      }
    } finally {
      evil.switches.fail = undefined;
    }
  });

  it('a hostile Coolify error on a write: apply progress and summary stay clean', async () => {
    evil.switches.fail = { match: /^(PATCH|POST) \/api\/v1\/applications/, status: 422 };
    try {
      const r = await cli(['apply', '--auto-approve']);
      expect(r.status, r.stdout + r.stderr).not.toBe(0);
      expectClean(r, 'apply (error)');
      expectShowsEvil(r.stdout + r.stderr, 'apply (error)');
    } finally {
      evil.switches.fail = undefined;
    }
  }, 90_000);
});
