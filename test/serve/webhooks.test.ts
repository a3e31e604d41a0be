import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { constantTimeEqual, githubVerdict, gitlabVerdict, verifyGithubSignature, verifyGitlabToken } from '../../src/serve/webhooks.js';

const SECRET = 'webhook-secret-4f2a';
const body = (o: unknown): Buffer => Buffer.from(JSON.stringify(o));
const sign = (b: Buffer, secret = SECRET): string => `sha256=${createHmac('sha256', secret).update(b).digest('hex')}`;

describe('webhook verification', () => {
  const push = body({ ref: 'refs/heads/main', after: 'a'.repeat(40) });

  it.each([
    ['the right signature', sign(push), true],
    ['the right signature upper-cased', sign(push).toUpperCase().replace('SHA256=', 'sha256='), true],
    ['a signature under another secret', sign(push, 'other'), false],
    ['a signature of another body', sign(body({ ref: 'refs/heads/main' })), false],
    ['no sha256= prefix', sign(push).slice('sha256='.length), false],
    ['sha1 (X-Hub-Signature)', `sha1=${createHmac('sha1', SECRET).update(push).digest('hex')}`, false],
    ['an empty header', '', false],
    ['no header', undefined, false],
  ])('GitHub: %s → %s', (_what, header, ok) => {
    expect(verifyGithubSignature(push, header, SECRET)).toBe(ok);
  });

  it.each([
    [SECRET, true],
    [`${SECRET} `, false],
    [SECRET.slice(0, -1), false],
    ['', false],
    [undefined, false],
  ])('GitLab token %j → %s', (header, ok) => {
    expect(verifyGitlabToken(header, SECRET)).toBe(ok);
  });

  it('compares equal strings as equal and any difference (length too) as different', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    for (const other of ['abd', 'ab', 'abcd', '', 'ABC']) expect(constantTimeEqual(other, 'abc')).toBe(false);
  });
});

describe('webhook verdicts', () => {
  it.each([
    ['push', { ref: 'refs/heads/main', after: 'b'.repeat(40) }, true],
    ['push', { ref: 'refs/heads/feature', after: 'b'.repeat(40) }, false],
    ['push', { ref: 'refs/tags/main' }, false],
    ['ping', { zen: 'hi' }, false],
    ['pull_request', { ref: 'refs/heads/main' }, false],
    [undefined, { ref: 'refs/heads/main' }, false],
  ])('GitHub %s %j → push %s', (event, payload, isPush) => {
    expect(githubVerdict(event, body(payload), 'main').push).toBe(isPush);
  });

  it('GitHub: the pushed commit is kept only when it looks like a sha', () => {
    expect(githubVerdict('push', body({ ref: 'refs/heads/main', after: 'c'.repeat(40) }), 'main').after).toBe('c'.repeat(40));
    expect(githubVerdict('push', body({ ref: 'refs/heads/main', after: '--upload-pack=x' }), 'main')).toEqual({ push: true, why: 'a push to main' });
  });

  it('a body that is not JSON is no push, with the reason', () => {
    expect(githubVerdict('push', Buffer.from('ref=refs/heads/main'), 'main')).toEqual({ push: false, why: 'the body is not JSON' });
  });

  it.each([
    ['Push Hook', { ref: 'refs/heads/main' }, true],
    ['Push Hook', { ref: 'refs/heads/dev' }, false],
    ['Tag Push Hook', { ref: 'refs/tags/v1' }, false],
    ['Merge Request Hook', { ref: 'refs/heads/main' }, false],
  ])('GitLab %s %j → push %s', (event, payload, isPush) => {
    expect(gitlabVerdict(event, body(payload), 'main').push).toBe(isPush);
  });
});
