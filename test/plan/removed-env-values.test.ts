/**
 * A removed env var shows its value when it is no secret (ux-audit p1.5), and a secret never
 * prints, whatever the manifest still says (canaries).
 */
import { describe, expect, it } from 'vitest';
import { buildDesiredState } from '../../src/kinds/lower.js';
import type { ResolvedManifest } from '../../src/manifest/types.js';
import type { DesiredState } from '../../src/model/resource.js';
import type { PlanJson } from '../../src/model/plan.js';
import { renderPlanHuman } from '../../src/render/human.js';
import { renderPlanJson } from '../../src/render/json.js';
import { renderPlanMarkdown } from '../../src/render/markdown.js';
import { convergedLive } from '../kinds/simulate-coolify.js';
import { CANARY, plan, sampleDesired, sampleManifest, secret } from './fixtures.js';

const API = 'ado/production/application/api-gateway';
const app = (m: ResolvedManifest) => m.projects['ado']!.environments!['production']!.applications!['api-gateway']!;

function desiredWith(edit: (m: ResolvedManifest) => void): DesiredState {
  const m = sampleManifest();
  edit(m);
  return buildDesiredState(m, sampleDesired().edges);
}

/** The plan after the manifest drops what `extra` added to api-gateway's env (applied before). */
function dropped(extra: Record<string, unknown>, tweak: (live: ReturnType<typeof convergedLive>) => void = () => {}): PlanJson {
  const before = desiredWith((m) => Object.assign(app(m).env!, extra));
  const live = convergedLive(before, true);
  tweak(live);
  return plan(sampleDesired(), live);
}

const outputs = (p: PlanJson): string[] => [renderPlanHuman(p, { color: false }), renderPlanMarkdown(p), renderPlanJson(p)];
const removal = (p: PlanJson, label: string) => p.resourceChanges.find((c) => c.address === API)!.changes.find((c) => c.label === label)!;

describe('removed env values (ux-audit p1.5)', () => {
  it('a removed plain var shows its value', () => {
    const p = dropped({ DEBUG: 'false' });
    expect(removal(p, 'env.DEBUG')).toMatchObject({ before: 'false', sensitive: false });
    expect(renderPlanHuman(p, { color: false })).toContain('    - env.DEBUG: "false"');
    expect(renderPlanMarkdown(p)).toContain('- env.DEBUG: "false"');
  });

  it('canary: a removed ${secrets.*} var never prints, though its key looks harmless and the manifest no longer names the secret', () => {
    const p = dropped({ STRIPE: secret('STRIPE', `${CANARY}-stripe`) });
    expect(removal(p, 'env.STRIPE')).toMatchObject({ sensitive: true });
    for (const out of outputs(p)) {
      expect(out).not.toContain(CANARY);
      expect(out).toContain('env.STRIPE');
    }
  });

  it('canary: a var the manifest marked sensitive, or with a secret-looking key, never prints once removed', () => {
    const p = dropped({ LABEL: { value: `${CANARY}-marked`, sensitive: true }, GITHUB_TOKEN: `${CANARY}-token` });
    for (const out of outputs(p)) expect(out).not.toContain(CANARY);
  });

  it('canary: a var written before the plain mark existed (or hand-marked with a secret key) stays hidden', () => {
    const p = dropped({ OLD: `${CANARY}-old`, DB_PASSWORD: `${CANARY}-pw` }, (live) => {
      for (const e of live.resources.find((r) => r.address === API)!.env!) {
        if (e.key === 'OLD') e.comment = 'managed by ado-coolify';
        if (e.key === 'DB_PASSWORD') e.comment = 'managed by ado-coolify, plain value';
      }
    });
    expect(removal(p, 'env.OLD')).toMatchObject({ sensitive: true });
    for (const out of outputs(p)) expect(out).not.toContain(CANARY);
  });

  it('a plain var that becomes a secret is written again without the plain mark', () => {
    const before = desiredWith((m) => Object.assign(app(m).env!, { KEY_ID: `${CANARY}-same` }));
    const after = desiredWith((m) => Object.assign(app(m).env!, { KEY_ID: secret('KEY_ID', `${CANARY}-same`) }));
    const p = plan(after, convergedLive(before, true));
    expect(p.resourceChanges.find((c) => c.address === API)!.changes.map((c) => c.label)).toContain('env.KEY_ID');
    for (const out of outputs(p)) expect(out).not.toContain(CANARY);
  });
});
