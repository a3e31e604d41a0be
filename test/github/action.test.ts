import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runGithubAction, stepExitCode } from '../../src/github/action.js';
import { PLAN_COMMENT_MARKER, DRIFT_COMMENT_MARKER, renderPlanMarkdown, summaryLine } from '../../src/render/index.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { huge, imageBump, noChanges } from '../render/fixtures/plans.js';
import { API, COOLIFY_TOKEN, GH_TOKEN, PR, REPO, fillerComments, makeHarness, type FakeComments } from './harness.js';

const LIST = `/repos/${REPO}/issues/${PR}/comments`;

function bodyOf(requestBody: unknown): string {
  const parsed = (typeof requestBody === 'string' ? JSON.parse(requestBody) : requestBody) as { body: string };
  return parsed.body;
}

/** Mounts a stateful fake of the issue-comments API (100 per page, Link headers). */
function mountApi(state: FakeComments): void {
  const scope = nock(API, { reqheaders: { authorization: `Bearer ${GH_TOKEN}` } }).persist();
  scope
    .get(LIST)
    .query(true)
    .reply((uri) => {
      const page = Number(new URL(uri, API).searchParams.get('page') ?? '1');
      const last = Math.max(1, Math.ceil(state.comments.length / 100));
      const headers: Record<string, string> =
        page < last ? { link: `<${API}${LIST}?per_page=100&page=${page + 1}>; rel="next", <${API}${LIST}?per_page=100&page=${last}>; rel="last"` } : {};
      return [200, state.comments.slice((page - 1) * 100, page * 100), headers];
    });
  scope.post(LIST).reply((_uri, requestBody) => {
    state.posts += 1;
    const c = { id: 9000 + state.posts, body: bodyOf(requestBody), user: { login: 'github-actions[bot]', type: 'Bot' } };
    state.comments.push(c);
    return [201, c];
  });
  scope.patch(/^\/repos\/acme\/infra\/issues\/comments\/\d+$/).reply((uri, requestBody) => {
    const id = Number(uri.split('/').pop());
    const c = state.comments.find((x) => x.id === id);
    if (!c) return [404, { message: 'Not Found' }];
    c.body = bodyOf(requestBody);
    state.patches.push({ id, body: c.body });
    return [200, c];
  });
}

