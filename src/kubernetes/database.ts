/**
 * A database → StatefulSet (volume claim template), headless Service, value-less Secret and
 * one CronJob per backup running the engine's dump tool into a backups claim.
 */
import type { BackupSpec, DatabaseSpec, DatabaseType, Resolved } from '../manifest/types.js';
import { isSecretPart, isTemplate } from '../model/value.js';
import { K8S_ENGINES } from './engines.js';
import { k8sName, k8sNameMax, portName, selectorLabels, standardLabels } from './names.js';
import type { ExportedObject, K8sEnvVar, K8sObject } from './types.js';
import { databaseIdentity, databaseSecretName, plainText, type ClusterContext } from './values.js';
import { buildContainerEnv, cronSchedule, databaseProbe, envConfigMapName, resources } from './workload.js';
import { placedAddress } from '../model/address.js';

function dumpScript(type: DatabaseType, host: string, user: string, database: string, backup: Resolved<BackupSpec>, prefix: string): string | undefined {
  const stamp = '$$(date +%Y%m%d-%H%M%S)';
  const dbs = (backup.databases ?? []).map((d) => plainText(d)).filter((d): d is string => !!d);
  const targets = dbs.length > 0 ? dbs : [database];
  const lines = ['set -eu'];
  switch (type) {
    case 'postgresql':
      if (backup.dumpAll) lines.push(`PGPASSWORD="$DB_PASSWORD" pg_dumpall -h ${host} -U ${user} > "/backups/${prefix}-all-${stamp}.sql"`);
      else for (const d of targets) lines.push(`PGPASSWORD="$DB_PASSWORD" pg_dump -h ${host} -U ${user} -d ${d} -Fc -f "/backups/${prefix}-${d}-${stamp}.dump"`);
      break;
    case 'mysql':
    case 'mariadb': {
      const tool = type === 'mysql' ? 'mysqldump' : 'mariadb-dump';
      if (backup.dumpAll) lines.push(`${tool} -h ${host} -u root -p"$DB_ROOT_PASSWORD" --all-databases --single-transaction > "/backups/${prefix}-all-${stamp}.sql"`);
      else for (const d of targets) lines.push(`${tool} -h ${host} -u ${user} -p"$DB_PASSWORD" --single-transaction ${d} > "/backups/${prefix}-${d}-${stamp}.sql"`);
      break;
    }
    case 'mongodb': {
      const uri = `mongodb://${user}:$DB_PASSWORD@${host}:27017/?authSource=admin`;
      if (backup.dumpAll) lines.push(`mongodump --uri "${uri}" --gzip --archive="/backups/${prefix}-all-${stamp}.archive.gz"`);
      else for (const d of targets) lines.push(`mongodump --uri "${uri}" --db ${d} --gzip --archive="/backups/${prefix}-${d}-${stamp}.archive.gz"`);
      break;
    }
    default:
      return undefined;
  }
  const keep = backup.keepLocally;
  if (keep?.amount !== undefined) lines.push(`ls -1t /backups/${prefix}-* | tail -n +${keep.amount + 1} | xargs -r rm -f --`);
  if (keep?.days !== undefined) lines.push(`find /backups -name '${prefix}-*' -mtime +${keep.days} -delete`);
  return lines.join('\n');
}

