import { describe, expect, it } from 'vitest';
import { CANARY, plan, sampleDesired } from './fixtures.js';
import { convergedLive } from '../kinds/simulate-coolify.js';
import { renderPlanHuman, renderPlanMarkdown } from '../../src/render/index.js';
import { parsePlanJson, renderPlanJson } from '../../src/render/json.js';

describe('token preflight (issue 18)', () => {
  it('a token with read:sensitive: inferred abilities, nothing unverifiable', () => {
    const desired = sampleDesired();
    const p = plan(desired, convergedLive(desired, true));
    expect(p.preflight).toEqual({ release: p.coolify.version, abilities: ['read', 'read:sensitive'], inferred: true, notVerifiable: [] });
  });

  it('without read:sensitive: lists each declared sensitive field of a live resource, even on a no-op', () => {
    const desired = sampleDesired();
    const p = plan(desired, convergedLive(desired, false));
    expect(p.resourceChanges.every((c) => c.action === 'no-op')).toBe(true);
    expect(p.preflight?.abilities).toEqual(['read']);
    const subjects = p.preflight!.notVerifiable.map((e) => e.subject);
    expect(subjects).toContain('ado/production/database/postgres.password');
    expect(subjects.length).toBeGreaterThan(1);
    expect(new Set(subjects).size).toBe(subjects.length);
    expect(p.preflight!.notVerifiable.every((e) => /read:sensitive/.test(e.why))).toBe(true);
    const line = `Coolify ${p.coolify.version} · token: read (inferred; no read:sensitive: ${subjects.length} fields not verifiable)`;
    expect(renderPlanHuman(p, { color: false })).toContain(`Preflight: ${line}`);
    expect(renderPlanMarkdown(p)).toContain('Preflight: Coolify');
    expect(renderPlanMarkdown(p)).toContain(`${subjects.length} fields not verifiable`);
    expect(JSON.stringify(p)).not.toContain(CANARY);
  });

  it('a target narrows the list to the resources in scope', () => {
    const desired = sampleDesired();
    const p = plan(desired, convergedLive(desired, false), { targets: ['ado/production/database/postgres'] });
    expect(p.preflight!.notVerifiable.length).toBeGreaterThan(0);
    expect(p.preflight!.notVerifiable.every((e) => e.subject.startsWith('ado/production/database/postgres'))).toBe(true);
  });

  it('survives a saved plan file, and a malformed one is refused', () => {
    const desired = sampleDesired();
    const p = plan(desired, convergedLive(desired, false));
    expect(parsePlanJson(renderPlanJson(p)).preflight).toEqual(p.preflight);
    const bad = JSON.parse(renderPlanJson(p)) as Record<string, unknown>;
    bad.preflight = { release: '4.3.11', abilities: 'read', inferred: true, notVerifiable: [] };
    expect(() => parsePlanJson(JSON.stringify(bad))).toThrow(/preflight.abilities/);
  });
});
