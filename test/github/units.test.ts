import { describe, expect, it } from 'vitest';
import { findMarkedComment, nextLink } from '../../src/github/comments.js';
import { capComment, markerFor } from '../../src/github/comment-body.js';
import { readEventContext, prNumberFromPayload } from '../../src/github/event.js';
import { InputError, getInput, parseVarsInput, readActionInputs } from '../../src/github/inputs.js';
import { formatOutput } from '../../src/github/outputs.js';
import { annotation } from '../../src/github/annotations.js';
import { makeRedactor } from '../../src/github/redact.js';

const M = '<!-- ado-coolify-plan -->';

describe('comments helpers', () => {
  it('reads the next page from a Link header', () => {
    expect(nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"')).toBe('https://api.github.com/x?page=2');
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=1>; rel="first"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });

  it('finds the marked comment, preferring the Actions bot over a human quoting the marker', () => {
    const comments = [
      { id: 1, body: `> ${M}\n> quoted`, user: { login: 'alice', type: 'User' } },
      { id: 2, body: `${M}\nby a PAT`, user: { login: 'ci-user', type: 'User' } },
      { id: 3, body: `${M}\nby the bot`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    ];
    expect(findMarkedComment(comments, M)?.id).toBe(3);
    expect(findMarkedComment(comments.slice(0, 2), M)?.id).toBe(2);
    expect(findMarkedComment(comments.slice(0, 1), M)).toBeUndefined();
    expect(findMarkedComment(comments, '<!-- ado-coolify-drift -->')).toBeUndefined();
  });
});

describe('capComment', () => {
  it('leaves short bodies alone and cuts long ones with a note, closing an open fence', () => {
    expect(capComment('short', 100)).toBe('short');
    const long = `${M}\n\`\`\`diff\n${'+ x\n'.repeat(50_000)}\`\`\`\n`;
    const cut = capComment(long);
    expect(cut.length).toBeLessThanOrEqual(65_000);
    expect(cut.startsWith(M)).toBe(true);
    expect(cut).toContain(`comment cut at 65000 characters (it was ${long.length})`);
    expect(cut).toMatch(/\n```\n\n---\n… comment cut/);
  });

  it('never splits a surrogate pair', () => {
    const cut = capComment('😀'.repeat(40_000), 1000);
    expect(cut.length).toBeLessThanOrEqual(1000);
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });
});

describe('markers', () => {
  it('uses the renderer markers for the default manifest and a per-path marker otherwise', () => {
    expect(markerFor('plan', 'ado.coolify.yaml')).toBe(M);
    expect(markerFor('plan', './ado.coolify.yaml')).toBe(M);
    expect(markerFor('drift', 'ado.coolify.yaml')).toBe('<!-- ado-coolify-drift -->');
    expect(markerFor('plan', 'a--b/x>.yaml')).toBe('<!-- ado-coolify-plan: a-b/x_.yaml -->');
  });
});

describe('inputs', () => {
  it('reads hyphenated and underscore names, with defaults', () => {
    expect(getInput({ 'INPUT_WORKING-DIRECTORY': ' infra ' }, 'working-directory')).toBe('infra');
    expect(getInput({ INPUT_WORKING_DIRECTORY: 'infra' }, 'working-directory')).toBe('infra');
    expect(getInput({ INPUT_MANIFEST: '  ' }, 'manifest')).toBeUndefined();
    const i = readActionInputs({ GITHUB_TOKEN: 'tok' });
    expect(i).toMatchObject({ command: 'plan', manifest: 'ado.coolify.yaml', workingDirectory: '.', githubToken: 'tok', failOnChanges: false, commentOnNoChanges: false, comment: true });
    expect(readActionInputs({ 'INPUT_GITHUB-TOKEN': 'a', GITHUB_TOKEN: 'b' }).githubToken).toBe('a');
  });

  it('rejects bad values', () => {
    expect(() => readActionInputs({ 'INPUT_FAIL-ON-CHANGES': 'yes' })).toThrow(InputError);
    expect(() => readActionInputs({ INPUT_PARALLELISM: '0' })).toThrow(/parallelism/);
    expect(() => parseVarsInput('=x')).toThrow(/line 1/);
    expect(parseVarsInput('A=1\r\nB=\n')).toEqual({ A: '1', B: '' });
  });
});

describe('event', () => {
  it('reads the PR number from the payload and defaults the API URL', async () => {
    const ctx = await readEventContext(
      { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: '/e.json', GITHUB_REPOSITORY: 'o/r' },
      async () => JSON.stringify({ pull_request: { number: 12 } }),
    );
    expect(ctx).toEqual({ eventName: 'pull_request_target', repository: 'o/r', apiUrl: 'https://api.github.com', prNumber: 12, isPullRequest: true });
    const ghes = await readEventContext({ GITHUB_EVENT_NAME: 'push', GITHUB_API_URL: 'https://ghe.example.com/api/v3/' }, async () => '{}');
    expect(ghes.apiUrl).toBe('https://ghe.example.com/api/v3');
    expect(ghes.prNumber).toBeUndefined();
    expect(prNumberFromPayload({ number: 'x' })).toBeUndefined();
    const broken = await readEventContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/x' }, async () => 'not json');
    expect(broken.prNumber).toBeUndefined();
  });
});

describe('outputs and annotations', () => {
  it('uses a heredoc and picks another delimiter when the value contains it', () => {
    expect(formatOutput('summary', 'a\nb', () => 'D')).toBe('summary<<D\na\nb\nD\n');
    const out = formatOutput('x', 'evil\nD\ninjected=1', () => 'D');
    expect(out.startsWith('x<<ghadelimiter_')).toBe(true);
    expect(out).toContain('evil\nD\ninjected=1\n');
  });

  it('escapes workflow command data and properties', () => {
    expect(annotation('warning', '50% done\nnext', { file: 'a,b:c.yaml', line: 1, title: 'T' })).toBe('::warning file=a%2Cb%3Ac.yaml,line=1,title=T::50%25 done%0Anext\n');
  });

  it('redacts every secret, longest first', () => {
    const r = makeRedactor(['abcd', 'abcdef', undefined, 'ab']);
    expect(r('x abcdef y abcd z ab')).toBe('x *** y *** z ab');
  });
});
