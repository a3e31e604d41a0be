import type { Document, LineCounter, YAMLMap, YAMLError } from 'yaml';
import { yamlPackage } from './yaml-package.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { CODES, type CodeInfo } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { splitPointer } from './pointer.js';
import { SourceMap, type PointerPositions } from './source-map.js';
import { fastParseManifest } from './fast-parse.js';
import type { SourceLocation } from '../model/source.js';

/** The result of parsing manifest text: the plain document, positions, and YAML problems. */
export interface ParsedManifest {
  file: string;
  /** The document as plain JS; undefined when the YAML could not be read. */
  doc: unknown;
  sourceMap: SourceMap;
  /** Problems found while parsing; any error means `doc` must not be trusted. */
  diagnostics: Diagnostic[];
}

const MAX_DEPTH = 200;
const MAX_ALIAS_COUNT = 200;

/** Maps the `yaml` package's error codes to ours. */
function codeFor(yamlCode: string): CodeInfo {
  switch (yamlCode) {
    case 'TAB_AS_INDENT':
      return CODES.YAML_TAB;
    case 'DUPLICATE_KEY':
      return CODES.YAML_DUPLICATE_KEY;
    case 'MULTIPLE_DOCS':
      return CODES.MULTIPLE_DOCUMENTS;
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'MULTIPLE_ANCHORS':
      return CODES.YAML_ALIAS;
    default:
      return CODES.YAML_SYNTAX;
  }
}

