/**
 * A small stand-in for Laravel's validator as Coolify's Git App controllers use it
 * (`customApiValidator`, bootstrap/helpers/shared.php:2417-2426): every rule of a field runs
 * (no `bail`), a missing `required` field answers "This field is required." and stops there,
 * an absent field is skipped, and a `nullable` one that is null is skipped.
 */

/** One rule: the message for `field` holding `value`, or undefined when it passes. */
export type Check = (field: string, value: unknown) => string | undefined;

/** The rules of one field. */
export interface FieldRules {
  required?: boolean;
  nullable?: boolean;
  checks: readonly Check[];
}

/** The error bag (field → messages) of `body` under `rules`; empty when it passes. */
export function laravelErrors(body: Readonly<Record<string, unknown>>, rules: Readonly<Record<string, FieldRules>>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const [field, rule] of Object.entries(rules)) {
    // ConvertEmptyStringsToNull: '' arrives as null.
    const value = body[field] === '' ? null : body[field];
    if (rule.required === true && (value === undefined || value === null)) {
      errors[field] = ['This field is required.'];
      continue;
    }
    if (!(field in body) || (value === null && rule.nullable === true)) continue;
    const messages = rule.checks.map((c) => c(field, value)).filter((m): m is string => m !== undefined);
    if (messages.length > 0) errors[field] = messages;
  }
  return errors;
}
