/**
 * Known secrets in every field of an imported manifest (issue 14 item M1). The import knows
 * secret values: the ones it already turned into placeholders (sensitive env keys, S3 keys,
 * webhook secrets), the live databases' passwords and internal URLs, and the passwords of
 * `scheme://user:PASS@host` URLs anywhere. This pass walks every string of the manifest tree
 * and replaces them:
 * - a whole value equal to a database's internal URL becomes `${databases.NAME.internalUrl}`;
 * - a database password inside a resource of its environment becomes
 *   `${databases.NAME.password}`, elsewhere the secret `${secrets.NAME_PASSWORD}`;
 * - any other known value (8 characters or more, or a URL password) becomes its
 *   `${secrets.X}` placeholder, in place (`echo ${secrets.TOKEN}`);
 * - a known secret in another form (another letter case, base64, URL-encoded, JSON-escaped)
 *   becomes a secret of its own holding exactly that text, since the manifest cannot express
 *   the encoding;
 * - a tag holding a secret is left out (tags cannot hold placeholders).
 * Every replacement resolves to the live value, so the manifest still plans clean. Pure.
 */
import { echoForms } from '../model/secret-forms.js';
import { environmentAddress, placedAddress, projectAddress, TEAM_KINDS, teamAddress, teamKindOfSection, type PlacedKind } from '../model/address.js';
import { DatabaseRef, SecretRef, TemplateValue, type SecretBook } from './secrets.js';
import type { ImportNote } from './types.js';

/** A live database's credentials, for references and for finding copies of its passwords. */
export interface DatabaseCredentials {
  /** Manifest names of its project, environment and itself. */
  project: string;
  environment: string;
  name: string;
  address: string;
  internalUrl?: string;
  /** The password field of the record (`${databases.NAME.password}` reads it). */
  password?: string;
  rootPassword?: string;
  /** The password inside the internal URL when the record has no password field (Redis hides it). */
  urlPassword?: string;
}

/** A known secret text is searched for from this length on (shorter ones match by chance). */
export const MIN_KNOWN_SECRET = 8;
/** `scheme://user:PASS@`: the password of a URL (not a `${…}` interpolation). */
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/?#]*:([^\s@/?#$][^\s@/?#]*)@/gi;
const KIND: Readonly<Record<string, PlacedKind>> = { applications: 'application', databases: 'database', services: 'service' };
/** Path segments left out of generated secret names. */
const NAME_NOISE = new Set(['env', 'sharedEnv', 'value']);
const REDACTED = '[redacted]';

/** Where a string sits: its owner (for names and notes) and its environment (for references). */
interface Position {
  where: string;
  nameParts: string[];
  /** Set inside an application, database or service: references may be used there. */
  placed?: { project: string; environment: string };
  /** Inside a `tags` list. */
  tag: boolean;
}

function positionOf(path: readonly string[]): Position {
  const [top, a, b, c, d, e, ...rest] = path;
  const field = (from: readonly (string | undefined)[]): string[] => from.filter((x): x is string => x !== undefined);
  const pos = (where: string, prefix: string[], tail: string[], placed?: Position['placed']): Position => ({
    where: `${where}${tail.length > 0 ? ` ${tail.join('.')}` : ''}`,
    nameParts: [...prefix, ...tail.filter((x) => !NAME_NOISE.has(x))],
    ...(placed ? { placed } : {}),
    tag: tail[0] === 'tags',
  });
  const team = teamKindOfSection(top);
  if (team !== undefined && a !== undefined) return pos(teamAddress(team, a), [TEAM_KINDS[team].prefix, a], field([b, c, d, e, ...rest]));
  if (top !== 'projects' || a === undefined) return pos(path.join('.'), [], []);
  if (b !== 'environments' || c === undefined) return pos(projectAddress(a), [a], field([b, c, d, e, ...rest]));
  const kind = d !== undefined ? KIND[d] : undefined;
  if (kind === undefined || e === undefined) return pos(environmentAddress(a, c), [a, c], field([d, e, ...rest]));
  return pos(placedAddress(a, c, kind, e), [e], rest, { project: a, environment: c });
}

