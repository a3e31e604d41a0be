import { describe, expect, it } from 'vitest';
import { DRIFT_COMMENT_MARKER, renderDriftHuman, renderDriftMarkdown } from '../../src/render/drift.js';
import { FIXTURES, configChange, deletes, huge, imageBump, noChanges, sensitive, unmanaged } from './fixtures/plans.js';

const human = (p: Parameters<typeof renderDriftHuman>[0]): string => renderDriftHuman(p, { color: false });

describe('drift renderers', () => {
  it.each(Object.keys(FIXTURES))('%s: no proposal language', (name) => {
    const p = FIXTURES[name]!();
    for (const out of [human(p), renderDriftMarkdown(p)]) {
      expect(out).not.toMatch(/\bwill\b|after apply|to add|to destroy/i);
    }
  });

  it('phrases field differences as manifest vs live', () => {
    const out = human(imageBump());
    expect(out).toContain(
      '~ image: live value differs from manifest: manifest "ghcr.io/dxheroes/ado/api-gateway:1.5.0", live "ghcr.io/dxheroes/ado/api-gateway:1.4.2"',
    );
    expect(out.trimEnd().split('\n').pop()).toBe('Drift: 5 resources differ.');
    expect(out).toContain('Out-of-band changes');
  });

  it('describes missing and extra resources by their heading', () => {
    const out = human(deletes());
    expect(out).toContain('- ado/production/database/old-pg\n    # present in Coolify, no longer in the manifest\n');
    expect(out).toContain('Error: [ADO301]');
  });

  it('shows multi-line drift as a diff from live to manifest', () => {
    const out = human(configChange());
    expect(out).toContain('~ content: live value differs from manifest (- live, + manifest):');
    expect(out).toContain('        -   scrape_interval: 15s');
  });

  it('never shows sensitive values', () => {
    const out = human(sensitive());
    expect(out).toContain('~ env.JWT_SECRET: live value differs from manifest (sensitive value, not shown)');
    expect(out).toContain('? env.AWS_SECRET_KEY: (not verifiable: token lacks read:sensitive)');
  });

  it('lists unmanaged resources in scope', () => {
    expect(human(unmanaged())).toContain('Unmanaged resources in scope, not in the manifest (3):');
    expect(renderDriftMarkdown(unmanaged())).toContain('#### Unmanaged resources in scope, not in the manifest (3)');
  });

  it('says "No drift." when nothing differs', () => {
    expect(human(noChanges()).trimEnd().split('\n').pop()).toBe('No drift. Coolify matches the manifest.');
    const md = renderDriftMarkdown(noChanges());
    expect(md.startsWith(`${DRIFT_COMMENT_MARKER}\n`)).toBe(true);
    expect(md).toContain('**No drift. Coolify matches the manifest.**');
    expect(md).not.toContain('<details>');
  });

  it('caps the Markdown report', () => {
    const md = renderDriftMarkdown(huge());
    expect(md.length).toBeLessThanOrEqual(65_000);
    expect(md).toContain('output truncated');
    expect(md).toContain('**Drift: 2000 resources differ.**');
  });
});
