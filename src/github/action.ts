/**
 * The GitHub Action: reads the inputs, runs plan/apply/drift through an injected runner, then
 * reports the result the GitHub way: one PR comment updated in place, the step summary,
 * annotations for manifest diagnostics and step outputs. All I/O is injected so it can be
 * tested without a runner, a Coolify or GitHub.
 */
import { posix } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { PlanJson } from '../model/plan.js';
import { driftSummaryLine, planHasChanges, renderDriftMarkdown, renderPlanMarkdown, summaryLine } from '../render/index.js';
import { annotation, diagnosticAnnotations } from './annotations.js';
import { applyOutcome, capComment, failedBody, invalidManifestBody, markerFor } from './comment-body.js';
import { GitHubApiError, upsertComment, type UpsertOutcome } from './comments.js';
import { readEventContext, type EventContext } from './event.js';
import { InputError, readActionInputs, type ActionCommand, type ActionInputs } from './inputs.js';
import { formatOutputs } from './outputs.js';
import { terminalBlock } from '../render/sanitize.js';
import { makeRedactor } from './redact.js';

/** What the runner is asked to do. */
export interface RunCommandOptions {
  /** Manifest path relative to the process's working directory (working-directory joined in). */
  manifest: string;
  /** The `working-directory` input, for resolving other relative paths. */
  workingDirectory: string;
  vars: Record<string, string>;
  /** Relative to the process's working directory, like `manifest`. */
  secretsFile?: string;
  parallelism?: number;
  /** As written, e.g. `15m`. */
  timeout?: string;
  /** plan/apply: `--prune`. */
  prune?: boolean;
  /** apply: `--rollback-on-failure`. */
  rollbackOnFailure?: boolean;
  /** drift: unmanaged resources and env keys count as drift (`--fail-on-unmanaged`). */
  failOnUnmanaged?: boolean;
  /** plan/apply: `--policy` file, relative to the process's working directory. */
  policyFile?: string;
  /** Where to save the plan JSON. */
  planPath: string;
  env: Record<string, string | undefined>;
}

/** What the runner reports back. */
export interface RunCommandResult {
  /** 0 ok / no changes, 1 error, 2 changes present, 3 partial apply. */
  exitCode: number;
  plan?: PlanJson;
  /** Manifest diagnostics when there is no plan (invalid manifest). */
  diagnostics?: Diagnostic[];
  /** Set when the plan JSON was saved. */
  planPath?: string;
  /** Human-readable output for the job log. */
  log: string;
}

/** The Action's injected I/O. */
export interface ActionDeps {
  env: Record<string, string | undefined>;
  runCommand: (command: ActionCommand, options: RunCommandOptions) => Promise<RunCommandResult>;
  fetch?: typeof fetch;
  /** Reserved for runners that write files themselves (the plan JSON is saved by `runCommand`). */
  writeFile?: (path: string, data: string) => Promise<void>;
  appendFile: (path: string, data: string) => Promise<void>;
  readFile: (path: string) => Promise<string>;
  /** The job log (default: process.stdout). Everything written is redacted. */
  stdout?: (text: string) => void;
  /** Heredoc delimiters of outputs (tests pin it). */
  makeDelimiter?: () => string;
}

const PERMISSION_HINT =
  'Give the job `permissions: { pull-requests: write }` (and `contents: read`). ' +
  'Pull requests from forks get a read-only token: use pull_request_target with care, or skip commenting for forks.';

