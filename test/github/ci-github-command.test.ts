import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerCiGithub } from '../../src/cli/commands/ci-github.js';
import { processHost } from '../cli/run-cli.js';

describe('registerCiGithub', () => {
  it('registers `ci github`, reusing an existing `ci` command', () => {
    const fresh = new Command();
    registerCiGithub(fresh, processHost());
    const ci = fresh.commands.find((c) => c.name() === 'ci');
    expect(ci?.commands.map((c) => c.name())).toEqual(['github']);

    const existing = new Command();
    existing.command('ci').command('gitlab');
    registerCiGithub(existing, processHost());
    expect(existing.commands.filter((c) => c.name() === 'ci')).toHaveLength(1);
    expect(existing.commands[0]?.commands.map((c) => c.name())).toEqual(['gitlab', 'github']);
  });
});
