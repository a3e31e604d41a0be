/** Shapes of the Kubernetes export. Objects are plain JSON, validated in tests with kubernetes-models. */

/** A Kubernetes object as written to YAML. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: K8sMetadata;
  [field: string]: unknown;
}

/** Object metadata. */
export interface K8sMetadata {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** A container env entry. */
export interface K8sEnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } };
}

/** One exported object with the file it goes to and header notes for that file. */
export interface ExportedObject {
  /** Path relative to the output directory, e.g. `api.deployment.yaml`, `secrets/api.secret.yaml`. */
  file: string;
  object: K8sObject;
  /** Lines for the file's header comment. */
  notes: string[];
}

/** Options of an export. */
export interface KubernetesExportOptions {
  /** Environment to export; default `production`, or the only one. */
  environment?: string;
  /** Namespace of every object; default: the project name. */
  namespace?: string;
  /** Cluster issuer for cert-manager, default `letsencrypt`. */
  clusterIssuer?: string;
}

/** The export: objects, the rendered files (README included) and what did not carry over. */
export interface KubernetesExport {
  objects: ExportedObject[];
  /** Rendered files by relative path. */
  files: Record<string, string>;
  /** Manifest features that have no Kubernetes equivalent here (also in the README). */
  notCarried: string[];
}
