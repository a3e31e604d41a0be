// Plan and drift renderers: pure functions from PlanJson to text.
export { shouldUseColor } from './color.js';
export { renderPlanHuman, type HumanOptions } from './human.js';
export { renderPlanMarkdown, PLAN_COMMENT_MARKER, type MarkdownOptions } from './markdown.js';
export { DEFAULT_MAX_CHARS } from './markdown-cap.js';
export { renderPlanJson, parsePlanJson, PlanFileError } from './json.js';
export { renderDriftHuman, renderDriftMarkdown, DRIFT_COMMENT_MARKER, driftSummaryLine } from './drift.js';
export { displayAction, planHasChanges, summaryLine, ACTION_SYMBOL, type DisplayAction } from './actions.js';
export { SENSITIVE_TEXT, SENSITIVE_CHANGED_TEXT, UNVERIFIABLE_TEXT } from './values.js';
