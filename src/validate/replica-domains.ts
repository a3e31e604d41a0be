/**
 * ADO308's rule, in one place: replicas are separate Coolify applications, so an application
 * with public domains cannot run more than one instance (the instances would fight over the
 * domain, and Coolify refuses the second with a 409). `validate` reports it on the manifest,
 * and `scale`/`autoscale` and the plan's replica override refuse it before changing anything.
 * Pure.
 */

/** Why an application cannot have this many instances, and what to do instead. */
export interface ReplicaDomainsProblem {
  message: string;
  hint: string;
}

/** The parts of an application's spec the rule looks at. */
export interface ReplicaDomainsInput {
  domains?: unknown;
  replicas?: unknown;
  autoscale?: unknown;
}

const hasDomains = (spec: ReplicaDomainsInput): boolean => Array.isArray(spec.domains) && spec.domains.length > 0;

/**
 * The problem with `spec` (manifest `replicas` above 1 or `autoscale`, with domains), or with
 * running it at `count` instances when `count` is given (scale and autoscale); undefined when
 * the combination is fine.
 */
export function replicaDomainsProblem(name: string, spec: ReplicaDomainsInput, count?: number): ReplicaDomainsProblem | undefined {
  if (!hasDomains(spec)) return undefined;
  if (count !== undefined) {
    if (count <= 1) return undefined;
    return {
      message: `\`${name}\` has public domains and cannot run ${count} instances: replicas are separate applications and cannot share a domain`,
      hint: 'scale only internal workers (no `domains`); for a public app, remove `domains` and put a load balancer in front, or keep one instance',
    };
  }
  if (typeof spec.replicas === 'number' && spec.replicas > 1) {
    return {
      message: `\`${name}\` has replicas: ${spec.replicas} and public domains: replicas are separate applications and cannot share a domain`,
      hint: 'remove `domains` (put a load balancer in front) or use a single replica',
    };
  }
  if (spec.autoscale !== undefined && spec.autoscale !== null && typeof spec.autoscale === 'object') {
    return {
      message: `\`${name}\` autoscales and has public domains: replicas are separate applications and cannot share a domain`,
      hint: 'remove `domains` or `autoscale`',
    };
  }
  return undefined;
}
