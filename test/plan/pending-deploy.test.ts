import { describe, expect, it } from 'vitest';
import { DEPLOYMENT_NEVER_FINISHES_AFTER_MS, deploymentNeverFinishes, pendingDeployment } from '../../src/plan/pending-deploy.js';
import type { LiveDeployment, LiveEnvVar } from '../../src/model/resource.js';

const T0 = '2026-01-01T10:00:00.000000Z';
const at = (s: number): string => new Date(Date.parse(T0) + s * 1000).toISOString().replace(/\.\d{3}Z$/, '.000000Z');
const finished: LiveDeployment = { status: 'finished', uuid: 'd1', createdAt: T0, updatedAt: at(30) };
const env = (key: string, updatedAt: string, extra: Partial<LiveEnvVar> = {}): LiveEnvVar => ({ uuid: key, key, is_preview: false, updatedAt, ...extra });
const declared = new Set(['FOO']);

describe('pendingDeployment (audit M2)', () => {
  it('a declared env var written after the last finished deployment was queued: changes not deployed yet', () => {
    expect(pendingDeployment({ lastDeployment: finished, env: [env('FOO', at(1))], declaredEnvKeys: declared })).toEqual({
      actionReason: 'changes-not-deployed', reason: 'redeploy: changes not deployed yet',
    });
  });

  it('a write in the same second as the deploy, or before it, is deployed (a converged apply plans clean)', () => {
    for (const written of [T0, at(-1)]) {
      expect(pendingDeployment({ lastDeployment: finished, env: [env('FOO', written)], declaredEnvKeys: declared }), written).toBeUndefined();
    }
  });

  it('only declared, non-preview keys count: Coolify-made and preview rows do not', () => {
    const later = at(60);
    expect(pendingDeployment({ lastDeployment: finished, env: [env('SERVICE_FQDN_WEB', later), env('FOO', later, { is_preview: true })], declaredEnvKeys: declared })).toBeUndefined();
  });

  it('no deployment at all (an adopted app) or no timestamps: nothing pending', () => {
    expect(pendingDeployment({ lastDeployment: null, env: [env('FOO', at(1))], declaredEnvKeys: declared })).toBeUndefined();
    expect(pendingDeployment({ lastDeployment: { status: 'finished', uuid: 'd' }, env: [env('FOO', at(1))], declaredEnvKeys: declared })).toBeUndefined();
  });

  it('a queued or running deployment is pending only after Coolify\'s deployment timeout, by Coolify\'s clock', () => {
    for (const status of ['queued', 'in_progress']) {
      const last: LiveDeployment = { status, uuid: 'd', createdAt: T0, updatedAt: T0 };
      const young = Date.parse(T0) + DEPLOYMENT_NEVER_FINISHES_AFTER_MS;
      expect(pendingDeployment({ lastDeployment: last, declaredEnvKeys: declared, observedAt: young })).toBeUndefined();
      expect(pendingDeployment({ lastDeployment: last, declaredEnvKeys: declared, observedAt: young + 1000 })).toEqual({
        actionReason: 'last-deployment-unfinished', reason: 'redeploy: last deployment never finished',
      });
      // Without Coolify's clock nothing is judged old.
      expect(deploymentNeverFinishes(last, undefined)).toBe(false);
    }
    expect(deploymentNeverFinishes(finished, Date.parse(T0) + 10 * DEPLOYMENT_NEVER_FINISHES_AFTER_MS)).toBe(false);
  });
});
