/** Test harness for the Action: temp files for the event, outputs and summary; a fake runner. */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionDeps, RunCommandOptions, RunCommandResult } from '../../src/github/action.js';
import type { ActionCommand } from '../../src/github/inputs.js';

export const GH_TOKEN = 'ghs_TESTTOKEN_do_not_print_123';
export const COOLIFY_TOKEN = '7|coolify-secret-token-abc';
export const API = 'https://api.github.com';
export const REPO = 'acme/infra';
export const PR = 7;

/** A prepared run: files, env and captured log. */
export interface Harness {
  dir: string;
  env: Record<string, string | undefined>;
  log: string[];
  calls: Array<{ command: ActionCommand; options: RunCommandOptions }>;
  deps: (result: RunCommandResult | (() => RunCommandResult)) => ActionDeps;
  outputs: () => string;
  summary: () => string;
  stdout: () => string;
}

/** Creates a harness for a pull_request event (override env to change it). */
export function makeHarness(env: Record<string, string | undefined> = {}): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'ado-gh-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ number: PR, pull_request: { number: PR } }));
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  const h: Harness = {
    dir,
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: REPO,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: dir,
      'INPUT_GITHUB-TOKEN': GH_TOKEN,
      COOLIFY_TOKEN,
      INPUT_COMMAND: 'plan',
      ...env,
    },
    log: [],
    calls: [],
    deps: (result) => ({
      env: h.env,
      runCommand: async (command, options) => {
        h.calls.push({ command, options });
        return typeof result === 'function' ? result() : result;
      },
      fetch,
      writeFile: (p, d) => writeFile(p, d),
      appendFile: (p, d) => appendFile(p, d),
      readFile: (p) => readFile(p, 'utf8'),
      stdout: (t) => void h.log.push(t),
      makeDelimiter: () => 'EOF_TEST',
    }),
    outputs: () => readFileSync(join(dir, 'output'), 'utf8'),
    summary: () => (existsSync(join(dir, 'summary')) ? readFileSync(join(dir, 'summary'), 'utf8') : ''),
    stdout: () => h.log.join(''),
  };
  return h;
}

/** A fake issue-comments API over nock-free state, for the reply functions. */
export interface FakeComments {
  comments: Array<{ id: number; body: string; user: { login: string; type: string } }>;
  posts: number;
  patches: Array<{ id: number; body: string }>;
}

/** `count` comments by people, none with a marker. */
export function fillerComments(count: number): FakeComments['comments'] {
  return Array.from({ length: count }, (_, i) => ({ id: 1000 + i, body: `looks good ${i}`, user: { login: `dev${i}`, type: 'User' } }));
}
