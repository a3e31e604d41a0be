import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/index.js';
import { api, createImageApp, createProject } from './helpers.js';

describe('sandbox state file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ado-sandbox-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('persists the world across two sandbox instances; timed transitions come from stored timestamps', async () => {
    const stateFile = join(dir, 'state.json');
    let t = 10_000_000;
    const timings = { deploymentQueuedMs: 100, deploymentRunMs: 100, healthyAfterMs: 100 };
    const first = await startSandbox({ stateFile, now: () => t, timings });
    const project = await createProject(first, 'persisted');
    const app = await createImageApp(first, project);
    await api(first, 'POST', `/deploy?uuid=${app}`);
    await first.close();
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).formatVersion).toBe(1);

    t += 1000; // time passes while no process runs
    const second = await startSandbox({ stateFile, now: () => t, timings });
    try {
      const p = await api(second, 'GET', `/projects/${project}`);
      expect(p.status).toBe(200);
      expect(p.json.environments[0].name).toBe('production');
      expect((await api(second, 'GET', `/applications/${app}`)).json.status).toBe('running:healthy');
      // uuids keep coming from the persisted RNG state: no collision with existing ones
      const other = await createProject(second, 'another');
      expect(other).not.toBe(project);
    } finally {
      await second.close();
    }
  });

  it('refuses a state file that is not a sandbox state, with a clear message', async () => {
    const bad = join(dir, 'bad.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, '{"hello":1}');
    await expect(startSandbox({ stateFile: bad })).rejects.toThrow(/not a sandbox state/);
  });
});

// Adversarial audit m11: the state file holds every secret the sandbox was sent.
describe('sandbox state file mode', () => {
  it('is written at 0600, also over an existing 0644 file', async () => {
    const { chmodSync, statSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'ado-sandbox-mode-'));
    try {
      const stateFile = join(dir, 'state.json');
      const fresh = await startSandbox({ stateFile });
      await createProject(fresh, 'modeproj');
      await fresh.close();
      expect(statSync(stateFile).mode & 0o777).toBe(0o600);
      chmodSync(stateFile, 0o644);
      writeFileSync(`${stateFile}.${process.pid}.tmp`, '{}', { mode: 0o644 }); // left by a crash
      const again = await startSandbox({ stateFile });
      await createProject(again, 'modeproj2');
      await again.close();
      expect(statSync(stateFile).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
