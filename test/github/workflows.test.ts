import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step { uses?: string; run?: string; with?: Record<string, string>; if?: string; env?: Record<string, string> }
interface Job { 'runs-on': string; steps: Step[]; if?: string; concurrency?: unknown }
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const dir = new URL('../../examples/github/', import.meta.url);
const read = (name: string): { text: string; wf: Workflow } => {
  const text = readFileSync(new URL(name, dir), 'utf8');
  return { text, wf: parse(text) as Workflow };
};
const steps = (wf: Workflow): Step[] => Object.values(wf.jobs).flatMap((j) => j.steps);
const actionStep = (wf: Workflow): Step | undefined => steps(wf).find((s) => s.uses?.includes('ado-coolify@'));

describe('example GitHub workflows', () => {
  it('are the four documented files, each commented at the top with permissions', () => {
    expect(readdirSync(dir).sort()).toEqual(['apply-on-merge.yml', 'nightly-drift.yml', 'pr-plan.yml', 'previews.yml']);
    for (const file of readdirSync(dir)) {
      const { text, wf } = read(file);
      expect(text.startsWith('# ado-coolify:'), file).toBe(true);
      expect(text.split('\n').slice(0, 20).join('\n'), file).toMatch(/# Permissions:/);
      expect(Object.keys(wf.jobs).length, file).toBeGreaterThan(0);
      expect(wf.permissions.contents, file).toBe('read');
      for (const job of Object.values(wf.jobs)) expect(job['runs-on'], file).toBe('ubuntu-latest');
      // the token comes from a secret, never a literal
      expect(text).not.toMatch(/coolify-token: (?!\$\{\{ secrets\.)/);
    }
  });

  it('pr-plan: plans on pull_request and may comment', () => {
    const { wf } = read('pr-plan.yml');
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.permissions['pull-requests']).toBe('write');
    expect(actionStep(wf)?.with?.command).toBe('plan');
    expect(actionStep(wf)?.with?.['coolify-token']).toBe('${{ secrets.COOLIFY_TOKEN }}');
  });

  it('apply-on-merge: applies on push to main, one at a time, never cancelled', () => {
    const { wf } = read('apply-on-merge.yml');
    expect((wf.on.push as { branches: string[] }).branches).toEqual(['main']);
    expect(wf.concurrency).toEqual({ group: 'coolify-apply-${{ github.ref }}', 'cancel-in-progress': false });
    expect(actionStep(wf)?.with?.command).toBe('apply');
    expect(wf.permissions['pull-requests']).toBeUndefined();
  });

  it('nightly-drift: scheduled, runs drift, opens or updates a coolify-drift issue, closes nothing', () => {
    const { wf } = read('nightly-drift.yml');
    expect((wf.on.schedule as Array<{ cron: string }>)[0]?.cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    expect(wf.permissions.issues).toBe('write');
    expect(actionStep(wf)?.with?.command).toBe('drift');
    const issue = steps(wf).find((s) => s.run?.includes('gh issue'));
    expect(issue?.if).toBe("steps.drift.outputs.has-changes == 'true'");
    expect(issue?.run).toContain('--label coolify-drift');
    expect(issue?.run).toContain('gh issue edit');
    expect(issue?.run).toContain('gh issue create');
    expect(issue?.run).not.toContain('gh issue close');
  });

  it('previews: deploys on open/synchronize and destroys on close through the CLI', () => {
    const { wf } = read('previews.yml');
    expect((wf.on.pull_request as { types: string[] }).types).toEqual(expect.arrayContaining(['opened', 'synchronize', 'closed']));
    const runs = steps(wf).map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('previews deploy --app dashboard --pr ${{ github.event.number }}');
    expect(runs).toContain('previews destroy --app dashboard --pr ${{ github.event.number }}');
    expect(wf.jobs.deploy?.if).toBe("github.event.action != 'closed'");
    expect(wf.jobs.destroy?.if).toBe("github.event.action == 'closed'");
  });
});

describe('example GitLab pipeline', () => {
  const text = readFileSync(new URL('../../examples/gitlab/.gitlab-ci.yml', import.meta.url), 'utf8');
  const ci = parse(text) as Record<string, { script?: string[]; rules?: Array<{ if: string }>; resource_group?: string }> & { variables: Record<string, string> };

  it('plans on merge requests and posts one note found by the marker', () => {
    const plan = ci['coolify-plan'];
    expect(plan?.rules?.[0]?.if).toContain('merge_request_event');
    const script = plan?.script?.join('\n') ?? '';
    expect(script).toContain('ado-coolify plan');
    expect(script).toContain('--format markdown');
    expect(script).toContain('merge_requests/$CI_MERGE_REQUEST_IID/notes');
    expect(script).toContain('-X PUT');
    expect(ci.variables.MARKER).toBe('<!-- ado-coolify-plan -->');
  });

  it('applies on the default branch under a resource_group, and runs drift on schedules', () => {
    expect(ci['coolify-apply']?.rules?.[0]?.if).toContain('$CI_DEFAULT_BRANCH');
    expect(ci['coolify-apply']?.resource_group).toMatch(/^coolify-apply/);
    expect(ci['coolify-apply']?.script?.join('\n')).toContain('ado-coolify apply -f "$MANIFEST" --auto-approve');
    expect(ci['coolify-drift']?.rules?.[0]?.if).toBe('$CI_PIPELINE_SOURCE == "schedule"');
    expect(ci['coolify-drift']?.script?.join('\n')).toContain('ado-coolify drift');
  });
});
