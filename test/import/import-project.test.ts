import { describe, expect, it } from 'vitest';
import { importProject } from '../../src/import/import-project.js';
import { renderImportedManifest } from '../../src/import/render.js';
import type { ApplicationSnapshot, DatabaseSnapshot, ProjectSnapshot, WireRecord } from '../../src/import/types.js';
import { LEGACY_OWNERSHIP_DESCRIPTION_MARKER, LEGACY_PROTECT_DESCRIPTION_MARKER, OWNERSHIP_DESCRIPTION_MARKER, OWNERSHIP_TAG, PROTECT_DESCRIPTION_MARKER } from '../../src/model/resource.js';
import { parseManifestText } from '../../src/manifest/parse.js';
import { validateManifestSchema } from '../../src/schema/index.js';

const app = (record: WireRecord, extra: Partial<ApplicationSnapshot> = {}): ApplicationSnapshot => ({
  record: { build_pack: 'nixpacks', ports_exposes: '80', redirect: 'both', ...record },
  envs: [],
  tags: [],
  storages: { persistent_storages: [], file_storages: [] },
  scheduledTasks: [],
  server: 'main',
  ...extra,
});
const db = (record: WireRecord, extra: Partial<DatabaseSnapshot> = {}): DatabaseSnapshot => ({ record, envs: [], tags: [], backups: [], server: 'main', ...extra });

function snapshot(over: Partial<ProjectSnapshot> = {}): ProjectSnapshot {
  return {
    project: { name: 'Shop', description: `Shop ${OWNERSHIP_DESCRIPTION_MARKER}` },
    sharedEnv: [],
    environments: [{ record: { id: 1, name: 'production' }, sharedEnv: [], applications: [], databases: [], services: [] }],
    s3Storages: [],
    githubApps: [{ id: 7, uuid: 'g', name: 'acme-gh' }],
    privateKeys: [{ id: 9, uuid: 'k', name: 'deploy' }],
    servers: ['main', 'edge'],
    canReadSensitive: true,
    ...over,
  };
}

function env0(s: ProjectSnapshot) {
  return s.environments[0]!;
}

