import { describe, expect, it } from 'vitest';
import * as n from '../../src/kinds/normalize.js';
import { sameValue } from '../../src/diff/equal.js';
import type { Normalizer } from '../../src/kinds/spec.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const DIGEST = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const DIGEST2 = 'a'.repeat(64);

describe('normalisers: equal pairs', () => {
  it.each<[string, Normalizer, unknown, unknown]>([
    ['image name without tag', n.imageName, 'redis:7-alpine', 'redis'],
    ['image name docker.io/library', n.imageName, 'docker.io/library/redis', 'redis'],
    ['image name registry port', n.imageName, 'localhost:5000/app:1', 'localhost:5000/app'],
    ['image tag empty is latest', n.imageTag, null, 'latest'],
    ['digest image name as stored by Coolify', n.imageName, `nginx@sha256:${DIGEST}`, 'nginx@sha256'],
    ['digest image name docker.io/library', n.imageName, `docker.io/library/nginx@sha256:${DIGEST}`, 'nginx@sha256'],
    ['db digest image', n.imageRef, `postgres@sha256:${DIGEST}`, `docker.io/library/postgres@sha256:${DIGEST}`],
    ['db image default tag', n.imageRef, 'postgres', 'docker.io/library/postgres:latest'],
    ['git https .git', n.gitRepository, 'https://github.com/org/repo.git', 'org/repo'],
    ['git ssh', n.gitRepository, 'git@github.com:org/repo.git', 'org/repo'],
    ['git trailing slash', n.gitRepository, 'https://github.com/Org/Repo/', 'org/repo'],
    ['base64 vs plain', n.base64Text, b64('FROM node:20\nRUN x\n'), 'FROM node:20\nRUN x'],
    ['comma list spaces', n.commaList, '3000, 3001', '3000,3001'],
    ['comma list numbers', n.commaList, [3000, 3001], '3000,3001'],
    ['comma set order', n.commaSet, 'b,a', 'a,b'],
    ['domains order + slash + case', n.domains, 'https://B.example.com/,https://a.example.com', 'https://a.example.com,https://b.example.com'],
    ['memory units', n.memory, '2g', '2048M'],
    ['memory zero is unset', n.memory, '0', null],
    ['cpus numeric string', n.zeroIsUnset, '2', 2],
    ['cpus zero is unset', n.zeroIsUnset, '0', undefined],
    ['numeric string', n.numeric, '3000', 3000],
    ['bool from int', n.bool, 1, true],
    ['description marker', n.description, 'API (managed by ado-coolify)', 'API'],
    ['description only marker', n.description, '(managed by ado-coolify)', ''],
    ['path leading slash', n.path, 'packages/Dockerfile', '/packages/Dockerfile'],
    ['path root', n.path, '', '/'],
    ['storage uuid prefix', n.storageName, 'abcdefghijklmnopqrstuvwx-data', 'data'],
    ['watch paths lines', n.lineList, 'src/**\n\napps/*', ['src/**', 'apps/*']],
  ])('%s', (_name, norm, a, b) => {
    expect(sameValue(norm(a), norm(b))).toBe(true);
  });
});

describe('normalisers: different pairs', () => {
  it.each<[string, Normalizer, unknown, unknown]>([
    ['image tag', n.imageTag, '1.4.2', '1.4.1'],
    ['digest tag', n.imageTag, DIGEST, DIGEST2],
    ['digest name vs tag name', n.imageName, `nginx@sha256:${DIGEST}`, 'nginx:1.27'],
    ['db digest image', n.imageRef, `postgres@sha256:${DIGEST}`, `postgres@sha256:${DIGEST2}`],
    ['git other host', n.gitRepository, 'https://gitlab.com/org/repo', 'org/repo'],
    ['ports order matters', n.commaList, '3000,3001', '3001,3000'],
    ['memory', n.memory, '1g', '2g'],
    ['domain path', n.domains, 'https://a.com/x', 'https://a.com'],
    ['base64 of other text', n.base64Text, b64('a=1'), 'a=2'],
  ])('%s', (_name, norm, a, b) => {
    expect(sameValue(norm(a), norm(b))).toBe(false);
  });

  it('splits image references', () => {
    expect(n.splitImage('ghcr.io/a/b:1.2')).toEqual({ name: 'ghcr.io/a/b', tag: '1.2' });
    expect(n.splitImage('localhost:5000/a')).toEqual({ name: 'localhost:5000/a' });
    // Coolify stores a digest as name `a@sha256` + bare 64-hex tag (app/Services/DockerImageParser.php:18-22;
    // ApplicationsController.php:2218-2224), and PATCH stores the pair as sent, so the client sends that pair.
    expect(n.splitImage(`a@sha256:${DIGEST}`)).toEqual({ name: 'a@sha256', tag: DIGEST });
    expect(n.splitImage(`ghcr.io/o/a@sha256:${DIGEST}`)).toEqual({ name: 'ghcr.io/o/a@sha256', tag: DIGEST });
    expect(n.splitImage('a@sha256')).toEqual({ name: 'a@sha256' });
  });

  it('keeps plain text that only looks like base64 as it is, and equal to its real encoding', () => {
    // 'abcd' is valid base64, but decodes to bytes that are not text: it stays 'abcd'
    expect(n.base64Text('abcd')).toBe('abcd');
    expect(sameValue(n.base64Text('abcd'), n.base64Text(b64('abcd')))).toBe(true);
    expect(sameValue(n.base64Text('abcd'), n.base64Text(b64('abce')))).toBe(false);
    expect(n.withOwnershipMarker('API')).toBe('API (managed by ado-coolify)');
    expect(n.withOwnershipMarker('API (managed by ado-coolify)')).toBe('API (managed by ado-coolify)');
  });
});

describe('composeDomainList', () => {
  it('compares the manifest list with the JSON text Coolify stores', () => {
    const desired = n.composeDomainList([{ name: 'web', domain: 'https://Shop.example.com/' }, { name: 'api', domain: 'https://api.example.com' }]);
    const live = n.composeDomainList('{"api":{"domain":"https:\\/\\/api.example.com","redirect":"www"},"web":{"domain":"https:\\/\\/shop.example.com"}}');
    expect(desired).toEqual([{ name: 'api', domain: 'https://api.example.com' }, { name: 'web', domain: 'https://shop.example.com' }]);
    expect(live).toEqual(desired);
  });

  it('blank domains and an empty map are unset; text that is no JSON stays as it is', () => {
    expect(n.composeDomainList('{"web":{"domain":""}}')).toBeNull();
    expect(n.composeDomainList(null)).toBeNull();
    expect(n.composeDomainList([])).toBeNull();
    expect(n.composeDomainList('not json')).toBe('not json');
  });
});