/** Builds every object of one database. */
export function databaseObjects(name: string, db: Resolved<DatabaseSpec>, ctx: ClusterContext, s3Describe: (s3: string) => string): ExportedObject[] {
  const objects: ExportedObject[] = [];
  const id = k8sName(name);
  const type = db.type as DatabaseType; // a schema enum: never an expression
  const engine = K8S_ENGINES[type]!; // export.ts skips engines without an entry
  const identity = databaseIdentity(ctx, name)!;
  const where = placedAddress(ctx.project, ctx.environment, 'database', name);
  const meta = (objName: string, component = 'database'): K8sObject['metadata'] => ({
    name: objName,
    namespace: ctx.namespace,
    labels: standardLabels(name, ctx.project, component, ctx.environment),
  });
  const image = plainText(db.image) ?? engine.image;
  const secretName = databaseSecretName(name);
  const notes = [`From ${where}.`];
  const hasRoot = engine.rootPasswordEnv !== undefined;
  const ref = (key: string): K8sEnvVar['valueFrom'] => ({ secretKeyRef: { name: secretName, key } });
  const env: K8sEnvVar[] = [];
  if (engine.userEnv) env.push({ name: engine.userEnv, value: identity.user });
  if (engine.databaseEnv) env.push({ name: engine.databaseEnv, value: identity.database });
  env.push({ name: engine.passwordEnv, valueFrom: ref('password') });
  if (engine.rootPasswordEnv) env.push({ name: engine.rootPasswordEnv, valueFrom: ref('root-password') });
  for (const [k, v] of Object.entries(engine.extraEnv ?? {})) env.push({ name: k, value: v });
  const initdb = plainText(db.initdbArgs);
  if (initdb) env.push({ name: 'POSTGRES_INITDB_ARGS', value: initdb });
  const hba = plainText(db.hostAuthMethod);
  if (hba) env.push({ name: 'POSTGRES_HOST_AUTH_METHOD', value: hba });
  const extra = buildContainerEnv(db.env, ctx, `${secretName}-env`, where);
  notes.push(...extra.notes);
  if (db.conf !== undefined) notes.push('The engine configuration (`conf`) is not exported: mount it from a ConfigMap.');
  if (db.public) notes.push(`The public port${db.publicPort ? ` ${db.publicPort}` : ''} is not exported: use a LoadBalancer or NodePort Service.`);
  if (Object.keys(extra.configData).length > 0) {
    objects.push({ file: `${id}.configmap.yaml`, notes: [`Extra env of ${where}.`], object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(envConfigMapName(name)), data: extra.configData } });
  }
  const container: Record<string, unknown> = {
    name: id,
    image,
    ...(engine.args ? { args: engine.args } : {}),
    ports: [{ name: portName(engine.port), containerPort: engine.port }],
    ...(Object.keys(extra.configData).length > 0 ? { envFrom: [{ configMapRef: { name: envConfigMapName(name) } }] } : {}),
    env: [...env, ...extra.env],
    volumeMounts: [{ name: 'data', mountPath: engine.dataPath }],
  };
  const res = resources(db.limits);
  if (res) container.resources = res;
  const probe = databaseProbe(db.healthCheck, engine.probe);
  if (probe) {
    container.livenessProbe = probe;
    container.readinessProbe = probe;
  }
  const stsNotes = [...notes, 'The data volume size is a placeholder.'];
  objects.push({
    file: `${id}.statefulset.yaml`,
    notes: stsNotes,
    object: {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: meta(id),
      spec: {
        serviceName: id,
        replicas: 1,
        selector: { matchLabels: selectorLabels(name, ctx.project) },
        template: { metadata: { labels: standardLabels(name, ctx.project, 'database', ctx.environment) }, spec: { containers: [container] } },
        volumeClaimTemplates: [
          { metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } } },
        ],
      },
    },
  });
  objects.push({
    file: `${id}.service.yaml`,
    notes: [`Headless Service of ${where}: ${id}.${ctx.namespace}.svc.cluster.local:${engine.port}.`],
    object: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta(id),
      spec: { clusterIP: 'None', selector: selectorLabels(name, ctx.project), ports: [{ name: portName(engine.port), port: engine.port, targetPort: engine.port, protocol: 'TCP' }] },
    },
  });
  const passwordOrigin = (field: unknown): string => {
    if (field === undefined) return 'generated by Coolify: copy it from Coolify or choose a new one';
    const secret = isTemplate(field) ? field.$template.find((p) => typeof p !== 'string' && isSecretPart(p)) : undefined;
    return secret !== undefined && typeof secret !== 'string' && isSecretPart(secret) ? `the manifest secret ${secret.secret}` : 'set in the manifest';
  };
  const secretKeys: Record<string, string> = { password: '', ...(hasRoot ? { 'root-password': '' } : {}) };
  objects.push({
    file: `secrets/${id}.secret.yaml`,
    notes: [
      `Passwords of ${where}. Values are NOT exported: fill them in before applying this file once.`,
      `password: ${passwordOrigin(db.password)}.`,
      ...(hasRoot ? [`root-password: ${passwordOrigin(db.rootPassword)}.`] : []),
    ],
    object: { apiVersion: 'v1', kind: 'Secret', metadata: { ...meta(id), annotations: { 'ado-coolify.dev/values': 'not exported: fill in every key' } }, type: 'Opaque', stringData: secretKeys },
  });
  if (extra.secrets.length > 0) {
    objects.push({
      file: `secrets/${id}.secret.yaml`,
      notes: [`Secret env of ${where}; values are NOT exported.`],
      object: { apiVersion: 'v1', kind: 'Secret', metadata: { ...meta(`${secretName}-env`), annotations: { 'ado-coolify.dev/values': 'not exported: fill in every key' } }, type: 'Opaque', stringData: Object.fromEntries(extra.secrets.sort().map((k) => [k, ''])) },
    });
  }

  const backups = db.backups ?? [];
  if (backups.length > 0) {
    const host = `${id}.${ctx.namespace}.svc.cluster.local`;
    const claim = k8sName(name, 'backups');
    backups.forEach((b, i) => {
      const bName = plainText(b.name) ?? String(i);
      const script = dumpScript(type, host, identity.user, identity.database, b, k8sName(name, bName));
      if (!script) {
        stsNotes.push(`Backup \`${bName}\` is not exported: no dump tool is known for ${type}.`);
        return;
      }
      const bNotes = [`Backup \`${bName}\` of ${where}: dumps into the claim ${claim}.`];
      if (b.s3) bNotes.push(`S3 upload is NOT configured: Coolify sent this backup to ${s3Describe(plainText(b.s3) ?? '')}; add an upload step (aws s3 cp, rclone) or a sidecar.`);
      const backupEnv: K8sEnvVar[] = [{ name: 'DB_PASSWORD', valueFrom: ref('password') }, ...(hasRoot ? [{ name: 'DB_ROOT_PASSWORD', valueFrom: ref('root-password') }] : [])];
      objects.push({
        file: `${id}.cronjob.yaml`,
        notes: bNotes,
        object: {
          apiVersion: 'batch/v1',
          kind: 'CronJob',
          metadata: meta(k8sNameMax(52, name, 'backup', bName), 'backup'),
          spec: {
            schedule: cronSchedule(plainText(b.schedule) ?? ''),
            concurrencyPolicy: 'Forbid',
            ...(b.enabled === false ? { suspend: true } : {}),
            jobTemplate: {
              spec: {
                ...(b.timeout !== undefined ? { activeDeadlineSeconds: b.timeout } : {}),
                template: {
                  spec: {
                    restartPolicy: 'OnFailure',
                    containers: [{ name: 'backup', image, command: ['sh', '-c', script], env: backupEnv, volumeMounts: [{ name: 'backups', mountPath: '/backups' }] }],
                    volumes: [{ name: 'backups', persistentVolumeClaim: { claimName: claim } }],
                  },
                },
              },
            },
          },
        },
      });
    });
    if (objects.some((o) => o.object.kind === 'CronJob')) {
      objects.push({
        file: `${id}.pvc.yaml`,
        notes: [`Backup files of ${where}; the size is a placeholder.`],
        object: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: meta(claim, 'backup'), spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '20Gi' } } } },
      });
    }
  }
  return objects;
}
