/**
 * Helpers to walk the run-time schema skeleton (the dereferenced schema without documentation
 * keywords, exported by the generated `compiled-validator.ts`).
 */

/** A JSON Schema node as plain JSON: an object schema or a boolean schema. */
export type SchemaNode = { readonly [keyword: string]: unknown } | boolean;

/** An object schema node (not a boolean schema). */
export type SchemaObject = { readonly [keyword: string]: unknown };

/** True for plain (non-array) objects. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits a JSON pointer (`/a/b~1c`) into unescaped segments (`['a', 'b/c']`). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/' || pointer === '#') return [];
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return body
    .split('/')
    .slice(1)
    .map((segment) => {
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // not URI-encoded: keep as is
      }
      return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

/** Escapes one key for use as a JSON pointer segment. */
export function escapePointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Follows JSON pointer segments through a schema node; undefined when a step is missing. */
export function schemaAt(root: unknown, segments: readonly string[]): unknown {
  let node: unknown = root;
  for (const segment of segments) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isRecord(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** True for a schema that forbids any value: `false`, or `{ not: {} }` (our "key not allowed here" rule). */
export function isForbidden(node: unknown): boolean {
  if (node === false) return true;
  return isRecord(node) && isRecord(node.not) && Object.keys(node.not).length === 0;
}