/** A known value and what stands for it at a position. */
interface Known {
  value: string;
  ref: (at: Position) => SecretRef | DatabaseRef;
}

/** The catalogue of known secrets of one import. */
class Catalogue {
  readonly known: Known[] = [];

  constructor(
    private readonly book: SecretBook,
    private readonly databases: readonly DatabaseCredentials[],
  ) {
    // Database passwords first: inside their environment a reference beats a secret.
    for (const db of databases) {
      if (db.password) this.addDatabasePassword(db, db.password, 'PASSWORD', true);
      if (db.rootPassword) this.addDatabasePassword(db, db.rootPassword, 'ROOT_PASSWORD', false);
      if (db.urlPassword && db.urlPassword !== db.password) this.addDatabasePassword(db, db.urlPassword, 'PASSWORD', false);
    }
    for (const s of book.list()) if (s.value !== undefined && s.value !== '') this.addSecret(s.value, new SecretRef(s.name));
  }

  private formsCache: string[] | undefined;

  /** Every form of every known value long enough to search for, longest first. */
  get forms(): string[] {
    this.formsCache ??= [...new Set(this.known.flatMap((k) => echoForms(k.value)))].filter((f) => f.length >= MIN_KNOWN_SECRET).sort((a, b) => b.length - a.length);
    return this.formsCache;
  }

  private addSecret(value: string, ref: SecretRef): void {
    this.known.push({ value, ref: () => ref });
    this.formsCache = undefined;
  }

  /** A password: a reference inside its environment, else the secret `--db-passwords` would write. */
  private addDatabasePassword(db: DatabaseCredentials, value: string, suffix: string, referable: boolean): void {
    let secret: SecretRef | undefined;
    this.formsCache = undefined;
    this.known.push({
      value,
      ref: (at) => {
        if (referable && at.placed?.project === db.project && at.placed.environment === db.environment) return new DatabaseRef(db.name, 'password');
        secret ??= this.book.byValue(value) ?? this.book.add([db.name, suffix], `${db.address} ${suffix === 'PASSWORD' ? 'password' : 'rootPassword'}`, value);
        return secret;
      },
    });
  }

  /** The known entry of a value, if any. */
  find(value: string): Known | undefined {
    return this.known.find((k) => k.value === value);
  }

  /** Registers a URL password seen at a position (a secret named after where it was seen). */
  learnUrlPassword(value: string, at: Position): void {
    if (this.find(value)) return;
    this.addSecret(value, this.book.byValue(value) ?? this.book.add([...at.nameParts, 'PASSWORD'], `${at.where} (URL password)`, value));
  }

  /** The database whose internal URL this whole value is, seen from a position. */
  internalUrl(value: string, at: Position): DatabaseRef | undefined {
    if (!at.placed) return undefined;
    const { project, environment } = at.placed;
    const db = this.databases.find((d) => d.internalUrl === value && d.project === project && d.environment === environment);
    return db ? new DatabaseRef(db.name, 'internalUrl') : undefined;
  }

  /** The text with every known value in any form replaced by `[redacted]` (for notes). */
  scrub(text: string): string {
    let out = text;
    for (const f of this.forms) out = out.replace(new RegExp(f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), REDACTED);
    return out;
  }
}

/** A stretch of a string that a placeholder stands for. */
interface Span {
  start: number;
  end: number;
  ref: SecretRef | DatabaseRef;
}

/** Finds occurrences of `needle` (in any letter case when asked) not overlapping the spans found. */
function occurrences(s: string, needle: string, anyCase: boolean, found: readonly Span[]): number[] {
  const hay = anyCase ? s.toLowerCase() : s;
  const n = anyCase ? needle.toLowerCase() : needle;
  const out: number[] = [];
  for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + n.length)) {
    if (found.every((x) => i + n.length <= x.start || i >= x.end)) out.push(i);
  }
  return out;
}

/**
 * The spans of known secrets in a string: URL passwords, then known values as they are
 * (longest first), then known values in another form or letter case, each of which becomes a
 * secret of its own holding exactly the text found (the manifest cannot express an encoding).
 */
