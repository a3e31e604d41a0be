/**
 * bin/cli-loader.js: the bundled command line compiled from its V8 code cache. Needs `npm run
 * build` (the bundle and the cache it writes).
 */
import { isAscii } from 'node:buffer';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript of bin/, without type declarations
import { BUNDLE, CACHE, loadCli, writeCliCache } from '../../bin/cli-loader.js';

/** What loadCli returns, as far as these tests read it. */
interface Loaded {
  cli: { runMain: unknown; main: unknown };
  build: string;
  cache: 'used' | 'rejected' | 'absent' | 'off';
}
const load = loadCli as (options?: { useCache?: boolean; cachePath?: string; bundlePath?: string }) => Loaded;
const write = writeCliCache as (loaded: Loaded, cachePath: string) => number;

const dir = mkdtempSync(join(tmpdir(), 'ado-cli-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the command line loader', () => {
  it('the build names the bundle by the SHA-256 of its code, and writes a cache of that build', () => {
    const first = readFileSync(BUNDLE as string, 'utf8').split('\n', 1)[0] ?? '';
    expect(first).toMatch(/^\/\/ ado-coolify build [0-9a-f]{64}$/);
    expect(readFileSync(CACHE as string).subarray(0, 64).toString('latin1')).toBe(first.slice(-64));
  });

  it('holds no dynamic import: a script from a code cache has no import callback under Node 20', () => {
    expect(readFileSync(BUNDLE as string, 'utf8')).not.toMatch(/\bimport\(/);
  });

  it('is ASCII, read without UTF-8 decoding; the regular expressions it escaped match as written', () => {
    const bytes = readFileSync(BUNDLE as string);
    expect(isAscii(bytes)).toBe(true);
    // src/compose/units.ts DURATION_PART, written with `µs`, escaped by scripts/bundle-cli.mjs
    const literal = /DURATION_PART=(\/\(\\d\+\(\?:\\\.\\d\+\)\?\)\(us\|\\u00b5s\|ms\|s\|m\|h\)\/g)/.exec(bytes.toString('latin1'))?.[1];
    expect(literal).toBeDefined();
    const pattern = new Function(`return ${literal}`)() as RegExp;
    expect('1µs 2ms'.match(pattern)).toEqual(['1µs', '2ms']);
  });

  it('requires child_process, readline/promises and dns/promises on first use, as Node\'s own modules', () => {
    const text = readFileSync(BUNDLE as string, 'latin1');
    for (const name of ['child_process', 'readline/promises', 'dns/promises']) {
      const requires = text.match(new RegExp(`require\\("node:${name.replace('/', '\\/')}"\\)`, 'g')) ?? [];
      expect(requires.length).toBe(1);
      expect(text).toContain(`??=require("node:${name}"))[name]`);
    }
    // a fresh process: `--version` loads none of them; reading an export gives the module's own
    const script = [
      "const { loadCli } = require('./bin/cli-loader.js');",
      "const loaded = (m) => process.moduleLoadList.includes(`NativeModule ${m}`);",
      "loadCli().cli.runMain(['node', 'ado-coolify', '--version']).then(() => {",
      "  process.stderr.write(JSON.stringify(['child_process', 'readline/promises', 'dns/promises'].map(loaded)));",
      '});',
    ].join('\n');
    const run = spawnSync(process.execPath, ['-e', script], { cwd: join(BUNDLE as string, '../../..'), encoding: 'utf8' });
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(JSON.parse(run.stderr)).toEqual([false, false, false]);
  });

  it('uses the cache of its own build, and the bundle it loads is the command line', () => {
    const loaded = load();
    expect(loaded.cache).toBe('used');
    expect(typeof loaded.cli.runMain).toBe('function');
    expect(typeof loaded.cli.main).toBe('function');
  });

  it('does not use a cache of another build (V8 checks only the length; the build line decides)', () => {
    const cachePath = join(dir, 'other.cache');
    const bytes = readFileSync(CACHE as string);
    writeFileSync(cachePath, Buffer.concat([Buffer.from('0'.repeat(64), 'latin1'), bytes.subarray(64)]));
    expect(load({ cachePath }).cache).toBe('absent');
  });

  it('compiles without a cache V8 rejects, and without one at all', () => {
    const cachePath = join(dir, 'corrupt.cache');
    const build = readFileSync(BUNDLE as string, 'utf8').slice(21, 85);
    writeFileSync(cachePath, Buffer.concat([Buffer.from(`${build}\n`, 'latin1'), Buffer.from('not a code cache')]));
    // a copy under another name: V8 consults the cache only for a script it has not compiled in this process
    const bundlePath = join(dir, 'corrupt-cli.cjs');
    copyFileSync(BUNDLE as string, bundlePath);
    expect(load({ cachePath, bundlePath }).cache).toBe('rejected');
    expect(load({ cachePath: join(dir, 'missing.cache') }).cache).toBe('absent');
    expect(load({ useCache: false }).cache).toBe('off');
  });

  it('a cache it writes is used on the next load; a bundle without a build line gets none', () => {
    const cachePath = join(dir, 'fresh.cache');
    expect(write(load({ useCache: false }), cachePath)).toBeGreaterThan(1000);
    expect(load({ cachePath }).cache).toBe('used');
    const bundlePath = join(dir, 'cli.cjs');
    copyFileSync(BUNDLE as string, bundlePath);
    writeFileSync(bundlePath, readFileSync(bundlePath, 'utf8').replace(/^\/\/ ado-coolify build [0-9a-f]{64}\n/, '// edited\n'));
    expect(load({ bundlePath, cachePath }).cache).toBe('absent');
  });
});
