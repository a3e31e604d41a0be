import { describe, expect, it } from 'vitest';
import type { CoolifyClient } from '../../src/coolify/client.js';
import { APPLICATION_ROLLBACK } from '../../src/kind-ops/application-rollback.js';

/** A client that answers only the deployment history and the rollback. */
function fakeClient(deployments: Array<Record<string, unknown>>, calls: string[] = []): CoolifyClient {
  return {
    deployments: { forApplication: async () => ({ count: deployments.length, deployments }) },
    applications: {
      rollback: async (uuid: string, commit: string) => {
        calls.push(`${uuid}:${commit}`);
        return { message: 'Rollback deployment queued.', deployment_uuid: 'd9' };
      },
    },
  } as unknown as CoolifyClient; // only the two reads the rollback makes
}

describe('APPLICATION_ROLLBACK.previousVersion', () => {
  it('a docker-image application: the image tag as read before the apply, without reading deployments', async () => {
    const client = fakeClient([]);
    expect(await APPLICATION_ROLLBACK.previousVersion(client, 'a', { build_pack: 'dockerimage', docker_registry_image_tag: '1.27' })).toBe('1.27');
    expect(await APPLICATION_ROLLBACK.previousVersion(client, 'a', { build_pack: 'dockerimage', docker_registry_image_tag: '' })).toBeNull();
  });

  it('a git application: the commit of the newest finished deployment of the application itself', async () => {
    const client = fakeClient([
      { status: 'failed', commit: 'bad1', pull_request_id: 0 },
      { status: 'finished', commit: 'pr77', pull_request_id: 7 },
      { status: 'finished', commit: 'abc123', pull_request_id: 0 },
      { status: 'finished', commit: 'older', pull_request_id: 0 },
    ]);
    expect(await APPLICATION_ROLLBACK.previousVersion(client, 'a', { build_pack: 'nixpacks' })).toBe('abc123');
  });

  it('a git application whose last good deployment names no commit (HEAD) has no version to go back to', async () => {
    expect(await APPLICATION_ROLLBACK.previousVersion(fakeClient([{ status: 'finished', commit: 'HEAD', pull_request_id: 0 }]), 'a', undefined)).toBeNull();
    expect(await APPLICATION_ROLLBACK.previousVersion(fakeClient([]), 'a', undefined)).toBeNull();
  });

  it('run posts the version and answers the queued deployment', async () => {
    const calls: string[] = [];
    expect(await APPLICATION_ROLLBACK.run(fakeClient([], calls), 'a', '1.27')).toEqual({ deploymentUuid: 'd9', message: 'Rollback deployment queued.' });
    expect(calls).toEqual(['a:1.27']);
  });
});
