/** UX audit M5: status lists every declared resource, missing ones included, and says when it is not good. */
import { describe, expect, it } from 'vitest';
import { statusIsGood, statusRows, statusSummary } from '../../src/day2/status/rows.js';
import { statusFooter } from '../../src/day2/status/render.js';
import type { LiveResource, LiveState } from '../../src/model/resource.js';

const app = (name: string, status: string, owned = true): LiveResource =>
  ({ kind: 'application', uuid: `u-${name}`, name, address: `shop/production/application/${name}`, owned, fields: { status, fqdn: '' } }) as unknown as LiveResource;
const live = (...resources: LiveResource[]): LiveState => ({ resources }) as unknown as LiveState;
const declared = (...names: string[]) => names.map((n) => ({ address: `shop/production/application/${n}`, kind: 'application', name: n }));

describe('statusRows', () => {
  it.each([
    ['all present and healthy', [app('web', 'running:healthy')], ['web'], { good: true, missing: 0, notHealthy: 0 }],
    ['a declared app Coolify lacks is missing', [app('web', 'running:healthy')], ['web', 'api'], { good: false, missing: 1, notHealthy: 0 }],
    ['an exited app is not healthy', [app('web', 'exited')], ['web'], { good: false, missing: 0, notHealthy: 1 }],
    ['running:unhealthy is not healthy', [app('web', 'running:unhealthy')], ['web'], { good: false, missing: 0, notHealthy: 1 }],
    ['an unknown status does not fail', [app('web', '')], ['web'], { good: true, missing: 0, notHealthy: 0 }],
    ['a declared app not yet adopted (unowned) is listed by its status', [app('web', 'running:healthy', false)], ['web'], { good: true, missing: 0, notHealthy: 0 }],
    ['an owned app no longer declared is still listed', [app('web', 'running:healthy'), app('old', 'exited')], ['web'], { good: false, missing: 0, notHealthy: 1 }],
  ] as const)('%s', (_name, resources, names, want) => {
    const rows = statusRows(live(...resources), { projects: ['shop'], declared: declared(...names) });
    const s = statusSummary(rows);
    expect({ good: statusIsGood(rows), missing: s.missing, notHealthy: s.notHealthy }).toEqual(want);
  });

  it('a missing row says so and has no uuid; the footer counts it', () => {
    const rows = statusRows(live(app('web', 'running:healthy')), { projects: ['shop'], declared: declared('web', 'api') });
    expect(rows.find((r) => r.name === 'api')).toMatchObject({ status: 'missing', missing: true, healthy: false, uuid: '' });
    expect(statusFooter(rows)).toBe('2 resources: 1 healthy, 0 not healthy, 1 missing');
  });

  it('other projects and other environments are out of scope', () => {
    const other = { ...app('x', 'exited'), address: 'other/production/application/x' } as LiveResource;
    const staging = { ...app('s', 'exited'), address: 'shop/staging/application/s' } as LiveResource;
    const rows = statusRows(live(other, staging, app('web', 'running:healthy')), { projects: ['shop'], environment: 'production', declared: declared('web') });
    expect(rows.map((r) => r.name)).toEqual(['web']);
  });
});
