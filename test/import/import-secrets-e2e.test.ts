/**
 * Canary test of `import --project` (issue 14 item M1, UX audit B1): secrets planted in the
 * sandbox never reach the written manifest, stdout, stderr or any file but the
 * `--secrets-out` file, in any echo form (raw, any case, JSON-escaped, URL-encoded, base64);
 * the secrets file (mode 0600) holds them; connection strings become references; and the
 * manifest plus the secrets file plans as adoption only, applies, and then plans clean.
 *
 * Planted: database passwords (postgres, redis, mysql), sensitive env values (…_TOKEN,
 * …SECRET_KEY, …SECRET, SERVICE_PASSWORD_*), a URL password, S3 key and secret, a webhook
 * secret, project shared variables; and copies of them in project, database, application and
 * service descriptions, domains, the health check path (raw and URL-encoded), pre/post-deploy
 * commands, a start command, env values (raw and base64), an env comment, a preview env var,
 * a database env var and `conf`, file storage content (raw, JSON-escaped, base64), a scheduled
 * task command, a tag and a service's compose file. (Custom labels are not imported.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { echoForms } from '../../src/model/secret-forms.js';
import { sandboxApi } from './cli-harness.js';
import { CANARIES as ADO_CANARIES, cliEnv, minimalEnv, runCli, sandbox, tempDir } from '../e2e/harness.js';

const INSTANT = { deploymentQueuedMs: 0, deploymentRunMs: 0, healthyAfterMs: 0, deleteAfterMs: 0, databaseStartMs: 0 };

/** Every planted secret. Lowercase and URL-safe where a field (domains, tags) needs it. */
const C = {
  pgPassword: 'canarypg7f3a9c11aa',
  redisPassword: 'canaryredis51d2e8bb',
  mysqlPassword: 'canarymysqlother0b4c',
  apiToken: 'canary-tok-0b4c6a22',
  djangoKey: 'canary-django-93e1f733',
  urlPassword: 'canary-urlpw-4242aa',
  s3Key: 'canary-s3key-1111ab',
  s3Secret: 'canary-s3secret-2222cd',
  sharedToken: 'canary-shared-3333ef',
  serviceSecret: 'canary-svcpw-5555ab',
  webhookSecret: 'canary-hook-7777cd',
  /** Differs in its JSON-escaped and URL-encoded forms. */
  special: 'canary "sp"/+ x=1&y 9090',
} as const;
const CANARIES = Object.values(C);

interface PlanJsonLite {
  resourceChanges: Array<{ address: string; kind: string; action: string; changes: Array<{ path: string; before: unknown; after: unknown }> }>;
}

let sb: Sandbox;
let env: NodeJS.ProcessEnv;

