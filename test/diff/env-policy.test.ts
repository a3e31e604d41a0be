import { describe, expect, it } from 'vitest';
import { buildEnvUpsert } from '../../src/diff/env-upsert.js';
import { buildDesiredState } from '../../src/kinds/lower.js';
import type { LiveEnvVar } from '../../src/model/resource.js';
import { createRefLookup } from '../../src/plan/refs.js';
import { convergedLive } from '../kinds/simulate-coolify.js';
import { plan, sampleManifest } from '../plan/fixtures.js';

/** The sample manifest with `envPolicy` on its plausible service and one hand-made key plus one Coolify magic key live. */
function run(envPolicy: 'merge' | 'exact' | undefined) {
  const m = sampleManifest();
  const svc = m.projects['ado']!.environments['production']!.services!['plausible']!;
  if (envPolicy) svc.envPolicy = envPolicy;
  const desired = buildDesiredState(m, []);
  const live = convergedLive(desired, true);
  const rec = live.resources.find((r) => r.address === 'ado/production/service/plausible')!;
  const extra = (key: string): LiveEnvVar => ({ uuid: `u-${key}`, key, value: 'x', is_preview: false, comment: null });
  rec.env = [...(rec.env ?? []), extra('HAND_MADE'), extra('SERVICE_FQDN_PLAUSIBLE'), extra('SERVICE_PASSWORD_DB')];
  const p = plan(desired, live);
  const change = p.resourceChanges.find((c) => c.address === 'ado/production/service/plausible')!;
  const upsert = buildEnvUpsert(desired.resources.find((d) => d.address === change.address)!, rec, createRefLookup(live, desired));
  return { paths: change.changes.map((c) => c.path), deletes: upsert.deleteUuids };
}

describe('envPolicy (issue 18)', () => {
  it('merge (the default, or written) keeps keys the manifest does not declare', () => {
    expect(run(undefined)).toEqual({ paths: [], deletes: [] });
    expect(run('merge')).toEqual({ paths: [], deletes: [] });
  });
  it("exact removes them, and the apply deletes them, but never Coolify's generated SERVICE_* keys", () => {
    expect(run('exact')).toEqual({ paths: ['env.HAND_MADE'], deletes: ['u-HAND_MADE'] });
  });
});
