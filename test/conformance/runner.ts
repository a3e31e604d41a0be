/**
 * Runs conformance cases against a target and judges the answers: against the case's own
 * expectations (`expectationFailures`) and against another target's run (`differences`).
 */
import { isDeepStrictEqual } from 'node:util';
import type { CaseRequest, CheckedRequest, ConformanceCase } from './case.js';
import { pick, shapeDiff, shapeOf, type Shape } from './shape.js';
import type { Target } from './targets.js';

/** One answered request of a run. */
export interface StepResult {
  /** `request` or `readBack[i]`. */
  label: string;
  /** The request as sent (holes filled). */
  sent: string;
  status: number;
  /** Parsed JSON, or the text when not JSON. */
  body: unknown;
  /** The body after the request's `select`. */
  selected: unknown;
}

/** A case's run on one target. */
export interface CaseRun {
  target: Target['name'];
  /** Set when a setup request failed (the case could not be run). */
  setupError?: string;
  steps: StepResult[];
  vars: Record<string, string>;
}

/** A short name unique to a run: `<prefix>-<6 random [a-z0-9]>`. */
export function runName(prefix = process.env.ADO_COOLIFY_CONFORMANCE_PREFIX ?? 'cf'): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 8).padEnd(6, '0')}`;
}

/** Runs one case; `name` is the same on every target (`{{name}}`). */
export async function runCase(target: Target, c: ConformanceCase, name: string): Promise<CaseRun> {
  const vars: Record<string, string> = { name, key: name.toUpperCase().replace(/[^A-Z0-9]/g, '_') };
  const run: CaseRun = { target: target.name, steps: [], vars };
  for (const [i, req] of (c.setup ?? []).entries()) {
    const r = await send(target, req, vars, `setup[${i}]`);
    if (r.status >= 400) {
      run.setupError = `setup[${i}] ${r.sent} answered ${r.status}: ${JSON.stringify(r.body).slice(0, 300)}`;
      return run;
    }
  }
  run.steps.push(await send(target, c.request, vars, 'request'));
  for (const [i, req] of (c.readBack ?? []).entries()) run.steps.push(await send(target, req, vars, `readBack[${i}]`));
  return run;
}

async function send(target: Target, req: CaseRequest, vars: Record<string, string>, label: string): Promise<StepResult> {
  const call = fill(req.call, vars) as string;
  const space = call.indexOf(' ');
  const method = call.slice(0, space);
  const url = new URL(`${target.url}/api/v1${call.slice(space + 1)}`);
  for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, String(fill(String(v), vars)));
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${target.tokens[req.token ?? 'root']}` };
  let payload: string | undefined;
  if (req.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(fill(req.body, vars));
  }
  const res = await fetchPacing429(url, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    // a text answer (e.g. /version)
  }
  const selected = selectFrom(req.selectIn === undefined ? body : pick(body, req.selectIn), req.select, vars);
  for (const [key, path] of Object.entries(req.capture ?? {})) {
    const v = pick(selected, path);
    if (v !== undefined && v !== null) vars[key] = String(v);
  }
  return { label, sent: `${method} ${url.pathname.replace(/^\/api\/v1/, '')}${url.search}`, status: res.status, body, selected };
}

/**
 * fetch that waits out the target's rate limit: a 429 is retried after its Retry-After (the real
 * Coolify throttles the API per token), so a long run compares answers, not throttling.
 */
async function fetchPacing429(url: URL, init: RequestInit): Promise<Response> {
  for (let attempt = 0; ; attempt += 1) {
    const res = await fetch(url, init);
    if (res.status !== 429 || attempt >= 6) return res;
    await res.text();
    const seconds = Number(res.headers.get('retry-after'));
    await new Promise((resolve) => setTimeout(resolve, Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 65) * 1000 : 10_000));
  }
}

function selectFrom(body: unknown, select: CaseRequest['select'], vars: Record<string, string>): unknown {
  if (!select) return body;
  // A list Coolify serialised as an object keyed by index (a collection sorted with its keys
  // kept, DeployController.php:76-80) is still a list of items.
  const items = Array.isArray(body) ? body : body !== null && typeof body === 'object' && Object.keys(body).every((k) => /^\d+$/.test(k)) ? Object.values(body) : undefined;
  if (!items) return undefined;
  const want = fill(select, vars) as Record<string, unknown>;
  return items.find((item) => item !== null && typeof item === 'object' && Object.entries(want).every(([k, v]) => (item as Record<string, unknown>)[k] === v));
}

