// Library entry point: re-exports only. Programs that embed ado-coolify (such as ADO's own
// CLI) use loadManifest → plan → apply, with typed events, and the renderers.
export * from './model/address.js';
export * from './model/diagnostic.js';
export * from './model/value.js';
export * from './model/resource.js';
export * from './model/plan.js';
export * from './errors.js';
export type * from './manifest/types.js';

export { loadManifest, type LoadManifestOptions, type LoadedManifest } from './engine/manifest-file.js';
export { plan, preparePlan, computePlan, type PlanOptions, type PlanResult, type PreparedPlan } from './engine/plan-run.js';
export { apply, applyResultExitCode, type ApplyOptions, type ApplyResult } from './engine/apply-run.js';
export type { LockProblem } from './apply/apply-locks.js';
export { ManifestInvalidError } from './engine/manifest-invalid.js';
export { driftOf, hasDrift, parseIgnoreRule, type IgnoreRule } from './engine/drift.js';
export type { ApplyEvent, ApplyEventType } from './model/apply-events.js';
export type { ApplySummary } from './model/apply-summary.js';
export { renderPlanHuman, renderPlanMarkdown, renderPlanJson, parsePlanJson, renderDriftHuman, renderDriftMarkdown, shouldUseColor } from './render/index.js';
export { formatHuman as formatDiagnosticsHuman, formatJson as formatDiagnosticsJson, formatGithub as formatDiagnosticsGithub } from './diagnostics/format.js';
export { createCoolifyClient, type CoolifyClient, type CoolifyClientOptions } from './coolify/client.js';
export { CoolifyApiError, isCoolifyApiError } from './coolify/api-error.js';
export { startSandbox, type Sandbox, type SandboxOptions } from './sandbox/index.js';
export { validateManifestSchema } from './schema/index.js';
