import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerImportCompose } from '../../src/cli/commands/import-compose.js';
import { convertCompose, parseCompose } from '../../src/compose/index.js';
import { databaseTypeOfImage } from '../../src/compose/databases.js';
import { recognizeHttpProbe } from '../../src/compose/healthcheck.js';
import { parseMount, parsePort } from '../../src/compose/parse.js';
import { rewireValue, type HostTarget } from '../../src/compose/rewire.js';
import { normalizeMemory, parseComposeDuration } from '../../src/compose/units.js';
import { loadManifestSource } from '../../src/load/load-manifest.js';
import { processHost } from '../cli/run-cli.js';

describe('compose units', () => {
  it('recognises official database images from any registry and tag only', () => {
    expect(databaseTypeOfImage('postgres:16-alpine')).toBe('postgresql');
    expect(databaseTypeOfImage('docker.io/library/mariadb:11')).toBe('mariadb');
    expect(databaseTypeOfImage('mirror.gcr.io/library/redis@sha256:abc')).toBe('redis');
    expect(databaseTypeOfImage('localhost:5000/mongo:7')).toBe('mongodb');
    expect(databaseTypeOfImage('bitnami/redis:7')).toBeUndefined();
    expect(databaseTypeOfImage('mongo-express:1')).toBeUndefined();
  });

  it('parses short and long port syntaxes', () => {
    const notes: string[] = [];
    expect(parsePort('8080:80', notes, 's')).toEqual([{ target: 80, published: 8080, protocol: 'tcp' }]);
    expect(parsePort('80', notes, 's')).toEqual([{ target: 80, protocol: 'tcp' }]);
    expect(parsePort('127.0.0.1:9229:9229/tcp', notes, 's')).toEqual([{ target: 9229, published: 9229, protocol: 'tcp', hostIp: '127.0.0.1' }]);
    expect(parsePort('8000-8001:9000-9001', notes, 's').map((p) => `${p.published}:${p.target}`)).toEqual(['8000:9000', '8001:9001']);
    expect(parsePort({ target: 3000, published: '80' }, notes, 's')).toEqual([{ target: 3000, published: 80, protocol: 'tcp' }]);
    expect(parsePort('1-9000', notes, 's')).toEqual([]);
    expect(notes).toHaveLength(1);
  });

  it('parses mounts', () => {
    expect(parseMount('./data:/data:ro')).toEqual({ type: 'bind', source: './data', target: '/data', readOnly: true });
    expect(parseMount('pg:/var/lib/postgresql/data')).toEqual({ type: 'volume', source: 'pg', target: '/var/lib/postgresql/data', readOnly: false });
    expect(parseMount('/cache')).toEqual({ type: 'anonymous', target: '/cache', readOnly: false });
  });

  it('converts durations and memory sizes', () => {
    expect(parseComposeDuration('1m30s')).toBe(90);
    expect(parseComposeDuration('500ms')).toBe(0.5);
    expect(parseComposeDuration('soon')).toBeUndefined();
    expect(normalizeMemory('1.5G')).toBe('1536m');
    expect(normalizeMemory('1gb')).toBe('1g');
    expect(normalizeMemory('512M')).toBe('512m');
  });

  it('recognises simple HTTP probes only', () => {
    expect(recognizeHttpProbe('curl -f http://localhost:8080/healthz || exit 1')).toEqual({ scheme: 'http', port: 8080, path: '/healthz' });
    expect(recognizeHttpProbe('curl http://localhost:8080/healthz')).toBeUndefined();
    expect(recognizeHttpProbe('wget -qO- http://127.0.0.1/ping')).toEqual({ scheme: 'http', path: '/ping' });
    expect(recognizeHttpProbe('python -c "import urllib"')).toBeUndefined();
    expect(recognizeHttpProbe('wget -q --spider http://127.0.0.1/ping')).toEqual({ scheme: 'http', path: '/ping' });
  });

  it('rewires connection strings to references', () => {
    const targets: HostTarget[] = [
      { namespace: 'databases', name: 'db', hosts: ['db', 'pg-main'], type: 'postgresql', schemes: ['postgres', 'postgresql'], database: 'app', passwordRaw: 'pw' },
      { namespace: 'applications', name: 'api', hosts: ['api'] },
    ];
    const text = (raw: string, secret = false): string | undefined =>
      rewireValue(raw, targets, secret)?.parts.map((p) => ('ref' in p ? p.ref : p.text)).join('');
    expect(text('postgres://u:pw@db:5432/app')).toBe('${databases.db.internalUrl}');
    expect(text('postgresql://u:pw@pg-main/app?sslmode=disable')).toBe('${databases.db.internalUrl}?sslmode=disable');
    expect(text('postgres://u:pw@db:5432/other')).toBe('postgres://${databases.db.user}:${databases.db.password}@${databases.db.host}:5432/other');
    expect(text('db')).toBe('${databases.db.host}');
    expect(text('db:5432')).toBe('${databases.db.host}:5432');
    expect(text('jdbc:postgresql://db:5432/app')).toBe('jdbc:postgresql://${databases.db.host}:5432/app');
    expect(text('http://api:3000/v1')).toBe('http://${applications.api.host}:3000/v1');
    expect(text('pw')).toBeUndefined();
    expect(text('pw', true)).toBe('${databases.db.password}');
    expect(text('http://user:secret@api:3000')).toBeUndefined();
    expect(text('dbx')).toBeUndefined();
  });
});

