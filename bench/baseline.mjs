// The naive baseline the benchmark compares against (the original design's approach):
//   - plan: no list calls by kind; it walks the tree and reads every resource individually
//     (project → each environment's details → each application / database by uuid → its env
//     vars, storages, backups; each S3 storage by uuid);
//   - apply: the same steps as ours, in the same (topological) order, strictly one at a time,
//     and every wait (deployment, health, database start) polls with a fixed 5-second sleep.
// It reuses our step implementations (`executeStep`) so it sends the same writes: the only
// differences are the reads, the sequencing and the polling. Runs after `npm run build`.
import { ApplyRuntime } from '../dist/apply/runtime.js';
import { executeStep } from '../dist/apply/execute-step.js';

/** Fixed poll interval of the naive design. */
export const BASELINE_POLL_MS = 5000;

/**
 * Naive live-state read: one GET per resource. Returns the number of requests it made (the
 * client's stats count them too). `desired` is a DesiredState.
 */
export async function baselineRead(client, desired) {
  let requests = 0;
  const get = async (endpoint) => {
    requests++;
    try {
      return await client.send({ method: 'GET', template: endpoint, params: {} });
    } catch (err) {
      if (err && err.status === 404) return undefined;
      throw err;
    }
  };
  requests++;
  await client.version();
  const projects = (await get('/projects')) ?? [];
  const s3 = (await get('/s3-storages')) ?? [];
  for (const s of s3) if (desired.resources.some((r) => r.kind === 's3Storage' && r.name === s.name)) await get(`/s3-storages/${s.uuid}`);
  for (const name of desired.projects) {
    const p = projects.find((x) => x.name === name);
    if (!p) continue;
    const detail = await get(`/projects/${p.uuid}`);
    for (const env of detail?.environments ?? []) {
      if (!desired.resources.some((r) => r.kind === 'environment' && r.address === `${name}/${env.name}`)) continue;
      const envDetail = await get(`/projects/${p.uuid}/${env.uuid}`);
      for (const app of envDetail?.applications ?? []) {
        await get(`/applications/${app.uuid}`);
        await get(`/applications/${app.uuid}/envs`);
        await get(`/applications/${app.uuid}/storages`);
      }
      for (const db of envDetail?.databases ?? []) {
        await get(`/databases/${db.uuid}`);
        await get(`/databases/${db.uuid}/backups`);
      }
    }
  }
  return requests;
}

/**
 * Naive apply of `planResult` (the result of our `plan()` on the same manifest and state): the
 * steps one at a time in plan order, fixed 5 s polls. Returns { wallMs, done, failed }.
 */
export async function baselineApply(planResult, { pollMs = BASELINE_POLL_MS, timeoutMs = 15 * 60_000 } = {}) {
  const { client, desired, live, plan } = planResult;
  const runtime = new ApplyRuntime(client, desired, live, plan.resourceChanges, {
    timeoutMs,
    wait: true,
    pollInitialMs: pollMs,
    pollMaxMs: pollMs,
  });
  const signal = new AbortController().signal;
  const start = performance.now();
  let done = 0;
  let failed = 0;
  for (const step of plan.steps) {
    const stepStart = performance.now();
    const ctx = {
      step,
      signal,
      progress: () => undefined,
      log: { info: () => undefined, warn: () => undefined },
      elapsedMs: () => performance.now() - stepStart,
      // the baseline runs one step at a time: waiting holds the only slot
      waiting: (work) => work,
    };
    try {
      await executeStep(runtime, step, ctx);
      done++;
    } catch {
      failed++;
    }
  }
  return { wallMs: performance.now() - start, done, failed };
}
