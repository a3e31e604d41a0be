/**
 * The Laravel validation rules the server controllers use (ServersController.php,
 * ServerDockerCleanupController.php, ServerLogDrainsController.php, ServerSentinelController.php),
 * and the S3 storage controller's, each giving Laravel's message for a field, or undefined when
 * the value passes.
 */

/** One rule: the message for a failing value, undefined for a passing one. */
export type Rule = (v: unknown) => string | undefined;

/**
 * Laravel's validator over `rules`: an absent value (undefined, null, '') gives `requiredMessage`
 * when the field is required and passes otherwise; a present one gives the first failing rule's
 * message. Also used by the S3 storage routes.
 */
export function firstRuleErrors(
  body: Record<string, unknown>,
  rules: Record<string, Rule[]>,
  isRequired: (field: string) => boolean,
  requiredMessage: (field: string) => string,
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const [field, checks] of Object.entries(rules)) {
    const v = body[field];
    if (v === undefined || v === null || v === '') {
      if (isRequired(field)) errors[field] = [requiredMessage(field)];
      continue;
    }
    for (const check of checks) {
      const m = check(v);
      if (m) {
        errors[field] = [m];
        break;
      }
    }
  }
  return errors;
}

/** Laravel's `boolean`: true, false, 0, 1, "0", "1". */
export const isBool = (v: unknown): boolean => [true, false, 0, 1, '0', '1'].includes(v as never);

/** A true value of Laravel's `boolean` (`$request->boolean()`). */
export const truthy = (v: unknown): boolean => v === true || v === 1 || v === '1';

const isInt = (v: unknown): boolean => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^-?\d+$/.test(v));

/** `string` */
export const string = (f: string): Rule => (v) => (typeof v === 'string' ? undefined : `The ${f} field must be a string.`);

/** `boolean` */
export const boolean = (f: string): Rule => (v) => (isBool(v) ? undefined : `The ${f} field must be true or false.`);

/** `integer`, with `min`/`max` or `between` */
export const integer = (f: string, min?: number, max?: number): Rule => (v) => {
  if (!isInt(v)) return `The ${f} field must be an integer.`;
  const n = Number(v);
  if (min !== undefined && max !== undefined && (n < min || n > max)) return `The ${f} field must be between ${min} and ${max}.`;
  if (min !== undefined && n < min) return `The ${f} field must be at least ${min}.`;
  if (max !== undefined && n > max) return `The ${f} field must not be greater than ${max}.`;
  return undefined;
};

/** Display names Laravel uses in messages (`private_key_uuid` → `private key uuid`). */
export const label = (f: string): string => f.replace(/_/g, ' ');

/** A 5-field cron expression or one of Coolify's keywords (bootstrap/helpers/shared.php validate_cron_expression). */
export const CRON = /^(?:every_minute|hourly|daily|weekly|monthly|yearly|@(?:hourly|daily|midnight|weekly|monthly|yearly|annually)|[0-9A-Za-z*,/?#-]+(?:[ \t]+[0-9A-Za-z*,/?#-]+){4})$/;