/** Builds the project `vault` with canaries everywhere the import reads. */
async function buildState(api: ReturnType<typeof sandboxApi>): Promise<void> {
  const servers = await api<Array<{ uuid: string; name: string }>>('GET', '/servers');
  const server_uuid = servers.find((s) => s.name === 'main')!.uuid;
  const { uuid: project_uuid } = await api<{ uuid: string }>('POST', '/projects', { name: 'vault', description: `keys ${C.apiToken}` });
  await api('POST', `/projects/${project_uuid}/envs`, { key: 'SHARED_TOKEN', value: C.sharedToken });
  await api('POST', `/projects/${project_uuid}/envs`, { key: 'SHARED_NOTE', value: `uses ${C.sharedToken} and ${C.pgPassword}` });
  await api('POST', `/projects/${project_uuid}/environments/production/envs`, { key: 'LOG_DSN', value: `postgres://postgres:${C.pgPassword}@logs:5432/logs` });
  const s3 = await api<{ uuid: string }>('POST', '/s3-storages', {
    name: 'backups', endpoint: 'https://s3.example.com', bucket: 'vault-backups', region: 'eu', key: C.s3Key, secret: C.s3Secret,
  });
  const place = (environment_name: string) => ({ project_uuid, environment_name, server_uuid });

  const pg = await api<{ uuid: string }>('POST', '/databases/postgresql', {
    ...place('production'), name: 'pg', postgres_password: C.pgPassword, description: `pw ${C.pgPassword}`, postgres_conf: Buffer.from(`# ${C.urlPassword}\nmax_connections = 50\n`).toString('base64'),
  });
  await api('POST', `/databases/${pg.uuid}/backups`, { frequency: '0 2 * * *', save_s3: true, s3_storage_uuid: s3.uuid });
  const cache = await api<{ uuid: string }>('POST', '/databases/redis', { ...place('production'), name: 'cache', redis_password: C.redisPassword });
  await api('POST', '/databases/mysql', { ...place('production'), name: 'legacy', mysql_password: C.mysqlPassword });
  const pgUrl = (await api<{ internal_db_url: string }>('GET', `/databases/${pg.uuid}`)).internal_db_url;
  const redisUrl = (await api<{ internal_db_url: string }>('GET', `/databases/${cache.uuid}`)).internal_db_url;
  expect(pgUrl).toContain(C.pgPassword);

  const web = await api<{ uuid: string }>('POST', '/applications/dockerimage', {
    ...place('production'), name: 'web', description: `uses ${C.pgPassword}`, docker_registry_image_name: 'nginx', docker_registry_image_tag: '1.27',
    ports_exposes: '80', domains: `https://${C.apiToken}.example.com`, autogenerate_domain: false,
    health_check_enabled: true, health_check_path: `/h/${C.djangoKey}/${encodeURIComponent(C.special)}`,
    pre_deployment_command: `psql postgres://postgres:${C.pgPassword}@db/postgres -c 1`, post_deployment_command: `curl -H "Authorization: Bearer ${C.apiToken}" http://x`,
    manual_webhook_secret_github: C.webhookSecret,
  });
  const worker = await api<{ uuid: string }>('POST', '/applications/public', {
    ...place('production'), name: 'worker', description: `hook ${C.webhookSecret}`, git_repository: 'https://github.com/acme/worker', git_branch: 'main',
    build_pack: 'nixpacks', autogenerate_domain: false, manual_webhook_secret_github: C.webhookSecret, start_command: `run --token ${C.apiToken}`,
  });
  const envs: Array<[string, string]> = [
    ['DATABASE_URL', pgUrl],
    ['REDIS_URL', redisUrl],
    ['CACHE_CONNECTION', `redis://default:${C.redisPassword}@${cache.uuid}:6379/1`],
    ['DJANGO_SECRET_KEY', C.djangoKey],
    ['API_TOKEN', C.apiToken],
    ['SPECIAL_SECRET', C.special],
    ['EXTERNAL_DB', `postgres://app:${C.urlPassword}@db.example.com:5432/app`],
    ['LEGACY_PASS_COPY', `pw=${C.mysqlPassword}`],
    ['NOTE', `see ${C.apiToken}`],
    ['B64', Buffer.from(C.djangoKey).toString('base64')],
    ['NODE_ENV', 'production'],
  ];
  for (const [key, value] of envs) await api('POST', `/applications/${web.uuid}/envs`, { key, value });
  await api('POST', `/applications/${web.uuid}/envs`, { key: 'COMMENTED', value: 'x', comment: `rotated from ${C.djangoKey}` });
  await api('POST', `/applications/${worker.uuid}/envs`, { key: 'PREVIEW_NOTE', value: `p ${C.djangoKey}`, is_preview: true });
  await api('POST', `/databases/${pg.uuid}/envs`, { key: 'EXTRA', value: `see ${C.apiToken}` });
  const content = `token=${C.apiToken}\nredis=${C.redisPassword}\njson=${JSON.stringify(C.special)}\nb64=${Buffer.from(C.s3Secret).toString('base64')}\n`;
  await api('POST', `/applications/${web.uuid}/storages`, { type: 'file', mount_path: '/etc/app.conf', content });
  await api('POST', `/applications/${web.uuid}/storages`, { type: 'file', mount_path: '/etc/plain.conf', content: 'a=1\n' });
  await api('POST', `/applications/${web.uuid}/scheduled-tasks`, { name: 'dump', command: `pg_dump --password ${C.pgPassword}`, frequency: '0 3 * * *' });
  await api('POST', `/applications/${web.uuid}/tags`, { tag_names: [C.apiToken, 'web'] });

  const compose = `services:\n  app:\n    image: nginx:1\n    environment:\n      TOKEN: ${C.apiToken}\n      DB: postgres://postgres:${C.pgPassword}@pg:5432/x\n`;
  const svc = await api<{ uuid: string }>('POST', '/services', { ...place('production'), name: 'tools', description: `svc ${C.serviceSecret}`, docker_compose_raw: Buffer.from(compose).toString('base64') });
  await api('POST', `/services/${svc.uuid}/envs`, { key: 'SERVICE_PASSWORD_APP', value: C.serviceSecret });
}

/** Canary echo forms found in a text, for the failure message. */
function leaks(text: string): string[] {
  const lower = text.toLowerCase();
  return CANARIES.flatMap((c) => echoForms(c).filter((f) => f.length >= 8 && lower.includes(f.toLowerCase())).map((f) => `${c} as ${f}`));
}