/** Fills `{{holes}}` in every string of a JSON value. */
export function fill(value: unknown, vars: Record<string, string>): unknown {
  if (typeof value === 'string') return value.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? `{{${k}}}`);
  if (Array.isArray(value)) return value.map((v) => fill(v, vars));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars)]));
  return value;
}

function checked(c: ConformanceCase): CheckedRequest[] {
  return [c.request, ...(c.readBack ?? [])];
}

/** Where a run misses the case's expectations (empty: it meets them all). */
export function expectationFailures(c: ConformanceCase, run: CaseRun): string[] {
  if (run.setupError) return [run.setupError];
  const out: string[] = [];
  for (const [i, req] of checked(c).entries()) {
    const step = run.steps[i]!;
    const e = req.expect;
    const at = `${step.label} ${step.sent}`;
    const body = step.selected;
    if (step.status !== e.status) out.push(`${at}: status ${step.status}, want ${e.status} (answer ${JSON.stringify(step.body).slice(0, 300)})`);
    if (e.message !== undefined && pick(body, 'message') !== e.message) out.push(`${at}: message ${JSON.stringify(pick(body, 'message'))}, want ${JSON.stringify(e.message)}`);
    if (e.errors) {
      const got = Object.keys((pick(body, 'errors') as object | undefined) ?? {}).sort();
      if (!isDeepStrictEqual(got, [...e.errors].sort())) out.push(`${at}: errors on ${JSON.stringify(got)}, want ${JSON.stringify([...e.errors].sort())}`);
    }
    for (const [path, want] of Object.entries((fill(e.body ?? {}, run.vars) as Record<string, unknown>))) {
      const got = pick(body, path);
      if (!isDeepStrictEqual(got, want)) out.push(`${at}: ${path} = ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    }
    for (const path of e.absent ?? []) if (pick(body, path) !== undefined) out.push(`${at}: ${path} present (${JSON.stringify(pick(body, path))}), want absent`);
  }
  return out;
}

/** Where two runs of a case differ: status, answer shape, compared values. */
export function differences(c: ConformanceCase, a: CaseRun, b: CaseRun): string[] {
  if (a.setupError || b.setupError) return [`setup: ${a.target}: ${a.setupError ?? 'ok'} | ${b.target}: ${b.setupError ?? 'ok'}`];
  const out: string[] = [];
  for (const [i, req] of checked(c).entries()) {
    const x = a.steps[i]!;
    const y = b.steps[i]!;
    const at = `${x.label} ${c.request === req ? c.endpoint : req.call}`;
    if (x.status !== y.status) out.push(`${at}: status ${a.target} ${x.status} vs ${b.target} ${y.status}`);
    if (req.shape !== false) {
      const sa: Shape = shapeOf(x.selected);
      const sb: Shape = shapeOf(y.selected);
      for (const d of shapeDiff(sa, sb)) out.push(`${at}: shape ${d.replace('only in A', `only in ${a.target}`).replace('only in B', `only in ${b.target}`)}`);
    }
    for (const path of req.values ?? []) {
      const va = pick(x.selected, path);
      const vb = pick(y.selected, path);
      if (!isDeepStrictEqual(va, vb)) out.push(`${at}: value ${path}: ${a.target} ${JSON.stringify(va)} vs ${b.target} ${JSON.stringify(vb)}`);
    }
  }
  return out;
}

/** A readable report of one case's problems: endpoint, id, source line, then one line each. */
export function report(c: ConformanceCase, problems: string[], runs: CaseRun[] = []): string {
  const head = `${c.endpoint}  [${c.id}]  (${c.source})${c.rule ? `\n  rule: ${c.rule}` : ''}`;
  const answers = runs.flatMap((r) => r.steps.map((s) => `  ${r.target} ${s.label} ${s.sent} -> ${s.status} ${JSON.stringify(s.body).slice(0, 400)}`));
  return [head, ...problems.map((p) => `  - ${p}`), ...answers].join('\n');
}
