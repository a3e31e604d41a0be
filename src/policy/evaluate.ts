/**
 * Policy checks (pure): runs the switched-on built-in rules and the custom rules over every
 * subject of a plan (src/policy/subjects.ts) and gives their violations as located
 * diagnostics — `error` ones block the plan (exit code 4), `warning` ones inform.
 *
 * Rules are CEL (Common Expression Language, @marcbachmann/cel-js): not Turing complete, so
 * every rule terminates; side-effect free; the language of Kubernetes admission policies.
 * Each expression sees `resource` (the subject), `flags` (`allowDestroy`, `prune`) and `plan`
 * (`summary`, `coolifyVersion`, `targets`).
 */
import { Environment } from '@marcbachmann/cel-js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { CODES } from '../model/diagnostic-codes.js';
import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import type { PlanJson } from '../model/plan.js';
import type { SourceLocation } from '../model/source.js';
import { BUILTIN_RULES } from './builtin-rules.js';
import type { PolicyConfig } from './config.js';
import { policySubjects, type PolicySubject } from './subjects.js';

/** Everything the checks read. */
export interface PolicyInput {
  policy: PolicyConfig;
  plan: Pick<PlanJson, 'resourceChanges' | 'summary' | 'coolify' | 'targets'>;
  /** The resolved manifest document (its applications, databases and services). */
  manifest: unknown;
  flags: { allowDestroy: boolean; prune: boolean };
  /** Position of a manifest JSON pointer (a subject's entry). */
  locate(pointer: string): SourceLocation | undefined;
}

/** One rule ready to run: a compiled CEL program and how to report it. */
interface CompiledRule {
  name: string;
  code: DiagnosticCode;
  severity: 'error' | 'warning';
  /** True when the value the program gives means the resource violates the rule. */
  violated(value: unknown): boolean;
  run: (context: Record<string, unknown>) => unknown;
  message: string;
  hint?: string;
  /** Where the rule is written (custom rules). */
  source?: SourceLocation;
}

/** The CEL environment of policy rules; limits keep a hostile expression small. */
function celEnvironment(): Environment {
  return new Environment({ limits: { maxAstNodes: 2000, maxDepth: 60, maxListElements: 200, maxMapEntries: 200, maxCallArguments: 16 } })
    .registerVariable('resource', 'map')
    .registerVariable('flags', 'map')
    .registerVariable('plan', 'map');
}

/** The first line of a CEL error, which says what is wrong without the source excerpt. */
function celProblem(err: unknown): string {
  const summary = (err as { summary?: unknown }).summary;
  return typeof summary === 'string' ? summary : String((err as Error).message ?? err).split('\n')[0]!;
}

function compile(env: Environment, policy: PolicyConfig, diagnostics: Diagnostic[]): CompiledRule[] {
  const rules: CompiledRule[] = [];
  for (const rule of BUILTIN_RULES) {
    const level = policy.rules[rule.name];
    if (level === undefined) continue;
    rules.push({
      name: rule.name,
      code: rule.code,
      severity: level,
      violated: (v) => v === true,
      run: env.parse(rule.violates),
      message: rule.message,
      hint: rule.hint,
    });
  }
  for (const rule of policy.custom) {
    let program: ReturnType<Environment['parse']>;
    try {
      program = env.parse(rule.expression);
      const checked = program.check();
      if (!checked.valid) throw checked.error ?? new Error('the expression does not type-check');
      if (checked.type !== undefined && checked.type !== 'bool' && checked.type !== 'dyn') throw new Error(`the expression gives ${checked.type}, not a bool`);
    } catch (err) {
      diagnostics.push(makeDiagnostic(CODES.POLICY_INVALID, `custom rule ${rule.name} (${rule.origin}): the expression cannot be used: ${celProblem(err)}`, {
        hint: 'write a CEL expression over `resource`, `flags` and `plan` that is true when the resource complies, e.g. `resource.kind != "application" || has(resource.spec.healthCheck)`',
        ...(rule.source !== undefined ? { source: rule.source } : {}),
      }));
      continue;
    }
    rules.push({
      name: rule.name,
      code: CODES.POLICY_CUSTOM.code,
      severity: rule.level,
      violated: (v) => v === false,
      run: program,
      message: rule.message,
      ...(rule.hint !== undefined ? { hint: rule.hint } : {}),
      ...(rule.source !== undefined ? { source: rule.source } : {}),
    });
  }
  return rules;
}

/**
 * The problems of the custom rules' expressions alone (ADO808: does not parse, not a boolean),
 * without a plan: what `validate` can say offline.
 */
export function checkPolicyExpressions(policy: PolicyConfig): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  compile(celEnvironment(), policy, diagnostics);
  return diagnostics;
}

/** Runs the policy over the plan: its violations, and the problems of rules that could not run. */
export function checkPolicy(input: PolicyInput): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const rules = compile(celEnvironment(), input.policy, diagnostics);
  if (rules.length === 0) return diagnostics;
  const subjects = policySubjects(input.manifest, input.plan);
  const plan = { summary: input.plan.summary, coolifyVersion: input.plan.coolify.version, targets: input.plan.targets };
  const failedRules = new Set<string>();
  for (const rule of rules) {
    for (const subject of subjects) {
      let value: unknown;
      try {
        value = rule.run({ resource: subject, flags: input.flags, plan });
      } catch (err) {
        if (failedRules.has(rule.name)) continue;
        failedRules.add(rule.name);
        diagnostics.push(makeDiagnostic(CODES.POLICY_INVALID, `rule ${rule.name} failed on ${subject.address}: ${celProblem(err)}`, {
          hint: 'guard optional fields with has(), e.g. `!has(resource.spec.replicas) || resource.spec.replicas <= 5`',
          address: subject.address,
          ...(rule.source !== undefined ? { source: rule.source } : {}),
        }));
        continue;
      }
      if (typeof value !== 'boolean') {
        if (failedRules.has(rule.name)) continue;
        failedRules.add(rule.name);
        diagnostics.push(makeDiagnostic(CODES.POLICY_INVALID, `rule ${rule.name} gave ${typeof value}, not true or false, on ${subject.address}`, {
          hint: 'the expression must be true when the resource complies',
          address: subject.address,
          ...(rule.source !== undefined ? { source: rule.source } : {}),
        }));
        continue;
      }
      if (rule.violated(value)) diagnostics.push(violation(rule, subject, input));
    }
  }
  return diagnostics;
}

function violation(rule: CompiledRule, subject: PolicySubject, input: PolicyInput): Diagnostic {
  const source = subject.pointer !== undefined ? input.locate(subject.pointer) : undefined;
  return {
    severity: rule.severity,
    code: rule.code,
    message: `${subject.address} ${rule.message} (policy rule ${rule.name})`,
    ...(rule.hint !== undefined ? { hint: rule.hint } : {}),
    ...(source !== undefined ? { source } : {}),
    address: subject.address,
  };
}
