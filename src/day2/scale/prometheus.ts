/**
 * The Prometheus text exposition format (pure parser) and a reader that fetches a metrics
 * endpoint and returns one sample's value.
 */
import { AdoError } from '../../errors.js';

/** One sample line: `name{label="v",…} value [timestamp]`. */
export interface PromSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A metric selector: `name` or `name{label="x",…}`. */
export interface PromSelector {
  name: string;
  labels: Record<string, string>;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;

function parseNumber(text: string): number {
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === 'NaN') return NaN;
  const n = Number(text);
  return text.trim() === '' ? NaN : n;
}

/** Parses `{a="x",b="y"}` from `text` at `start` (the `{`); returns labels and the index after `}`. */
function parseLabels(text: string, start: number): { labels: Record<string, string>; end: number } | undefined {
  const labels: Record<string, string> = {};
  let i = start + 1;
  for (;;) {
    while (text[i] === ' ' || text[i] === ',') i++;
    if (text[i] === '}') return { labels, end: i + 1 };
    const m = /^[a-zA-Z_][a-zA-Z0-9_]*/.exec(text.slice(i));
    if (!m) return undefined;
    const key = m[0];
    i += key.length;
    while (text[i] === ' ') i++;
    if (text[i] !== '=') return undefined;
    i++;
    while (text[i] === ' ') i++;
    if (text[i] !== '"') return undefined;
    i++;
    let value = '';
    for (; i < text.length && text[i] !== '"'; i++) {
      if (text[i] === '\\') {
        i++;
        const c = text[i];
        value += c === 'n' ? '\n' : (c ?? '');
      } else value += text[i];
    }
    if (text[i] !== '"') return undefined;
    i++;
    labels[key] = value;
  }
}

/** Parses the text exposition format; comments (`# HELP`, `# TYPE`) and malformed lines are skipped. */
export function parsePrometheusText(text: string): PromSample[] {
  const out: PromSample[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = NAME.exec(line);
    if (!m) continue;
    let rest = line.slice(m[0].length);
    let labels: Record<string, string> = {};
    if (rest.startsWith('{')) {
      const parsed = parseLabels(rest, 0);
      if (!parsed) continue;
      labels = parsed.labels;
      rest = rest.slice(parsed.end);
    }
    const fields = rest.trim().split(/\s+/);
    if (fields.length < 1 || fields[0] === '') continue;
    out.push({ name: m[0], labels, value: parseNumber(fields[0]!) });
  }
  return out;
}

/** Parses a selector `name` or `name{label="x"}`; throws an AdoError when malformed. */
export function parseSelector(query: string): PromSelector {
  const q = query.trim();
  const m = NAME.exec(q);
  const bad = (): AdoError =>
    new AdoError('ADO_BAD_METRIC_QUERY', `autoscale query "${query}" is not a metric name with optional labels`, {
      hint: 'use a sample name from the endpoint, e.g. queue_depth or queue_depth{queue="jobs"} (PromQL expressions are not evaluated)',
    });
  if (!m) throw bad();
  const rest = q.slice(m[0].length);
  if (rest === '') return { name: m[0], labels: {} };
  if (!rest.startsWith('{')) throw bad();
  const parsed = parseLabels(rest, 0);
  if (!parsed || rest.slice(parsed.end).trim() !== '') throw bad();
  return { name: m[0], labels: parsed.labels };
}

/** The sum of the samples matching the selector (its labels a subset of the sample's), or undefined if none. */
export function selectValue(samples: readonly PromSample[], selector: PromSelector): number | undefined {
  const hits = samples.filter((s) => s.name === selector.name && Object.entries(selector.labels).every(([k, v]) => s.labels[k] === v));
  return hits.length === 0 ? undefined : hits.reduce((sum, s) => sum + s.value, 0);
}

/** Fetches a Prometheus text endpoint and returns the value of `query` (summed over matching samples). */
export async function readPrometheusMetric(url: string, query: string, fetchImpl: typeof fetch = fetch, timeoutMs = 10_000): Promise<number> {
  const selector = parseSelector(query);
  let text: string;
  try {
    const res = await fetchImpl(url, { headers: { accept: 'text/plain;version=0.0.4' }, signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
  } catch (err) {
    throw new AdoError('ADO_METRIC_UNREACHABLE', `cannot read the metrics endpoint ${redactUrl(url)}: ${(err as Error).message}`, {
      hint: 'the URL must serve the Prometheus text format (e.g. an exporter\'s /metrics) and be reachable from where autoscale runs',
    });
  }
  const value = selectValue(parsePrometheusText(text), selector);
  if (value === undefined) {
    throw new AdoError('ADO_METRIC_MISSING', `no sample "${query}" at ${redactUrl(url)}`, { hint: 'check the metric name and labels in the endpoint output' });
  }
  return value;
}

/** A URL without its userinfo, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(invalid URL)';
  }
}