const newState = (filler = 0): FakeComments => ({ comments: fillerComments(filler), posts: 0, patches: [] });

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('runGithubAction: the PR comment', () => {
  it('creates the comment once, then updates it in place across pushes (comments on 2 pages)', async () => {
    const state = newState(150);
    mountApi(state);

    const first = makeHarness();
    expect(await runGithubAction(first.deps({ exitCode: 2, plan: imageBump(), planPath: `${first.dir}/ado-coolify-plan.json`, log: 'plan output\n' }))).toBe(0);
    expect(state.posts).toBe(1);
    expect(state.patches).toHaveLength(0);
    const created = state.comments.find((c) => c.id === 9001);
    expect(created?.body.startsWith(PLAN_COMMENT_MARKER)).toBe(true);

    // second push: a different plan; the comment is on page 2 (position 151)
    const second = makeHarness();
    const p2 = imageBump();
    p2.summary.change += 1;
    expect(await runGithubAction(second.deps({ exitCode: 2, plan: p2, log: '' }))).toBe(0);
    // third push, same again
    const third = makeHarness();
    expect(await runGithubAction(third.deps({ exitCode: 2, plan: p2, log: '' }))).toBe(0);

    expect(state.posts).toBe(1);
    expect(state.patches.map((p) => p.id)).toEqual([9001, 9001]);
    expect(state.comments.filter((c) => c.body.includes(PLAN_COMMENT_MARKER))).toHaveLength(1);
    expect(state.comments.find((c) => c.id === 9001)?.body).toBe(renderPlanMarkdown(p2, { marker: PLAN_COMMENT_MARKER, title: 'ado-coolify plan' }));
    expect(second.stdout()).toContain('Updated the plan comment on #7 (comment 9001)');
  });

  it('does not create a comment when there are no changes, but updates an existing one to "No changes"', async () => {
    const state = newState(3);
    mountApi(state);
    const h = makeHarness();
    expect(await runGithubAction(h.deps({ exitCode: 0, plan: noChanges(), log: '' }))).toBe(0);
    expect(state.posts).toBe(0);
    expect(h.stdout()).toContain('nothing posted');

    // a stale plan comment exists: it is replaced by "No changes"
    state.comments.push({ id: 555, body: `${PLAN_COMMENT_MARKER}\nold plan: 3 to add`, user: { login: 'github-actions[bot]', type: 'Bot' } });
    const h2 = makeHarness();
    expect(await runGithubAction(h2.deps({ exitCode: 0, plan: noChanges(), log: '' }))).toBe(0);
    expect(state.posts).toBe(0);
    expect(state.patches).toHaveLength(1);
    expect(state.patches[0]?.id).toBe(555);
    expect(state.patches[0]?.body).toContain('No changes');
    expect(state.patches[0]?.body).not.toContain('old plan');
  });

  it('creates a no-changes comment when comment-on-no-changes is true', async () => {
    const state = newState();
    mountApi(state);
    const h = makeHarness({ 'INPUT_COMMENT-ON-NO-CHANGES': 'true' });
    await runGithubAction(h.deps({ exitCode: 0, plan: noChanges(), log: '' }));
    expect(state.posts).toBe(1);
    expect(state.comments[0]?.body).toContain('No changes');
  });

  it('keeps a huge plan under 65,000 characters with a truncation note', async () => {
    const state = newState();
    mountApi(state);
    const h = makeHarness();
    await runGithubAction(h.deps({ exitCode: 2, plan: huge(2000), log: '' }));
    const body = state.comments[0]?.body ?? '';
    expect(body.length).toBeGreaterThan(10_000);
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body).toContain('output truncated');
  });

  it('turns a 403 into a warning naming the permission, without failing the step', async () => {
    nock(API).get(LIST).query(true).reply(403, { message: 'Resource not accessible by integration' });
    const h = makeHarness();
    const code = await runGithubAction(h.deps({ exitCode: 2, plan: imageBump(), log: '' }));
    expect(code).toBe(0);
    const out = h.stdout();
    expect(out).toMatch(/^::warning title=ado-coolify%3A PR comment::Cannot comment on the pull request: GitHub API GET \/repos\/acme\/infra\/issues\/7\/comments answered 403: Resource not accessible by integration\./m);
    expect(out).toContain('pull-requests: write');
    expect(h.outputs()).toContain('has-changes<<EOF_TEST\ntrue\nEOF_TEST\n');
  });

  it('turns a 404 on POST into a warning too', async () => {
    nock(API).get(LIST).query(true).reply(200, []);
    nock(API).post(LIST).reply(404, { message: 'Not Found' });
    const h = makeHarness();
    expect(await runGithubAction(h.deps({ exitCode: 2, plan: imageBump(), log: '' }))).toBe(0);
    expect(h.stdout()).toMatch(/::warning .*answered 404.*pull-requests: write/);
  });

  it('does not call GitHub outside pull requests, nor for apply', async () => {
    // no interceptors: any request would fail and show up as a warning
    const push = makeHarness({ GITHUB_EVENT_NAME: 'push' });
    expect(await runGithubAction(push.deps({ exitCode: 2, plan: imageBump(), log: '' }))).toBe(0);
    const apply = makeHarness({ INPUT_COMMAND: 'apply' });
    expect(await runGithubAction(apply.deps({ exitCode: 0, plan: imageBump(), log: '' }))).toBe(0);
    expect(push.stdout() + apply.stdout()).not.toContain('Cannot comment');
    expect(push.stdout() + apply.stdout()).not.toContain('plan comment');
    expect(apply.summary()).toContain('Apply finished');
  });

  it('uses the drift marker for drift and a per-manifest marker for other manifests', async () => {
    const state = newState();
    mountApi(state);
    await runGithubAction(makeHarness({ INPUT_COMMAND: 'drift' }).deps({ exitCode: 2, plan: imageBump(), log: '' }));
    await runGithubAction(makeHarness({ INPUT_MANIFEST: 'stg.yaml', 'INPUT_WORKING-DIRECTORY': 'infra' }).deps({ exitCode: 2, plan: imageBump(), log: '' }));
    expect(state.posts).toBe(2);
    expect(state.comments[0]?.body.startsWith(DRIFT_COMMENT_MARKER)).toBe(true);
    expect(state.comments[1]?.body.startsWith('<!-- ado-coolify-plan: infra/stg.yaml -->')).toBe(true);
  });
});

