/**
 * The main cycle of the real-Coolify suite, for one manifest: validate, plan, apply --no-wait,
 * plan clean, version bump, drift (clean, then after an out-of-band change), import round trip,
 * delete one resource, then remove every resource. Each step is one test; they share state and
 * run in order. Assertions read back what Coolify stores, through its API.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplyEvent } from '../../src/model/apply-events.js';
import { clientErrors, recordingProxy, type RecordingProxy } from '../e2e/recording-proxy.js';
import { violationLines } from '../e2e/request-log.js';
import {
  environmentResources, findProject, leakedSecrets, realApi, realCli, realCoolify, repoFile, seedNames, tempDir,
  transformManifest, writeManifest, type RealApi, type RealManifest,
} from './harness.js';

type Data = Record<string, unknown>;
type Section = 'applications' | 'databases' | 'services';

/** A resource of the manifest, by project (original name), environment, section and name. */
export interface ResourceRef {
  /** The project's name in the example; the first project when left out. */
  project?: string;
  env: string;
  section: Section;
  name: string;
}

/** What one manifest's cycle needs to know beyond the manifest itself. */
export interface CycleSpec {
  /** Repository path of the manifest. */
  file: string;
  /** An out-of-band change through the API, and the manifest field drift must name. */
  drift: ResourceRef & { change: (api: RealApi, uuid: string) => Promise<{ status: number; body: unknown }>; field: string };
  /** The resource to remove from the manifest in the delete step. */
  remove: ResourceRef;
  /** Extra checks of what Coolify stores after the first apply. */
  stored?: (api: RealApi, resources: (env: string) => Promise<Map<string, { uuid: string; record: Record<string, unknown> }>>, secrets: Record<string, string>) => Promise<void>;
}

interface PlanJsonLite {
  resourceChanges: Array<{ address: string; kind: string; action: string; alsoUpdates?: boolean; changes: Array<{ path: string; label: string; before?: unknown; after?: unknown }> }>;
}

function events(stdout: string): ApplyEvent[] {
  return stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as ApplyEvent);
}

/** Failed or skipped steps. */
function failures(stdout: string): string[] {
  return allFailures(stdout);
}

function allFailures(stdout: string): string[] {
  return events(stdout)
    .filter((e) => e.type === 'step-failed' || e.type === 'step-skipped')
    .map((e) => (e.type === 'step-failed' ? `${e.stepId}: ${e.error}` : e.type === 'step-skipped' ? `${e.stepId}: skipped (${e.reason})` : ''));
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** Every project/environment/section/name the manifest declares (replicas expanded). */
function declared(data: Data): Array<{ project: string; env: string; section: Section; name: string; def: Data }> {
  const out: Array<{ project: string; env: string; section: Section; name: string; def: Data }> = [];
  for (const [project, p] of Object.entries((data['projects'] ?? {}) as Record<string, Data>)) {
    for (const [env, e] of Object.entries((p['environments'] ?? {}) as Record<string, Data>)) {
      for (const section of ['applications', 'databases', 'services'] as const) {
        for (const [name, def] of Object.entries((e[section] ?? {}) as Record<string, Data>)) {
          const replicas = section === 'applications' ? def['replicas'] : undefined;
          const n = typeof replicas === 'number' ? replicas : typeof replicas === 'string' ? Number(String(data['vars'] && (data['vars'] as Data)['WORKERS'])) : 0;
          if (n > 1) for (let i = 1; i <= n; i++) out.push({ project, env, section, name: `${name}-${i}`, def });
          else out.push({ project, env, section, name, def });
        }
      }
    }
  }
  return out;
}

/**
 * Coolify deletes asynchronously (DeleteResourceJob, queued; global-setup.ts runs the worker):
 * polls until `gone()` holds, at most about two and a half minutes.
 */
async function goneAfterQueue(gone: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 75; i++) {
    if (await gone()) return true;
    await new Promise((r) => setTimeout(r, 2_000));
  }
  return gone();
}

