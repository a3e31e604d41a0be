import { SeededRng } from './rng.js';

/**
 * Fault injection for tests and benchmarks.
 *
 * Spec string (CLI `--faults`, option `faults`): entries separated by `;`, each `kind=value`.
 * A PATTERN is `[METHOD ]PATH`, PATH relative to `/api/v1` with `*` matching anything
 * (`/applications/*`, `POST /databases/*`). Without a pattern a rule applies to every request.
 *
 * | entry                              | effect                                                        |
 * | ---------------------------------- | ------------------------------------------------------------- |
 * | `latency=MS[±JITTER][@PATTERN]`    | delay answers by MS ± JITTER ms (`+-` works for `±`)          |
 * | `error=P[:STATUS[:COUNT]][@PATTERN]` | answer STATUS (default 500) with probability P, state untouched; at most COUNT times when given |
 * | `burst429=N[:RETRY_AFTER_S]`       | the next N requests get 429 `Too Many Attempts.` + Retry-After |
 * | `drop-post=N[@PATTERN]`            | N matching writes (default method POST) commit, then the socket is destroyed; `drop-post=PATH*N` also works |
 * | `fail-deploy=APP[,APP]`            | deployments of these apps (by name) end `failed`, with log lines; rollbacks run |
 * | `stuck-deploy=APP[,APP]`           | deployments of these apps stay `queued` for ever (their job is lost, as when Coolify restarts) |
 * | `slow-health=APP:MS[,APP:MS]`      | the app turns `running:healthy` only MS after it started       |
 * | `fail-validate=SERVER[,SERVER]`    | validations of these servers (by name) end unreachable, with validation logs |
 * | `malformed=KIND[:P][@PATTERN]`     | KIND `html`, `truncated` or `wrong-types` body, probability P (default 1) |
 *
 * Example: `error=0.05:500@POST /applications/*;burst429=5;drop-post=1@/databases/postgresql;
 * fail-deploy=api-gateway;slow-health=workers:5000;malformed=html@GET /servers`.
 * Random choices use the sandbox's seeded RNG, so a run with the same seed is reproducible.
 */

/** A method + path glob a rule applies to. */
export interface RequestPattern {
  /** Upper-case method; undefined matches any. */
  method?: string;
  /** Path glob relative to `/api/v1`; `*` matches any characters. */
  path: string;
}

/** Kinds of malformed answers. */
export type MalformedKind = 'html' | 'truncated' | 'wrong-types';

/** All fault rules in effect. */
export interface FaultSpec {
  latency?: Array<{ ms: number; jitterMs: number; pattern?: RequestPattern }>;
  /** `remaining`: how many more times the rule may fire (unlimited when absent). */
  errors?: Array<{ probability: number; status: number; remaining?: number; pattern?: RequestPattern }>;
  burst429?: { count: number; retryAfterS: number };
  drops?: Array<{ count: number; pattern: RequestPattern }>;
  failDeploy?: string[];
  stuckDeploy?: string[];
  failValidate?: string[];
  slowHealth?: Record<string, number>;
  malformed?: Array<{ kind: MalformedKind; probability: number; pattern?: RequestPattern }>;
}

/** Counters of what was injected, for assertions. */
export interface FaultCounters {
  latencyInjected: number;
  errors: number;
  bursts429: number;
  drops: number;
  malformed: number;
  failedDeploys: number;
}

/** Thrown for a spec string that cannot be parsed; the message says what is wrong. */
export class FaultSpecError extends Error {
  override name = 'FaultSpecError';
}

const KINDS = ['latency', 'error', 'burst429', 'drop-post', 'fail-deploy', 'stuck-deploy', 'fail-validate', 'slow-health', 'malformed'];

function num(text: string, what: string, entry: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0) throw new FaultSpecError(`fault "${entry}": ${what} must be a non-negative number, got "${text}"`);
  return n;
}

/** Parses `[METHOD ]PATH`. */
export function parsePattern(text: string, entry: string, defaultMethod?: string): RequestPattern {
  const t = text.trim();
  const m = /^([A-Za-z]+)\s+(\S+)$/.exec(t);
  const method = m ? m[1]!.toUpperCase() : defaultMethod;
  let path = m ? m[2]! : t;
  if (!path.startsWith('/')) throw new FaultSpecError(`fault "${entry}": pattern path must start with "/", got "${text}"`);
  if (path.startsWith('/api/v1/')) path = path.slice('/api/v1'.length);
  return method ? { method, path } : { path };
}

function splitAt(value: string): [string, string | undefined] {
  const i = value.indexOf('@');
  return i < 0 ? [value, undefined] : [value.slice(0, i), value.slice(i + 1)];
}

