/**
 * Issue 18: the impact summary in the renderers (src/render/impact.ts): the Markdown comment
 * leads with it, it is left out when there is nothing to say (or no impact at all, a plan file
 * of format 2.1), its lists are capped in the comment, and drift reports carry none.
 */
import { describe, expect, it } from 'vitest';
import { renderPlanHuman } from '../../src/render/human.js';
import { renderPlanMarkdown } from '../../src/render/markdown.js';
import { parsePlanJson, renderPlanJson } from '../../src/render/json.js';
import { driftOf } from '../../src/engine/drift.js';
import { impactSections } from '../../src/render/impact.js';
import { addr } from '../helpers/address.js';
import { P, field, plan, resource } from './fixtures/builders.js';
import { imageBump, noChanges } from './fixtures/plans.js';

const bump = (n: number) =>
  plan(
    Array.from({ length: n }, (_, i) =>
      resource(addr(`${P}/application/app-${String(i).padStart(2, '0')}`), 'application', 'update', 'image changed', {
        uuid: `u${i}`,
        changes: [field('image.tag', '1', '2', { path: 'docker_registry_image_tag', effect: 'redeploy' })],
        consequences: ['redeploy'],
      }),
    ),
  );

describe('impact in the rendered plan', () => {
  it('leads the Markdown comment: right after the title, before the summary line', () => {
    const md = renderPlanMarkdown(imageBump());
    const at = md.indexOf('#### Impact');
    expect(at).toBeGreaterThan(md.indexOf('### ado-coolify plan'));
    expect(at).toBeLessThan(md.indexOf('**Plan:'));
  });

  it('comes first after the header in the terminal', () => {
    const text = renderPlanHuman(imageBump(), { color: false });
    expect(text.indexOf('Impact:')).toBeLessThan(text.indexOf('will perform these actions'));
  });

  it('is left out when the plan changes nothing', () => {
    const p = noChanges();
    expect(impactSections(p)).toEqual([]);
    expect(renderPlanHuman(p, { color: false })).not.toContain('Impact');
    expect(renderPlanMarkdown(p)).not.toContain('Impact');
  });

  it('is left out for a plan file of format 2.1 (no impact), which is still read', () => {
    const json = JSON.parse(renderPlanJson(imageBump())) as Record<string, unknown>;
    delete json['impact'];
    json['formatVersion'] = '2.1';
    const old = parsePlanJson(JSON.stringify(json));
    expect(old.impact).toBeUndefined();
    expect(renderPlanHuman(old, { color: false })).not.toContain('Impact:');
    expect(renderPlanMarkdown(old)).not.toContain('#### Impact');
  });

  it('a plan file whose impact is not an object is malformed', () => {
    const json = JSON.parse(renderPlanJson(imageBump())) as Record<string, unknown>;
    json['impact'] = [];
    expect(() => parsePlanJson(JSON.stringify(json))).toThrow(/impact must be an object/);
  });

  it('lists at most 25 items of a category in the comment, then says how many more', () => {
    const md = renderPlanMarkdown(bump(30));
    expect(md).toContain('- **Deploys: 30**');
    expect(md).toContain('`ado/production/application/app-24`: no downtime expected (rolling update)');
    expect(md).not.toContain('`ado/production/application/app-25`: no downtime');
    expect(md).toContain('  - … and 5 more');
    // the terminal lists them all
    expect(renderPlanHuman(bump(30), { color: false })).toContain('ado/production/application/app-29: no downtime expected');
  });

  it('drift reports carry no impact (drift runs no step)', () => {
    const drift = driftOf(imageBump(), []);
    expect(drift.impact).toBeUndefined();
    expect(imageBump().impact?.counts.deploys).toBe(5);
  });
});
