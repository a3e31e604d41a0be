import { describe, expect, it } from 'vitest';
import { deployStep } from '../../../src/apply/steps/lifecycle.js';
import type { ApplyRuntime } from '../../../src/apply/runtime.js';
import type { StepContext } from '../../../src/apply/walker.js';
import type { PlanStep } from '../../../src/model/plan.js';
import { addr } from '../../helpers/address.js';

const ADDRESS = addr('tools/production/service/uptime');
const step: PlanStep = { id: `${ADDRESS}:deploy`, address: ADDRESS, op: 'deploy', dependsOn: [] };
const ctx: StepContext = {
  step, signal: new AbortController().signal, progress: () => undefined, log: { info: () => undefined, warn: () => undefined },
  elapsedMs: () => 0, waiting: (work) => work,
};

/** A runtime with one live resource and a /deploy answer; only what deployStep touches. */
function runtime(kind: string, answer: unknown, status = 'running:healthy', start: () => Promise<unknown> = async () => ({ message: 'Service starting request queued.' })): ApplyRuntime & { calls: string[] } {
  const calls: string[] = [];
  const fake = {
    calls,
    options: { wait: false, timeoutMs: 1000 },
    changes: new Map(),
    liveAt: () => ({ kind, uuid: 'u1', address: ADDRESS, fields: { status } }),
    client: {
      deploy: async () => {
        calls.push('POST /deploy');
        return answer;
      },
      services: {
        start: async () => {
          calls.push('POST /services/u1/start');
          return start();
        },
      },
    },
  };
  return fake as unknown as ApplyRuntime & { calls: string[] }; // the fake covers deployStep's reads only
}

describe('deployStep (audit row 6)', () => {
  // DeployController.php:564-578 and :446-452: a service deploy runs StartService and answers
  // an entry without deployment_uuid.
  const started = { deployments: [{ message: 'Service uptime started. It could take a while, be patient.', resource_uuid: 'u1' }] };

  it('a running service answered without deployment_uuid is started, not a failure', async () => {
    const rt = runtime('service', started);
    await expect(deployStep(rt, step, ctx)).resolves.toEqual({ detail: 'service start requested' });
    expect(rt.calls).toEqual(['POST /deploy']);
  });

  // ServicesController.php:2092-2095: start queues StartService; /deploy would run it in the request.
  it('a service that is not running is started through the queued start endpoint, not /deploy', async () => {
    const rt = runtime('service', started, 'exited');
    await expect(deployStep(rt, step, ctx)).resolves.toEqual({ detail: 'service start queued' });
    expect(rt.calls).toEqual(['POST /services/u1/start']);
  });

  it('a start refused with "already running" (a stale status) falls back to /deploy', async () => {
    const { CoolifyApiError } = await import('../../../src/coolify/api-error.js');
    const rt = runtime('service', started, 'exited', async () => {
      throw new CoolifyApiError({ code: 'COOLIFY_BAD_REQUEST', message: 'Coolify POST /services/u1/start failed with 400', status: 400, method: 'POST', path: '/services/u1/start', coolifyMessage: 'Service is already running.', retryable: false });
    });
    await expect(deployStep(rt, step, ctx)).resolves.toEqual({ detail: 'service start requested' });
    expect(rt.calls).toEqual(['POST /services/u1/start', 'POST /deploy']);
  });

  it('a service deploy refused (Unauthorized) is still a failure', async () => {
    const refused = { deployments: [{ message: 'Unauthorized to deploy this service.', resource_uuid: 'u1' }] };
    await expect(deployStep(runtime('service', refused), step, ctx)).rejects.toMatchObject({ code: 'ADO_DEPLOY_NOT_QUEUED' });
  });

  it('an application still needs a queued deployment', async () => {
    const full = { deployments: [{ message: 'Deployment request queued.', resource_uuid: 'u1' }] };
    await expect(deployStep(runtime('application', full), step, ctx)).rejects.toMatchObject({ code: 'ADO_DEPLOY_NOT_QUEUED' });
    const queued = { deployments: [{ message: 'Application web deployment queued.', resource_uuid: 'u1', deployment_uuid: 'd1' }] };
    await expect(deployStep(runtime('application', queued), step, ctx)).resolves.toEqual({ detail: 'deployment d1 queued' });
  });
});
