import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadForExport } from '../../src/cli/commands/export.js';
import { exportKubernetes, type K8sObject } from '../../src/kubernetes/index.js';
import { loadManifest } from '../../src/engine/manifest-file.js';
import { GOLDEN, ROOT, validateK8s } from './helpers.js';

const CASES = [
  { name: 'ado-production', file: 'ado.coolify.yaml', environment: 'production' },
  { name: 'backups-to-s3', file: 'examples/backups-to-s3.yaml' },
  { name: 'git-app-with-previews', file: 'examples/git-app-with-previews.yaml' },
];
const ALL_MANIFESTS = ['ado.coolify.yaml', ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`)];

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

describe.each(CASES)('export kubernetes: $name', ({ name, file, environment }) => {
  it('matches the golden files', async () => {
    const result = await loadForExport({ file: join(ROOT, file), var: [], ...(environment ? { environment } : {}) }, {});
    const dir = join(GOLDEN, name);
    if (process.env.UPDATE_GOLDEN === '1') {
      rmSync(dir, { recursive: true, force: true });
      for (const [rel, content] of Object.entries(result.files)) {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), content);
      }
    }
    const golden = listFiles(dir).map((f) => relative(dir, f)).sort();
    expect(Object.keys(result.files).sort()).toEqual(golden);
    for (const rel of golden) expect(result.files[rel], rel).toBe(readFileSync(join(dir, rel), 'utf8'));
  });
});

describe.each(ALL_MANIFESTS)('every exported object of %s is a valid Kubernetes object', (file) => {
  it('validates with kubernetes-models, and the YAML files hold exactly those objects', async () => {
    const loaded = await loadManifest(join(ROOT, file), { env: { COOLIFY_URL: 'http://x' }, secrets: new Proxy({}, { get: () => 'x' }) });
    const manifest = loaded.manifest!;
    const envs = Object.values(manifest.projects).flatMap((p) => Object.keys(p.environments));
    for (const environment of new Set(envs)) {
      const result = exportKubernetes(manifest, { environment });
      const hasWorkloads = Object.values(manifest.projects).some((p) => Object.values(p.environments).some((e) => e.applications || e.databases));
      if (hasWorkloads) expect(result.objects.length).toBeGreaterThan(0);
      else expect(result.files['README.md']).toMatch(/service\/\w+`: Coolify service, not exported/);
      for (const o of result.objects) expect(() => validateK8s(o.object), `${o.file} ${o.object.kind}/${o.object.metadata.name}`).not.toThrow();
      const parsed: K8sObject[] = Object.entries(result.files)
        .filter(([f]) => f.endsWith('.yaml'))
        .flatMap(([, text]) => parseAllDocuments(text).map((d) => d.toJS() as K8sObject));
      expect(parsed).toHaveLength(result.objects.length);
      for (const o of parsed) validateK8s(o);
    }
  });
});

describe('export kubernetes semantics', () => {
  it('rejects an unknown kind in the validator (the validation is not vacuous)', () => {
    expect(() => validateK8s({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' } })).toThrow(/no model/);
    expect(() => validateK8s({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 'three' } })).toThrow();
  });

  it('never writes secret values, even when they are provided', async () => {
    const secrets = { JWT_SECRET: 'jwt-value-123456', ANTHROPIC_API_KEY: 'sk-ant-value-987', AWS_ACCESS_KEY_ID: 'AKIAVALUE0001', AWS_SECRET_ACCESS_KEY: 'aws-secret-value-42' };
    const loaded = await loadManifest(join(ROOT, 'ado.coolify.yaml'), { secrets });
    const result = exportKubernetes(loaded.manifest!, { environment: 'production' });
    const all = Object.values(result.files).join('\n');
    for (const v of Object.values(secrets)) expect(all).not.toContain(v);
    expect(all).toContain('key: JWT_SECRET');
  });

  it('rewires references to in-cluster DNS with passwords from Secret refs', async () => {
    const result = await loadForExport({ file: join(ROOT, 'ado.coolify.yaml'), var: [], environment: 'production', namespace: 'ado-prod' }, {});
    const deploy = result.objects.find((o) => o.object.kind === 'Deployment' && o.object.metadata.name === 'api-gateway')!.object;
    const container = (deploy.spec as { template: { spec: { containers: Array<{ env: Array<{ name: string; value?: string; valueFrom?: unknown }> }> } } }).template.spec.containers[0]!;
    const byName = Object.fromEntries(container.env.map((e) => [e.name, e]));
    expect(byName.DATABASE_URL?.value).toBe('postgres://ado:$(ADO_POSTGRES_PASSWORD)@postgres.ado-prod.svc.cluster.local:5432/ado');
    expect(byName.ADO_POSTGRES_PASSWORD?.valueFrom).toEqual({ secretKeyRef: { name: 'postgres', key: 'password' } });
    expect(byName.REDIS_URL?.value).toBe('redis://default:$(ADO_REDIS_PASSWORD)@redis.ado-prod.svc.cluster.local:6379/0');
    expect(byName.JWT_SECRET?.valueFrom).toEqual({ secretKeyRef: { name: 'api-gateway', key: 'JWT_SECRET' } });
    // helpers come before the values that expand them
    expect(container.env.findIndex((e) => e.name === 'ADO_POSTGRES_PASSWORD')).toBeLessThan(container.env.findIndex((e) => e.name === 'DATABASE_URL'));
    const orchestratorEnv = result.objects.find((o) => o.object.kind === 'ConfigMap' && o.object.metadata.name === 'orchestrator-env')!.object.data as Record<string, string>;
    expect(orchestratorEnv.API_GATEWAY_URL).toBe('http://api-gateway.ado-prod.svc.cluster.local:3000');
  });

  it('labels every object and exports git apps with a placeholder image', async () => {
    const result = await loadForExport({ file: join(ROOT, 'ado.coolify.yaml'), var: [], environment: 'production' }, {});
    for (const o of result.objects) {
      expect(o.object.metadata.labels?.['app.kubernetes.io/managed-by']).toBe('ado-coolify-export');
      expect(o.object.metadata.labels?.['app.kubernetes.io/part-of']).toBe('ado');
      expect(o.object.metadata.namespace).toBe('ado');
    }
    expect(result.files['dashboard.deployment.yaml']).toContain('image: "<FILL IN: built image>"');
    expect(result.files['api-gateway.ingress.yaml']).toContain('cert-manager.io/cluster-issuer: letsencrypt');
    expect(result.files['README.md']).toContain('kubectl apply -f .');
  });

  it('fails on an unknown environment and asks to choose among several', async () => {
    await expect(loadForExport({ file: join(ROOT, 'ado.coolify.yaml'), var: [], environment: 'nope' }, {})).rejects.toThrow(/no project has an environment/);
    await expect(loadForExport({ file: join(ROOT, 'examples/multi-environment.yaml'), var: [] }, {})).resolves.toBeDefined();
    const loaded = await loadManifest(join(ROOT, 'examples/multi-environment.yaml'), {});
    const { production: _p, ...rest } = loaded.manifest!.projects.billing!.environments;
    const onlyStaging = { ...loaded.manifest!, projects: { billing: { environments: { ...rest, qa_env: rest.staging! } } } };
    expect(() => exportKubernetes(onlyStaging)).toThrow(/several environments/);
  });
});
