/**
 * An application → Deployment, Service, Ingress (cert-manager TLS), ConfigMaps (plain env,
 * file storages), PersistentVolumeClaims, CronJobs (scheduled tasks) and a value-less Secret.
 */
import type { ApplicationSpec, DeployCommandSpec, Resolved } from '../manifest/types.js';
import { k8sName, k8sNameMax, portName, selectorLabels, standardLabels } from './names.js';
import type { ExportedObject, K8sObject } from './types.js';
import { plainText, renderFileContent, type ClusterContext } from './values.js';
import { appProbe, buildContainerEnv, cronSchedule, envConfigMapName, resources } from './workload.js';
import { placedAddress } from '../model/address.js';

/** Placeholder image of applications Coolify builds from git or an inline Dockerfile. */
export const BUILT_IMAGE_PLACEHOLDER = '<FILL IN: built image>';

/** Options shared by the builders. */
export interface BuildOptions {
  clusterIssuer: string;
}

interface DomainRoute {
  host: string;
  https: boolean;
  path: string;
  port: number;
}

function routes(app: Resolved<ApplicationSpec>, firstPort: number): DomainRoute[] {
  const out: DomainRoute[] = [];
  for (const d of app.domains ?? []) {
    const text = plainText(d);
    if (!text) continue;
    try {
      const u = new URL(text);
      out.push({ host: u.hostname, https: u.protocol === 'https:', path: u.pathname || '/', port: u.port ? Number(u.port) : firstPort });
    } catch {
      // the schema accepted it; a URL the WHATWG parser rejects is skipped
    }
  }
  return out;
}

function commandText(c: Resolved<DeployCommandSpec> | undefined): string | undefined {
  if (c === undefined) return undefined;
  return typeof c === 'object' && c !== null && 'command' in c ? plainText(c.command) : plainText(c);
}

