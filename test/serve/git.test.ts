import { describe, expect, it } from 'vitest';
import { checkBranchName, displayUrl, splitCredentials } from '../../src/serve/git.js';

describe('the git source', () => {
  it.each([
    ['https://user:s3cret@git.example.com/acme/infra.git', 'https://git.example.com/acme/infra.git', { user: 'user', password: 's3cret' }],
    ['https://x-access-token:ghp_abc%2Fdef@github.com/acme/infra', 'https://github.com/acme/infra', { user: 'x-access-token', password: 'ghp_abc/def' }],
    ['https://oauth2@gitlab.example.com/acme/infra.git', 'https://gitlab.example.com/acme/infra.git', { user: 'oauth2' }],
    ['https://github.com/acme/infra.git', 'https://github.com/acme/infra.git', {}],
    ['ssh://git@github.com/acme/infra.git', 'ssh://git@github.com/acme/infra.git', {}],
    ['git@github.com:acme/infra.git', 'git@github.com:acme/infra.git', {}],
    ['/srv/repos/infra', '/srv/repos/infra', {}],
    ['file:///srv/repos/infra', 'file:///srv/repos/infra', {}],
  ])('%s is shown as %s', (repo, bare, creds) => {
    const { bare: b, ...rest } = splitCredentials(repo);
    expect(b).toBe(bare);
    expect(rest).toEqual(creds);
    expect(displayUrl(repo)).toBe(bare);
  });

  it.each(['main', 'release/1.4', 'feature-x'])('accepts the branch %s', (b) => {
    expect(() => checkBranchName(b)).not.toThrow();
  });

  it.each(['', '-upload-pack=x', 'a..b', 'a b', 'x.lock', 'dir/', 'a:b', 'a@{1}'])('refuses the branch %j with ADO010', (b) => {
    expect(() => checkBranchName(b)).toThrow(expect.objectContaining({ code: 'ADO010' }));
  });
});
