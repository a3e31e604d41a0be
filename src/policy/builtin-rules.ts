/**
 * The built-in policy rules (pure data): each is a CEL expression over one resource subject
 * (src/policy/subjects.ts) that is true when the resource violates the rule, switched on by
 * name with a level (`policy: { rules: { pinnedImages: error } }`). Written in the same
 * language as user rules, so they are examples too; docs/policy.md lists them.
 */
import { CODES, type CodeInfo } from '../model/diagnostic-codes.js';

/** One built-in rule. */
export interface BuiltinRule {
  /** The name users switch it on by. */
  name: BuiltinRuleName;
  code: CodeInfo['code'];
  /** CEL: true when `resource` violates the rule (`flags` and `plan` are in scope too). */
  violates: string;
  /** What is wrong, in words (the resource's address is put in front). */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** The names of the built-in rules. */
export type BuiltinRuleName = 'publicDatabase' | 'protectedNeedsBackup' | 'destroyNeedsFlag' | 'pinnedImages' | 'healthCheck' | 'productionLimits';

/** Environments the production rules apply to. */
const PRODUCTION = `resource.environment in ["production", "prod"]`;

/** Every built-in rule, in the order docs/policy.md lists them. */
export const BUILTIN_RULES: readonly BuiltinRule[] = [
  {
    name: 'publicDatabase',
    code: CODES.POLICY_PUBLIC_DATABASE.code,
    violates: `resource.kind == "database" && ${PRODUCTION} && has(resource.spec.public) && resource.spec.public == true`,
    message: 'is a public database in production',
    hint: 'remove `public: true` (reach it through the internal URL, or an SSH tunnel), or switch the rule off for it with a custom rule',
  },
  {
    name: 'protectedNeedsBackup',
    code: CODES.POLICY_PROTECTED_NO_BACKUP.code,
    violates: `resource.kind == "database" && resource.protect && (!has(resource.spec.backups) || size(resource.spec.backups) == 0)`,
    message: 'is a protected database without a backup',
    hint: 'add a backup under `backups:` (e.g. `- { schedule: "0 3 * * *", s3: backups-eu }`)',
  },
  {
    name: 'destroyNeedsFlag',
    code: CODES.POLICY_DESTROY_WITHOUT_FLAG.code,
    violates: `resource.action in ["delete", "replace"] && !flags.allowDestroy`,
    message: 'would be deleted, and --allow-destroy was not given',
    hint: 'review the deletion, then run with --allow-destroy',
  },
  {
    name: 'pinnedImages',
    code: CODES.POLICY_UNPINNED_IMAGE.code,
    violates: `has(resource.spec.image) && (resource.spec.image.endsWith(":latest") || !resource.spec.image.matches("(:[A-Za-z0-9_][A-Za-z0-9_.-]*|@sha256:[a-f0-9]{64})$") || resource.spec.image.matches(":[0-9]+/[^:@]*$"))`,
    message: 'uses an image without a version tag or digest (or `latest`)',
    hint: 'pin the image to a version tag (`nginx:1.27.3`) or a digest (`nginx@sha256:…`)',
  },
  {
    name: 'healthCheck',
    code: CODES.POLICY_NO_HEALTH_CHECK.code,
    violates: `resource.kind == "application" && resource.action != "delete" && !has(resource.spec.healthCheck)`,
    message: 'is an application without a health check',
    hint: 'add `healthCheck: { path: /health }` (or `healthCheck: { enabled: false }` to say it has none on purpose and switch the rule to warning)',
  },
  {
    name: 'productionLimits',
    code: CODES.POLICY_NO_LIMITS.code,
    violates: `resource.kind in ["application", "database"] && resource.action != "delete" && ${PRODUCTION} && !has(resource.spec.limits)`,
    message: 'runs in production without resource limits',
    hint: 'set `limits: { memory: 512M, cpus: 1 }`',
  },
];

/** The names of the built-in rules, for validation and did-you-mean. */
export const BUILTIN_RULE_NAMES: readonly BuiltinRuleName[] = BUILTIN_RULES.map((r) => r.name);