/** Builds every object of one application. */
export function applicationObjects(name: string, app: Resolved<ApplicationSpec>, ctx: ClusterContext, opts: BuildOptions): ExportedObject[] {
  const objects: ExportedObject[] = [];
  const id = k8sName(name);
  const meta = (objName: string, component = 'application'): K8sObject['metadata'] => ({
    name: objName,
    namespace: ctx.namespace,
    labels: standardLabels(name, ctx.project, component, ctx.environment),
  });
  const where = placedAddress(ctx.project, ctx.environment, 'application', name);
  const deploymentNotes: string[] = [`From ${where}.`];
  const image = plainText(app.image) ?? BUILT_IMAGE_PLACEHOLDER;
  if (app.image === undefined) {
    deploymentNotes.push(`Coolify builds this application (${app.git ? `git ${plainText(app.git.repository) ?? ''}` : 'inline Dockerfile'}): build and push the image, then replace ${BUILT_IMAGE_PLACEHOLDER}.`);
  }
  const env = buildContainerEnv(app.env, ctx, id, where);
  deploymentNotes.push(...env.notes);
  const ports = app.ports ?? [];
  const domainRoutes = routes(app, ports[0] ?? 80);
  const servicePorts = [...ports];
  for (const r of domainRoutes) if (!servicePorts.includes(r.port)) servicePorts.push(r.port);

  // ConfigMaps: plain env and file storages
  const configMapFile = `${id}.configmap.yaml`;
  if (Object.keys(env.configData).length > 0) {
    objects.push({ file: configMapFile, notes: [`Plain env of ${where}.`], object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(envConfigMapName(name)), data: env.configData } });
  }
  const volumes: Array<Record<string, unknown>> = [];
  const mounts: Array<Record<string, unknown>> = [];
  const fileData: Record<string, string> = {};
  let rwoClaims = 0;
  for (const [sName, s] of Object.entries(app.storages ?? {})) {
    const volName = k8sName(sName);
    const mountPath = plainText(s.mountPath) ?? '/';
    if (s.type === 'file') {
      if (s.isDirectory) {
        volumes.push({ name: volName, emptyDir: {} });
        mounts.push({ name: volName, mountPath });
        deploymentNotes.push(`Storage \`${sName}\` is a directory in Coolify; mounted as an empty directory.`);
        continue;
      }
      const content = renderFileContent(s.content ?? '', ctx);
      if (content === undefined) {
        deploymentNotes.push(`Storage \`${sName}\` holds a secret: create it as a Secret by hand and mount it at ${mountPath}.`);
        continue;
      }
      fileData[sName] = content;
      mounts.push({ name: 'files', mountPath, subPath: sName });
      continue;
    }
    const hostPath = plainText(s.hostPath);
    if (hostPath) {
      volumes.push({ name: volName, hostPath: { path: hostPath, type: 'DirectoryOrCreate' } });
      mounts.push({ name: volName, mountPath });
      deploymentNotes.push(`Storage \`${sName}\` is a bind mount of ${hostPath} on the node; consider a PersistentVolumeClaim.`);
      continue;
    }
    const claim = k8sName(name, sName);
    rwoClaims++;
    volumes.push({ name: volName, persistentVolumeClaim: { claimName: claim } });
    mounts.push({ name: volName, mountPath });
    objects.push({
      file: `${id}.pvc.yaml`,
      notes: [`Volume \`${sName}\` of ${where}; the size is a placeholder.`],
      object: {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: meta(claim),
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      },
    });
  }
  if (Object.keys(fileData).length > 0) {
    const filesName = k8sName(name, 'files');
    volumes.push({ name: 'files', configMap: { name: filesName } });
    objects.push({ file: configMapFile, notes: [`File storages of ${where}.`], object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(filesName), data: fileData } });
  }
  const replicas = app.replicas ?? 1;
  if (replicas > 1 && rwoClaims > 0) deploymentNotes.push('Several replicas share ReadWriteOnce claims: use a ReadWriteMany storage class or one claim per replica.');
  if (app.autoscale) deploymentNotes.push('`autoscale` is not exported: use a HorizontalPodAutoscaler or KEDA.');

  const container: Record<string, unknown> = {
    name: id,
    image,
    ...(ports.length > 0 ? { ports: ports.map((p) => ({ name: portName(p), containerPort: p })) } : {}),
    ...(Object.keys(env.configData).length > 0 ? { envFrom: [{ configMapRef: { name: envConfigMapName(name) } }] } : {}),
    ...(env.env.length > 0 ? { env: env.env } : {}),
  };
  const res = resources(app.limits);
  if (res) container.resources = res;
  const probe = appProbe(app.healthCheck, ports[0]);
  if (probe) {
    container.livenessProbe = probe;
    container.readinessProbe = probe;
  }
  if (mounts.length > 0) container.volumeMounts = mounts;
  const pre = commandText(app.preDeploy);
  const initContainers = pre
    ? [{ name: 'pre-deploy', image, command: ['sh', '-c', pre], ...(container.envFrom ? { envFrom: container.envFrom } : {}), ...(container.env ? { env: container.env } : {}) }]
    : [];
  if (pre) deploymentNotes.push('The pre-deployment command runs as an init container of every pod.');
  if (app.postDeploy !== undefined) deploymentNotes.push('The post-deployment command is not exported: run it as a Job after rollout.');
  objects.push({
    file: `${id}.deployment.yaml`,
    notes: deploymentNotes,
    object: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(id),
      spec: {
        replicas,
        selector: { matchLabels: selectorLabels(name, ctx.project) },
        ...(rwoClaims > 0 ? { strategy: { type: 'Recreate' } } : {}),
        template: {
          metadata: { labels: standardLabels(name, ctx.project, 'application', ctx.environment) },
          spec: { ...(initContainers.length > 0 ? { initContainers } : {}), containers: [container], ...(volumes.length > 0 ? { volumes } : {}) },
        },
      },
    },
  });

  if (servicePorts.length > 0 || domainRoutes.length > 0) {
    const sp = servicePorts.length > 0 ? servicePorts : [80];
    objects.push({
      file: `${id}.service.yaml`,
      notes: [`In-cluster address of ${where}: ${id}.${ctx.namespace}.svc.cluster.local.`],
      object: {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: meta(id),
        spec: { selector: selectorLabels(name, ctx.project), ports: sp.map((p) => ({ name: portName(p), port: p, targetPort: p, protocol: 'TCP' })) },
      },
    });
  }
  if (domainRoutes.length > 0) {
    const hosts = [...new Set(domainRoutes.map((r) => r.host))];
    const tlsHosts = [...new Set(domainRoutes.filter((r) => r.https).map((r) => r.host))];
    const notes = [`Public domains of ${where}; TLS certificates from cert-manager (ClusterIssuer \`${opts.clusterIssuer}\`).`];
    if (app.redirect) notes.push(`The \`redirect: ${app.redirect}\` rule is not exported: add it with your ingress controller's annotations.`);
    objects.push({
      file: `${id}.ingress.yaml`,
      notes,
      object: {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: { ...meta(id), ...(tlsHosts.length > 0 ? { annotations: { 'cert-manager.io/cluster-issuer': opts.clusterIssuer } } : {}) },
        spec: {
          ...(tlsHosts.length > 0 ? { tls: [{ hosts: tlsHosts, secretName: k8sName(name, 'tls') }] } : {}),
          rules: hosts.map((host) => ({
            host,
            http: {
              paths: domainRoutes
                .filter((r) => r.host === host)
                .map((r) => ({ path: r.path, pathType: 'Prefix', backend: { service: { name: id, port: { number: r.port } } } })),
            },
          })),
        },
      },
    });
  }

  const secretKeys = [...env.secrets];
  for (const [tName, task] of Object.entries(app.scheduledTasks ?? {})) {
    const command = plainText(task.command) ?? '';
    objects.push({
      file: `${id}.cronjob.yaml`,
      notes: [`Scheduled task \`${tName}\` of ${where}.`],
      object: {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: meta(k8sNameMax(52, name, tName), 'scheduled-task'),
        spec: {
          schedule: cronSchedule(plainText(task.frequency) ?? ''),
          concurrencyPolicy: 'Forbid',
          ...(task.enabled === false ? { suspend: true } : {}),
          jobTemplate: {
            spec: {
              ...(task.timeout !== undefined ? { activeDeadlineSeconds: task.timeout } : {}),
              template: {
                spec: {
                  restartPolicy: 'OnFailure',
                  containers: [{ name: 'task', image, command: ['sh', '-c', command], ...(container.envFrom ? { envFrom: container.envFrom } : {}), ...(container.env ? { env: container.env } : {}) }],
                },
              },
            },
          },
        },
      },
    });
  }
  if (secretKeys.length > 0) {
    objects.push({
      file: `secrets/${id}.secret.yaml`,
      notes: [
        `Secret of ${where}: one key per manifest \`\${secrets.NAME}\`. Values are NOT exported:`,
        'fill them in before applying this file once, or create the Secret with kubectl create secret.',
      ],
      object: {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { ...meta(id), annotations: { 'ado-coolify.dev/values': 'not exported: fill in every key' } },
        type: 'Opaque',
        stringData: Object.fromEntries(secretKeys.sort().map((k) => [k, ''])),
      },
    });
  }
  return objects;
}
