/** Renders status rows as a table or JSON (pure). */
import { timeAgo } from '../../render/relative-time.js';
import { statusSummary, type StatusRow, type StatusSummary } from './rows.js';
import { jsonText, terminalText } from '../../render/sanitize.js';

/** The JSON document of `status --format json`. */
export interface StatusJson {
  /** `MAJOR.MINOR`, in the plan's style (audit p6). */
  formatVersion: '1.0';
  generatedAt: string;
  resources: StatusRow[];
  /** The counts the exit code follows: non-zero when `missing` or `notHealthy` is. */
  summary: StatusSummary;
}

/** The JSON document. */
export function statusJson(rows: StatusRow[], now: number): StatusJson {
  return { formatVersion: '1.0', generatedAt: new Date(now).toISOString(), resources: rows, summary: statusSummary(rows) };
}

/** `status --format json`: the document as text, live strings faithful but without a raw control or bidi character (`jsonText`). */
export function renderStatusJson(rows: StatusRow[], now: number): string {
  return `${jsonText(JSON.stringify(statusJson(rows, now), null, 2))}\n`;
}

/** The last line: `5 resources: 3 healthy, 1 not healthy, 1 missing`. */
export function statusFooter(rows: readonly StatusRow[]): string {
  const s = statusSummary(rows);
  const parts = [`${s.healthy} healthy`, `${s.notHealthy} not healthy`];
  if (s.missing > 0) parts.push(`${s.missing} missing`);
  if (s.unknown > 0) parts.push(`${s.unknown} unknown`);
  return `${s.resources} resource${s.resources === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

/** The `status --wait` progress line: the resources still not healthy (at most five named). */
export function renderWaitingLine(rows: readonly StatusRow[], elapsed: string, limit: string): string {
  const waiting = rows.filter((r) => r.healthy === false).map((r) => terminalText(`${r.environment}/${r.name} ${r.status}`));
  return `waiting for ${waiting.length} resource${waiting.length === 1 ? '' : 's'}: ${waiting.slice(0, 5).join(', ')}${waiting.length > 5 ? ', …' : ''} (${elapsed} of ${limit})\n`;
}

/** A plain-text table: resource, kind, health, status, domains, last deployment. */
export function renderStatusTable(rows: StatusRow[], now: number): string {
  if (rows.length === 0) return 'No managed resources found in Coolify for this manifest (run `ado-coolify apply` first).\n';
  const header = ['RESOURCE', 'KIND', 'HEALTH', 'STATUS', 'DOMAINS', 'LAST DEPLOYMENT'];
  // Every cell is live text (Coolify's names, statuses, fqdns): one line, no control sequence (audit M4).
  const table = rows.map((r) => [
    terminalText(`${r.environment}/${r.name}`),
    terminalText(r.kind),
    r.health,
    terminalText(r.status),
    r.domains.map(terminalText).join(', ') || '-',
    r.lastDeployment ? `${terminalText(r.lastDeployment.status)} ${terminalText(timeAgo(r.lastDeployment.at, now))}` : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return `${[line(header), ...table.map(line)].join('\n')}\n\n${statusFooter(rows)}\n`;
}
