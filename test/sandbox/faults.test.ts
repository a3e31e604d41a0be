import { afterEach, describe, expect, it } from 'vitest';
import { FaultController, FaultSpecError, parseFaultSpec, startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { api, clockedSandbox, createImageApp, createProject, seeded } from './helpers.js';

describe('fault spec parsing', () => {
  it('parses every kind', () => {
    const spec = parseFaultSpec(
      'latency=50±20@GET /servers;error=0.05:503@POST /applications/*;burst429=5:2;drop-post=/databases/postgresql*1;' +
        'fail-deploy=api-gateway,web;slow-health=workers:5000;malformed=truncated:0.5@GET /projects;fail-validate=edge,build-1',
    );
    expect(spec.failValidate).toEqual(['edge', 'build-1']);
    expect(spec.latency).toEqual([{ ms: 50, jitterMs: 20, pattern: { method: 'GET', path: '/servers' } }]);
    expect(spec.errors).toEqual([{ probability: 0.05, status: 503, pattern: { method: 'POST', path: '/applications/*' } }]);
    expect(spec.burst429).toEqual({ count: 5, retryAfterS: 2 });
    expect(spec.drops).toEqual([{ count: 1, pattern: { method: 'POST', path: '/databases/postgresql' } }]);
    expect(spec.failDeploy).toEqual(['api-gateway', 'web']);
    expect(spec.slowHealth).toEqual({ workers: 5000 });
    expect(spec.malformed).toEqual([{ kind: 'truncated', probability: 0.5, pattern: { method: 'GET', path: '/projects' } }]);
    expect(parseFaultSpec('drop-post=2@PATCH /applications/*').drops).toEqual([{ count: 2, pattern: { method: 'PATCH', path: '/applications/*' } }]);
  });

  it('rejects bad entries with a message naming the entry', () => {
    expect(() => parseFaultSpec('explode=1')).toThrow(FaultSpecError);
    expect(() => parseFaultSpec('explode=1')).toThrow(/unknown kind "explode"/);
    expect(() => parseFaultSpec('error=2')).toThrow(/probability/);
    expect(() => parseFaultSpec('error=0.1:200')).toThrow(/status/);
    expect(() => parseFaultSpec('latency=fast')).toThrow(/latency=MS/);
    expect(() => parseFaultSpec('malformed=xml')).toThrow(/html, truncated or wrong-types/);
    expect(() => parseFaultSpec('error=0.5@servers')).toThrow(/must start with/);
    expect(() => parseFaultSpec('noequals')).toThrow(/kind=value/);
    expect(() => parseFaultSpec('fail-validate=')).toThrow(/fail-validate=SERVER/);
  });
});

describe('fault injection', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
  });

  it('error rate on a pattern answers the status and leaves state untouched', async () => {
    sb = await startSandbox({ faults: 'error=1:503@POST /projects' });
    const r = await api(sb, 'POST', '/projects', { name: 'never-made' });
    expect(r.status).toBe(503);
    expect(sb.store.world.projects).toHaveLength(0);
    expect((await api(sb, 'GET', '/projects')).status).toBe(200);
    expect(sb.faults.counters.errors).toBe(1);
  });

  it('a seeded error rate is reproducible', async () => {
    const run = async (): Promise<number[]> => {
      const s = await startSandbox({ seed: 42, faults: 'error=0.5@GET /servers' });
      const out: number[] = [];
      for (let i = 0; i < 12; i++) out.push((await api(s, 'GET', '/servers')).status);
      await s.close();
      return out;
    };
    const a = await run();
    expect(a).toEqual(await run());
    expect(a).toContain(500);
    expect(a).toContain(200);
  });

  it('burst429: the next N requests get 429 with Retry-After, then it clears', async () => {
    sb = await startSandbox();
    sb.faults.burst429(2, 3);
    for (let i = 0; i < 2; i++) {
      const r = await api(sb, 'GET', '/projects');
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('3');
      expect(r.json).toEqual({ message: 'Too Many Attempts.' });
    }
    expect((await api(sb, 'GET', '/projects')).status).toBe(200);
    expect(sb.faults.counters.bursts429).toBe(2);
  });

  it('drop-post commits the POST, then drops the connection (N times)', async () => {
    sb = await startSandbox({ faults: 'drop-post=1@/projects' });
    await expect(api(sb, 'POST', '/projects', { name: 'committed' })).rejects.toThrow();
    expect(sb.store.world.projects.map((p) => p.name)).toEqual(['committed']);
    expect((await api(sb, 'POST', '/projects', { name: 'second' })).status).toBe(201);
    expect(sb.faults.counters.drops).toBe(1);
  });

  it('latency delays answers', async () => {
    sb = await startSandbox({ latency: { ms: 60 } });
    const t0 = Date.now();
    await api(sb, 'GET', '/version');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(55);
    sb.faults.set('latency=80@GET /servers');
    const t1 = Date.now();
    await api(sb, 'GET', '/servers');
    expect(Date.now() - t1).toBeGreaterThanOrEqual(130);
  });

  it('fail-deploy makes a named app\'s deployment fail and leaves it exited', async () => {
    const c = await clockedSandbox({ faults: 'fail-deploy=api-gateway', timings: { deploymentQueuedMs: 10, deploymentRunMs: 10 } });
    sb = c.sb;
    const app = await createImageApp(sb, await createProject(sb, 'fails'), { name: 'api-gateway' });
    const d = (await api(sb, 'POST', `/deploy?uuid=${app}`)).json.deployments[0].deployment_uuid as string;
    c.advance(25);
    expect((await api(sb, 'GET', `/deployments/${d}`)).json.status).toBe('failed');
    expect((await api(sb, 'GET', `/applications/${app}`)).json.status).toBe('exited:unhealthy');
    expect(sb.faults.counters.failedDeploys).toBe(1);
  });

  it('slow-health keeps a named app running:starting for the extra time', async () => {
    const c = await clockedSandbox({ faults: 'slow-health=workers:5000', timings: { deploymentQueuedMs: 0, deploymentRunMs: 0, healthyAfterMs: 100 } });
    sb = c.sb;
    const app = await createImageApp(sb, await createProject(sb, 'slow'), { name: 'workers' });
    await api(sb, 'POST', `/deploy?uuid=${app}`);
    c.advance(1000);
    expect((await api(sb, 'GET', `/applications/${app}`)).json.status).toBe('running:starting');
    c.advance(4200);
    expect((await api(sb, 'GET', `/applications/${app}`)).json.status).toBe('running:healthy');
  });

  it('malformed answers: html, truncated JSON, wrong types', async () => {
    sb = await startSandbox({ faults: 'malformed=html@GET /servers' });
    const html = await api(sb, 'GET', '/servers');
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(html.json).toBeUndefined();
    sb.faults.set('malformed=truncated@GET /servers');
    const cut = await api(sb, 'GET', '/servers');
    expect(() => JSON.parse(cut.text)).toThrow();
    sb.faults.set('malformed=wrong-types@GET /servers');
    const wrong = await api(sb, 'GET', '/servers');
    expect(typeof wrong.json[0].uuid).toBe('number');
    expect(typeof wrong.json[0].port).toBe('string');
    sb.faults.clear();
    expect(typeof (await api(sb, 'GET', '/servers')).json[0].uuid).toBe('string');
    expect(sb.faults.counters.malformed).toBe(3);
    expect(seeded(sb).main).toMatch(/^[a-z0-9]{24}$/);
  });
});

describe('error faults with a count', () => {
  it('error=P:STATUS:COUNT fires at most COUNT times', () => {
    const spec = parseFaultSpec('error=1:503:2@DELETE /team/envs/*');
    expect(spec.errors).toEqual([{ probability: 1, status: 503, remaining: 2, pattern: { method: 'DELETE', path: '/team/envs/*' } }]);
    const c = new FaultController(spec, 1);
    expect([1, 2, 3].map(() => c.errorFor('DELETE', '/team/envs/4'))).toEqual([503, 503, undefined]);
    expect(c.errorFor('GET', '/team/envs')).toBeUndefined();
    expect(() => parseFaultSpec('error=1:503:x')).toThrow(/count/);
  });
});
