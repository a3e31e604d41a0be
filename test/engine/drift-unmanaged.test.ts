import { describe, expect, it } from 'vitest';
import { addr } from '../helpers/address.js';
import { driftOf, driftReport, hasDrift, parseIgnoreRule, unmanagedEnvKeysOf } from '../../src/engine/drift.js';
import { driftSummaryLine } from '../../src/render/drift.js';
import type { DesiredState, LiveState } from '../../src/model/resource.js';
import { P, plan, resource } from '../render/fixtures/builders.js';

const API = addr(`${P}/application/api`);
const OWN = 'managed by ado-coolify';

// Only the fields unmanagedEnvKeysOf reads (address, env): the rest of the records is irrelevant here.
const desired = { resources: [{ address: API, kind: 'application', env: { NODE_ENV: {}, 'PREVIEW_ONLY#preview': {} } }] } as unknown as DesiredState;
const live = (env: Array<{ key: string; comment?: string; is_preview?: boolean }>): LiveState =>
  ({ resources: [{ kind: 'application', uuid: 'u1', name: 'api', address: API, owned: true, fields: {}, env: env.map((e, i) => ({ uuid: `e${i}`, ...e })) }] }) as unknown as LiveState;

describe('unmanaged env keys (audit m2)', () => {
  const p = plan([resource(API, 'application', 'no-op', '')]);

  it('lists live keys neither declared nor owned, once, sorted; declared, preview-declared and owned keys are not listed', () => {
    const l = live([
      { key: 'NODE_ENV' },
      { key: 'DEBUG' },
      { key: 'DEBUG', is_preview: true },
      { key: 'PREVIEW_ONLY', is_preview: true },
      { key: 'OLD', comment: OWN },
      { key: 'ANOTHER' },
    ]);
    expect(unmanagedEnvKeysOf(p, desired, l)).toEqual([{ address: API, keys: ['ANOTHER', 'DEBUG'] }]);
  });

  it('--ignore ADDR.env.KEY drops a key; a resource out of scope is not read', () => {
    const l = live([{ key: 'DEBUG' }, { key: 'ANOTHER' }]);
    expect(unmanagedEnvKeysOf(p, desired, l, [parseIgnoreRule(`${API}.env.DEBUG`)])).toEqual([{ address: API, keys: ['ANOTHER'] }]);
    expect(unmanagedEnvKeysOf(plan([]), desired, l)).toEqual([]);
  });

  it('count for the exit code only with --fail-on-unmanaged, and the last line says which', () => {
    const keys = unmanagedEnvKeysOf(p, desired, live([{ key: 'DEBUG' }]));
    const quiet = driftReport(driftOf(p, []), keys, false);
    const loud = driftReport(driftOf(p, []), keys, true);
    expect(hasDrift(quiet)).toBe(false);
    expect(hasDrift(loud)).toBe(true);
    expect(driftSummaryLine(quiet)).toBe('No drift in managed resources; 1 unmanaged env key in scope (--fail-on-unmanaged to count it).');
    expect(driftSummaryLine(loud)).toBe('Drift: 1 unmanaged env key in scope (counted: --fail-on-unmanaged).');
    expect(driftSummaryLine(driftReport(driftOf(p, []), [], true))).toBe('No drift. Coolify matches the manifest.');
  });
});
