/** Container pieces shared by Deployments, StatefulSets and CronJobs: env, resources, probes, schedules. */
import type { AppHealthCheckSpec, DatabaseHealthCheckSpec, EnvValueSpec, LimitsSpec, Resolved } from '../manifest/types.js';
import { isTemplate } from '../model/value.js';
import { k8sName } from './names.js';
import type { K8sEnvVar } from './types.js';
import { plainText, renderValue, type ClusterContext } from './values.js';

/** Container env: plain values for a ConfigMap, the rest as `env` entries. */
export interface ContainerEnv {
  /** Plain values (ConfigMap data). */
  configData: Record<string, string>;
  /** Explicit env entries: Secret refs and `$(VAR)` compositions, helpers first. */
  env: K8sEnvVar[];
  /** Manifest secret names the owner's Secret must hold. */
  secrets: string[];
  notes: string[];
}

/** Builds the container env of an owner whose manifest secrets live in Secret `secretOwner`. */
export function buildContainerEnv(env: Resolved<Record<string, EnvValueSpec>> | undefined, ctx: ClusterContext, secretOwner: string, where: string): ContainerEnv {
  const out: ContainerEnv = { configData: {}, env: [], secrets: [], notes: [] };
  const helpers: K8sEnvVar[] = [];
  const composed: K8sEnvVar[] = [];
  for (const [key, raw] of Object.entries(env ?? {})) {
    const isRecord = typeof raw === 'object' && raw !== null && !isTemplate(raw);
    const spec = isRecord ? (raw as { value: unknown; runtime?: boolean }) : undefined;
    if (spec?.runtime === false) {
      out.notes.push(`${where}: \`${key}\` is build-time only in Coolify; it is not set at run time`);
      continue;
    }
    const r = renderValue(spec ? spec.value : raw, ctx, secretOwner);
    out.notes.push(...r.notes.map((n) => `${where}: ${key}: ${n}`));
    for (const s of r.secrets) if (!out.secrets.includes(s)) out.secrets.push(s);
    for (const h of r.helpers) if (!helpers.some((x) => x.name === h.name)) helpers.push(h);
    if (r.kind === 'plain') out.configData[key] = r.text;
    else if (r.kind === 'secretRef') composed.push({ name: key, valueFrom: { secretKeyRef: { name: secretOwner, key: r.secretName ?? key } } });
    else composed.push({ name: key, value: r.text });
  }
  out.env = [...helpers, ...composed];
  return out;
}

/** A Docker memory size (`2g`, `512M`) as a Kubernetes quantity (`2Gi`, `512Mi`). */
export function memoryQuantity(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d+)([bkmgBKMG]?)$/.exec(v);
  if (!m || m[1] === '0') return undefined;
  const unit = (m[2] ?? '').toLowerCase();
  return `${m[1]}${unit === 'k' ? 'Ki' : unit === 'm' ? 'Mi' : unit === 'g' ? 'Gi' : ''}`;
}

/** Resource limits (requests default to limits in Kubernetes); undefined when none. */
export function resources(limits: Resolved<LimitsSpec> | undefined): Record<string, Record<string, string>> | undefined {
  if (!limits) return undefined;
  const out: Record<string, Record<string, string>> = {};
  const lim: Record<string, string> = {};
  const cpu = plainText(limits.cpus);
  if (cpu !== undefined && Number(cpu) > 0) lim.cpu = cpu;
  const mem = memoryQuantity(plainText(limits.memory));
  if (mem) lim.memory = mem;
  if (Object.keys(lim).length > 0) out.limits = lim;
  const reserved = memoryQuantity(plainText(limits.memoryReservation));
  if (reserved) out.requests = { memory: reserved };
  return Object.keys(out).length > 0 ? out : undefined;
}

function timing(h: { interval?: number; timeout?: number; retries?: number; startPeriod?: number }): Record<string, number> {
  return {
    ...(h.startPeriod !== undefined ? { initialDelaySeconds: h.startPeriod } : {}),
    ...(h.interval !== undefined ? { periodSeconds: h.interval } : {}),
    ...(h.timeout !== undefined ? { timeoutSeconds: h.timeout } : {}),
    ...(h.retries !== undefined ? { failureThreshold: h.retries } : {}),
  };
}

/** Liveness/readiness probe of an application; undefined when there is no (enabled) health check. */
export function appProbe(h: Resolved<AppHealthCheckSpec> | undefined, firstPort: number | undefined): Record<string, unknown> | undefined {
  if (!h || h.enabled === false) return undefined;
  if (h.type === 'cmd') {
    const command = plainText(h.command);
    return command ? { exec: { command: ['sh', '-c', command] }, ...timing(h) } : undefined;
  }
  const path = plainText(h.path) ?? '/';
  const port = h.port ?? firstPort ?? 80;
  return { httpGet: { path, port, ...(h.scheme === 'https' ? { scheme: 'HTTPS' } : {}) }, ...timing(h) };
}

/** Probe of a database, running the engine's own check. */
export function databaseProbe(h: Resolved<DatabaseHealthCheckSpec> | undefined, command: string): Record<string, unknown> | undefined {
  if (!h || h.enabled === false) return undefined;
  return { exec: { command: ['sh', '-c', command] }, ...timing(h) };
}

const KEYWORDS: Record<string, string> = {
  every_minute: '* * * * *',
  hourly: '0 * * * *',
  daily: '0 0 * * *',
  weekly: '0 0 * * 0',
  monthly: '0 0 1 * *',
  yearly: '0 0 1 1 *',
  '@hourly': '0 * * * *',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@weekly': '0 0 * * 0',
  '@monthly': '0 0 1 * *',
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
};

/** A Coolify schedule (cron or keyword) as a 5-field cron expression. */
export function cronSchedule(schedule: string): string {
  return KEYWORDS[schedule.trim()] ?? schedule.trim().replace(/\s+/g, ' ');
}

/** Name of an application's or database's ConfigMap of plain env values. */
export function envConfigMapName(owner: string): string {
  return k8sName(owner, 'env');
}
