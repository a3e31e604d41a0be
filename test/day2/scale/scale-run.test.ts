import { describe, expect, it } from 'vitest';
import { checkScaleRequest } from '../../../src/day2/scale/scale-run.js';
import type { ManifestApp } from '../../../src/manifest/apps.js';
import { addr } from '../../helpers/address.js';

const B = addr('p/e/application/w');

describe('scale requests', () => {
  it('checks manual scale requests', () => {
    const app = (spec: ManifestApp['spec']): ManifestApp => ({ project: 'p', environment: 'e', name: 'w', address: B, spec });
    expect(() => checkScaleRequest(app({ image: 'x', autoscale: { min: 1, max: 4, metric: { redis: { url: 'redis://h', list: 'q' } }, up: { above: 1 }, down: { below: 0 } } }), 5)).toThrow(/within \[1, 4\]/);
    expect(checkScaleRequest(app({ image: 'x', replicas: 2 }), 3)[0]).toContain('returns it to 2');
    expect(checkScaleRequest(app({ image: 'x', replicas: 2 }), 2)).toEqual([]);
  });
});