/** Parses a fault spec string (see the module comment); throws FaultSpecError on bad input. */
export function parseFaultSpec(text: string): FaultSpec {
  const spec: FaultSpec = {};
  for (const raw of text.split(';')) {
    const entry = raw.trim();
    if (!entry) continue;
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new FaultSpecError(`fault "${entry}": expected kind=value (kinds: ${KINDS.join(', ')})`);
    const kind = entry.slice(0, eq).trim();
    const value = entry.slice(eq + 1).trim();
    const [head, patternText] = splitAt(value);
    switch (kind) {
      case 'latency': {
        const m = /^(\d+(?:\.\d+)?)(?:(?:±|\+-)(\d+(?:\.\d+)?))?$/.exec(head.trim());
        if (!m) throw new FaultSpecError(`fault "${entry}": expected latency=MS[±JITTER][@PATTERN]`);
        (spec.latency ??= []).push({
          ms: Number(m[1]), jitterMs: Number(m[2] ?? 0),
          ...(patternText ? { pattern: parsePattern(patternText, entry) } : {}),
        });
        break;
      }
      case 'error': {
        const [p, status, count] = head.split(':');
        const probability = num(p ?? '', 'probability', entry);
        if (probability > 1) throw new FaultSpecError(`fault "${entry}": probability must be between 0 and 1`);
        const code = status === undefined ? 500 : num(status, 'status', entry);
        if (!Number.isInteger(code) || code < 400 || code > 599) throw new FaultSpecError(`fault "${entry}": status must be 400-599`);
        const remaining = count === undefined ? undefined : Math.floor(num(count, 'count', entry));
        (spec.errors ??= []).push({
          probability, status: code,
          ...(remaining === undefined ? {} : { remaining }),
          ...(patternText ? { pattern: parsePattern(patternText, entry) } : {}),
        });
        break;
      }
      case 'burst429': {
        const [n, retry] = head.split(':');
        spec.burst429 = { count: Math.floor(num(n ?? '', 'count', entry)), retryAfterS: retry === undefined ? 1 : num(retry, 'retry-after', entry) };
        break;
      }
      case 'drop-post': {
        const compat = patternText === undefined ? /^(\/.*)\*(\d+)$/.exec(head) : null;
        if (compat) {
          (spec.drops ??= []).push({ count: Number(compat[2]), pattern: parsePattern(compat[1]!, entry, 'POST') });
        } else {
          const count = Math.floor(num(head, 'count', entry));
          (spec.drops ??= []).push({ count, pattern: patternText ? parsePattern(patternText, entry, 'POST') : { method: 'POST', path: '/*' } });
        }
        break;
      }
      case 'fail-deploy':
      case 'stuck-deploy': {
        const names = head.split(',').map((s) => s.trim()).filter(Boolean);
        if (names.length === 0) throw new FaultSpecError(`fault "${entry}": expected ${kind}=APP[,APP]`);
        (kind === 'fail-deploy' ? (spec.failDeploy ??= []) : (spec.stuckDeploy ??= [])).push(...names);
        break;
      }
      case 'fail-validate': {
        const names = head.split(',').map((s) => s.trim()).filter(Boolean);
        if (names.length === 0) throw new FaultSpecError(`fault "${entry}": expected fail-validate=SERVER[,SERVER]`);
        (spec.failValidate ??= []).push(...names);
        break;
      }
      case 'slow-health': {
        for (const part of head.split(',')) {
          const [name, ms] = part.split(':');
          if (!name?.trim() || ms === undefined) throw new FaultSpecError(`fault "${entry}": expected slow-health=APP:MS[,APP:MS]`);
          (spec.slowHealth ??= {})[name.trim()] = num(ms, 'delay', entry);
        }
        break;
      }
      case 'malformed': {
        const [k, p] = head.split(':');
        if (k !== 'html' && k !== 'truncated' && k !== 'wrong-types') {
          throw new FaultSpecError(`fault "${entry}": kind must be html, truncated or wrong-types`);
        }
        const probability = p === undefined ? 1 : num(p, 'probability', entry);
        (spec.malformed ??= []).push({ kind: k, probability, ...(patternText ? { pattern: parsePattern(patternText, entry) } : {}) });
        break;
      }
      default:
        throw new FaultSpecError(`fault "${entry}": unknown kind "${kind}" (kinds: ${KINDS.join(', ')})`);
    }
  }
  return spec;
}