describe('runGithubAction: outputs, summary, annotations, exit codes', () => {
  it('writes the outputs in exact heredoc format and appends the step summary', async () => {
    const h = makeHarness({ GITHUB_EVENT_NAME: 'push' });
    const plan = imageBump();
    const planPath = `${h.dir}/ado-coolify-plan.json`;
    await runGithubAction(h.deps({ exitCode: 2, plan, planPath, log: '' }));
    expect(summaryLine(plan.summary)).toBe('Plan: 0 to add, 5 to change, 0 to destroy, 5 to redeploy.');
    expect(h.outputs()).toBe(
      'has-changes<<EOF_TEST\ntrue\nEOF_TEST\n' +
        'exitcode<<EOF_TEST\n2\nEOF_TEST\n' +
        `plan-json<<EOF_TEST\n${planPath}\nEOF_TEST\n` +
        'summary<<EOF_TEST\nPlan: 0 to add, 5 to change, 0 to destroy, 5 to redeploy.\nEOF_TEST\n',
    );
    expect(h.summary()).toBe(`${renderPlanMarkdown(plan, { marker: PLAN_COMMENT_MARKER, title: 'ado-coolify plan' })}\n`);
    expect(h.calls[0]?.options.planPath).toBe(`${h.dir}/ado-coolify-plan.json`);
  });

  it('passes inputs to the runner (paths joined with working-directory)', async () => {
    const h = makeHarness({
      GITHUB_EVENT_NAME: 'push',
      'INPUT_WORKING-DIRECTORY': 'deploy',
      INPUT_MANIFEST: 'app.yaml',
      INPUT_SECRETS_FILE: '.secrets.env',
      INPUT_VARS: 'VERSION=1.5.0\n# comment\n\nTAG = a=b\n',
      INPUT_PARALLELISM: '4',
      INPUT_TIMEOUT: '20m',
    });
    await runGithubAction(h.deps({ exitCode: 0, plan: noChanges(), log: '' }));
    expect(h.calls[0]?.command).toBe('plan');
    expect(h.calls[0]?.options).toMatchObject({
      manifest: 'deploy/app.yaml',
      secretsFile: 'deploy/.secrets.env',
      vars: { VERSION: '1.5.0', TAG: 'a=b' },
      parallelism: 4,
      timeout: '20m',
    });
  });

  it('emits ::error annotations for manifest diagnostics and comments them on the PR', async () => {
    const state = newState();
    mountApi(state);
    const diagnostics: Diagnostic[] = [
      { severity: 'error', code: 'ADO102', message: 'unknown key `helthCheck`', hint: 'did you mean `healthCheck`?', source: { file: 'ado.coolify.yaml', line: 12, col: 11 } },
      { severity: 'warning', code: 'ADO301', message: 'no domains, line1\nline2' },
    ];
    const h = makeHarness();
    const code = await runGithubAction(h.deps({ exitCode: 1, diagnostics, log: '' }));
    expect(code).toBe(1);
    const out = h.stdout();
    expect(out).toContain('::error file=ado.coolify.yaml,line=12,col=11,title=ADO102::unknown key `helthCheck` (hint: did you mean `healthCheck`?)\n');
    expect(out).toContain('::warning file=ado.coolify.yaml,title=ADO301::no domains, line1%0Aline2\n');
    expect(state.posts).toBe(1);
    expect(state.comments[0]?.body).toContain('is not valid');
    expect(state.comments[0]?.body).toContain('ADO102');
    expect(h.outputs()).toContain('summary<<EOF_TEST\nado-coolify plan failed: the manifest has 1 error.\nEOF_TEST\n');
    expect(h.outputs()).toContain('has-changes<<EOF_TEST\nfalse\nEOF_TEST\n');
  });

  it('replaces a stale plan comment when the command fails without a plan', async () => {
    const state = newState();
    state.comments.push({ id: 42, body: `${PLAN_COMMENT_MARKER}\nPlan: 1 to add`, user: { login: 'github-actions[bot]', type: 'Bot' } });
    mountApi(state);
    const h = makeHarness();
    expect(await runGithubAction(h.deps(() => { throw new Error('connect ECONNREFUSED'); }))).toBe(1);
    expect(state.patches[0]?.body).toContain('failed');
    expect(h.stdout()).toContain('error: connect ECONNREFUSED');
  });

  it('fails on changes only with fail-on-changes; passes errors and partial applies through', async () => {
    const h = makeHarness({ GITHUB_EVENT_NAME: 'push', 'INPUT_FAIL-ON-CHANGES': 'true' });
    expect(await runGithubAction(h.deps({ exitCode: 2, plan: imageBump(), log: '' }))).toBe(2);
    expect(h.stdout()).toContain('(fail-on-changes is true)');
    const ok = makeHarness({ GITHUB_EVENT_NAME: 'push', INPUT_FAIL_ON_CHANGES: 'true' });
    expect(await runGithubAction(ok.deps({ exitCode: 0, plan: noChanges(), log: '' }))).toBe(0);
    const partial = makeHarness({ GITHUB_EVENT_NAME: 'push', INPUT_COMMAND: 'apply' });
    expect(await runGithubAction(partial.deps({ exitCode: 3, plan: imageBump(), log: '' }))).toBe(3);
    expect(partial.summary()).toContain('Partial apply');
    expect(partial.outputs()).toContain('summary<<EOF_TEST\nPartial apply (exit code 3).');
    expect(stepExitCode({ command: 'drift', failOnChanges: false }, 2, true)).toBe(0);
    expect(stepExitCode({ command: 'drift', failOnChanges: true }, 2, true)).toBe(2);
    expect(stepExitCode({ command: 'plan', failOnChanges: true }, 1, false)).toBe(1);
    expect(stepExitCode({ command: 'apply', failOnChanges: true }, 0, true)).toBe(0);
    // A policy violation fails the step with its own code, whatever fail-on-changes says.
    expect(stepExitCode({ command: 'plan', failOnChanges: false }, 4, true)).toBe(4);
    const policy = makeHarness({ GITHUB_EVENT_NAME: 'push', INPUT_COMMAND: 'plan' });
    expect(await runGithubAction(policy.deps({ exitCode: 4, plan: imageBump(), log: '' }))).toBe(4);
    expect(policy.outputs()).toContain('summary<<EOF_TEST\nPolicy violated (exit code 4): nothing was applied.');
  });

  it('rejects a bad input with an ::error annotation and exit 1, running nothing', async () => {
    const h = makeHarness({ INPUT_COMMAND: 'destroy' });
    expect(await runGithubAction(h.deps({ exitCode: 0, log: '' }))).toBe(1);
    expect(h.calls).toHaveLength(0);
    expect(h.stdout()).toContain('::error title=ado-coolify%3A bad input::input command must be one of plan, apply, drift, got "destroy"');
  });

  it('never writes the tokens to the log, summary, outputs or comment', async () => {
    const state = newState();
    mountApi(state);
    const h = makeHarness();
    const plan = imageBump();
    plan.coolify.url = `https://coolify.example.com/?leak=${COOLIFY_TOKEN}`;
    await runGithubAction(h.deps({ exitCode: 2, plan, log: `debug: token=${GH_TOKEN} coolify=${COOLIFY_TOKEN}\n` }));
    // and a failing GitHub call
    nock.cleanAll();
    nock(API).get(LIST).query(true).reply(403, { message: `bad credentials ${GH_TOKEN}` });
    const h2 = makeHarness();
    await runGithubAction(h2.deps({ exitCode: 2, plan, log: '' }));
    for (const text of [h.stdout(), h.summary(), h.outputs(), h2.stdout(), h2.summary(), ...state.comments.map((c) => c.body)]) {
      expect(text).not.toContain(GH_TOKEN);
      expect(text).not.toContain(COOLIFY_TOKEN);
    }
    expect(h.stdout()).toContain('token=***');
    expect(state.posts).toBe(1);
  });
});
