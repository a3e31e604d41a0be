import { describe, expect, it } from 'vitest';
import { COOLIFY_STATUS_HEALTH, HEALTHS, healthNeedsAttention, healthOf } from '../../src/model/health.js';

describe('healthOf: Coolify status → Argo health (one mapping for plan, drift and status)', () => {
  it.each([
    ['running:healthy', 'Healthy'],
    ['running:unknown', 'Healthy'], // no health check defined
    ['running', 'Healthy'],
    ['running:healthy:excluded', 'Healthy'],
    ['running:unhealthy:excluded', 'Healthy'], // not monitored: the state decides
    ['running:starting', 'Progressing'],
    ['running:unhealthy', 'Degraded'],
    ['starting:unhealthy', 'Progressing'],
    ['restarting:unhealthy', 'Progressing'],
    ['restarting', 'Progressing'],
    ['created', 'Progressing'],
    ['removing:unknown', 'Progressing'],
    ['degraded:unhealthy', 'Degraded'],
    ['degraded:excluded', 'Degraded'],
    ['exited:unhealthy', 'Degraded'],
    ['exited', 'Degraded'],
    ['dead', 'Degraded'],
    ['paused:unknown', 'Degraded'],
    ['', 'Unknown'],
    ['something-new:healthy', 'Unknown'],
    [undefined, 'Unknown'],
    [null, 'Unknown'],
  ] as const)('%j is %s', (status, health) => {
    expect(healthOf(status)).toBe(health);
  });

  it('never says Missing (the caller knows Coolify has no such resource); every result is a known name', () => {
    for (const state of [...Object.keys(COOLIFY_STATUS_HEALTH.byState), 'x']) {
      for (const part of ['', ':healthy', ':unhealthy', ':unknown', ':starting']) {
        const h = healthOf(`${state}${part}`);
        expect(HEALTHS).toContain(h);
        expect(h).not.toBe('Missing');
      }
    }
  });

  it('Degraded and Progressing need attention; Healthy, Missing (a create) and Unknown are quiet', () => {
    expect(HEALTHS.filter(healthNeedsAttention)).toEqual(['Progressing', 'Degraded']);
    expect(healthNeedsAttention(undefined)).toBe(false);
  });
});
