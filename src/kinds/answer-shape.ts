import { AdoError } from '../errors.js';
import type { WireRecord } from './raw-client.js';

/** A field type the state reader relies on. */
type FieldType = 'string' | 'number';

/** Raised when Coolify answers with data of an unexpected shape (never a crash further down). */
export class UnexpectedAnswerError extends AdoError {
  constructor(what: string, problem: string) {
    super('COOLIFY_UNEXPECTED_ANSWER', `Coolify's answer to ${what} is not what ado-coolify expects: ${problem}`, {
      hint: 'check that COOLIFY_URL points at a Coolify v4 API (or a proxy that passes it through unchanged); if it does, please report this with your Coolify version',
    });
  }
}

/**
 * Checks that an answer is a list of records whose `required` fields have the given types,
 * and returns it typed. Extra fields and null optional fields are fine.
 */
export function expectRecords(value: unknown, what: string, required: Record<string, FieldType> = { uuid: 'string', name: 'string' }): WireRecord[] {
  if (!Array.isArray(value)) throw new UnexpectedAnswerError(what, `expected a list, got ${describe(value)}`);
  value.forEach((item, i) => expectRecordShape(item, `${what} (item ${i})`, required));
  return value as WireRecord[];
}

/** Checks one record the same way. */
export function expectRecord(value: unknown, what: string, required: Record<string, FieldType> = { uuid: 'string', name: 'string' }): WireRecord {
  expectRecordShape(value, what, required);
  return value as WireRecord;
}

function expectRecordShape(value: unknown, what: string, required: Record<string, FieldType>): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UnexpectedAnswerError(what, `expected an object, got ${describe(value)}`);
  }
  for (const [field, type] of Object.entries(required)) {
    const v = (value as Record<string, unknown>)[field];
    if (typeof v !== type) throw new UnexpectedAnswerError(what, `\`${field}\` should be a ${type}, got ${describe(v)}`);
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** The version answer must be text that looks like a version. */
export function expectVersion(value: unknown): string {
  if (typeof value !== 'string' || !/^\s*v?\d+\.\d+/.test(value)) {
    throw new UnexpectedAnswerError('GET /version', `expected a version such as 4.3.11, got ${typeof value === 'string' ? `"${value.slice(0, 40)}"` : describe(value)}`);
  }
  return value;
}

/** An env-var (or shared-variable) list: records with a string `key`. */
export function expectEnvRecords(value: unknown, what: string): WireRecord[] {
  return expectRecords(value, what, { key: 'string' });
}

/** Placed records (applications, databases, services): named, with the id of their environment. */
export const PLACED_SHAPE = { uuid: 'string', name: 'string', environment_id: 'number' } as const;
