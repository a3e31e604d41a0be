/**
 * Schedule validation for backups, scheduled tasks and storage backups: a 5-field cron
 * expression (lists, ranges, steps, month and weekday names) or one of Coolify's keywords.
 */

/** Coolify's schedule keywords and the cron macros it accepts. */
export const SCHEDULE_KEYWORDS: readonly string[] = [
  'every_minute',
  'hourly',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  '@hourly',
  '@daily',
  '@weekly',
  '@monthly',
  '@yearly',
  '@annually',
];

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const FIELDS: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day-of-week', min: 0, max: 7, names: DAYS },
];

function parseValue(text: string, field: FieldSpec): number | string {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n < field.min || n > field.max) return `${field.name} value \`${text}\` is outside ${field.min}–${field.max}`;
    return n;
  }
  const idx = field.names?.indexOf(text.toLowerCase()) ?? -1;
  if (idx >= 0) return field.name === 'month' ? idx + 1 : idx;
  return `${field.name} value \`${text}\` is not a number${field.names ? ' or a name' : ''}`;
}

function checkField(text: string, field: FieldSpec): string | undefined {
  for (const item of text.split(',')) {
    if (item === '') return `empty item in ${field.name} field \`${text}\``;
    const [range, step, extra] = item.split('/');
    if (extra !== undefined) return `${field.name} field \`${item}\` has more than one \`/\``;
    if (step !== undefined) {
      if (!/^\d+$/.test(step) || Number(step) === 0) return `${field.name} step \`${step}\` must be a positive number`;
      if (Number(step) > field.max) return `${field.name} step \`${step}\` is larger than ${field.max}`;
    }
    if (range === undefined || range === '') return `${field.name} field \`${item}\` is malformed`;
    if (range === '*') continue;
    const bounds = range.split('-');
    if (bounds.length > 2) return `${field.name} range \`${range}\` is malformed`;
    const values: number[] = [];
    for (const b of bounds) {
      const v = parseValue(b, field);
      if (typeof v === 'string') return v;
      values.push(v);
    }
    if (values.length === 2 && values[0]! > values[1]!) return `${field.name} range \`${range}\` goes backwards`;
  }
  return undefined;
}

/** Checks a schedule; returns a message saying what is wrong, or undefined when it is valid. */
export function checkSchedule(schedule: string): string | undefined {
  const s = schedule.trim();
  if (SCHEDULE_KEYWORDS.includes(s)) return undefined;
  if (s.startsWith('@') || /^[a-z_]+$/i.test(s)) return `\`${s}\` is not a known schedule keyword`;
  const fields = s.split(/\s+/);
  if (fields.length !== 5) return `a cron expression needs 5 fields (minute hour day month weekday), \`${s}\` has ${fields.length}`;
  for (let i = 0; i < 5; i++) {
    const problem = checkField(fields[i]!, FIELDS[i]!);
    if (problem) return problem;
  }
  return undefined;
}
