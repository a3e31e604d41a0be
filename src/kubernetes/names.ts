/** Kubernetes names and the standard labels of exported objects. */

/** A DNS-1035 label (Service names): lower-case, `[a-z0-9-]`, starts with a letter, ≤ `max`. */
export function k8sName(...parts: string[]): string {
  return k8sNameMax(63, ...parts);
}

/** Like `k8sName` with a custom length limit (CronJobs: 52). */
export function k8sNameMax(max: number, ...parts: string[]): string {
  let s = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!/^[a-z]/.test(s)) s = `r-${s}`;
  return s.slice(0, max).replace(/-+$/, '');
}

/** A label value: ≤ 63, alphanumerics with `-_.` inside. */
export function labelValue(s: string): string {
  return s.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 63).replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '') || 'x';
}

/** An env var name usable in `$(NAME)`: upper-case `[A-Z0-9_]`. */
export function envName(...parts: string[]): string {
  return parts.join('_').toUpperCase().replace(/[^A-Z0-9_]+/g, '_');
}

/** Label key of the managing tool. */
export const MANAGED_BY = 'ado-coolify-export';

/** Standard labels of an object. */
export function standardLabels(name: string, project: string, component: string, environment: string): Record<string, string> {
  return {
    'app.kubernetes.io/name': labelValue(name),
    'app.kubernetes.io/part-of': labelValue(project),
    'app.kubernetes.io/component': component,
    'app.kubernetes.io/managed-by': MANAGED_BY,
    'ado-coolify.dev/environment': labelValue(environment),
  };
}

/** The selector labels of a workload. */
export function selectorLabels(name: string, project: string): Record<string, string> {
  return { 'app.kubernetes.io/name': labelValue(name), 'app.kubernetes.io/part-of': labelValue(project) };
}

/** A port name (IANA service name: ≤ 15 characters). */
export function portName(port: number): string {
  return `tcp-${port}`;
}
