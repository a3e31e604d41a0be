/** `--replace ADDR` in buildPlan: which requests replace, which are errors. */
import { describe, expect, it } from 'vitest';
import { emptyLive, plan, sampleDesired } from './fixtures.js';
import { convergedLive } from '../kinds/simulate-coolify.js';

const API = 'ado/production/application/api-gateway';
const PG = 'ado/production/database/postgres';

describe('buildPlan with replace requests', () => {
  it.each<[string, string, { action?: string; actionReason?: string; codes: string[]; allowDestroy?: boolean }]>([
    ['an unchanged app', API, { action: 'replace', actionReason: 'replace-requested', codes: [] }],
    ['a protected database', PG, { action: 'replace', actionReason: 'replace-requested', codes: ['ADO502'] }],
    ['a protected database with allowDestroy', PG, { action: 'replace', actionReason: 'replace-requested', codes: [], allowDestroy: true }],
    ['a typo', 'ado/production/application/api-gatewya', { codes: ['ADO510'] }],
    ['a project', 'ado', { codes: ['ADO511'] }],
    ['an environment', 'ado/production', { codes: ['ADO511'] }],
  ])('%s', (_name, address, want) => {
    const desired = sampleDesired();
    const p = plan(desired, convergedLive(desired, true), { replace: [address], allowDestroy: want.allowDestroy ?? false });
    expect(p.diagnostics.map((d) => d.code)).toEqual(want.codes);
    const change = p.resourceChanges.find((c) => c.address === address);
    if (want.action) expect(change).toMatchObject({ action: want.action, actionReason: want.actionReason });
    else expect(p.resourceChanges.every((c) => c.action === 'no-op')).toBe(true);
  });

  it('says did-you-mean for a typo', () => {
    const desired = sampleDesired();
    const p = plan(desired, convergedLive(desired, true), { replace: ['ado/production/application/api-gatewya'] });
    expect(p.diagnostics[0]!.hint).toBe(`did you mean \`${API}\`?`);
  });

  it('recreates the sub-resources of a replaced app, and a resource not in Coolify is just created', () => {
    const desired = sampleDesired();
    const p = plan(desired, convergedLive(desired, true), { replace: [API] });
    const subs = p.resourceChanges.filter((c) => c.address.startsWith(`${API}#`));
    expect(subs.length).toBeGreaterThan(0);
    for (const s of subs) expect(s).toMatchObject({ action: 'create', actionReason: 'parent-replaced' });
    const fresh = plan(desired, emptyLive(), { replace: [API] });
    expect(fresh.resourceChanges.find((c) => c.address === API)).toMatchObject({ action: 'create', actionReason: 'not-in-coolify' });
  });
});