/** First line of a `yaml` error message, without its "at line…" suffix. */
function cleanMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function yamlErrorToDiagnostic(err: YAMLError, text: string, lc: LineCounter, file: string, warning: boolean): Diagnostic {
  const info = codeFor(err.code);
  const pos = lc.linePos(err.pos[0]);
  const source = { file, line: pos.line, col: pos.col };
  let message = cleanMessage(err.message);
  let hint: string | undefined;
  if (info === CODES.YAML_DUPLICATE_KEY) {
    const key = (/^[^:\n]*/.exec(text.slice(err.pos[0], err.pos[0] + 200))?.[0] ?? '').trim().replace(/^["']|["']$/g, '');
    message = `duplicate key \`${key}\`: a key may appear only once in a mapping`;
    hint = 'remove one of the entries or merge them';
  } else if (info === CODES.YAML_TAB) {
    message = 'tab character used for indentation';
    hint = 'YAML indentation must use spaces';
  } else if (info === CODES.MULTIPLE_DOCUMENTS) {
    message = 'the manifest holds more than one YAML document (`---`)';
    hint = 'keep a single document per manifest file';
  }
  const d = makeDiagnostic(info, `YAML: ${message}`, { source, ...(hint ? { hint } : {}) });
  if (warning) d.severity = 'warning';
  return d;
}

/** Names the YAML type of a plain JS value for messages. */
export function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}

/** A mapping entry found by key: the key node and the value node. */
interface Entry {
  key: unknown;
  value: unknown;
}

/**
 * The positions at a pointer, found by walking the YAML tree along the pointer's segments:
 * a mapping's entries by key (explicit keys first, then those merged in with `<<: *base`, which
 * are located at their definition; the first merged one wins), a sequence's items by index,
 * aliases followed to their anchor (the value's position stays the alias's). Each mapping is
 * indexed once, on first use.
 */
function yamlResolver(doc: Document, lc: LineCounter, file: string): (pointer: string) => PointerPositions {
  const { isAlias, isMap, isScalar, isSeq } = yamlPackage();
  const pos = (node: unknown): SourceLocation | undefined => {
    const r = (node as { range?: [number, number, number] | null } | null | undefined)?.range;
    if (!r) return undefined;
    const p = lc.linePos(r[0]);
    return { file, line: p.line, col: p.col };
  };
  const entries = new WeakMap<object, Map<string, Entry>>();
  const deref = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const nameOf = (key: unknown): string | null => {
    const keyValue = isScalar(key) ? key.value : key;
    return keyValue === null || keyValue === undefined ? '' : typeof keyValue === 'object' || typeof keyValue === 'symbol' ? null : String(keyValue);
  };
  const isMergeKey = (key: unknown): boolean => isScalar(key) && (typeof key.value === 'symbol' || key.value === '<<') && key.source === '<<';
  const entriesOf = (map: YAMLMap): Map<string, Entry> => {
    let index = entries.get(map);
    if (index) return index;
    index = new Map();
    const merges: unknown[] = [];
    for (const pair of map.items) {
      if (isMergeKey(pair.key)) {
        merges.push(pair.value);
        continue;
      }
      const name = nameOf(pair.key);
      if (name !== null && !index.has(name)) index.set(name, { key: pair.key, value: pair.value });
    }
    for (const m of merges) {
      for (const source of isSeq(m) ? m.items : [m]) {
        const resolved = deref(source);
        if (!isMap(resolved) || resolved === map) continue;
        for (const pair of resolved.items) {
          if (!isScalar(pair.key)) continue;
          const name = String(pair.key.value);
          if (!index.has(name)) index.set(name, { key: pair.key, value: pair.value });
        }
      }
    }
    entries.set(map, index);
    return index;
  };
  return (pointer) => {
    const segments = splitPointer(pointer);
    if (segments.length > MAX_DEPTH) return {};
    let node: unknown = doc.contents;
    let key: unknown;
    for (const seg of segments) {
      const target = deref(node);
      if (isMap(target)) {
        const entry = entriesOf(target).get(seg);
        if (!entry) return {};
        key = entry.key;
        node = entry.value;
      } else if (isSeq(target)) {
        if (!/^\d+$/.test(seg)) return {};
        key = undefined;
        node = target.items[Number(seg)];
        if (node === undefined) return {};
      } else return {};
    }
    const keyAt = key === undefined ? undefined : pos(key);
    const valueAt = node === null || node === undefined ? keyAt : pos(node);
    const plain = isScalar(node) && node.type === 'PLAIN';
    return { ...(keyAt ? { key: keyAt } : {}), ...(valueAt ? { value: valueAt } : {}), ...(plain ? { plain } : {}) };
  };
}

/**
 * Parses manifest text into a plain document plus a source map. Never throws: YAML syntax
 * errors, duplicate keys, tabs, an empty file or a non-mapping root become diagnostics.
 *
 * A text the fast parse takes on (`fast-parse.ts`) is read by it alone; its positions come from
 * the positioned parse the first time one is asked for, so a clean manifest never builds the
 * `yaml` syntax tree at all.
 */
export function parseManifestText(text: string, file: string): ParsedManifest {
  const fast = fastParseManifest(text, MAX_DEPTH);
  if (fast !== undefined) {
    const sourceMap = new SourceMap(file);
    let resolve: ((pointer: string) => PointerPositions) | undefined;
    sourceMap.useResolver((pointer) => {
      if (!resolve) {
        const lc = new (yamlPackage().LineCounter)();
        resolve = yamlResolver(parseYaml(text, lc), lc, file);
      }
      return resolve(pointer);
    });
    return { file, doc: fast, sourceMap, diagnostics: [] };
  }
  return positionedParse(text, file);
}

/** The `yaml` package's Document of `text`, with its positions counted by `lc`. */
function parseYaml(text: string, lc: LineCounter): Document {
  return yamlPackage().parseDocument(text, { lineCounter: lc, merge: true, prettyErrors: false, uniqueKeys: true, strict: true });
}

/** The positioned parse: the `yaml` package's Document, its problems as diagnostics, its positions. */
function positionedParse(text: string, file: string): ParsedManifest {
  const sourceMap = new SourceMap(file);
  const diagnostics: Diagnostic[] = [];
  const lc = new (yamlPackage().LineCounter)();
  const start = { file, line: 1, col: 1 };
  let doc: Document;
  try {
    doc = parseYaml(text, lc);
  } catch (err) {
    // the parser reports problems as errors, but stay safe against the unexpected
    const message = err instanceof Error ? err.message : String(err);
    diagnostics.push(makeDiagnostic(CODES.YAML_SYNTAX, `YAML: ${cleanMessage(message)}`, { source: start }));
    return { file, doc: undefined, sourceMap, diagnostics };
  }
  for (const e of doc.errors) diagnostics.push(yamlErrorToDiagnostic(e, text, lc, file, false));
  for (const w of doc.warnings) diagnostics.push(yamlErrorToDiagnostic(w, text, lc, file, true));
  if (diagnostics.some((d) => d.severity === 'error')) return { file, doc: undefined, sourceMap, diagnostics };

  if (doc.contents === null || (yamlPackage().isScalar(doc.contents) && doc.contents.value === null)) {
    diagnostics.push(
      makeDiagnostic(CODES.EMPTY_FILE, 'the manifest is empty', {
        source: start,
        hint: 'start with `version: 1` and a `projects:` mapping (see examples/)',
      }),
    );
    return { file, doc: undefined, sourceMap, diagnostics };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    diagnostics.push(makeDiagnostic(CODES.YAML_ALIAS, `YAML: ${cleanMessage(message)}`, { source: start }));
    return { file, doc: undefined, sourceMap, diagnostics };
  }
  sourceMap.useResolver(yamlResolver(doc, lc, file));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.push(
      makeDiagnostic(CODES.ROOT_NOT_MAPPING, `the manifest must be a mapping of keys to values, found ${describeType(value)}`, {
        source: sourceMap.valueLocation('') ?? start,
        hint: 'start with `version: 1` and a `projects:` mapping (see examples/)',
      }),
    );
    return { file, doc: undefined, sourceMap, diagnostics };
  }
  return { file, doc: value, sourceMap, diagnostics };
}
