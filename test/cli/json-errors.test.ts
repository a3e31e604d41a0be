import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';

/**
 * Audit m6: with `--format json` every failure puts a JSON object on stdout, so a consumer can
 * tell "error" from "empty result" without reading stderr. Walks every command of the real
 * program that accepts `--format json` and runs the built CLI (needs `npm run build`).
 */
const BIN = fileURLToPath(new URL('../../bin/ado-coolify.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ado-json-errors-'));
const manifest = join(dir, 'm.yaml');
writeFileSync(
  manifest,
  'version: 1\ndefaults: { server: main }\nprojects:\n  shop:\n    environments:\n      production:\n        applications:\n          web: { image: "nginx:1.27", ports: [80] }\n',
);

function jsonCommands(cmd: Command, path: string[] = []): { path: string[]; cmd: Command }[] {
  return cmd.commands.flatMap((sub) => {
    const p = [...path, sub.name()];
    const format = sub.options.find((o) => o.long === '--format');
    const takesJson = format !== undefined && (format.argChoices === undefined || format.argChoices.includes('json'));
    return [...(takesJson ? [{ path: p, cmd: sub }] : []), ...jsonCommands(sub, p)];
  });
}

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    // no token, and a URL nothing listens on: every Coolify command fails before any request
    env: { PATH: process.env.PATH ?? '', COOLIFY_URL: 'http://127.0.0.1:9', GITHUB_ACTIONS: 'false' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectJsonFailure(args: string[]): void {
  const r = run(args);
  expect(r.status, `${args.join(' ')}\n${r.stderr}`).not.toBe(0);
  const lines = r.stdout.trim().split('\n');
  expect(r.stdout.trim(), `${args.join(' ')}: stdout is empty`).not.toBe('');
  // the last JSON document on stdout is the failure: an error object, or manifest diagnostics
  const last = JSON.parse(r.stdout.trim().startsWith('{\n') ? r.stdout : (lines[lines.length - 1] ?? '')) as Record<string, unknown>;
  if ('valid' in last) expect(last.valid).toBe(false);
  else expect(last).toMatchObject({ type: 'error', error: { code: expect.any(String), message: expect.any(String) }, exitCode: r.status });
  expect(r.stdout).not.toMatch(/^\s+at /m);
}

const commands = jsonCommands(buildProgram());

describe('--format json reports every failure on stdout (audit m6)', () => {
  it('walks the commands that accept --format json', () => {
    expect(commands.map((c) => c.path.join(' '))).toEqual(expect.arrayContaining(['validate', 'plan', 'apply', 'drift', 'show', 'status', 'previews list']));
  });

  it.each(commands.map((c) => ({ name: c.path.join(' '), ...c })))('$name: a failure of the command itself', ({ path, cmd }) => {
    const has = (flag: string) => cmd.options.some((o) => o.long === flag);
    const args = [...path, ...cmd.registeredArguments.filter((a) => a.required).map(() => 'missing-plan.json')];
    if (has('--token-file')) args.push('--file', manifest); // fails: no Coolify token
    else if (has('--file')) args.push('--file', 'missing.yaml'); // fails: no such manifest
    if (has('--auto-approve')) args.push('--auto-approve');
    expectJsonFailure([...args, '--format', 'json']);
  });

  it.each(commands.map((c) => ({ name: c.path.join(' '), ...c })))('$name: an unknown option', ({ path }) => {
    expectJsonFailure([...path, '--format', 'json', '--no-such-option']);
  });
});
