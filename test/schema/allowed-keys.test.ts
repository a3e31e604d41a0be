import { describe, expect, it } from 'vitest';
import { allowedKeysAt } from '../../src/schema/index.js';
import { APP, DB, minimalManifest, withApp, withDatabase } from './helpers.js';

const COMMON = ['description', 'server', 'destination', 'tags', 'dependsOn', 'wave', 'protect', 'ignoreChanges'];

describe('allowedKeysAt', () => {
  it.each([
    { name: 'document root', doc: {}, pointer: '', keys: ['version', 'coolify', 'defaults', 'vars', 's3Storages', 'privateKeys', 'notifications', 'githubApps', 'gitlabApps', 'servers', 'cloudTokens', 'cloudInitScripts', 'destinations', 'secretManagers', 'policy', 'moved', 'projects'] },
    { name: 'a project', doc: minimalManifest(), pointer: '/projects/ado', keys: ['description', 'sharedEnv', 'environments', 'protect'] },
    {
      name: 'an environment',
      doc: minimalManifest(),
      pointer: '/projects/ado/environments/production',
      keys: ['description', 'sharedEnv', 'databases', 'applications', 'services', 'protect'],
    },
    { name: 'an app health check', doc: withApp({ image: 'x', healthCheck: {} }), pointer: `${APP}/healthCheck`, keys: ['enabled', 'type', 'path', 'port', 'host', 'method', 'scheme', 'returnCode', 'responseText', 'command', 'interval', 'timeout', 'retries', 'startPeriod'] },
    { name: 'an env var record', doc: withApp({ image: 'x', env: { A: { value: 1 } } }), pointer: `${APP}/env/A`, keys: ['value', 'buildTime', 'runtime', 'literal', 'multiline', 'sensitive', 'comment'] },
    { name: 'a backup (array item)', doc: withDatabase({ type: 'postgresql', backups: [{}] }), pointer: `${DB}/backups/0`, keys: ['name', 'schedule', 'enabled', 'keepLocally', 's3', 'keepInS3', 'databases', 'dumpAll', 'missingBackupAlertDays', 'timeout'] },
    { name: 'a path missing from the document', doc: {}, pointer: '/projects/new-one/environments/production/applications/web/git', keys: ['repository', 'branch', 'commit', 'githubApp', 'deployKey', 'buildPack', 'baseDirectory', 'dockerfile', 'dockerfileTarget', 'composeFile', 'composeDomains', 'publishDirectory', 'installCommand', 'buildCommand', 'startCommand', 'autoDeploy', 'watchPaths', 'webhookSecret'] },
  ])('$name', ({ doc, pointer, keys }) => {
    expect(allowedKeysAt(doc, pointer)).toEqual(keys);
  });

  it('leaves out database fields the engine does not support', () => {
    const redis = allowedKeysAt(withDatabase({ type: 'redis' }), DB);
    expect(redis).toEqual([...COMMON, 'type', 'image', 'password', 'conf', 'public', 'publicPort', 'publicPortTimeout', 'limits', 'healthCheck', 'env']);
    const postgres = allowedKeysAt(withDatabase({ type: 'postgresql' }), DB);
    expect(postgres).toEqual(expect.arrayContaining(['database', 'user', 'initdbArgs', 'hostAuthMethod', 'backups']));
    expect(postgres).not.toContain('rootPassword');
    expect(allowedKeysAt(withDatabase({ type: 'mysql' }), DB)).toContain('rootPassword');
  });

  it('leaves out the other sources once an application has one', () => {
    const keys = allowedKeysAt(withApp({ image: 'x' }), APP);
    expect(keys).toContain('image');
    expect(keys).not.toContain('git');
    expect(keys).not.toContain('dockerfile');
    expect(allowedKeysAt(withApp({}), APP)).toEqual(expect.arrayContaining(['image', 'git', 'dockerfile']));
  });

  it('follows the storage type', () => {
    const file = allowedKeysAt(withApp({ image: 'x', storages: { c: { type: 'file' } } }), `${APP}/storages/c`);
    expect(file).toEqual(['type', 'mountPath', 'content', 'isDirectory']);
    const volume = allowedKeysAt(withApp({ image: 'x', storages: { c: {} } }), `${APP}/storages/c`);
    expect(volume).toEqual(['type', 'mountPath', 'hostPath', 'backup']);
  });

  it('returns [] where keys are free-form or the pointer leads nowhere', () => {
    expect(allowedKeysAt(withApp({ image: 'x', env: {} }), `${APP}/env`)).toEqual([]);
    expect(allowedKeysAt({}, '/nope/deeper')).toEqual([]);
    expect(allowedKeysAt(withApp({ image: 'x' }), `${APP}/image`)).toEqual([]);
  });
});
