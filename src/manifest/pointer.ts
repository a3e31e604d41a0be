/**
 * JSON pointers (RFC 6901) as used for manifest paths in diagnostics and source maps,
 * e.g. `/projects/ado/environments/production/applications/api/env/DATABASE_URL`.
 */

/** Escapes one pointer segment (`~` → `~0`, `/` → `~1`). */
export function escapeSegment(segment: string): string {
  // most segments hold neither: no new string for them (pointers are built per field)
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Unescapes one pointer segment. */
export function unescapeSegment(segment: string): string {
  if (!segment.includes('~')) return segment;
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Appends segments to a pointer: `joinPointer('/a', 'b', 0)` is `/a/b/0`. */
export function joinPointer(base: string, ...segments: Array<string | number>): string {
  let out = base;
  for (const s of segments) out += '/' + escapeSegment(String(s));
  return out;
}

/** Splits a pointer into unescaped segments; `''` (the root) gives `[]`. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  const segments = pointer.slice(1).split('/');
  if (pointer.includes('~')) for (let i = 0; i < segments.length; i++) segments[i] = unescapeSegment(segments[i] as string);
  return segments;
}

/** The pointer of the parent container; the root is its own parent. */
export function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

/** Reads the value at a pointer in a plain JS document; undefined when absent. */
export function getAtPointer(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const seg of splitPointer(pointer)) {
    if (Array.isArray(cur)) {
      if (!/^\d+$/.test(seg)) return undefined;
      cur = cur[Number(seg)];
    } else if (cur !== null && typeof cur === 'object') {
      if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
      cur = (cur as Record<string, unknown>)[seg];
    } else {
      return undefined;
    }
  }
  return cur;
}

/** A dotted, human-readable form of a pointer relative to `base`: `env.DATABASE_URL`. */
export function pointerLabel(pointer: string, base = ''): string {
  const rel = pointer.startsWith(base) ? pointer.slice(base.length) : pointer;
  return splitPointer(rel)
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}
