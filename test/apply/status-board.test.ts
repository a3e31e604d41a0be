import { describe, expect, it } from 'vitest';
import { StatusBoard } from '../../src/apply/status-board.js';
import type { CoolifyClient } from '../../src/coolify/client.js';

/** A fake client with counted calls: apps a/b/c/d running, deployment d1 in progress, d2 finished. */
function fakeClient() {
  const calls: string[] = [];
  const apps = ['a', 'b', 'c', 'd'].map((uuid) => ({ uuid, status: 'running:healthy' }));
  const client = {
    applications: {
      list: async () => (calls.push('GET /applications'), apps),
      get: async (uuid: string) => (calls.push(`GET /applications/${uuid}`), apps.find((a) => a.uuid === uuid)),
    },
    databases: { list: async () => [], get: async () => ({}) },
    services: { list: async () => [], get: async () => ({}) },
    deployments: {
      list: async () => (calls.push('GET /deployments'), [{ deployment_uuid: 'd1', status: 'in_progress' }]),
      get: async (uuid: string) => (calls.push(`GET /deployments/${uuid}`), { deployment_uuid: uuid, status: uuid === 'd2' ? 'finished' : 'in_progress', logs: '[]' }),
    },
  } as unknown as CoolifyClient;
  return { client, calls };
}

describe('StatusBoard', () => {
  it('reads records one by one while few steps wait', async () => {
    const { client, calls } = fakeClient();
    const board = new StatusBoard(client, { listThreshold: 3 });
    await board.track('application', async () => {
      expect(await board.status('application', 'a')).toBe('running:healthy');
    });
    expect(calls).toEqual(['GET /applications/a']);
  });

  it('serves many concurrent waiters with one list call, reused while fresh', async () => {
    const { client, calls } = fakeClient();
    let t = 0;
    const board = new StatusBoard(client, { listThreshold: 3, freshMs: 400, now: () => t });
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    const waiters = ['a', 'b', 'c', 'd'].map((uuid) => board.track('application', async () => {
      await hold;
      return board.status('application', uuid);
    }));
    release();
    expect(await Promise.all(waiters)).toEqual(Array(4).fill('running:healthy'));
    expect(calls).toEqual(['GET /applications']);
    t = 500; // stale: the next read lists again
    const more = ['a', 'b', 'c'].map((uuid) => board.track('application', async () => board.status('application', uuid)));
    await Promise.all(more);
    expect(calls.filter((c) => c === 'GET /applications')).toHaveLength(2);
  });

  it('tells running deployments from the list and reads a finished one once on its own', async () => {
    const { client, calls } = fakeClient();
    const board = new StatusBoard(client, { listThreshold: 2 });
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    const d1 = board.track('deployment', async () => (await hold, board.deployment('d1')));
    const d2 = board.track('deployment', async () => (await hold, board.deployment('d2')));
    release();
    expect((await d1).status).toBe('in_progress');
    expect((await d2).status).toBe('finished');
    expect(calls.sort()).toEqual(['GET /deployments', 'GET /deployments/d2']);
  });

  // DeployController.php:76-80: `->get()->sortBy('id')` keeps the keys, so rows read out of id
  // order serialize as a JSON object keyed by index.
  it('accepts GET /deployments as an object keyed by index', async () => {
    const { client, calls } = fakeClient();
    (client.deployments as { list: () => Promise<unknown> }).list = async () => (
      calls.push('GET /deployments'),
      { '1': { deployment_uuid: 'd1', status: 'in_progress' }, '0': { deployment_uuid: 'd3', status: 'queued' } }
    );
    const board = new StatusBoard(client, { listThreshold: 2 });
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    const d1 = board.track('deployment', async () => (await hold, board.deployment('d1')));
    const d3 = board.track('deployment', async () => (await hold, board.deployment('d3')));
    release();
    expect((await d1).status).toBe('in_progress');
    expect((await d3).status).toBe('queued');
    expect(calls).toEqual(['GET /deployments']);
  });
});