describe('importProject', () => {
  it('writes only non-default fields, maps sources and skips preview copies', () => {
    const s = snapshot();
    env0(s).applications.push(
      app(
        { name: 'API', build_pack: 'dockerimage', docker_registry_image_name: 'nginx', docker_registry_image_tag: '1.27', health_check_path: '/', limits_cpus: '0', redirect: 'www' },
        {
          tags: ['web', OWNERSHIP_TAG],
          envs: [
            { key: 'NODE_ENV', value: 'production', is_preview: false, is_buildtime: true, is_runtime: true, is_multiline: false },
            { key: 'NODE_ENV', value: 'production', is_preview: true },
            { key: 'HIDDEN' },
            { key: 'ONLY_PREVIEW', value: 'x', is_preview: true },
          ],
        },
      ),
      app({ name: 'gh', git_repository: 'acme/site', git_branch: 'main', source_type: 'App\\Models\\GithubApp', source_id: 7, settings: { is_auto_deploy_enabled: false } }),
      app({ name: 'keyed', git_repository: 'git@github.com:acme/private.git', git_branch: 'main', private_key_id: 9 }),
      app({ name: 'inline', build_pack: 'dockerfile' }, { server: 'edge' }),
    );
    const r = importProject(s);
    const apps = r.manifest.projects['Shop']!.environments['production']!.applications!;
    expect(apps['api']).toEqual({
      tags: ['web'],
      image: 'nginx:1.27',
      redirect: 'www',
      env: { HIDDEN: '${secrets.API_HIDDEN}', NODE_ENV: 'production' },
      previews: { env: { ONLY_PREVIEW: 'x' } },
    });
    expect(apps['gh']!.git).toEqual({ repository: 'https://github.com/acme/site', githubApp: 'acme-gh', branch: 'main', autoDeploy: false });
    expect(apps['keyed']!.git).toMatchObject({ repository: 'git@github.com:acme/private.git', deployKey: 'deploy' });
    expect(apps['inline']!.server).toBe('edge');
    expect(String(apps['inline']!.dockerfile)).toContain('TODO');
    expect(r.manifest.defaults).toEqual({ server: 'main' });
    expect(r.manifest.projects['Shop']!.description).toBe('Shop');
    expect(r.renames).toEqual([{ kind: 'application', where: 'Shop/production', from: 'API', to: 'api' }]);
    expect(r.secrets).toEqual([{ name: 'API_HIDDEN', where: 'Shop/production/application/api env.HIDDEN' }, { name: 'PK_DEPLOY_PRIVATE_KEY', where: 'pk/deploy private key' }]);
    expect(r.notes.some((n) => n.severity === 'todo' && n.where.includes('inline'))).toBe(true);
    // The key the deploy-key application uses is imported, its material a placeholder.
    expect(r.manifest.privateKeys).toEqual({ deploy: { privateKey: '${secrets.PK_DEPLOY_PRIVATE_KEY}' } });
    expect(r.counts['privateKey']).toBe(1);
  });

  it('imports a used private key with its description; the key (when readable) only goes to the secrets, never the manifest', () => {
    const CANARY = '-----BEGIN OPENSSH PRIVATE KEY-----\nCANARY-key-4f1e\n-----END OPENSSH PRIVATE KEY-----';
    const s = snapshot({
      privateKeys: [
        { id: 9, uuid: 'k', name: 'Testing Host Key', description: 'host', private_key: CANARY, fingerprint: 'fp', public_key: 'ssh-ed25519 AAAA ' },
        { id: 10, uuid: 'u', name: 'unused' },
      ],
    });
    env0(s).applications.push(app({ name: 'keyed', git_repository: 'git@github.com:acme/private.git', git_branch: 'main', private_key_id: 9 }));
    const r = importProject(s);
    expect(r.manifest.privateKeys).toEqual({ 'testing-host-key': { description: 'host', privateKey: '${secrets.PK_TESTING_HOST_KEY_PRIVATE_KEY}' } });
    expect(JSON.stringify(r.manifest)).not.toContain('CANARY');
    expect(r.secrets.find((x) => x.name === 'PK_TESTING_HOST_KEY_PRIVATE_KEY')?.value).toBe(CANARY);
    expect(r.notes.some((n) => n.severity === 'todo' && n.where === 'pk/testing-host-key')).toBe(true);
  });

  it('leaves database passwords out unless asked, skips Coolify env, and notes ambiguous S3', () => {
    const s = snapshot({
      s3Storages: [
        { name: 'a', endpoint: 'https://s3', bucket: 'b', region: 'r', key: 'K', secret: 'S' },
        { name: 'b', endpoint: 'https://s3', bucket: 'c', region: 'r' },
      ],
    });
    env0(s).databases.push(
      db({ name: 'pg', database_type: 'standalone-postgresql', image: 'postgres:16-alpine', postgres_user: 'postgres', postgres_db: 'app', postgres_password: 'pw', health_check_enabled: true }, {
        backups: [{ id: 1, frequency: 'daily', enabled: true, save_s3: true, databases_to_backup: 'app', timeout: 3600 }],
      }),
      db({ name: 'cache', database_type: 'standalone-redis', image: 'redis:7.2', redis_password: 'x' }, { envs: [{ key: 'REDIS_PASSWORD', value: 'x' }, { key: 'REDIS_USERNAME', value: 'default' }] }),
    );
    const plain = importProject(s);
    const dbs = plain.manifest.projects['Shop']!.environments['production']!.databases!;
    expect(dbs['pg']).toEqual({ type: 'postgresql', database: 'app', backups: [{ schedule: 'daily' }] });
    expect(dbs['cache']).toEqual({ type: 'redis' });
    expect(Object.keys(plain.manifest.s3Storages ?? {})).toEqual(['a', 'b']);
    expect(plain.notes.filter((n) => n.severity === 'todo').map((n) => n.where)).toEqual(['s3Storages', 'Shop/production/database/pg backups[0].s3']);
    expect(plain.secrets.find((x) => x.name === 'S3_B_KEY')?.value).toBeUndefined();

    const withPasswords = importProject(s, { databasePasswords: true });
    const pg = withPasswords.manifest.projects['Shop']!.environments['production']!.databases!['pg']!;
    expect(pg.password).toBe('${secrets.PG_PASSWORD}');
    expect(withPasswords.secrets.find((x) => x.name === 'PG_PASSWORD')?.value).toBe('pw');
  });

  it('renders a manifest that parses, with the secrets listed and no secret value', () => {
    const s = snapshot({ sharedEnv: [{ key: 'API_TOKEN', value: 'tok-123' }, { key: 'MODE', value: 'a ${b}' }] });
    env0(s).services.push({ record: { name: 'plausible', service_type: 'plausible' }, envs: [], tags: [], server: 'main' });
    const r = importProject(s);
    const text = renderImportedManifest(r, { project: 'Shop', environments: ['production'] });
    expect(text).not.toContain('tok-123');
    expect(text).toContain('SHOP_API_TOKEN');
    expect(text).toContain('MODE: a $${b}');
    expect(text).toContain('type: plausible');
    const parsed = parseManifestText(text, 'x.yaml');
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(validateManifestSchema(parsed.doc)).toEqual([]);
  });

  it('keeps protection: a protect marker in Coolify imports as `protect: true` (new and legacy markers)', () => {
    const protectedDesc = `Orders ${OWNERSHIP_DESCRIPTION_MARKER} ${PROTECT_DESCRIPTION_MARKER}`;
    const legacyDesc = `${LEGACY_OWNERSHIP_DESCRIPTION_MARKER} ${LEGACY_PROTECT_DESCRIPTION_MARKER}`;
    const s = snapshot({ project: { name: 'Shop', description: protectedDesc } });
    env0(s).record = { id: 1, name: 'production', description: legacyDesc };
    env0(s).databases.push(db({ name: 'orders', database_type: 'standalone-postgresql', image: 'postgres:16-alpine', description: protectedDesc }));
    env0(s).databases.push(db({ name: 'cache', database_type: 'standalone-redis', image: 'redis:7-alpine', description: `x ${OWNERSHIP_DESCRIPTION_MARKER}` }));
    const m = importProject(s).manifest as { projects: Record<string, { protect?: boolean; description?: string; environments: Record<string, { protect?: boolean; databases: Record<string, { protect?: boolean; description?: string }> }> }> };
    const project = m.projects['Shop']!;
    expect(project.protect).toBe(true);
    expect(project.description).toBe('Orders');
    const production = project.environments['production']!;
    expect(production.protect).toBe(true);
    expect(production.databases['orders']!.protect).toBe(true);
    expect(production.databases['orders']!.description).toBe('Orders');
    expect(production.databases['cache']!.protect).toBeUndefined();
  });

  it('an instance of a replica set imports without its network alias (the manifest has no such field), with a note', () => {
    const s = snapshot();
    env0(s).applications.push(app({ name: 'workers-1', build_pack: 'dockerimage', docker_registry_image_name: 'w', docker_registry_image_tag: '1', custom_network_aliases: 'shop-production-workers' }));
    const result = importProject(s);
    const apps = (result.manifest as unknown as { projects: Record<string, { environments: Record<string, { applications: Record<string, Record<string, unknown>> }> }> }).projects['Shop']!.environments['production']!.applications;
    expect(Object.keys(apps['workers-1']!)).not.toContain('replicaAlias');
    expect(validateManifestSchema(result.manifest).length).toBe(0);
    expect(result.notes.some((n) => n.message.includes('shop-production-workers'))).toBe(true);
  });

  // Storage records as Coolify 4.3.11 answers them (checked against the real 4.3.11): no `type`
  // key, a file mount has `fs_path`; the volume name carries the application uuid in front.
  it('imports storages from records without a type key, in the grouped and the flat answer', () => {
    const volume = { id: 3, uuid: 'v1', name: 'appuuid-data', mount_path: '/data', host_path: null, container_id: null, resource_type: 'App\\Models\\Application', resource_id: 1, is_preview_suffix_enabled: true };
    const file = { id: 1, uuid: 'f1', fs_path: '/data/coolify/applications/appuuid/etc/x.conf', mount_path: '/etc/x.conf', content: 'hello', is_directory: false, chown: null, chmod: null, is_based_on_git: false, is_host_file: false, is_binary: false, is_too_large: false };
    const image = { uuid: 'appuuid', build_pack: 'dockerimage', docker_registry_image_name: 'nginx', docker_registry_image_tag: '1' };
    for (const storages of [{ persistent_storages: [volume], file_storages: [file] }, [volume, file]]) {
      const s = snapshot();
      env0(s).applications.push(app({ ...image, name: 'web' }, { storages }));
      const apps = (importProject(s).manifest as unknown as { projects: Record<string, { environments: Record<string, { applications: Record<string, { storages: Record<string, Record<string, unknown>> }> }> }> }).projects['Shop']!.environments['production']!.applications;
      expect(apps['web']!.storages).toEqual({ data: { mountPath: '/data' }, 'x-conf': { type: 'file', content: 'hello', mountPath: '/etc/x.conf' } });
    }
  });
});
