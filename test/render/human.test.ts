import { describe, expect, it } from 'vitest';
import { renderPlanHuman } from '../../src/render/human.js';
import { plan, resource, field, P } from './fixtures/builders.js';
import { allCreates, configChange, deletes, huge, imageBump, noChanges, replaceMoveAdopt, sensitive, unmanaged } from './fixtures/plans.js';
import { addr } from '../helpers/address.js';

const text = (p: Parameters<typeof renderPlanHuman>[0], verbose = false): string => renderPlanHuman(p, { color: false, verbose });

describe('renderPlanHuman', () => {
  it('prints the Coolify URL and version first', () => {
    expect(text(imageBump()).split('\n')[0]).toBe('Coolify: https://coolify.example.com (4.0.0-beta.420)');
  });

  it('uses one symbol per action', () => {
    const out = text(replaceMoveAdopt()) + text(deletes()) + text(allCreates()) + text(imageBump());
    expect(out).toContain('± ado/production/database/redis\n');
    expect(out).toContain('→ ado/production/application/orchestrator\n');
    expect(out).toContain('⊕ ado/production/application/dashboard\n');
    expect(out).toContain('- ado/production/database/old-pg\n');
    expect(out).toContain('+ s3/backups-eu\n');
    expect(out).toContain('~ ado/production/application/api-gateway\n');
  });

  it('shows field changes, reasons and consequences', () => {
    const out = text(imageBump());
    expect(out).toContain(
      '    ~ image: "ghcr.io/dxheroes/ado/api-gateway:1.4.2" → "ghcr.io/dxheroes/ado/api-gateway:1.5.0"',
    );
    expect(out).toContain('# will be updated in place: image changed; will redeploy');
    expect(out).toContain('# 14 unchanged fields hidden');
    expect(out).toContain('# 5 unchanged resources hidden');
    expect(out.trimEnd().split('\n').pop()).toBe('Plan: 0 to add, 5 to change, 0 to destroy, 5 to redeploy.');
  });

  it('adds replace, move, adopt and restart counts only when non-zero', () => {
    expect(text(replaceMoveAdopt())).toContain('Plan: 0 to add, 0 to change, 0 to destroy, 1 to redeploy, 1 to replace, 1 to move, 1 to adopt.');
    expect(text(configChange())).toContain('Plan: 0 to add, 2 to change, 0 to destroy, 1 to redeploy, 1 to restart.');
  });

  it('renders multi-line values as a unified diff', () => {
    const out = text(configChange());
    expect(out).toContain('    ~ content:\n        @@ -1,5 +1,5 @@\n');
    expect(out).toContain('        -   scrape_interval: 15s\n        +   scrape_interval: 30s\n');
    expect(out).toContain("        +   - job_name: dashboard\n");
  });

  it('marks sensitive, unverifiable and unknown values', () => {
    const out = text(sensitive());
    expect(out).toContain('~ env.JWT_SECRET: (sensitive value changed)');
    expect(out).toContain('~ env.AWS_SECRET_KEY: (not verifiable: token lacks read:sensitive)');
    expect(out).toContain('+ env.CACHE_URL: (known after apply: databases.redis-cache.internalUrl)');
    expect(out).toContain('+ redis_password: (sensitive value)');
    expect(out).toContain('~ env.FEATURE_FLAGS: {"beta": false} → {"agents": ["planner", (sensitive value)], "beta": true}');
    expect(out).toContain('the API token cannot read sensitive values');
  });

  it('lists unmanaged resources and targets', () => {
    const out = text(unmanaged());
    expect(out).toContain('Not managed by ado-coolify, left untouched (3):');
    expect(out).toContain('  ado/production/application/grafana (application, uuid k0ws8c4): no ownership tag and not in the manifest');
    expect(out).toContain('  uptime-kuma (service, uuid z9yx8w7)');
    expect(out).toContain('Targets: ado/production');
  });

  it('prints diagnostics, errors first', () => {
    const out = text(deletes());
    const err = out.indexOf('Error: [ADO301]');
    const warn = out.indexOf('Warning: [ADO310]');
    expect(err).toBeGreaterThan(0);
    expect(warn).toBeGreaterThan(err);
    expect(out).toContain('  ado.coolify.yaml:42:11 · ado/production/database/old-pg');
    expect(out).toContain('  hint: remove `protect: true`');
  });

  it('says "No changes" and hides no-op resources unless verbose', () => {
    const out = text(noChanges());
    expect(out).toContain('No changes. Coolify matches the manifest.');
    expect(out).not.toContain('Plan:');
    expect(out).not.toContain('ado/production/application/orchestrator');
    expect(out).toContain('# 8 unchanged resources hidden');
    const verbose = text(noChanges(), true);
    expect(verbose).toContain('  ado/production/application/orchestrator\n    # has no changes');
    expect(verbose).not.toContain('unchanged resources hidden');
  });

  it('escapes control characters so a live value cannot inject terminal sequences', () => {
    const evil = plan([
      resource(addr(`${P}/application/x\u001b[2J`), 'application', 'update', 'r\u0007', {
        changes: [field('description', 'a', 'b\u001b]0;pwned\u0007')],
      }),
    ]);
    const out = text(evil);
    expect(out).not.toMatch(/[\u0007\u001b]/);
    expect(out).toContain('x\\u001b[2J');
  });

  it('renders every resource of a huge plan', () => {
    const big = huge();
    const out = text(big);
    expect(out.match(/^[~-] ado\//gm)).toHaveLength(2000);
    expect(out).toContain('Plan: 0 to add, 1960 to change, 40 to destroy, 1960 to redeploy.');
  });
});
