/**
 * Answer shapes: the keys and value types of a JSON answer, not its values (uuids, ids and
 * timestamps differ between targets). Array shapes are the union of their items' shapes.
 */

/** A JSON shape: a type name, an array of one item shape, or an object of key shapes. */
export type Shape = string | { array: Shape | null } | { object: Record<string, Shape> };

/** The shape of a JSON value. */
export function shapeOf(value: unknown): Shape {
  if (value === null) return 'null';
  if (Array.isArray(value)) return { array: value.reduce<Shape | null>((acc, item) => (acc === null ? shapeOf(item) : merge(acc, shapeOf(item))), null) };
  if (typeof value === 'object') {
    const out: Record<string, Shape> = {};
    for (const k of Object.keys(value as object).sort()) out[k] = shapeOf((value as Record<string, unknown>)[k]);
    return { object: out };
  }
  return typeof value;
}

function merge(a: Shape, b: Shape): Shape {
  if (typeof a === 'object' && typeof b === 'object' && 'object' in a && 'object' in b) {
    const out: Record<string, Shape> = { ...a.object };
    for (const [k, v] of Object.entries(b.object)) out[k] = k in out ? merge(out[k]!, v) : v;
    return { object: out };
  }
  if (typeof a === 'object' && typeof b === 'object' && 'array' in a && 'array' in b) {
    return { array: a.array === null ? b.array : b.array === null ? a.array : merge(a.array, b.array) };
  }
  const names = new Set([...render(a).split('|'), ...render(b).split('|')]);
  return [...names].sort().join('|');
}

/** A short text of a shape (`string`, `object`, `array`). */
function render(s: Shape): string {
  if (typeof s === 'string') return s;
  return 'array' in s ? 'array' : 'object';
}

/** Every difference between two shapes, one line each (`only in A: x.y (string)`). */
export function shapeDiff(a: Shape, b: Shape, path = '$'): string[] {
  if (typeof a === 'string' || typeof b === 'string') {
    return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${path}: ${render(a)} vs ${render(b)}`];
  }
  if ('array' in a && 'array' in b) {
    if (a.array === null || b.array === null) return a.array === b.array ? [] : [`${path}: ${a.array === null ? 'empty array' : 'array'} vs ${b.array === null ? 'empty array' : 'array'}`];
    return shapeDiff(a.array, b.array, `${path}[]`);
  }
  if ('object' in a && 'object' in b) {
    const out: string[] = [];
    for (const k of new Set([...Object.keys(a.object), ...Object.keys(b.object)])) {
      const x = a.object[k];
      const y = b.object[k];
      if (x === undefined) out.push(`only in B: ${path}.${k} (${render(y!)})`);
      else if (y === undefined) out.push(`only in A: ${path}.${k} (${render(x)})`);
      else out.push(...shapeDiff(x, y, `${path}.${k}`));
    }
    return out;
  }
  return [`${path}: ${render(a)} vs ${render(b)}`];
}

/** The value at a dotted path (`environments.0.name`; `''` is the value itself). */
export function pick(value: unknown, path: string): unknown {
  if (path === '') return value;
  let cur: unknown = value;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}
