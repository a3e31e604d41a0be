/**
 * Plans built from a manifest and a live state, rendered (ux-audit p1 "Plan rendering"): one
 * line per manifest field, lists item by item, env flags in the manifest's words, destroy
 * blocks in manifest terms.
 */
import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../src/model/plan.js';
import type { DesiredState } from '../../src/model/resource.js';
import { renderPlanHuman } from '../../src/render/human.js';
import { renderPlanMarkdown } from '../../src/render/markdown.js';
import { renderPlanJson } from '../../src/render/json.js';
import { emptyLive, plan, sampleDesired, sampleManifest } from '../plan/fixtures.js';
import { convergedLive } from '../kinds/simulate-coolify.js';
import { buildDesiredState } from '../../src/kinds/lower.js';
import type { ResolvedManifest } from '../../src/manifest/types.js';

const BACKUP = 'ado/production/database/postgres#backup/0';

/** The lines of one resource's block in the human plan. */
function block(p: PlanJson, address: string): string[] {
  const lines = renderPlanHuman(p, { color: false }).split('\n');
  const start = lines.findIndex((l) => l.endsWith(` ${address}`));
  if (start < 0) throw new Error(`no block for ${address}`);
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

/** The sample manifest changed by `edit`, lowered. */
function desiredWith(edit: (m: ResolvedManifest) => void): DesiredState {
  const m = sampleManifest();
  edit(m);
  return buildDesiredState(m, sampleDesired().edges);
}

const app = (m: ResolvedManifest, name: string) => m.projects['ado']!.environments!['production']!.applications![name]!;

describe('plan rendering: one line per manifest field (ux-audit p1.1)', () => {
  it('a backup with an S3 target shows `s3` once, with the storage it names', () => {
    const p = plan(sampleDesired(), emptyLive());
    const s3 = block(p, BACKUP).filter((l) => /^\s+[-+~] s3:/.test(l));
    expect(s3).toEqual(['    + s3: "s3/backups-eu" (write-only: sent, cannot be read back)']);
    // Both wire fields are still planned (and sent): only the display merges them.
    const backup = p.resourceChanges.find((c) => c.address === BACKUP)!;
    expect(backup.changes.filter((c) => c.label === 's3').map((c) => c.path)).toEqual(['save_s3', 's3_storage_uuid']);
  });

  it('the Markdown plan shows `s3` once too', () => {
    const md = renderPlanMarkdown(plan(sampleDesired(), emptyLive()));
    const section = md.slice(md.indexOf(BACKUP), md.indexOf('</details>', md.indexOf(BACKUP)));
    expect(section.match(/^[-+~] s3:/gm)).toEqual(['+ s3:']);
  });
});

describe('plan rendering: lists item by item (ux-audit p1.4)', () => {
  it('adding a domain shows the new domain only', () => {
    const desired = sampleDesired();
    const live = convergedLive(desired, true);
    const changed = desiredWith((m) => app(m, 'api-gateway').domains!.push('https://new.example.com'));
    const lines = block(plan(changed, live), 'ado/production/application/api-gateway');
    const at = lines.findIndex((l) => l.includes('~ domains'));
    expect(lines.slice(at, at + 2)).toEqual(['    ~ domains:', '        + "https://new.example.com"']);
    expect(lines.join('\n')).not.toContain('api.ado.example.com');
  });

  it('the saved plan holds the list as items', () => {
    const desired = sampleDesired();
    const changed = desiredWith((m) => app(m, 'api-gateway').domains!.push('https://new.example.com'));
    const change = plan(changed, convergedLive(desired, true)).resourceChanges
      .find((c) => c.address === 'ado/production/application/api-gateway')!
      .changes.find((c) => c.label === 'domains')!;
    expect(change.after).toEqual(['https://api.ado.example.com/', 'https://API2.ado.example.com', 'https://new.example.com']);
  });
});

describe('plan rendering: env vars in the manifest’s words (ux-audit p1.3)', () => {
  it('flags are words, not raw API JSON', () => {
    const changed = desiredWith((m) => {
      app(m, 'api-gateway').env!['PUBLIC_URL'] = { value: 'https://api.ado.example.com', runtime: false };
      app(m, 'api-gateway').env!['RAW'] = { value: 'a$b', literal: true };
    });
    const lines = block(plan(changed, emptyLive()), 'ado/production/application/api-gateway');
    expect(lines).toContain('    + env.PUBLIC_URL: "https://api.ado.example.com" (runtime: false)');
    expect(lines).toContain('    + env.RAW: "a$b" (literal: true)');
    expect(lines.join('\n')).not.toContain('is_');
  });

  it('a preview env var is named by its label, without `is_preview`', () => {
    const lines = block(plan(sampleDesired(), emptyLive()), 'ado/production/application/dashboard');
    expect(lines).toContain('    + previews.env.API_URL: "https://pr.api"');
  });

  it('a multi-line env change is a unified diff, as a file’s content is', () => {
    const before = desiredWith((m) => {
      app(m, 'api-gateway').env!['CERT'] = { value: 'line1\nline2\nline3\n', multiline: true };
    });
    const after = desiredWith((m) => {
      app(m, 'api-gateway').env!['CERT'] = { value: 'line1\nline2 changed\nline3\n', multiline: true };
    });
    const lines = block(plan(after, convergedLive(before, true)), 'ado/production/application/api-gateway');
    const at = lines.findIndex((l) => l.includes('~ env.CERT'));
    expect(lines.slice(at, at + 6)).toEqual([
      '    ~ env.CERT (multiline: true):',
      '        @@ -1,3 +1,3 @@',
      '          line1',
      '        - line2',
      '        + line2 changed',
      '          line3',
    ]);
  });
});

describe('plan rendering: a destroy block in manifest terms (ux-audit p1.2)', () => {
  /** The sample stack live, and the manifest without the dashboard app and the backup. */
  function deletes(): PlanJson {
    const live = convergedLive(sampleDesired(), true);
    const desired = desiredWith((m) => {
      delete m.projects['ado']!.environments!['production']!.applications!['dashboard'];
      delete m.projects['ado']!.environments!['production']!.databases!['postgres']!.backups;
    });
    return plan(desired, live, { allowDestroy: true, prune: true });
  }

  it('lists what the app held, with manifest labels: no wire names, nulls, defaults or secrets', () => {
    const lines = block(deletes(), 'ado/production/application/dashboard');
    expect(lines.slice(2)).toEqual([
      '    - name: "dashboard"',
      '    - git.repository: "dxheroes/ado"',
      '    - git.branch: "main"',
      '    - git.buildPack: "dockerfile"',
      '    - git.dockerfile: "packages/dashboard/Dockerfile"',
      '    - previews.enabled: true',
      '    - previews.urlTemplate: "pr-{{pr_id}}.preview.ado.example.com"',
    ]);
  });

  it('a backup lists its schedule and retention the way its create did', () => {
    const lines = block(deletes(), BACKUP);
    expect(lines.slice(2)).toEqual([
      '    - schedule: "0 2 * * *"',
      '    - s3: true',
      '    - databases: ["ado"]',
      '    - keepLocally.days: 7',
    ]);
  });

  it('the Markdown plan says the same, and the saved plan holds the labelled fields but no patch', () => {
    const p = deletes();
    const md = renderPlanMarkdown(p);
    expect(md).toContain('- git.buildPack: "dockerfile"');
    expect(md).not.toMatch(/health_check|limits_cpuset|: null/);
    const del = p.resourceChanges.find((c) => c.address === 'ado/production/application/dashboard')!;
    expect(del.changes.every((c) => c.after === undefined && c.before !== null)).toBe(true);
    expect(Object.keys(del.before ?? {})).toEqual(del.changes.map((c) => c.path));
    const saved = JSON.parse(renderPlanJson(p)) as { resourceChanges: Array<{ address: string; patch: unknown[] }> };
    expect(saved.resourceChanges.find((c) => c.address === del.address)!.patch).toEqual([]);
  });
});
