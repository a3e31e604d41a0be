import { describe, expect, it } from 'vitest';
import { validateManifestSchema, type SchemaIssue } from '../../src/schema/index.js';
import { APP, DB, minimalManifest, withApp, withDatabase } from './helpers.js';

const ENV = '/projects/ado/environments/production';
const img = { image: 'nginx:1.27' };

/** One invalid document and the single issue it must produce. */
interface Case {
  name: string;
  doc: unknown;
  pointer: string;
  keyword: string;
  /** A fragment the message must contain. */
  message?: string | RegExp;
}

const cases: Case[] = [
  { name: 'document is not an object', doc: 'hello', pointer: '', keyword: 'type' },
  { name: 'missing version', doc: { projects: {} }, pointer: '', keyword: 'required', message: '`version`' },
  { name: 'missing projects', doc: { version: 1 }, pointer: '', keyword: 'required', message: '`projects`' },
  { name: 'wrong version', doc: { version: 2, projects: {} }, pointer: '/version', keyword: 'const', message: 'only manifest format version' },
  { name: 'unknown top-level key', doc: { version: 1, projects: {}, project: {} }, pointer: '/project', keyword: 'additionalProperties', message: 'unknown key `project`' },
  { name: 'unknown key in an app points at the key', doc: withApp({ ...img, helthCheck: {} }), pointer: `${APP}/helthCheck`, keyword: 'additionalProperties' },
  { name: 'key with a slash is escaped in the pointer', doc: withApp({ ...img, 'a/b': 1 }), pointer: `${APP}/a~1b`, keyword: 'additionalProperties' },
  { name: 'environment name too short', doc: { version: 1, projects: { ado: { environments: { qa: {} } } } }, pointer: '/projects/ado/environments/qa', keyword: 'minLength', message: '3-255' },
  { name: 'project name too short', doc: { version: 1, projects: { ab: { environments: {} } } }, pointer: '/projects/ab', keyword: 'minLength' },
  { name: 'project without environments', doc: { version: 1, projects: { ado: {} } }, pointer: '/projects/ado', keyword: 'required', message: '`environments`' },
  { name: 'bad resource name', doc: minimalManifest({ applications: { API_Gateway: img } }), pointer: `${ENV}/applications/API_Gateway`, keyword: 'pattern', message: 'resource name' },
  { name: 'resource name with a dot', doc: minimalManifest({ databases: { 'pg.main': { type: 'postgresql' } } }), pointer: `${ENV}/databases/pg.main`, keyword: 'pattern' },
  { name: 'bad env key', doc: withApp({ ...img, env: { '1BAD': 'x' } }), pointer: `${APP}/env/1BAD`, keyword: 'pattern', message: 'env var name' },
  { name: 'env value is a list', doc: withApp({ ...img, env: { A: [1, 2] } }), pointer: `${APP}/env/A`, keyword: 'type', message: 'object with `value`' },
  { name: 'env var record with a typo', doc: withApp({ ...img, env: { A: { value: 'x', buildtime: true } } }), pointer: `${APP}/env/A/buildtime`, keyword: 'additionalProperties' },
  { name: 'env var record without value', doc: withApp({ ...img, env: { A: { literal: true } } }), pointer: `${APP}/env/A`, keyword: 'required', message: '`value`' },
  { name: 'wrong type: ports as a string', doc: withApp({ ...img, ports: '3000' }), pointer: `${APP}/ports`, keyword: 'type', message: 'must be an array' },
  { name: 'port out of range', doc: withApp({ ...img, ports: [3000, 70000] }), pointer: `${APP}/ports/1`, keyword: 'maximum' },
  { name: 'port zero', doc: withApp({ ...img, ports: [0] }), pointer: `${APP}/ports/0`, keyword: 'minimum' },
  { name: 'duplicate ports', doc: withApp({ ...img, ports: [80, 80] }), pointer: `${APP}/ports`, keyword: 'uniqueItems' },
  { name: 'bad buildPack enum', doc: withApp({ git: { repository: 'https://x/y', buildPack: 'heroku' } }), pointer: `${APP}/git/buildPack`, keyword: 'enum', message: 'nixpacks, railpack, static, dockerfile, dockercompose' },
  { name: 'bad redirect enum', doc: withApp({ ...img, redirect: 'always' }), pointer: `${APP}/redirect`, keyword: 'enum' },
  { name: 'app without a source', doc: withApp({ ports: [80] }), pointer: APP, keyword: 'anyOf', message: 'needs a source' },
  { name: 'two app sources: image and git', doc: withApp({ ...img, git: { repository: 'https://x/y' } }), pointer: `${APP}/git`, keyword: 'not', message: 'cannot be combined with `image`' },
  { name: 'two app sources: git and inline dockerfile', doc: withApp({ git: { repository: 'https://x/y' }, dockerfile: 'FROM nginx' }), pointer: `${APP}/dockerfile`, keyword: 'not', message: 'git.dockerfile' },
  { name: 'githubApp and deployKey together', doc: withApp({ git: { repository: 'https://x/y', githubApp: 'a', deployKey: 'k' } }), pointer: `${APP}/git/deployKey`, keyword: 'not', message: 'githubApp' },
  { name: 'git dockerfile location without buildPack dockerfile', doc: withApp({ git: { repository: 'https://x/y', buildPack: 'nixpacks', dockerfile: '/Dockerfile' } }), pointer: `${APP}/git/buildPack`, keyword: 'const', message: 'buildPack: dockerfile' },
  { name: 'dockerfile location without leading slash', doc: withApp({ git: { repository: 'https://x/y', buildPack: 'dockerfile', dockerfile: 'Dockerfile' } }), pointer: `${APP}/git/dockerfile`, keyword: 'pattern', message: 'starting with `/`' },
  { name: 'bad duration', doc: withApp({ ...img, previews: { ttl: '7 days' } }), pointer: `${APP}/previews/ttl`, keyword: 'pattern', message: '`7d`' },
  { name: 'bad memory', doc: withApp({ ...img, limits: { memory: '2 GB' } }), pointer: `${APP}/limits/memory`, keyword: 'pattern', message: '512M' },
  { name: 'memory as a number', doc: withApp({ ...img, limits: { memory: 512 } }), pointer: `${APP}/limits/memory`, keyword: 'type', message: '512M' },
  { name: 'domain without scheme', doc: withApp({ ...img, domains: ['api.example.com'] }), pointer: `${APP}/domains/0`, keyword: 'pattern', message: 'https://' },
  { name: 'domains with replicas', doc: withApp({ ...img, replicas: 3, domains: ['https://a.example.com'] }), pointer: `${APP}/domains`, keyword: 'maxItems', message: 'replicas' },
  { name: 'cmd health check without command', doc: withApp({ ...img, healthCheck: { type: 'cmd' } }), pointer: `${APP}/healthCheck`, keyword: 'required', message: 'needs `command`' },
  { name: 'bad cron schedule', doc: withDatabase({ type: 'postgresql', backups: [{ schedule: 'every day' }] }), pointer: `${DB}/backups/0/schedule`, keyword: 'pattern', message: 'cron' },
  { name: 'database without type', doc: withDatabase({ image: 'postgres:16' }), pointer: DB, keyword: 'required', message: '`type`' },
  { name: 'bad database type', doc: withDatabase({ type: 'postgres' }), pointer: `${DB}/type`, keyword: 'enum', message: 'postgresql' },
  { name: 'backups on redis', doc: withDatabase({ type: 'redis', backups: [{ schedule: 'daily' }] }), pointer: `${DB}/backups`, keyword: 'not', message: 'Coolify answers 422' },
  { name: 'backups on dragonfly', doc: withDatabase({ type: 'dragonfly', backups: [] }), pointer: `${DB}/backups`, keyword: 'not' },
  { name: 'rootPassword on postgresql', doc: withDatabase({ type: 'postgresql', rootPassword: 'x' }), pointer: `${DB}/rootPassword`, keyword: 'not', message: 'only for mysql and mariadb' },
  { name: 'initdbArgs on mysql', doc: withDatabase({ type: 'mysql', initdbArgs: '--x' }), pointer: `${DB}/initdbArgs`, keyword: 'not', message: 'only for postgresql' },
  { name: 'conf on clickhouse', doc: withDatabase({ type: 'clickhouse', conf: 'x' }), pointer: `${DB}/conf`, keyword: 'not' },
  { name: 'database name on redis', doc: withDatabase({ type: 'redis', database: 'x' }), pointer: `${DB}/database`, keyword: 'not' },
  { name: 'publicPort below 1024', doc: withDatabase({ type: 'postgresql', public: true, publicPort: 80 }), pointer: `${DB}/publicPort`, keyword: 'minimum' },
  { name: 'public without publicPort', doc: withDatabase({ type: 'postgresql', public: true }), pointer: DB, keyword: 'required', message: 'needs `publicPort`' },
  { name: 'backup timeout too short', doc: withDatabase({ type: 'postgresql', backups: [{ schedule: 'daily', timeout: 30 }] }), pointer: `${DB}/backups/0/timeout`, keyword: 'minimum' },
  { name: 'backup timeout too long', doc: withDatabase({ type: 'mysql', backups: [{ schedule: 'daily', timeout: 36001 }] }), pointer: `${DB}/backups/0/timeout`, keyword: 'maximum' },
  { name: 'volume backup keepInS3 without s3', doc: withApp({ ...img, storages: { w: { mountPath: '/w', backup: { schedule: 'daily', keepInS3: { amount: 3 } } } } }), pointer: `${APP}/storages/w/backup`, keyword: 'required', message: '`keepInS3` needs `s3`' },
  { name: 'volume backup disableLocalBackup without s3', doc: withApp({ ...img, storages: { w: { mountPath: '/w', backup: { schedule: 'daily', disableLocalBackup: true } } } }), pointer: `${APP}/storages/w/backup`, keyword: 'required', message: 'only when S3 backups are on' },
  { name: 'volume backup timeout too short', doc: withApp({ ...img, storages: { w: { mountPath: '/w', backup: { schedule: 'daily', timeout: 59 } } } }), pointer: `${APP}/storages/w/backup/timeout`, keyword: 'minimum' },
  { name: 'keepInS3 without s3', doc: withDatabase({ type: 'postgresql', backups: [{ schedule: 'daily', keepInS3: { days: 3 } }] }), pointer: `${DB}/backups/0`, keyword: 'required', message: 'needs `s3`' },
  { name: 'service with type and compose', doc: minimalManifest({ services: { s: { type: 'plausible', compose: 'services: {}' } } }), pointer: `${ENV}/services/s/compose`, keyword: 'not' },
  { name: 'service with neither type nor compose', doc: minimalManifest({ services: { s: { urls: [] } } }), pointer: `${ENV}/services/s`, keyword: 'anyOf', message: 'one-click template' },
  { name: 'file storage with hostPath', doc: withApp({ ...img, storages: { c: { type: 'file', mountPath: '/etc/x', hostPath: '/srv/x' } } }), pointer: `${APP}/storages/c/hostPath`, keyword: 'not' },
  { name: 'content on a volume storage', doc: withApp({ ...img, storages: { c: { mountPath: '/etc/x', content: 'x' } } }), pointer: `${APP}/storages/c/content`, keyword: 'not', message: 'type: file' },
  { name: 'relative mountPath', doc: withApp({ ...img, storages: { c: { mountPath: 'data' } } }), pointer: `${APP}/storages/c/mountPath`, keyword: 'pattern' },
  { name: 'autoscale metric with both sources', doc: withApp({ ...img, autoscale: { min: 1, max: 3, up: { above: 10 }, down: { below: 1 }, metric: { prometheus: { url: 'u', query: 'q' }, redis: { url: 'u', list: 'l' } } } }), pointer: `${APP}/autoscale/metric`, keyword: 'maxProperties', message: 'exactly one' },
  { name: 'bad var name', doc: { version: 1, projects: {}, vars: { 'MY-VAR': 'x' } }, pointer: '/vars/MY-VAR', keyword: 'pattern' },
  { name: 'short tag', doc: { version: 1, projects: {}, defaults: { tags: ['a'] } }, pointer: '/defaults/tags/0', keyword: 'minLength' },
  { name: 's3 storage missing secret', doc: { version: 1, projects: {}, s3Storages: { s3: { endpoint: 'e', bucket: 'b', region: 'r', key: 'k' } } }, pointer: '/s3Storages/s3', keyword: 'required', message: '`secret`' },
  { name: 'shared env value must be a string', doc: { version: 1, projects: { ado: { sharedEnv: { A: 1 }, environments: {} } } }, pointer: '/projects/ado/sharedEnv/A', keyword: 'type' },
  { name: 'preDeploy object without command', doc: withApp({ ...img, preDeploy: { container: 'app' } }), pointer: `${APP}/preDeploy`, keyword: 'required' },
];