describe('convertCompose edge cases', () => {
  it('sanitises names, resolves collisions and keeps references valid', async () => {
    const text = [
      'services:',
      '  My.App:',
      '    image: nginx',
      '    environment: { UPSTREAM: "http://my-app:80" }',
      '    depends_on: [my-app]',
      '  my-app:',
      '    image: nginx',
      '  x:',
      '    image: busybox',
      '    tmpfs: /run',
    ].join('\n');
    const r = convertCompose(text, { project: 'qa' });
    const env = r.manifest.projects['qa-app']!.environments.production!;
    expect(Object.keys(env.applications ?? {})).toEqual(['my-app', 'my-app-2', 'x']);
    expect(env.applications?.['my-app']?.dependsOn).toEqual(['my-app-2']);
    expect(env.applications?.['my-app']?.env?.UPSTREAM).toBe('http://${applications.my-app-2.host}:80');
    expect(r.report.mapped.join('\n')).toContain('renamed from `My.App`');
    const loaded = loadManifestSource('mem.yaml', r.text, {});
    expect(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
  });

  it('escapes literal ${ and turns compose variables into vars and secrets', () => {
    const r = convertCompose('services:\n  a:\n    image: app:${TAG:-1}\n    environment:\n      TPL: "$${HOME}/x"\n      API_TOKEN: ${TOKEN}\n');
    const app = r.manifest.projects.imported!.environments.production!.applications!.a!;
    expect(app.image).toBe('app:${vars.TAG}');
    expect(app.env?.TPL).toBe('$${HOME}/x');
    expect(app.env?.API_TOKEN).toBe('${secrets.TOKEN}');
    expect(r.manifest.vars).toEqual({ TAG: '1' });
  });

  it('rejects a file without services', () => {
    expect(() => parseCompose('version: "3"\n')).toThrow(/no `services:`/);
    expect(() => convertCompose('services: [')).toThrow(/not valid YAML/);
  });
});

describe('import compose CLI', () => {
  it('writes the manifest to -o and honours --project/--environment/--server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ado-import-'));
    const compose = join(dir, 'docker-compose.yml');
    writeFileSync(compose, 'services:\n  web:\n    image: nginx:1.27\n    env_file: .env\n');
    writeFileSync(join(dir, '.env'), 'GREETING=hello\nAPI_KEY=abc123\n');
    const out = join(dir, 'ado.coolify.yaml');
    const importCmd = new Command('import').exitOverride();
    registerImportCompose(importCmd, processHost());
    const program = new Command().exitOverride().addCommand(importCmd);
    await program.parseAsync(['node', 'x', 'import', 'compose', compose, '-o', out, '--project', 'website', '--environment', 'staging', '--server', 'edge']);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('server: edge');
    expect(text).toContain('website:');
    expect(text).toContain('staging:');
    expect(text).toContain('GREETING: hello');
    expect(text).toContain('API_KEY: ${secrets.API_KEY}');
    expect(text).not.toContain('abc123');
    await expect(program.parseAsync(['node', 'x', 'import', 'compose', compose, '-o', out])).rejects.toThrow(/already exists/);
    process.exitCode = undefined;
  });
});