/** Every file under `dir` but the named ones, with its text. */
function filesBut(dir: string, except: string[]): Array<[string, string]> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !except.includes(e.name))
    .map((e) => [e.name, readFileSync(join(e.parentPath, e.name), 'utf8')]);
}

beforeAll(async () => {
  sb = await startSandbox({ timings: INSTANT, rateLimitPerMinute: 0 });
  env = minimalEnv({ COOLIFY_URL: sb.url, COOLIFY_TOKEN: sb.token });
  await buildState(sandboxApi(sb.url, sb.token));
});
afterAll(async () => {
  await sb.close();
});

describe('import --project writes no secret (issue 14 item M1)', () => {
  it('keeps every canary out of the manifest and the terminal, writes them to --secrets-out, and plans clean', async () => {
    const dir = tempDir('ado-import-canary-');
    const imported = await runCli(['import', '--project', 'vault', '-o', 'out.yaml', '--secrets-out', 'secrets.env'], { env, cwd: dir });
    expect(imported.status, imported.stderr).toBe(0);
    const yaml = readFileSync(join(dir, 'out.yaml'), 'utf8');
    expect(leaks(yaml), yaml).toEqual([]);
    expect(leaks(imported.stdout + imported.stderr), imported.stderr).toEqual([]);
    for (const [name, text] of filesBut(dir, ['secrets.env'])) expect(leaks(text), name).toEqual([]);

    expect(statSync(join(dir, 'secrets.env')).mode & 0o777).toBe(0o600);
    const secrets = readFileSync(join(dir, 'secrets.env'), 'utf8');
    // Every canary the manifest needs is in the secrets file (the passwords of this
    // environment's databases are reached through references where the record has them).
    for (const c of [C.apiToken, C.djangoKey, C.urlPassword, C.s3Key, C.s3Secret, C.sharedToken, C.serviceSecret, C.redisPassword, C.webhookSecret]) expect(secrets).toContain(c);

    // Connection strings of this environment's databases are references.
    expect(yaml).toContain('DATABASE_URL: ${databases.pg.internalUrl}');
    expect(yaml).toContain('REDIS_URL: ${databases.cache.internalUrl}');
    expect(yaml).toMatch(/CACHE_CONNECTION: redis:\/\/default:\$\{secrets\.CACHE_PASSWORD\}@/);
    expect(yaml).toContain('LEGACY_PASS_COPY: pw=${databases.legacy.password}');
    expect(yaml).toContain('DJANGO_SECRET_KEY: ${secrets.');
    expect(yaml).toMatch(/EXTERNAL_DB: postgres:\/\/app:\$\{secrets\.[A-Z0-9_]+\}@db\.example\.com/);
    expect(yaml).toMatch(/NOTE: see \$\{secrets\.WEB_API_TOKEN\}/);
    // Copies in other fields are placeholders in place (every field carrying a canary was imported).
    for (const line of [
      'description: keys ${secrets.WEB_API_TOKEN}',
      'description: pw ${databases.pg.password}',
      'description: uses ${databases.pg.password}',
      'description: hook ${secrets.WORKER_WEBHOOKSECRET}',
      'description: svc ${secrets.TOOLS_SERVICE_PASSWORD_APP}',
      'SHARED_NOTE: uses ${secrets.VAULT_SHARED_TOKEN} and ${secrets.PG_PASSWORD}',
      '- https://${secrets.WEB_API_TOKEN}.example.com',
      'path: /h/${secrets.WEB_DJANGO_SECRET_KEY}/${secrets.WEB_HEALTHCHECK_PATH}',
      'preDeploy: psql postgres://postgres:${databases.pg.password}@db/postgres -c 1',
      'Bearer ${secrets.WEB_API_TOKEN}',
      'command: pg_dump --password ${databases.pg.password}',
      'comment: rotated from ${secrets.WEB_DJANGO_SECRET_KEY}',
      'PREVIEW_NOTE: p ${secrets.WEB_DJANGO_SECRET_KEY}',
      'EXTRA: see ${secrets.WEB_API_TOKEN}',
      'startCommand: run --token ${secrets.WEB_API_TOKEN}',
      '# ${secrets.WEB_EXTERNAL_DB_PASSWORD}',
      'TOKEN: ${secrets.WEB_API_TOKEN}',
    ]) expect(yaml).toContain(line);

    const planned = await runCli(['plan', '-f', 'out.yaml', '--secrets-file', 'secrets.env', '--format', 'json', '--detailed-exitcode'], { env, cwd: dir });
    expect(planned.status, planned.stderr + planned.stdout).toBe(2);
    expect(leaks(planned.stdout + planned.stderr)).toEqual([]);
    const plan = JSON.parse(planned.stdout) as PlanJsonLite;
    const bad = plan.resourceChanges.filter((c) => c.action !== 'adopt');
    expect(bad.map((c) => `${c.address}: ${c.action}`)).toEqual([]);
    // The only updates are the documented env/shared variable takeovers (same value and flags).
    for (const c of plan.resourceChanges.filter((x) => x.changes.length > 0)) {
      for (const f of c.changes) {
        expect(f.path, `${c.address} ${f.path}`).toMatch(/^(env|sharedEnv)\./);
        expect(f.before, `${c.address} ${f.path}`).toEqual(f.after);
      }
    }

    // Apply takes them over; then nothing is left to change, and Coolify holds the same secrets.
    const applied = await runCli(['apply', '-f', 'out.yaml', '--secrets-file', 'secrets.env', '--auto-approve'], { env, cwd: dir });
    expect(applied.status, applied.stderr + applied.stdout).toBe(0);
    expect(leaks(applied.stdout + applied.stderr)).toEqual([]);
    const again = await runCli(['plan', '-f', 'out.yaml', '--secrets-file', 'secrets.env', '--detailed-exitcode'], { env, cwd: dir });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    const web = sb.store.world.applications.find((a) => a.name === 'web')!;
    expect(web.fields.health_check_path).toBe(`/h/${C.djangoKey}/${encodeURIComponent(C.special)}`);
    expect(web.fields.pre_deployment_command).toContain(C.pgPassword);
  }, 180_000);

  it('without --secrets-out writes no secret anywhere and says how to supply them', async () => {
    const dir = tempDir('ado-import-canary-');
    const imported = await runCli(['import', '--project', 'vault', '-o', 'out.yaml'], { env, cwd: dir });
    expect(imported.status, imported.stderr).toBe(0);
    for (const [name, text] of filesBut(dir, [])) expect(leaks(text), name).toEqual([]);
    expect(leaks(imported.stdout + imported.stderr)).toEqual([]);
    expect(imported.stderr).toContain('--secrets-out');
    expect(imported.stderr).toContain('--secrets-file');
    const toStdout = await runCli(['import', '--project', 'vault'], { env, cwd: dir });
    expect(toStdout.status, toStdout.stderr).toBe(0);
    expect(leaks(toStdout.stdout + toStdout.stderr)).toEqual([]);
  }, 120_000);
});