function spans(s: string, at: Position, cat: Catalogue, book: SecretBook): { spans: Span[]; encoded: boolean } {
  const found: Span[] = [];
  for (const m of s.matchAll(URL_PASSWORD)) {
    const pw = m[1]!;
    const start = m.index + m[0].length - 1 - pw.length;
    const known = cat.find(pw);
    if (known) found.push({ start, end: start + pw.length, ref: known.ref(at) });
  }
  const byLength = cat.known.filter((k) => k.value.length >= MIN_KNOWN_SECRET).sort((a, b) => b.value.length - a.value.length);
  for (const known of byLength) {
    for (const i of occurrences(s, known.value, false, found)) found.push({ start: i, end: i + known.value.length, ref: known.ref(at) });
  }
  let encoded = false;
  for (const form of cat.forms) {
    for (const i of occurrences(s, form, true, found)) {
      const text = s.slice(i, i + form.length);
      found.push({ start: i, end: i + form.length, ref: book.byValue(text) ?? book.add(at.nameParts, at.where, text) });
      encoded = true;
    }
  }
  return { spans: found.sort((a, b) => a.start - b.start), encoded };
}

/** Tags cannot hold placeholders: a tag with a secret in it is left out. */
function dropTag(at: Position, notes: ImportNote[]): undefined {
  notes.push({ severity: 'warning', where: at.where, message: 'a tag holds a secret value: left out (it stays in Coolify: tags are only ever added)' });
  return undefined;
}

/** What to do with one string of the manifest. */
function protectString(s: string, at: Position, cat: Catalogue, book: SecretBook, notes: ImportNote[]): unknown {
  const whole = cat.internalUrl(s, at);
  if (whole) return whole;
  if (at.tag) return cat.scrub(s) === s && s.search(URL_PASSWORD) < 0 ? s : dropTag(at, notes);
  const found = spans(s, at, cat, book);
  if (found.spans.length === 0) return s;
  if (found.encoded) {
    notes.push({ severity: 'warning', where: at.where, message: 'holds a secret value in an encoded form or another letter case: that text became a secret of its own' });
  }
  const parts: Array<string | SecretRef | DatabaseRef> = [];
  let last = 0;
  for (const span of found.spans) {
    if (span.start > last) parts.push(s.slice(last, span.start));
    parts.push(span.ref);
    last = span.end;
  }
  if (last < s.length) parts.push(s.slice(last));
  return parts.length === 1 ? parts[0] : new TemplateValue(parts);
}

function walk(value: unknown, path: string[], visit: (s: string, path: string[]) => unknown): unknown {
  if (typeof value === 'string') return visit(value, path);
  if (Array.isArray(value)) {
    const kept = value.map((v, i) => walk(v, [...path, String(i)], visit)).filter((v) => v !== undefined);
    // A list emptied by leaving out what held secrets (tags) goes: an empty list would mean something else.
    return kept.length === 0 && value.length > 0 ? undefined : kept;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const w = walk(v, [...path, k], visit);
      if (w !== undefined) out[k] = w;
    }
    return out;
  }
  return value;
}

/** What `protectSecrets` needs besides the tree. */
export interface ProtectContext {
  book: SecretBook;
  notes: ImportNote[];
  databases: readonly DatabaseCredentials[];
}

/**
 * The manifest tree with every known secret replaced (see the file comment), and a scrubber
 * for notes and other text the import prints.
 */
export function protectSecrets(tree: Record<string, unknown>, ctx: ProtectContext): { tree: Record<string, unknown>; scrub: (text: string) => string } {
  const cat = new Catalogue(ctx.book, ctx.databases);
  // First every URL password, so that a copy seen before the URL is found too.
  walk(tree, [], (s, path) => {
    for (const m of s.matchAll(URL_PASSWORD)) cat.learnUrlPassword(m[1]!, positionOf(path));
    return s;
  });
  const out = walk(tree, [], (s, path) => protectString(s, positionOf(path), cat, ctx.book, ctx.notes)) as Record<string, unknown>;
  return { tree: out, scrub: (text) => cat.scrub(text) };
}
