import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_NAMES } from '../../src/policy/builtin-rules.js';
import { policyOf } from './helpers.js';

/** A manifest with one environment holding `body` (YAML lines at 8 spaces) and the rule on at `error`. */
function manifest(rule: string, env: string, body: string): string {
  return `version: 1
defaults: { server: main }
s3Storages:
  backups: { endpoint: "https://s3.example.com", bucket: shop-backups, region: eu, key: k, secret: s }
policy:
  rules: { ${rule}: error }
projects:
  shop:
    environments:
      ${env}:
${body}`;
}

interface Fixture {
  rule: string;
  env?: string;
  passing: string;
  failing: string;
  /** The address that violates it in `failing`. */
  address: string;
  code: string;
  /** Plan options (destroyNeedsFlag plans a deletion). */
  liveFrom?: string;
}

const APP = (extra: string) => `        applications:\n          web: { image: "nginx:1.27.3", ports: [80]${extra} }\n`;
const DB = (extra: string) => `        databases:\n          pg: { type: postgresql${extra} }\n`;

const FIXTURES: Fixture[] = [
  {
    rule: 'publicDatabase',
    passing: DB(''),
    failing: DB(', public: true, publicPort: 5433'),
    address: 'shop/production/database/pg',
    code: 'ADO801',
  },
  {
    rule: 'protectedNeedsBackup',
    passing: DB(', protect: true, backups: [{ schedule: "0 3 * * *", s3: backups }]'),
    failing: DB(', protect: true'),
    address: 'shop/production/database/pg',
    code: 'ADO802',
  },
  {
    rule: 'pinnedImages',
    passing: APP(''),
    failing: `        applications:\n          web: { image: "nginx:latest", ports: [80] }\n`,
    address: 'shop/production/application/web',
    code: 'ADO804',
  },
  {
    rule: 'healthCheck',
    passing: APP(', healthCheck: { path: /health }'),
    failing: APP(''),
    address: 'shop/production/application/web',
    code: 'ADO805',
  },
  {
    rule: 'productionLimits',
    passing: APP(', limits: { memory: 512M, cpus: 1 }'),
    failing: APP(''),
    address: 'shop/production/application/web',
    code: 'ADO806',
  },
];

describe('built-in policy rules (issue 18)', () => {
  it('has a passing and a failing fixture for every rule', () => {
    expect([...FIXTURES.map((f) => f.rule), 'destroyNeedsFlag'].sort()).toEqual([...BUILTIN_RULE_NAMES].sort());
  });

  for (const f of FIXTURES) {
    it(`${f.rule}: passes a complying manifest`, () => {
      expect(policyOf(manifest(f.rule, f.env ?? 'production', f.passing)).diagnostics).toEqual([]);
    });
    it(`${f.rule}: flags ${f.address} with ${f.code}, located at its entry`, () => {
      const run = policyOf(manifest(f.rule, f.env ?? 'production', f.failing));
      expect(run.diagnostics.map((d) => [d.code, d.severity, d.address])).toEqual([[f.code, 'error', f.address]]);
      const d = run.diagnostics[0]!;
      expect(d.message).toContain(`(policy rule ${f.rule})`);
      expect(d.hint).toBeTruthy();
      expect(d.source).toMatchObject({ file: 'ado.coolify.yaml' });
      expect(d.source!.line).toBeGreaterThan(8);
    });
  }

  it('the production rules leave other environments alone', () => {
    expect(policyOf(manifest('productionLimits', 'staging', APP(''))).diagnostics).toEqual([]);
    expect(policyOf(manifest('publicDatabase', 'staging', DB(', public: true, publicPort: 5433'))).diagnostics).toEqual([]);
  });

  it('pinnedImages: a registry port is not a tag, a digest is a pin', () => {
    const img = (image: string) => policyOf(manifest('pinnedImages', 'production', `        applications:\n          web: { image: "${image}", ports: [80] }\n`)).diagnostics.length;
    expect(img('registry.example.com:5000/team/web')).toBe(1);
    expect(img('nginx')).toBe(1);
    expect(img('registry.example.com:5000/team/web:2.1.0')).toBe(0);
    expect(img(`nginx@sha256:${'a'.repeat(64)}`)).toBe(0);
  });

  describe('destroyNeedsFlag', () => {
    const before = manifest('destroyNeedsFlag', 'production', `${APP('')}          admin: { image: "nginx:1.27.3", ports: [80] }\n`);
    const after = manifest('destroyNeedsFlag', 'production', APP(''));
    it('passes a plan without deletions, and a deletion with --allow-destroy', () => {
      expect(policyOf(after, { liveFrom: before }).diagnostics).toEqual([]);
      expect(policyOf(after, { liveFrom: before, prune: true, allowDestroy: true }).diagnostics).toEqual([]);
    });
    it('flags a deletion without --allow-destroy (ADO803)', () => {
      const run = policyOf(after, { liveFrom: before, prune: true });
      expect(run.diagnostics.map((d) => [d.code, d.address])).toEqual([['ADO803', 'shop/production/application/admin']]);
    });
  });

  it('a rule at warning informs instead of blocking; off switches it off', () => {
    const warn = policyOf(manifest('healthCheck', 'production', APP('')).replace('healthCheck: error', 'healthCheck: warning'));
    expect(warn.diagnostics.map((d) => d.severity)).toEqual(['warning']);
    const off = policyOf(manifest('healthCheck', 'production', APP('')).replace('healthCheck: error', 'healthCheck: off'));
    expect(off.diagnostics).toEqual([]);
  });
});