describe('import of the ADO stack (adversarial audit M1, first reproduction)', () => {
  it('writes its connection strings back as references and no database password', async () => {
    const ado = await sandbox();
    try {
      const applied = await runCli(['apply', '--auto-approve'], { env: cliEnv(ado) });
      expect(applied.status, applied.stderr).toBe(0);
      const passwords = ado.store.world.databases.flatMap((d) => Object.entries(d.fields).filter(([k, v]) => k.endsWith('_password') && typeof v === 'string').map(([, v]) => v as string));
      expect(passwords.length).toBeGreaterThan(0);
      const dir = tempDir('ado-import-stack-');
      const imported = await runCli(['import', '--project', 'ado', '-o', 'imported.yaml', '--secrets-out', 'imported.env'], { env: minimalEnv({ COOLIFY_URL: ado.url, COOLIFY_TOKEN: ado.token }), cwd: dir });
      expect(imported.status, imported.stderr).toBe(0);
      const yaml = readFileSync(join(dir, 'imported.yaml'), 'utf8');
      expect(yaml).not.toMatch(/(postgres|redis):\/\//);
      for (const p of [...passwords, ...Object.values(ADO_CANARIES)]) expect(yaml + imported.stderr).not.toContain(p);
      expect(yaml).toContain('DATABASE_URL: ${databases.postgres.internalUrl}');
      expect(yaml).toContain('REDIS_URL: ${databases.redis.internalUrl}');
      const planned = await runCli(['plan', '-f', 'imported.yaml', '--secrets-file', 'imported.env', '--format', 'json'], { env: minimalEnv({ COOLIFY_URL: ado.url, COOLIFY_TOKEN: ado.token }), cwd: dir });
      expect(planned.status, planned.stderr).toBe(0);
      const plan = JSON.parse(planned.stdout) as PlanJsonLite;
      // The stack is already owned: no adoption, and the references plan as no change.
      const changed = plan.resourceChanges.filter((c) => c.action !== 'no-op' && c.action !== 'adopt');
      expect(changed.map((c) => `${c.address}: ${c.action} ${c.changes.map((f) => f.path).join(' ')}`)).toEqual([]);
    } finally {
      await ado.close();
    }
  }, 180_000);
});
