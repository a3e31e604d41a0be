// The GitHub Action's logic: inputs, event context, PR comments, annotations and outputs.
export { runGithubAction, stepExitCode, oneLineSummary, describeCommentError } from './action.js';
export type { ActionDeps, RunCommandOptions, RunCommandResult } from './action.js';
export { readActionInputs, getInput, parseVarsInput, InputError, type ActionInputs, type ActionCommand } from './inputs.js';
export { readEventContext, prNumberFromPayload, type EventContext } from './event.js';
export { listComments, findMarkedComment, createComment, updateComment, upsertComment, nextLink, GitHubApiError } from './comments.js';
export type { IssueComment, GitHubTarget, UpsertOutcome } from './comments.js';
export { annotation, diagnosticAnnotations } from './annotations.js';
export { formatOutput, formatOutputs } from './outputs.js';
export { markerFor, capComment, COMMENT_MAX_CHARS } from './comment-body.js';
