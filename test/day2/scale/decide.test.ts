import { describe, expect, it } from 'vitest';
import { decideScale, describeDecision, type ScaleInput } from '../../../src/day2/scale/decide.js';

const NOW = Date.parse('2025-01-31T12:00:00Z');
const base: ScaleInput = { current: 3, min: 1, max: 5, metric: 50, metricLabel: 'queue length', up: { above: 100 }, down: { below: 10 }, cooldownMs: 300_000, now: NOW };
const ago = (ms: number) => ({ at: new Date(NOW - ms).toISOString(), from: 2, to: 3, reason: 'x' });

describe('decideScale', () => {
  it.each<[string, Partial<ScaleInput>, number, string]>([
    ['inside the thresholds', {}, 3, 'queue length 50 within [10, 100]'],
    ['above: one step up', { metric: 130 }, 4, 'queue length 130 > 100'],
    ['above with step 2', { metric: 130, up: { above: 100, step: 2 } }, 5, 'queue length 130 > 100'],
    ['above, step clamped at max', { metric: 130, current: 4, up: { above: 100, step: 3 } }, 5, 'queue length 130 > 100'],
    ['above at max', { metric: 130, current: 5 }, 5, 'queue length 130 > 100, already at max 5'],
    ['below: one step down', { metric: 2 }, 2, 'queue length 2 < 10'],
    ['below at min', { metric: 2, current: 1 }, 1, 'queue length 2 < 10, already at min 1'],
    ['below min: clamped up, cooldown ignored', { current: 0, lastAction: ago(1000) }, 1, '0 is below min 1'],
    ['above max: clamped down', { current: 7 }, 5, '7 is above max 5'],
    ['in cooldown: held back', { metric: 130, lastAction: ago(60_000) }, 3, 'queue length 130 > 100, but in cooldown: last action 60s ago (2 → 3), cooldown 5m'],
    ['cooldown passed', { metric: 130, lastAction: ago(301_000) }, 4, 'queue length 130 > 100'],
    ['no cooldown configured', { metric: 130, cooldownMs: 0, lastAction: ago(1) }, 4, 'queue length 130 > 100'],
    ['NaN metric: no change', { metric: NaN }, 3, 'queue length is NaN, not a number'],
  ])('%s', (_name, over, target, reason) => {
    expect(decideScale({ ...base, ...over })).toEqual({ target, reason });
  });

  it('describes decisions in one line', () => {
    expect(describeDecision('workers', 3, { target: 4, reason: 'queue length 130 > 100' })).toBe('workers: 3 → 4 (queue length 130 > 100)');
    expect(describeDecision('workers', 3, { target: 3, reason: 'r' })).toBe('no change: workers stays at 3 (r)');
  });
});