/** Registers the cycle for one manifest. */
export function defineCycle(spec: CycleSpec): void {
  const real = realCoolify();
  // Without a real Coolify the whole file is skipped statically (reported as skipped, not as
  // passed), its title carrying the reason.
  const title = `real Coolify: ${spec.file}${real.skip !== undefined ? ` (${real.skip})` : ''}`;
  describe.skipIf(real.skip !== undefined)(title, () => {
    let api: RealApi;
    let dir: string;
    let m: RealManifest;
    /** The first project's name after the transform: the one `import --project` reads back. */
    let projectName: string;
    /** Every project's uuid, by its transformed name, once the first apply made it. */
    const projectUuids = new Map<string, string>();
    let proxy: RecordingProxy;
    const outputs: string[] = [];
    const hasVersion = /\$\{vars\.VERSION\}/.test(repoFile(spec.file));
    const cli = async (args: string[], cwd = dir) => {
      // Through the recording proxy: the last test judges every request of the cycle.
      const r = await realCli({ url: proxy.url, token: real.token! }, args, cwd, m.secrets);
      outputs.push(r.stdout, r.stderr);
      return r;
    };
    const projectUuid = async (name: string) => {
      if (!projectUuids.has(name)) {
        const uuid = (await findProject(api, name))?.uuid;
        if (uuid === undefined) throw new Error(`project ${name} is not in GET /projects (the first apply did not create it)`);
        projectUuids.set(name, uuid);
      }
      return projectUuids.get(name)!;
    };
    /** The transformed name of a ref's project. */
    const projectOf = (ref: { project?: string }) => (ref.project === undefined ? projectName : m.projects[ref.project]!);
    const resources = async (env: string, project = projectName) => environmentResources(api, await projectUuid(project), env);

    beforeAll(async () => {
      if (real.skip !== undefined) return;
      api = realApi(real.url, real.token);
      proxy = await recordingProxy(real.url);
      dir = tempDir('ado-coolify-real-');
      m = transformManifest(repoFile(spec.file), await seedNames(api));
      projectName = Object.values(m.projects)[0]!;
      writeManifest(dir, m.data);
    });
    afterAll(async () => {
      if (real.skip !== undefined) return;
      // Secret canaries never reach any output of the CLI.
      expect(leakedSecrets(m.secrets, ...outputs)).toEqual([]);
      // Leave the instance as we found it: the projects, once empty, through the API.
      for (const name of Object.values(m.projects)) {
        const uuid = projectUuids.get(name) ?? (await findProject(api, name))?.uuid;
        if (uuid !== undefined) await api.request('DELETE', `/projects/${uuid}`);
      }
      await proxy.close();
    });

    it('validate: exit 0', async () => {
      const r = await cli(['validate']);
      expect(r.status, r.stdout + r.stderr).toBe(0);
    });

    it('plan: changes (exit 2), only creates', async () => {
      const r = await cli(['plan', '--detailed-exitcode', '--format', 'json']);
      expect(r.status, r.stderr).toBe(2);
      const plan = JSON.parse(r.stdout) as PlanJsonLite;
      // Creates only; Coolify makes `production` with the project, so it is adopted (and
      // updated when the manifest gives it shared variables).
      const odd = plan.resourceChanges.filter((c) => c.action !== 'create' && c.action !== 'adopt');
      expect(odd.map((c) => `${c.address}: ${c.action}`)).toEqual([]);
    });

    it('apply --auto-approve --no-wait: exit 0, no failed step, every resource stored in Coolify', async () => {
      const r = await cli(['apply', '--auto-approve', '--no-wait', '--format', 'json']);
      expect(failures(r.stdout)).toEqual([]);
      expect(r.status, r.stderr).toBe(0);
      for (const name of Object.values(m.projects)) {
        expect(await findProject(api, name), `project ${name} in GET /projects`).toBeDefined();
      }
      for (const d of declared(m.data)) {
        const live = await resources(d.env, d.project);
        const kind = d.section === 'applications' ? 'application' : d.section === 'services' ? 'service' : 'database';
        expect(live.has(`${kind}/${d.name}`), `${d.env}/${kind}/${d.name} in GET /projects/{uuid}/${d.env}`).toBe(true);
      }
      await spec.stored?.(api, resources, m.secrets);
    });

    it('plan again: No changes (exit 0)', async () => {
      const r = await cli(['plan', '--detailed-exitcode']);
      expect(r.stdout + r.stderr).toContain('No changes');
      expect(r.status, r.stdout).toBe(0);
    });

    if (hasVersion) {
      it('version bump: plan --var VERSION=9.9.9 changes exactly the image tags; apply stores them', async () => {
        const expected = declared(m.data)
          .filter((d) => d.section === 'applications' && String(d.def['image'] ?? '').includes('${vars.VERSION}') && !((d.def['ignoreChanges'] as string[] | undefined) ?? []).includes('image'))
          .map((d) => `${d.env}/${d.name}`)
          .sort();
        const r = await cli(['plan', '--var', 'VERSION=9.9.9', '--detailed-exitcode', '--format', 'json']);
        // Apply first, so the later steps see the bumped version even when the plan is off.
        const applied = await cli(['apply', '--var', 'VERSION=9.9.9', '--auto-approve', '--no-wait', '--format', 'json']);
        expect(r.status, r.stderr).toBe(2);
        const plan = JSON.parse(r.stdout) as PlanJsonLite;
        const changed = plan.resourceChanges
          .filter((c) => c.action !== 'no-op')
          .map((c) => `${c.address}: ${c.action} ${c.changes.map((f) => `${f.label}=${String(f.after)}`).join(' ')}`);
        expect(changed.sort()).toEqual(
          expected.map((e) => {
            const [env, name] = e.split('/');
            return `${projectName}/${env}/application/${name}: update image.tag=9.9.9`;
          }),
        );
        expect(failures(applied.stdout)).toEqual([]);
        expect(applied.status, applied.stderr).toBe(0);
        for (const e of expected) {
          const [env, name] = e.split('/') as [string, string];
          const live = (await resources(env)).get(`application/${name}`);
          const app = await api.get<Data>(`/applications/${live!.uuid}`);
          expect(app['docker_registry_image_tag'], `${e} image tag in Coolify`).toBe('9.9.9');
        }
        const again = await cli(['plan', '--var', 'VERSION=9.9.9', '--detailed-exitcode']);
        expect(again.status, again.stdout).toBe(0);
      });
    }

    const vars = hasVersion ? ['--var', 'VERSION=9.9.9'] : [];

    it('drift: exit 0 when Coolify matches', async () => {
      const r = await cli(['drift', ...vars]);
      expect(r.status, r.stdout + r.stderr).toBe(0);
    });

    it(`drift: exit 2 naming ${spec.drift.field} after an out-of-band change through the API`, async () => {
      const kind = spec.drift.section === 'applications' ? 'application' : spec.drift.section === 'services' ? 'service' : 'database';
      const live = (await resources(spec.drift.env, projectOf(spec.drift))).get(`${kind}/${spec.drift.name}`);
      expect(live, `${spec.drift.env}/${kind}/${spec.drift.name} in Coolify`).toBeDefined();
      const changed = await spec.drift.change(api, live!.uuid);
      expect(changed.status, JSON.stringify(changed.body)).toBeLessThan(300);
      const r = await cli(['drift', ...vars]);
      expect(r.status, r.stdout + r.stderr).toBe(2);
      expect(r.stdout).toContain(spec.drift.name);
      expect(r.stdout).toContain(spec.drift.field);
      // apply puts it back.
      const fixed = await cli(['apply', ...vars, '--auto-approve', '--no-wait', '--format', 'json']);
      expect(failures(fixed.stdout)).toEqual([]);
      expect(fixed.status, fixed.stderr).toBe(0);
      const clean = await cli(['drift', ...vars]);
      expect(clean.status, clean.stdout).toBe(0);
    });

    it('import --project round trip: the written manifest validates and plans without creates or deletes', async () => {
      const out = tempDir('ado-coolify-real-import-');
      const r = await cli(['import', '--project', projectName, '-o', 'imported.yaml', '--secrets-out', 'secrets.env'], out);
      expect(r.status, r.stderr).toBe(0);
      const yaml = readFileSync(join(out, 'imported.yaml'), 'utf8');
      expect(leakedSecrets(m.secrets, yaml)).toEqual([]);
      expect(yaml).toContain(projectName);
      const v = await cli(['validate', '-f', 'imported.yaml', '--secrets-file', 'secrets.env'], out);
      expect(v.status, v.stdout + v.stderr).toBe(0);
      const p = await cli(['plan', '-f', 'imported.yaml', '--secrets-file', 'secrets.env', '--detailed-exitcode', '--format', 'json'], out);
      expect([0, 2], p.stderr).toContain(p.status);
      const plan = JSON.parse(p.stdout) as PlanJsonLite;
      // Owned already (we applied them): at most adoption and env take-over with equal values.
      const bad = plan.resourceChanges.filter((c) => c.action !== 'adopt' && c.action !== 'update' && c.action !== 'no-op');
      expect(bad.map((c) => `${c.address}: ${c.action}`)).toEqual([]);
      for (const c of plan.resourceChanges.filter((x) => x.action === 'update' || x.alsoUpdates === true)) {
        for (const f of c.changes) expect(f.before, `${c.address} ${f.path}`).toEqual(f.after);
      }
    });

    it(`delete: ${spec.remove.env}/${spec.remove.name} removed from the manifest is deleted in Coolify`, async () => {
      const data = clone(m.data);
      const removeProject = projectOf(spec.remove);
      const env = ((data['projects'] as Record<string, Data>)[removeProject]!['environments'] as Record<string, Data>)[spec.remove.env]!;
      delete (env[spec.remove.section] as Data)[spec.remove.name];
      writeManifest(dir, data);
      const kind = spec.remove.section === 'applications' ? 'application' : spec.remove.section === 'services' ? 'service' : 'database';
      const before = (await resources(spec.remove.env, removeProject)).get(`${kind}/${spec.remove.name}`);
      expect(before).toBeDefined();
      const r = await cli(['apply', ...vars, '--auto-approve', '--no-wait', '--prune', '--allow-destroy', '--format', 'json']);
      expect(failures(r.stdout)).toEqual([]);
      expect(r.status, r.stderr).toBe(0);
      const path = kind === 'application' ? `/applications/${before!.uuid}` : kind === 'service' ? `/services/${before!.uuid}` : `/databases/${before!.uuid}`;
      expect(await goneAfterQueue(async () => (await api.request('GET', path)).status === 404), `GET ${path} answers 404 after the delete`).toBe(true);
      const again = await cli(['plan', ...vars, '--detailed-exitcode']);
      expect(again.status, again.stdout).toBe(0);
    });

    it('destroy: every resource removed from the manifest (--allow-destroy) is gone from Coolify', async () => {
      const data = clone(m.data);
      const names = Object.values(m.projects);
      for (const name of names) {
        const project = (data['projects'] as Record<string, Data>)[name]!;
        project['environments'] = { production: {} };
        delete project['sharedEnv'];
      }
      writeManifest(dir, data);
      const r = await cli(['apply', ...vars, '--auto-approve', '--no-wait', '--prune', '--allow-destroy', '--format', 'json']);
      expect(failures(r.stdout)).toEqual([]);
      expect(r.status, r.stderr).toBe(0);
      for (const name of names) {
        await goneAfterQueue(async () => (await resources('production', name)).size === 0);
        const left = [...(await resources('production', name)).keys()];
        expect(left, name).toEqual([]);
        const envs = (await api.get<{ environments?: Array<{ name: string }> }>(`/projects/${await projectUuid(name)}`)).environments ?? [];
        expect(envs.map((e) => e.name), name).toEqual(['production']);
      }
    });

    it('request log of the whole cycle, through a proxy: no 4xx answer, and nothing that breaks 4.3.11\'s allow-lists or validation patterns', () => {
      expect(proxy.log.length).toBeGreaterThan(20);
      expect(violationLines('4.3.11', proxy.log)).toEqual([]);
      // Expected refusals, not foreseeable by validate: a 404 is how the tool learns a resource is
      // gone (reads after a delete); a 400 on DELETE of an environment or project is Coolify's
      // "has resources, so it cannot be deleted" while its queued child deletes still run
      // (ProjectController.php:482 and :911), which src/apply/steps/delete.ts retries.
      // A DELETE answered 404 is expected only as the retry of an earlier DELETE of the same path
      // whose answer came too late for the client's timeout (a loaded machine): the first one
      // removed it (src/coolify/transport.ts retries an idempotent request after a timeout).
      const retried = (r: { method: string; path: string }) =>
        proxy.log.filter((q) => q.method === 'DELETE' && q.path === r.path).length > 1 &&
        proxy.log.find((q) => q.method === 'DELETE' && q.path === r.path) !== r;
      const expected = (r: { method: string; path: string; status: number }) =>
        (r.status === 404 && r.method === 'GET') ||
        (r.status === 404 && r.method === 'DELETE' && retried(r)) ||
        (r.status === 400 && r.method === 'DELETE' && /^\/api\/v1\/projects\/[^/]+(\/environments\/[^/]+)?$/.test(r.path));
      expect(clientErrors(proxy.log, expected)).toEqual([]);
    });
  });
}
