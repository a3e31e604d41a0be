/** Renders status rows as a table or JSON (pure). */
import type { StatusRow } from './rows.js';

/** The JSON document of `status --format json`. */
export interface StatusJson {
  formatVersion: '1';
  generatedAt: string;
  resources: StatusRow[];
}

/** The JSON document. */
export function statusJson(rows: StatusRow[], now: number): StatusJson {
  return { formatVersion: '1', generatedAt: new Date(now).toISOString(), resources: rows };
}

function ago(iso: string, now: number): string {
  const ms = now - Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.round(s / 60)}m ago`;
  if (s < 172_800) return `${Math.round(s / 3600)}h ago`;
  return `${Math.round(s / 86_400)}d ago`;
}

/** A plain-text table: resource, kind, status, domains, last deployment. */
export function renderStatusTable(rows: StatusRow[], now: number): string {
  if (rows.length === 0) return 'No managed resources found in Coolify for this manifest (run `ado-coolify apply` first).\n';
  const header = ['RESOURCE', 'KIND', 'STATUS', 'DOMAINS', 'LAST DEPLOYMENT'];
  const table = rows.map((r) => [
    `${r.environment}/${r.name}`,
    r.kind,
    r.status,
    r.domains.join(', ') || '-',
    r.lastDeployment ? `${r.lastDeployment.status} ${ago(r.lastDeployment.at, now)}` : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const unhealthy = rows.filter((r) => r.healthy === false).length;
  const footer = `${rows.length} resource${rows.length === 1 ? '' : 's'}, ${rows.length - unhealthy} healthy, ${unhealthy} not healthy`;
  return `${[line(header), ...table.map(line)].join('\n')}\n\n${footer}\n`;
}
