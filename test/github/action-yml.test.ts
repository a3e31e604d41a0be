import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readActionInputs } from '../../src/github/inputs.js';

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Array<{ id?: string; shell?: string; run: string; env?: Record<string, string> }> };
}

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as ActionYml;
const runText = JSON.stringify(action.runs);

describe('action.yml', () => {
  it('is a composite action with a name, description and branding', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.name).toBe('ado-coolify');
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  it('declares exactly the documented inputs, each described and used', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(
      ['command', 'comment-on-no-changes', 'coolify-token', 'coolify-url', 'fail-on-changes', 'fail-on-unmanaged', 'github-token', 'manifest', 'parallelism', 'policy', 'prune', 'rollback-on-failure', 'secrets-file', 'timeout', 'vars', 'working-directory'].sort(),
    );
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toMatch(/\S{3}/);
      expect(runText, `input ${name} is not used`).toContain(`inputs.${name} `.trimEnd());
      expect(runText).toMatch(new RegExp(`\\$\\{\\{ inputs\\.${name}( |\\|)`));
    }
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
    expect(action.inputs.command?.default).toBe('plan');
    expect(action.inputs.manifest?.default).toBe('ado.coolify.yaml');
  });

  it('declares the four outputs, each described and wired to the run step', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(['exitcode', 'has-changes', 'plan-json', 'summary']);
    const run = action.runs.steps.find((s) => s.id === 'run');
    expect(run).toBeDefined();
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.description, name).toMatch(/\S{3}/);
      expect(output.value).toBe(`\${{ steps.run.outputs.${name} }}`);
    }
  });

  it('passes the token as an environment variable, never on a command line', () => {
    const run = action.runs.steps.find((s) => s.id === 'run')!;
    expect(run.env?.COOLIFY_TOKEN).toContain('inputs.coolify-token');
    for (const step of action.runs.steps) {
      expect(step.run).not.toMatch(/token/i);
      expect(step.shell).toBe('bash');
    }
    expect(run.run).toBe('node "$GITHUB_ACTION_PATH/bin/ado-coolify.js" ci github');
    expect(action.runs.steps[0]?.run).toContain('cd "$GITHUB_ACTION_PATH"');
    expect(action.runs.steps[0]?.run).toContain('npm run build');
  });

  it('maps every CLI-read input to an INPUT_ variable the CLI understands', () => {
    const env = action.runs.steps.find((s) => s.id === 'run')!.env ?? {};
    const sample: Record<string, string> = {
      command: 'drift', manifest: 'm.yaml', 'working-directory': 'infra', vars: 'A=1', 'secrets-file': 's.env', 'github-token': 'tok',
      'fail-on-changes': 'true', 'comment-on-no-changes': 'true', parallelism: '3', timeout: '5m', prune: 'true', policy: 'policy.yaml', 'fail-on-unmanaged': 'true',
      'rollback-on-failure': 'true',
    };
    const fakeEnv: Record<string, string> = {};
    for (const [key, value] of Object.entries(env)) {
      const m = /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(value);
      if (m?.[1] && sample[m[1]] !== undefined) fakeEnv[key] = sample[m[1]]!;
    }
    expect(Object.keys(fakeEnv)).toHaveLength(Object.keys(sample).length);
    expect(readActionInputs(fakeEnv)).toEqual({
      command: 'drift', manifest: 'm.yaml', workingDirectory: 'infra', vars: { A: '1' }, secretsFile: 's.env', githubToken: 'tok',
      failOnChanges: true, commentOnNoChanges: true, comment: true, parallelism: 3, timeout: '5m', prune: true, policy: 'policy.yaml', failOnUnmanaged: true,
      rollbackOnFailure: true,
    });
  });
});

describe('the README documents the Action (ux-audit p8)', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## CI and GitOps'));
  it.each(Object.keys(action.inputs))('names the input %s', (input) => {
    expect(section).toContain(`\`${input}\``);
  });
  it.each(Object.keys(action.outputs))('names the output %s', (output) => {
    expect(section).toContain(`\`${output}\``);
  });
});
