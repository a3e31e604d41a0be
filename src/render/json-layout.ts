/**
 * The text layout of a JSON document written for people and for `diff` (a saved plan):
 * nested objects and arrays indented by two spaces, but an object or array that holds only
 * scalars (and lists of scalars) written on one line. A dependency edge, a step, a no-op
 * resource change or a field change of plain values is then one line: the file stays
 * line-diffable while the indentation no longer costs as much as the content (a saved plan of
 * 5,000 converged resources was a quarter whitespace). Pure.
 */

/** A scalar, or a list of scalars. */
function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** True when the value is written on one line: a scalar, or a container of scalars and lists of scalars. */
function isFlat(value: unknown): boolean {
  if (isScalar(value)) return true;
  const members = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  return members.every((m) => isScalar(m) || (Array.isArray(m) && m.every(isScalar)));
}

/**
 * `value` (plain JSON data, key order as given, no undefined) as text: two-space indent,
 * flat containers (see `isFlat`) on one line without spaces, as `JSON.stringify(v)` writes them.
 */
export function layoutJson(value: unknown): string {
  const parts: string[] = [];
  write(value, '', parts);
  return parts.join('');
}

function write(value: unknown, indent: string, out: string[]): void {
  if (isFlat(value)) {
    out.push(JSON.stringify(value));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    out.push('[\n');
    value.forEach((item, i) => {
      out.push(inner);
      write(item, inner, out);
      out.push(i < value.length - 1 ? ',\n' : '\n');
    });
    out.push(`${indent}]`);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  out.push('{\n');
  entries.forEach(([key, item], i) => {
    out.push(`${inner}${JSON.stringify(key)}: `);
    write(item, inner, out);
    out.push(i < entries.length - 1 ? ',\n' : '\n');
  });
  out.push(`${indent}}`);
}