/** Runs the Action; returns the exit code for the step. */
export async function runGithubAction(deps: ActionDeps): Promise<number> {
  const env = deps.env;
  const redact = makeRedactor([
    env['INPUT_GITHUB-TOKEN'],
    env.INPUT_GITHUB_TOKEN,
    env.GITHUB_TOKEN,
    env.COOLIFY_TOKEN,
    env['INPUT_COOLIFY-TOKEN'],
    env.INPUT_COOLIFY_TOKEN,
  ]);
  const rawOut = deps.stdout ?? ((t: string) => void process.stdout.write(t));
  const out = (text: string): void => rawOut(redact(text));

  let inputs: ActionInputs;
  try {
    inputs = readActionInputs(env);
  } catch (err) {
    if (err instanceof InputError) {
      out(annotation('error', err.message, { title: 'ado-coolify: bad input' }));
      return 1;
    }
    throw err;
  }
  const ctx = await readEventContext(env, deps.readFile);
  const manifestPath = joinPath(inputs.workingDirectory, inputs.manifest);
  const planPath = posix.join((env.RUNNER_TEMP?.trim() || '.').replace(/\\/g, '/'), 'ado-coolify-plan.json');

  let result: RunCommandResult;
  try {
    result = await deps.runCommand(inputs.command, {
      manifest: manifestPath,
      workingDirectory: inputs.workingDirectory,
      vars: inputs.vars,
      secretsFile: inputs.secretsFile === undefined ? undefined : joinPath(inputs.workingDirectory, inputs.secretsFile),
      parallelism: inputs.parallelism,
      timeout: inputs.timeout,
      prune: inputs.prune,
      rollbackOnFailure: inputs.rollbackOnFailure,
      failOnUnmanaged: inputs.failOnUnmanaged,
      ...(inputs.policy !== undefined ? { policyFile: joinPath(inputs.workingDirectory, inputs.policy) } : {}),
      planPath,
      env,
    });
  } catch (err) {
    result = { exitCode: 1, log: `error: ${terminalBlock(err instanceof Error ? err.message : String(err))}\n` };
  }
  if (result.log) out(result.log.endsWith('\n') ? result.log : `${result.log}\n`);

  const plan = result.plan;
  const diagnostics = result.diagnostics ?? plan?.diagnostics ?? [];
  if (diagnostics.length > 0) out(diagnosticAnnotations(diagnostics, manifestPath));

  const hasChanges = plan !== undefined && planHasChanges(plan);
  const marker = markerFor(inputs.command, manifestPath);
  const markdown = redact(buildMarkdown(inputs.command, marker, manifestPath, result));

  if (env.GITHUB_STEP_SUMMARY) {
    await deps.appendFile(env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
  }

  if (inputs.comment && ctx.isPullRequest && inputs.command !== 'apply') {
    const createIfMissing = result.exitCode === 1 || result.exitCode === 4 || hasChanges || inputs.commentOnNoChanges;
    await commentOnPr(ctx, inputs, marker, capComment(markdown), createIfMissing, deps.fetch ?? fetch, out);
  }

  const summary = redact(oneLineSummary(inputs.command, result));
  if (env.GITHUB_OUTPUT) {
    const outputs: Array<[string, string]> = [
      ['has-changes', String(hasChanges)],
      ['exitcode', String(result.exitCode)],
      ['plan-json', result.planPath ?? ''],
      ['summary', summary],
    ];
    await deps.appendFile(env.GITHUB_OUTPUT, redact(formatOutputs(outputs, deps.makeDelimiter)));
  }

  const code = stepExitCode(inputs, result.exitCode, hasChanges);
  if (code === 2) {
    out(annotation('error', `${summary} (fail-on-changes is true)`, { title: `ado-coolify ${inputs.command}: changes present` }));
  }
  return code;
}

/**
 * The step's exit code: changes (2) count as success unless `fail-on-changes: true`;
 * errors (1), partial applies (3) and policy violations (4) pass through.
 */
export function stepExitCode(inputs: Pick<ActionInputs, 'command' | 'failOnChanges'>, exitCode: number, hasChanges: boolean): number {
  if (exitCode === 1 || exitCode === 3 || exitCode === 4) return exitCode;
  if (inputs.command !== 'apply' && (exitCode === 2 || hasChanges)) return inputs.failOnChanges ? 2 : 0;
  return exitCode === 2 ? 0 : exitCode;
}

/** The one-line summary output. */
export function oneLineSummary(command: ActionCommand, result: RunCommandResult): string {
  const plan = result.plan;
  if (!plan) {
    const errors = (result.diagnostics ?? []).filter((d) => d.severity === 'error').length;
    return errors > 0
      ? `ado-coolify ${command} failed: the manifest has ${errors} ${errors === 1 ? 'error' : 'errors'}.`
      : `ado-coolify ${command} failed (exit code ${result.exitCode}).`;
  }
  if (command === 'drift') return driftSummaryLine(plan);
  const line = planHasChanges(plan) ? summaryLine(plan.summary) : 'No changes. Coolify matches the manifest.';
  if (result.exitCode === 4) return `Policy violated (exit code 4): nothing was applied. ${line}`;
  if (command !== 'apply') return line;
  if (result.exitCode === 0) return planHasChanges(plan) ? `Applied. ${line}` : line;
  return result.exitCode === 3 ? `Partial apply (exit code 3). ${line}` : `Apply failed (exit code ${result.exitCode}). ${line}`;
}

function buildMarkdown(command: ActionCommand, marker: string, manifestPath: string, result: RunCommandResult): string {
  const plan = result.plan;
  if (!plan) {
    if (result.diagnostics && result.diagnostics.length > 0) return invalidManifestBody(marker, command, manifestPath, result.diagnostics);
    return failedBody(marker, command, result.exitCode);
  }
  const title = `ado-coolify ${command}${marker.includes(':') ? ` · ${manifestPath}` : ''}`;
  if (command === 'drift') return renderDriftMarkdown(plan, { marker, title });
  const md = renderPlanMarkdown(plan, { marker, title });
  return command === 'apply' ? md + applyOutcome(result.exitCode) : md;
}

async function commentOnPr(
  ctx: EventContext,
  inputs: ActionInputs,
  marker: string,
  body: string,
  createIfMissing: boolean,
  fetchImpl: typeof fetch,
  out: (text: string) => void,
): Promise<void> {
  const title = 'ado-coolify: PR comment';
  if (ctx.prNumber === undefined || ctx.repository === undefined) {
    out(annotation('warning', 'Cannot comment on the pull request: no PR number or repository in the event payload.', { title }));
    return;
  }
  if (!inputs.githubToken) {
    out(annotation('warning', 'Cannot comment on the pull request: no GitHub token (input github-token or GITHUB_TOKEN).', { title }));
    return;
  }
  let outcome: UpsertOutcome;
  try {
    outcome = await upsertComment(
      { apiUrl: ctx.apiUrl, repository: ctx.repository, prNumber: ctx.prNumber, token: inputs.githubToken, fetch: fetchImpl },
      marker,
      body,
      { createIfMissing },
    );
  } catch (err) {
    out(annotation('warning', describeCommentError(err), { title }));
    return;
  }
  if (outcome.action === 'skipped') out(`No changes and no earlier plan comment on #${ctx.prNumber}: nothing posted.\n`);
  else out(`${outcome.action === 'created' ? 'Posted' : 'Updated'} the plan comment on #${ctx.prNumber} (comment ${outcome.id}).\n`);
}

/** A warning that names the permission to add, for 403/404; the step is not failed for it. */
export function describeCommentError(err: unknown): string {
  if (err instanceof GitHubApiError) {
    if (err.status === 401) return `Cannot comment on the pull request: ${err.message}. The GitHub token is invalid or expired.`;
    if (err.status === 403 || err.status === 404) {
      return `Cannot comment on the pull request: ${err.message}. The token lacks permission. ${PERMISSION_HINT}`;
    }
    return `Cannot comment on the pull request: ${err.message}.`;
  }
  return `Cannot comment on the pull request: ${err instanceof Error ? err.message : String(err)}.`;
}

function joinPath(dir: string, file: string): string {
  const f = file.replace(/\\/g, '/');
  if (f.startsWith('/') || /^[A-Za-z]:\//.test(f)) return f;
  return posix.normalize(posix.join(dir.replace(/\\/g, '/'), f));
}
