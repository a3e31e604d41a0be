/**
 * Policy configuration (pure): the `policy:` section of the manifest and `--policy FILE` have
 * one shape — `rules` switches built-in rules on by name with a level, `custom` adds rules
 * written in CEL (https://cel.dev). This module checks a document of that shape and merges
 * several (the file after the manifest: its levels win, its custom rules are added).
 */
import { makeDiagnostic } from '../diagnostics/make.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { CODES } from '../model/diagnostic-codes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import { BUILTIN_RULE_NAMES, type BuiltinRuleName } from './builtin-rules.js';

/** How a rule's violation is reported: `error` blocks the plan, `warning` informs, `off` skips it. */
export type PolicyLevel = 'error' | 'warning' | 'off';

const LEVELS: readonly PolicyLevel[] = ['error', 'warning', 'off'];

/** A user-written rule: `expression` (CEL) must hold for every resource, else `message`. */
export interface CustomRule {
  name: string;
  level: Exclude<PolicyLevel, 'off'>;
  /** CEL over `resource`, `flags` and `plan`; true when the resource complies. */
  expression: string;
  message: string;
  hint?: string;
  /** Where the rule was written, for its diagnostics. */
  source?: SourceLocation;
  /** `manifest` or the policy file's path. */
  origin: string;
}

/** A checked policy: the level of each built-in rule switched on, and the custom rules. */
export interface PolicyConfig {
  rules: Partial<Record<BuiltinRuleName, Exclude<PolicyLevel, 'off'>>>;
  custom: CustomRule[];
  /** Where each built-in rule's level was set, for its violations' hints. */
  origins: Partial<Record<BuiltinRuleName, string>>;
}

/** One policy document to check: its data, where it comes from, and how to locate a path in it. */
export interface PolicySource {
  data: unknown;
  /** `manifest` or the file's path. */
  origin: string;
  locate(path: ReadonlyArray<string | number>): SourceLocation | undefined;
}

/** An empty policy: nothing switched on. */
export function emptyPolicy(): PolicyConfig {
  return { rules: {}, custom: [], origins: {} };
}

/** True when the policy checks anything. */
export function policyIsActive(p: PolicyConfig): boolean {
  return Object.keys(p.rules).length > 0 || p.custom.length > 0;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks the policy documents in order and merges them into one. Every problem is an ADO808
 * diagnostic located in its document; the rules that were fine are kept.
 */
export function readPolicies(sources: readonly PolicySource[]): { policy: PolicyConfig; diagnostics: Diagnostic[] } {
  const policy = emptyPolicy();
  const diagnostics: Diagnostic[] = [];
  for (const src of sources) readOne(src, policy, diagnostics);
  return { policy, diagnostics };
}

function readOne(src: PolicySource, policy: PolicyConfig, diagnostics: Diagnostic[]): void {
  const problem = (path: ReadonlyArray<string | number>, message: string, hint?: string): void => {
    const source = src.locate(path) ?? src.locate([]);
    diagnostics.push(makeDiagnostic(CODES.POLICY_INVALID, `${src.origin === 'manifest' ? 'policy' : src.origin}${path.length ? `: ${path.join('.')}` : ''}: ${message}`, {
      ...(hint !== undefined ? { hint } : {}),
      ...(source !== undefined ? { source } : {}),
    }));
  };
  if (src.data === undefined || src.data === null) return;
  if (!isObject(src.data)) return problem([], 'must be a mapping with `rules` and/or `custom`', 'e.g. `rules: { pinnedImages: error }`');
  for (const key of Object.keys(src.data)) {
    if (key !== 'rules' && key !== 'custom') problem([key], `unknown key \`${key}\``, didYouMean(key, ['rules', 'custom']) ?? 'a policy has `rules` and `custom`');
  }
  const rules = src.data['rules'];
  if (rules !== undefined && !isObject(rules)) problem(['rules'], 'must map rule names to error, warning or off');
  for (const [name, level] of isObject(rules) ? Object.entries(rules) : []) {
    if (!(BUILTIN_RULE_NAMES as readonly string[]).includes(name)) {
      problem(['rules', name], `unknown rule \`${name}\``, didYouMean(name, BUILTIN_RULE_NAMES) ?? `the built-in rules are ${BUILTIN_RULE_NAMES.join(', ')}`);
      continue;
    }
    if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) {
      problem(['rules', name], `level must be error, warning or off, not ${JSON.stringify(level)}`);
      continue;
    }
    const rule = name as BuiltinRuleName;
    if (level === 'off') {
      delete policy.rules[rule];
      delete policy.origins[rule];
    } else {
      policy.rules[rule] = level as Exclude<PolicyLevel, 'off'>;
      policy.origins[rule] = src.origin;
    }
  }
  const custom = src.data['custom'];
  if (custom !== undefined && !Array.isArray(custom)) problem(['custom'], 'must be a list of rules `{ name, expression, message, level? }`');
  for (const [i, raw] of (Array.isArray(custom) ? custom : []).entries()) {
    if (!isObject(raw)) {
      problem(['custom', i], 'must be a mapping `{ name, expression, message, level? }`');
      continue;
    }
    for (const key of Object.keys(raw)) {
      if (!['name', 'expression', 'message', 'level', 'hint'].includes(key)) problem(['custom', i, key], `unknown key \`${key}\``, didYouMean(key, ['name', 'expression', 'message', 'level', 'hint']) ?? 'a custom rule has name, expression, message, level and hint');
    }
    const { name, expression, message, level = 'error', hint } = raw;
    // In the manifest, `${…}` is resolved before the policy is read: a rule must not hold one
    // (a secret would be inlined); `$${` writes the text `${`.
    for (const [key, value] of Object.entries({ name, expression, message, hint })) {
      if (value !== null && typeof value === 'object') problem(['custom', i, key], 'holds a `${…}` expression, which the manifest resolves before the policy runs', 'write `$${` for the text `${` (e.g. to compare with `$${secrets.TOKEN}`)');
    }
    const templated = [name, expression, message, hint].some((v) => v !== null && typeof v === 'object');
    if (templated) continue;
    if (typeof name !== 'string' || name.trim() === '') problem(['custom', i, 'name'], 'needs a name (a non-empty string)');
    if (typeof expression !== 'string' || expression.trim() === '') problem(['custom', i, 'expression'], 'needs an expression (CEL that is true when the resource complies)');
    if (typeof message !== 'string' || message.trim() === '') problem(['custom', i, 'message'], 'needs a message (what is wrong, in words)');
    if (level !== 'error' && level !== 'warning' && level !== 'off') problem(['custom', i, 'level'], `level must be error, warning or off, not ${JSON.stringify(level)}`);
    if (hint !== undefined && typeof hint !== 'string') problem(['custom', i, 'hint'], 'must be a string');
    if (typeof name !== 'string' || typeof expression !== 'string' || typeof message !== 'string' || !name.trim() || !expression.trim() || !message.trim()) continue;
    if (level !== 'error' && level !== 'warning') continue;
    const source = src.locate(['custom', i, 'expression']);
    policy.custom.push({
      name,
      level,
      expression,
      message,
      ...(typeof hint === 'string' ? { hint } : {}),
      ...(source !== undefined ? { source } : {}),
      origin: src.origin,
    });
  }
}
