/** Manifest → Kubernetes export (`ado-coolify export kubernetes`). */
export { exportKubernetes } from './export.js';
export { BUILT_IMAGE_PLACEHOLDER } from './application.js';
export type { ExportedObject, K8sObject, KubernetesExport, KubernetesExportOptions } from './types.js';
