import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileSystemError } from '../src/fs-error.js';
import { reportError } from '../src/cli/report-error.js';

/** Audit m8: file-system failures are user errors naming the path, never "internal error … a bug". */
const dir = mkdtempSync(join(tmpdir(), 'ado-fs-error-'));
const aFile = join(dir, 'a-file');
writeFileSync(aFile, 'x');
const BIN = fileURLToPath(new URL('../bin/ado-coolify.js', import.meta.url));

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

function report(err: unknown): string {
  let text = '';
  reportError(err, { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream);
  return text;
}

describe('file-system errors', () => {
  it.each([
    ['a missing directory', () => writeFileSync(join(dir, 'nope', 'p.json'), '{}'), 'cannot open', 'no such file or directory'],
    ['a file read as a directory', () => readdirSync(aFile), 'cannot read the directory', 'a part of the path is not a directory'],
    ['a file where a directory belongs', () => mkdirSync(aFile), 'cannot create the directory', 'a file with that name already exists'],
    ['a path through a file', () => writeFileSync(join(aFile, 'x.json'), '{}'), 'cannot open', 'a part of the path is not a directory'],
  ])('%s is a user error with the path', (_name, fn, verb, reason) => {
    const err = caught(fn);
    const text = report(err);
    expect(text).toContain(verb);
    expect(text).toContain(reason);
    expect(text).toContain(dir);
    expect(text).toContain('[ADO011]');
    expect(text).not.toContain('internal error');
    expect(text).not.toContain('bug');
  });

  it('permission denied names the path and says so', () => {
    // as root chmod cannot deny, so this is the errno object Node throws for EACCES
    const err = Object.assign(new Error("EACCES: permission denied, open '/etc/shadow'"), { code: 'EACCES', syscall: 'open', path: '/etc/shadow', errno: -13 });
    expect(fileSystemError(err)?.message).toBe('cannot open /etc/shadow: permission denied');
    expect(report(err)).not.toContain('internal error');
  });

  it('other errors stay internal errors', () => {
    expect(fileSystemError(new Error('boom'))).toBeUndefined();
    expect(report(new Error('boom'))).toContain('internal error');
  });

  it.each([
    [['export', 'kubernetes', '-f', 'm.yaml', '-o', 'a-file'], 'cannot create the directory'],
    [['init', '--dir', 'a-file', '-y'], 'cannot create the directory'],
    [['sandbox', '--port', '0', '--state', join(dir, 'nope', 's.json')], `cannot open ${join(dir, 'nope', 's.json')}: no such file or directory`],
  ])('ado-coolify %j', (args, expected) => {
    writeFileSync(join(dir, 'm.yaml'), 'version: 1\ndefaults: { server: main }\nprojects:\n  shop:\n    environments:\n      production:\n        applications:\n          web: { image: "nginx:1.27", ports: [80] }\n');
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH ?? '' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(expected);
    expect(r.stderr).toContain('[ADO011]');
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).not.toMatch(/\.\d+\.tmp/);
  });
});
