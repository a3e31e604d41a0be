/**
 * A re-dump of YAML close to Symfony's `Yaml::dump(Yaml::parse($x), 10, 2)`, which Coolify applies
 * to every stored service compose (bootstrap/helpers/parsers.php:2780-2797). Covers what composes
 * use: block maps and lists (lists of maps as `-` on its own line), `{  }` for every empty list or
 * map, and Symfony's scalar quoting (symfony/yaml Inline::dump and Escaper). Checked against
 * texts stored by a real Coolify 4.3.11 (test/sandbox/fixtures).
 */
import { parseDocument } from 'yaml';

const INDENT = 2;
const RESERVED = new Set(['null', '~', 'true', 'false', 'y', 'n', 'yes', 'no', 'on', 'off']);
// Escaper::requiresDoubleQuoting: control characters and a few Unicode line/space characters.
// eslint-disable-next-line no-control-regex
const NEEDS_DOUBLE = /[\u0000-\u001f\u007f\u0085\u00a0\u2028\u2029]/u;
// Escaper::requiresSingleQuoting: YAML indicators anywhere, or at the start.
const NEEDS_SINGLE = /[\s'":{}[\],&*#?]|^[-?|<>=!%@`\p{Zs}]/u;
const PHP_NUMERIC = /^[ \t\n\r\v\f]*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?[ \t\n\r\v\f]*$/;
const TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/;
const PHP_INT_KEY = /^(?:0|-?[1-9][0-9]{0,17})$/;

const DOUBLE_ESCAPES: Record<string, string> = {
  '\\': '\\\\', '"': '\\"', '\u0000': '\\0', '\u0007': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\u000b': '\\v',
  '\f': '\\f', '\r': '\\r', '\u001b': '\\e', '\u0085': '\\N', '\u00a0': '\\_', '\u2028': '\\L', '\u2029': '\\P',
};

function doubleQuoted(s: string): string {
  // eslint-disable-next-line no-control-regex
  const body = s.replace(/[\\"\u0000-\u001f\u007f\u0085\u00a0\u2028\u2029]/gu, (c) =>
    DOUBLE_ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `"${body}"`;
}

const singleQuoted = (s: string): string => `'${s.replace(/'/g, "''")}'`;

function dumpString(s: string): string {
  if (PHP_NUMERIC.test(s) && !/[\f\n\r\t\v]/.test(s)) return `'${s}'`;
  if (s === '') return "''";
  if (NEEDS_DOUBLE.test(s)) return doubleQuoted(s);
  if (RESERVED.has(s.toLowerCase()) || NEEDS_SINGLE.test(s)) {
    // Inline::dump picks double quotes when they are shorter for a string with `'`.
    if (!s.includes("'")) return singleQuoted(s);
    const dq = doubleQuoted(s);
    const sq = singleQuoted(s);
    return dq.length < sq.length ? dq : sq;
  }
  if (/^[0-9]+[_0-9]*$/.test(s) || /^0x[0-9a-f_]+$/i.test(s) || TIMESTAMP.test(s)) return singleQuoted(s);
  return s;
}

function dumpNumber(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (n === Infinity) return '.inf';
  if (n === -Infinity) return '-.inf';
  return String(n);
}

// Maps are parsed as `Map` so key order survives (a plain object would move integer keys first).
type Node = Map<unknown, unknown> | unknown[];

const isNode = (v: unknown): v is Node => v instanceof Map || Array.isArray(v);
const isEmptyNode = (v: Node): boolean => (Array.isArray(v) ? v.length === 0 : v.size === 0);
const entriesOf = (v: Node): Array<[unknown, unknown]> => (Array.isArray(v) ? v.map((x, i) => [i, x]) : [...v.entries()]);

/** A PHP array is a list when its keys are 0..n-1 in order (a YAML map `{0: a, 1: b}` too). */
function isList(v: Node): boolean {
  if (Array.isArray(v)) return true;
  return [...v.keys()].every((k, i) => String(k) === String(i));
}

function dumpKey(k: unknown): string {
  const s = String(k);
  return PHP_INT_KEY.test(s) ? s : dumpString(s);
}

function dumpInline(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return dumpNumber(v);
  if (typeof v === 'string') return dumpString(v);
  if (isNode(v)) {
    if (isEmptyNode(v)) return '{  }';
    const entries = entriesOf(v);
    if (isList(v)) return `[${entries.map(([, x]) => dumpInline(x)).join(', ')}]`;
    return `{ ${entries.map(([k, x]) => `${dumpKey(k)}: ${dumpInline(x)}`).join(', ')} }`;
  }
  return String(v);
}

function dumpBlock(v: unknown, inline: number, indent: number): string {
  const prefix = ' '.repeat(indent);
  if (inline <= 0 || !isNode(v) || isEmptyNode(v)) return `${prefix}${dumpInline(v)}`;
  const list = isList(v);
  let out = '';
  for (const [k, x] of entriesOf(v)) {
    const inlined = inline - 1 <= 0 || !isNode(x) || isEmptyNode(x);
    out += `${prefix}${list ? '-' : `${dumpKey(k)}:`}${inlined ? ' ' : '\n'}${dumpBlock(x, inline - 1, inlined ? 0 : indent + INDENT)}${inlined ? '\n' : ''}`;
  }
  return out;
}

/** Symfony `Yaml::dump($data, 10, 2)` of parsed data. */
export function symfonyDump(data: unknown): string {
  return dumpBlock(data, 10, 0);
}

/**
 * What Coolify stores as a service's `docker_compose_raw`: the parsed compose without the
 * volume keys `content`, `isDirectory`, `is_directory` (parsers.php:2783-2793), dumped again
 * (parsers.php:2794). Text that does not parse is kept as sent (the catch at parsers.php:2795).
 */
export function redumpServiceCompose(text: string): string {
  let data: unknown;
  try {
    const doc = parseDocument(text, { merge: true });
    if (doc.errors.length > 0) return text;
    data = doc.toJS({ mapAsMap: true, maxAliasCount: -1 });
  } catch {
    return text;
  }
  const services = data instanceof Map ? data.get('services') : undefined;
  if (services instanceof Map) {
    for (const svc of services.values()) {
      const volumes = svc instanceof Map ? svc.get('volumes') : undefined;
      if (!Array.isArray(volumes)) continue;
      for (const vol of volumes) {
        if (vol instanceof Map) for (const key of ['content', 'isDirectory', 'is_directory']) vol.delete(key);
      }
    }
  }
  return symfonyDump(data);
}
