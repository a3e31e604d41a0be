/**
 * Coolify's nameRules() / descriptionRules() and the HasSafeStringAttribute mutators, as the
 * sandbox applies them (Coolify 4.3.11). Messages are Coolify's own
 * (ValidationPatterns::nameMessages() / descriptionMessages(), app/Support/ValidationPatterns.php:458-475).
 */
import { validationFailed } from '../api-error.js';
import { DESCRIPTION_PATTERN, NAME_PATTERN, stripTags } from '../../validate/coolify-patterns.js';

/** Laravel's errors bag: field → messages, in rule order. */
export type ErrorBag = Record<string, string[]>;

const NAME_REGEX_MESSAGE = 'The name may only contain letters (including Unicode), numbers, spaces, and these characters: - _ . / @ & ( ) # , : +';
const DESCRIPTION_REGEX_MESSAGE =
  "The description may only contain letters (including Unicode), numbers, spaces, and common punctuation: - _ . , ! ? ( ) ' \" + = * / @ &";

function push(errors: ErrorBag, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

/**
 * nameRules(required) (ValidationPatterns.php:418-433): required|nullable, string, min:3,
 * max:255, regex NAME_PATTERN. Laravel runs every rule (no `bail`), so a short name with a
 * bad character gets both messages.
 */
export function nameRuleErrors(body: Record<string, unknown>, errors: ErrorBag, required: boolean): void {
  const has = Object.prototype.hasOwnProperty.call(body, 'name');
  const v = body.name;
  if (!has || v === null || v === '') {
    // 'required' fails on a missing, null or empty value; 'nullable' skips the other rules.
    if (required) push(errors, 'name', 'The name field is required.');
    return;
  }
  if (typeof v !== 'string') {
    push(errors, 'name', 'The name field must be a string.');
    return;
  }
  if ([...v].length < 3) push(errors, 'name', 'The name must be at least 3 characters.');
  if ([...v].length > 255) push(errors, 'name', 'The name may not be greater than 255 characters.');
  if (!NAME_PATTERN.test(v)) push(errors, 'name', NAME_REGEX_MESSAGE);
}

/** descriptionRules() (ValidationPatterns.php:438-453): nullable, string, max:255, regex DESCRIPTION_PATTERN. */
export function descriptionRuleErrors(body: Record<string, unknown>, errors: ErrorBag): void {
  const v = body.description;
  if (v === undefined || v === null || v === '') return;
  if (typeof v !== 'string') {
    push(errors, 'description', 'The description field must be a string.');
    return;
  }
  if ([...v].length > 255) push(errors, 'description', 'The description may not be greater than 255 characters.');
  if (!DESCRIPTION_PATTERN.test(v)) push(errors, 'description', DESCRIPTION_REGEX_MESSAGE);
}

/** Throws Coolify's 422 `{"message":"Validation failed.","errors":{…}}` when the bag is not empty. */
export function throwIfErrors(errors: ErrorBag): void {
  if (Object.keys(errors).length > 0) throw validationFailed(errors);
}

/** What `HasSafeStringAttribute::setNameAttribute` stores for a project name (app/Traits/HasSafeStringAttribute.php:10-14). */
export function storedName(name: string): string {
  return stripTags(name);
}

/**
 * What `setDescriptionAttribute` stores (app/Traits/HasSafeStringAttribute.php:21-24):
 * `strip_tags(null)` is `""`, so a null or omitted description is stored as `""`
 * (checked against Coolify 4.3.11).
 */
export function storedDescription(description: unknown): string {
  return typeof description === 'string' ? stripTags(description) : '';
}