function summary(issues: SchemaIssue[]): string {
  return issues.map((i) => `${i.pointer} ${i.keyword}: ${i.message}`).join('\n');
}

describe('invalid snippets produce exactly one precise issue', () => {
  it('has a table of at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('$name', ({ doc, pointer, keyword, message }) => {
    const issues = validateManifestSchema(doc);
    expect(issues, summary(issues)).toHaveLength(1);
    const [issue] = issues;
    expect(issue?.pointer).toBe(pointer);
    expect(issue?.keyword).toBe(keyword);
    if (message instanceof RegExp) expect(issue?.message).toMatch(message);
    else if (message !== undefined) expect(issue?.message).toContain(message);
    expect(issue?.schemaPath).toMatch(/^#\//);
  });
});

describe('issue details', () => {
  it('puts the unknown key and the bad property name in params', () => {
    const [unknown] = validateManifestSchema(withApp({ ...img, helthCheck: {} }));
    expect(unknown?.params).toMatchObject({ additionalProperty: 'helthCheck' });
    const [badName] = validateManifestSchema({ version: 1, projects: { ado: { environments: { qa: {} } } } });
    expect(badName?.params).toMatchObject({ propertyName: 'qa' });
  });

  it('never copies the offending value into the message', () => {
    const secret = 'hunter2-super-secret';
    const docs = [
      withDatabase({ type: 'postgresql', rootPassword: secret }),
      withApp({ ...img, limits: { memory: secret } }),
      withApp({ ...img, env: { A: { value: secret, nope: 1 } } }),
      { version: 1, projects: {}, vars: { [secret]: 1 } },
    ];
    for (const doc of docs) {
      const issues = validateManifestSchema(doc);
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.message).not.toContain(secret);
    }
  });

  it('reports independent mistakes separately', () => {
    const issues = validateManifestSchema(withApp({ ports: [0], redirect: 'x' }));
    expect(issues.map((i) => `${i.pointer} ${i.keyword}`).sort()).toEqual(
      [`${APP} anyOf`, `${APP}/ports/0 minimum`, `${APP}/redirect enum`].sort(),
    );
  });

  it('accepts every database type with its own fields', () => {
    const ok = [
      { type: 'postgresql', database: 'a', user: 'u', initdbArgs: '--x', hostAuthMethod: 'trust', conf: 'c', backups: [{ schedule: 'daily' }] },
      { type: 'mysql', database: 'a', user: 'u', rootPassword: 'r', conf: 'c' },
      { type: 'mariadb', database: 'a', user: 'u', rootPassword: 'r' },
      { type: 'mongodb', database: 'a', user: 'u', conf: 'c', backups: [{ schedule: '@daily' }] },
      { type: 'redis', password: 'p', conf: 'c' },
      { type: 'keydb', password: 'p', conf: 'c' },
      { type: 'dragonfly', password: 'p' },
      { type: 'clickhouse', user: 'u', password: 'p', backups: [{ schedule: '0 3 * * 1' }] },
    ];
    for (const db of ok) expect(validateManifestSchema(withDatabase(db)), db.type).toEqual([]);
  });
});

describe('de-duplication', () => {
  it('reports each forbidden extra source once', () => {
    const issues = validateManifestSchema(withApp({ image: 'x', git: { repository: 'r' }, dockerfile: 'FROM x' }));
    expect(issues.map((i) => i.pointer)).toEqual([`${APP}/git`, `${APP}/dockerfile`]);
  });

  it('keeps distinct missing keys of one object apart', () => {
    const issues = validateManifestSchema({ version: 1, projects: {}, s3Storages: { s3: { endpoint: 'e', bucket: 'b' } } });
    expect(issues.map((i) => i.params.missingProperty).sort()).toEqual(['key', 'region', 'secret']);
  });
});
