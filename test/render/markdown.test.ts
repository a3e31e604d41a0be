import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_COMMENT_MARKER, renderPlanMarkdown } from '../../src/render/markdown.js';
import { field, plan, resource, P } from './fixtures/builders.js';
import { allCreates, configChange, deletes, huge, imageBump, noChanges, replaceMoveAdopt, sensitive } from './fixtures/plans.js';
import { addr } from '../helpers/address.js';
import type { Address } from '../../src/model/address.js';

describe('renderPlanMarkdown', () => {
  it('starts with the hidden marker, or the caller’s marker', () => {
    expect(PLAN_COMMENT_MARKER).toBe('<!-- ado-coolify-plan -->');
    expect(renderPlanMarkdown(imageBump()).split('\n')[0]).toBe(PLAN_COMMENT_MARKER);
    expect(renderPlanMarkdown(imageBump(), { marker: '<!-- ado-coolify-plan:staging -->' }).split('\n')[0]).toBe(
      '<!-- ado-coolify-plan:staging -->',
    );
    expect(renderPlanMarkdown(imageBump(), { title: 'Staging plan' })).toContain('### Staging plan\n');
  });

  it('has a summary table and one <details> per changed resource with a diff block', () => {
    const md = renderPlanMarkdown(imageBump());
    expect(md).toContain('| `~` change | 5 |');
    expect(md.match(/<details>/g)).toHaveLength(5);
    expect(md).toContain('```diff\n- image: "ghcr.io/dxheroes/ado/api-gateway:1.4.2"\n+ image: "ghcr.io/dxheroes/ado/api-gateway:1.5.0"\n');
    expect(md).toContain('_5 resources without changes not shown._');
  });

  it('warns about destroys and replaces, and only then', () => {
    const del = renderPlanMarkdown(deletes());
    expect(del).toContain('> [!CAUTION]\n> **This plan destroys 3 resources.**');
    expect(del).toContain('> - `ado/production/database/old-pg` (destroyed, protected)');
    expect(del.indexOf('[!CAUTION]')).toBeLessThan(del.indexOf('<details>'));
    expect(renderPlanMarkdown(replaceMoveAdopt())).toContain('> - `ado/production/database/redis` (replaced: destroyed, then created)');
    expect(renderPlanMarkdown(imageBump())).not.toContain('[!CAUTION]');
    expect(renderPlanMarkdown(allCreates())).not.toContain('[!CAUTION]');
  });

  it('renders multi-line diffs with +/- in the first column so GitHub colours them', () => {
    const md = renderPlanMarkdown(configChange());
    expect(md).toContain('\n-       scrape_interval: 15s\n+       scrape_interval: 30s\n');
  });

  it('redacts sensitive values', () => {
    const md = renderPlanMarkdown(sensitive());
    expect(md).toContain('~ env.JWT_SECRET: (sensitive value changed)');
    expect(md).toContain('~ env.AWS_SECRET_KEY: (not verifiable: token lacks read:sensitive)');
    expect(md).toContain('+ env.CACHE_URL: (known after apply: databases.redis-cache.internalUrl)');
    expect(md).not.toContain('hmac:');
  });

  it('wraps a caller-supplied Mermaid graph in a mermaid fence', () => {
    const md = renderPlanMarkdown(allCreates(), { mermaid: 'graph LR\n  a --> b' });
    expect(md).toContain('```mermaid\ngraph LR\n  a --> b\n```');
    expect(renderPlanMarkdown(allCreates(), { mermaid: '```mermaid\ngraph TD\n```' }).match(/```mermaid/g)).toHaveLength(1);
  });

  it('says "No changes" briefly', () => {
    const md = renderPlanMarkdown(noChanges());
    expect(md).toContain('**No changes. Coolify matches the manifest.**');
    expect(md).not.toContain('<details>');
    expect(md).not.toContain('| Action |');
    expect(md.length).toBeLessThan(400);
  });

  it('cannot be broken out of by backticks or HTML in values and names', () => {
    const evil = plan([
      // Not a well-formed address on purpose (a hostile name): the renderer must still escape it.
      resource(`${P}/application/x</summary><script>` as Address, 'application', 'update', 'r', {
        changes: [field('cmd', 'a', '```\n</details>', { multiline: false })],
      }),
      resource(addr(`${P}/application/y`), 'application', 'update', 'r', {
        changes: [field('file', 'a\n', 'b\n````\n', { multiline: true })],
      }),
    ]);
    const md = renderPlanMarkdown(evil);
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;/summary&gt;&lt;script&gt;');
    expect(md).toContain('`````diff'); // fence longer than the ```` in the value
    // a </details> inside a fenced block is literal text; only the two real closers start a line
    expect(md.match(/^<\/details>$/gm)).toHaveLength(2);
    expect(md).toContain('+ cmd: "```\\n</details>"');
  });

  it('caps a huge plan at 65,000 characters with a truncation note', () => {
    const big = huge();
    const md = renderPlanMarkdown(big);
    expect(md.length).toBeLessThanOrEqual(65_000);
    expect(md).toMatch(
      /… output truncated: \d+ resources not shown \(plan was \d+ characters; the limit is 65000\)\. See the full plan in the job log \/ artifact\.\n$/,
    );
    // the summary and the banner survive; some bodies are kept, from the start
    expect(md).toContain('**Plan: 0 to add, 1960 to change, 40 to destroy, 1960 to redeploy.**');
    expect(md).toContain('> [!CAUTION]');
    expect(md).toContain('<code>~ ado/env-00/application/worker-0000</code>');
    expect(md).toContain('**Resources not shown in detail**');
    const shown = (md.match(/<details>/g) ?? []).length;
    const note = /(\d+) resources not shown/.exec(md);
    expect(shown).toBeGreaterThan(10);
    expect(Number(note?.[1])).toBe(2000 - shown);
  });

  it('never exceeds maxChars, whatever the cap', () => {
    const big = huge(300);
    const full = renderPlanMarkdown(big, { maxChars: 10_000_000 });
    expect(full).not.toContain('output truncated');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: full.length + 10 }), (maxChars) => {
        const md = renderPlanMarkdown(big, { maxChars });
        expect(md.length).toBeLessThanOrEqual(maxChars);
        if (maxChars >= full.length) expect(md).toBe(full);
      }),
      { numRuns: 60 },
    );
  });
});