/** True when the request matches the pattern (no pattern matches everything). */
export function matchesPattern(pattern: RequestPattern | undefined, method: string, path: string): boolean {
  if (!pattern) return true;
  if (pattern.method && pattern.method !== method.toUpperCase()) return false;
  const re = new RegExp('^' + pattern.path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(path);
}

/**
 * Holds the fault rules, decides per request, and counts what it injected. Tests reach it as
 * `sandbox.faults` to change faults at run time (`set`, `add`, `clear`, `burst429`) and read
 * `counters`.
 */
export class FaultController {
  private current: FaultSpec;
  private readonly rng: SeededRng;
  readonly counters: FaultCounters = { latencyInjected: 0, errors: 0, bursts429: 0, drops: 0, malformed: 0, failedDeploys: 0 };

  constructor(spec: FaultSpec | string | undefined, seed: number) {
    this.current = normalize(spec);
    this.rng = new SeededRng(seed ^ 0x5eed);
  }

  /** The rules in effect (a copy). */
  get spec(): FaultSpec {
    return structuredClone(this.current);
  }

  /** Replaces every rule. */
  set(spec: FaultSpec | string): void {
    this.current = normalize(spec);
  }

  /** Adds rules to those in effect. */
  add(spec: FaultSpec | string): void {
    const s = normalize(spec);
    const c = this.current;
    if (s.latency) (c.latency ??= []).push(...s.latency);
    if (s.errors) (c.errors ??= []).push(...s.errors);
    if (s.burst429) c.burst429 = s.burst429;
    if (s.drops) (c.drops ??= []).push(...s.drops);
    if (s.failDeploy) (c.failDeploy ??= []).push(...s.failDeploy);
    if (s.stuckDeploy) (c.stuckDeploy ??= []).push(...s.stuckDeploy);
    if (s.failValidate) (c.failValidate ??= []).push(...s.failValidate);
    if (s.slowHealth) c.slowHealth = { ...c.slowHealth, ...s.slowHealth };
    if (s.malformed) (c.malformed ??= []).push(...s.malformed);
  }

  /** Removes every rule (counters are kept). */
  clear(): void {
    this.current = {};
  }

  /** The next `count` requests get 429 with `Retry-After: retryAfterS`. */
  burst429(count: number, retryAfterS = 1): void {
    this.current.burst429 = { count, retryAfterS };
  }

  /** Extra latency for this request, in ms. */
  latencyFor(method: string, path: string): number {
    let total = 0;
    for (const l of this.current.latency ?? []) {
      if (!matchesPattern(l.pattern, method, path)) continue;
      total += Math.max(0, l.ms + (l.jitterMs > 0 ? (this.rng.next() * 2 - 1) * l.jitterMs : 0));
    }
    if (total > 0) this.counters.latencyInjected++;
    return Math.round(total);
  }

  /** Consumes one 429 of a burst; returns its Retry-After seconds. */
  take429(): number | undefined {
    const b = this.current.burst429;
    if (!b || b.count <= 0) return undefined;
    b.count--;
    this.counters.bursts429++;
    return b.retryAfterS;
  }

  /** An injected error status for this request, if one fires. */
  errorFor(method: string, path: string): number | undefined {
    for (const e of this.current.errors ?? []) {
      if (e.remaining !== undefined && e.remaining <= 0) continue;
      if (matchesPattern(e.pattern, method, path) && this.rng.next() < e.probability) {
        if (e.remaining !== undefined) e.remaining--;
        this.counters.errors++;
        return e.status;
      }
    }
    return undefined;
  }

  /** Consumes one drop for this request, if a rule matches: commit, then destroy the socket. */
  takeDrop(method: string, path: string): boolean {
    for (const d of this.current.drops ?? []) {
      if (d.count > 0 && matchesPattern(d.pattern, method, path)) {
        d.count--;
        this.counters.drops++;
        return true;
      }
    }
    return false;
  }

  /** A malformed-answer kind for this request, if one fires. */
  malformedFor(method: string, path: string): MalformedKind | undefined {
    for (const m of this.current.malformed ?? []) {
      if (matchesPattern(m.pattern, method, path) && this.rng.next() < m.probability) {
        this.counters.malformed++;
        return m.kind;
      }
    }
    return undefined;
  }

  /** Deployments of this app fail. */
  shouldFailDeploy(appName: string): boolean {
    const fail = (this.current.failDeploy ?? []).includes(appName);
    if (fail) this.counters.failedDeploys++;
    return fail;
  }

  /** Deployments of this app are never picked up: they stay `queued`. */
  shouldStickDeploy(appName: string): boolean {
    return (this.current.stuckDeploy ?? []).includes(appName);
  }

  /** Validations of this server (by name) fail: it stays unreachable. */
  shouldFailValidate(serverName: string): boolean {
    return (this.current.failValidate ?? []).includes(serverName);
  }

  /** Extra time before this app reports healthy, in ms. */
  slowHealthMs(appName: string): number {
    return this.current.slowHealth?.[appName] ?? 0;
  }
}

function normalize(spec: FaultSpec | string | undefined): FaultSpec {
  if (spec === undefined) return {};
  return typeof spec === 'string' ? parseFaultSpec(spec) : structuredClone(spec);
}

/** Produces a malformed body from a well-formed JSON text. */
export function malformBody(kind: MalformedKind, json: string): { contentType: string; body: string } {
  if (kind === 'html') {
    return { contentType: 'text/html; charset=UTF-8', body: '<!DOCTYPE html><html><head><title>Server Error</title></head><body><h1>500 | Server Error</h1></body></html>' };
  }
  if (kind === 'truncated') return { contentType: 'application/json', body: json.slice(0, Math.max(1, Math.floor(json.length / 2))) };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = null;
  }
  return { contentType: 'application/json', body: JSON.stringify(wrongTypes(value)) };
}

/** Swaps every leaf for a value of another type (strings → numbers, numbers → strings, …). */
function wrongTypes(v: unknown): unknown {
  if (Array.isArray(v)) return v.length === 0 ? {} : v.map(wrongTypes);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, wrongTypes(x)]));
  if (typeof v === 'string') return v.length;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'yes' : 0;
  return [];
}
