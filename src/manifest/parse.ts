import {
  parseDocument,
  LineCounter,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Node as YamlNode,
  type YAMLError,
} from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { CODES, type CodeInfo } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { joinPointer } from './pointer.js';
import { SourceMap } from './source-map.js';

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

/** Walks the YAML node tree recording key and value positions by JSON pointer. */
function buildSourceMap(doc: Document, lc: LineCounter, map: SourceMap): void {
  const pos = (node: { range?: [number, number, number] | null } | null | undefined): { line: number; col: number } | undefined => {
    const r = node?.range;
    return r ? lc.linePos(r[0]) : undefined;
  };
  const stack = new Set<unknown>();
  const walk = (node: unknown, pointer: string, depth: number, overwrite: boolean): void => {
    if (depth > MAX_DEPTH || node === null || node === undefined) return;
    const here = pos(node as YamlNode);
    if (here) map.set('value', pointer, here.line, here.col, overwrite);
    let target: unknown = node;
    if (isAlias(node)) {
      target = node.resolve(doc);
      if (!target || stack.has(target)) return;
    }
    if (isScalar(target)) {
      if (target.type === 'PLAIN' && target === node) map.markPlain(pointer);
      return;
    }
    stack.add(target);
    try {
      if (isMap(target)) {
        const merges: unknown[] = [];
        for (const pair of target.items) {
          const key = pair.key;
          const keyValue = isScalar(key) ? key.value : key;
          if (isScalar(key) && (typeof keyValue === 'symbol' || keyValue === '<<') && key.source === '<<') {
            merges.push(pair.value);
            continue;
          }
          const name = keyValue === null || keyValue === undefined ? '' : typeof keyValue === 'object' || typeof keyValue === 'symbol' ? null : String(keyValue);
          if (name === null) continue;
          const child = joinPointer(pointer, name);
          const kp = pos(key as YamlNode);
          if (kp) map.set('key', child, kp.line, kp.col, overwrite);
          if (pair.value !== null && pair.value !== undefined) walk(pair.value, child, depth + 1, overwrite);
          else if (kp) map.set('value', child, kp.line, kp.col, overwrite);
        }
        // merged keys (`<<: *base`) are located at their definition, explicit keys win
        for (const m of merges) {
          const sources = isSeq(m) ? m.items : [m];
          for (const s of sources) {
            const resolved = isAlias(s) ? s.resolve(doc) : s;
            if (isMap(resolved) && !stack.has(resolved)) {
              stack.add(resolved);
              for (const pair of resolved.items) {
                if (!isScalar(pair.key)) continue;
                const child = joinPointer(pointer, String(pair.key.value));
                const kp = pos(pair.key);
                if (kp) map.set('key', child, kp.line, kp.col, false);
                walk(pair.value, child, depth + 1, false);
              }
              stack.delete(resolved);
            }
          }
        }
      } else if (isSeq(target)) {
        target.items.forEach((item, i) => walk(item, joinPointer(pointer, i), depth + 1, overwrite));
      }
    } finally {
      stack.delete(target);
    }
  };
  walk(doc.contents, '', 0, true);
}

/**
 * Parses manifest text into a plain document plus a source map. Never throws: YAML syntax
 * errors, duplicate keys, tabs, an empty file or a non-mapping root become diagnostics.
 */
export function parseManifestText(text: string, file: string): ParsedManifest {
  const sourceMap = new SourceMap(file);
  const diagnostics: Diagnostic[] = [];
  const lc = new LineCounter();
  const start = { file, line: 1, col: 1 };
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lc, merge: true, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (err) {
    // the parser reports problems as errors, but stay safe against the unexpected
    const message = err instanceof Error ? err.message : String(err);
    diagnostics.push(makeDiagnostic(CODES.YAML_SYNTAX, `YAML: ${cleanMessage(message)}`, { source: start }));
    return { file, doc: undefined, sourceMap, diagnostics };
  }
  for (const e of doc.errors) diagnostics.push(yamlErrorToDiagnostic(e, text, lc, file, false));
  for (const w of doc.warnings) diagnostics.push(yamlErrorToDiagnostic(w, text, lc, file, true));
  if (diagnostics.some((d) => d.severity === 'error')) return { file, doc: undefined, sourceMap, diagnostics };

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
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
  buildSourceMap(doc, lc, sourceMap);
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
