import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DURATION_PATTERN, parseDuration } from '../../src/apply/duration.js';
import { parseDurationFlag } from '../../src/cli/options.js';
import { validateManifestSchema } from '../../src/schema/index.js';
import { buildProgram } from '../../src/cli/main.js';

/**
 * Audit m7: one duration syntax everywhere. The schema's `duration` (previews.ttl,
 * autoscale.cooldown), every duration flag and the GitHub Action's timeout accept and refuse
 * the same texts, with the same message.
 */
const schema = JSON.parse(readFileSync(new URL('../../schema/ado.coolify.schema.json', import.meta.url), 'utf8')) as {
  $defs: { duration: { pattern: string } };
};
const GOOD = ['90s', '10m', '1h30m', '7d', '2w', '250ms', '1.5h'];
const BAD = ['90', '5 minutes', '1y', '-5s', 'h'];

function manifestWithTtl(ttl: string): unknown {
  return {
    version: 1,
    projects: { shop: { environments: { production: { applications: { web: { git: { repository: 'https://github.com/a/b', branch: 'main' }, previews: { enabled: true, ttl } } } } } } },
  };
}

describe('one duration syntax (audit m7)', () => {
  it('the schema uses the parser\'s pattern', () => {
    expect(schema.$defs.duration.pattern).toBe(DURATION_PATTERN);
  });

  it.each(GOOD)('%s is accepted by the parser, every flag and the manifest', (text) => {
    expect(parseDuration(text)).toBeGreaterThan(0);
    expect(parseDurationFlag('--timeout', text)).toBe(parseDuration(text));
    const ttlIssues = validateManifestSchema(manifestWithTtl(text)).filter((i) => i.pointer.endsWith('/previews/ttl'));
    expect(ttlIssues).toEqual([]);
  });

  it.each(BAD)('%s is refused by the parser, every flag and the manifest, with one message', (text) => {
    for (const flag of ['--timeout', '--lock-timeout', '--watch', '--interval', '--ttl']) {
      expect(() => parseDurationFlag(flag, text)).toThrow(expect.objectContaining({ code: 'ADO010', hint: expect.stringContaining('90s, 10m, 1h30m, 7d or 2w') }));
    }
    const ttlIssues = validateManifestSchema(manifestWithTtl(text)).filter((i) => i.pointer.endsWith('/previews/ttl'));
    expect(ttlIssues.map((i) => i.message)).toEqual(['must be a duration such as `90s`, `10m`, `1h30m`, `7d` or `2w`']);
  });

  it('every duration flag of every command says so in --help', () => {
    const durationFlags: string[] = [];
    const walk = (cmd: ReturnType<typeof buildProgram>): void => {
      for (const sub of cmd.commands) {
        for (const o of sub.options) if (/<duration>|\[interval\]/.test(o.flags)) durationFlags.push(`${sub.name()} ${o.long}`);
        walk(sub);
      }
    };
    walk(buildProgram());
    expect(durationFlags).toEqual(expect.arrayContaining(['apply --timeout', 'apply --lock-timeout', 'logs --interval', 'status --watch', 'prune --ttl', 'deploy --timeout']));
  });
});
