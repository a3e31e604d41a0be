/**
 * The README's "Try it without Coolify" as a newcomer pastes it (UX audit m1): the sandbox
 * runs in the foreground through the clone's own bin (no silent `npx` build, nothing left
 * running after `kill $!`), its state file is git-ignored, and the token export is quoted
 * (the token contains `|`). The quick start stays two commands.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/harness.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Try it without Coolify'), readme.indexOf('\n## ', readme.indexOf('## Try it without Coolify') + 3));
const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n')).map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean);

describe('README: try it without Coolify', () => {
  it('has the section and its commands', () => {
    expect(commands.length).toBeGreaterThan(3);
  });
  it('runs the CLI through the clone, not a bare npx, and never backgrounds the sandbox', () => {
    for (const c of commands) {
      expect(c, c).not.toMatch(/^npx ado-coolify\b/);
      if (/\bsandbox\b/.test(c)) expect(c, c).not.toMatch(/&\s*$/);
    }
  });
  it('quotes the token export', () => {
    const exportLine = commands.find((c) => c.includes('COOLIFY_TOKEN='));
    expect(exportLine).toMatch(/COOLIFY_TOKEN='[^']*'/);
  });
  it('git-ignores the sandbox state file it names', () => {
    const state = /--state\s+(\S+)/.exec(commands.join('\n'))?.[1];
    expect(state).toBeDefined();
    const ignored = readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n').map((l) => l.trim());
    expect(ignored).toContain(state);
  });
  it('keeps the two-command quick start', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toMatch(/npm test\b/);
  });
});
