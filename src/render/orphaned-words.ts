/**
 * The words of the "No longer in the manifest" list, shared by the terminal and Markdown plans:
 * `--prune` deletes such a record, except one that says what it does instead (a notification
 * channel is switched off, never deleted).
 */
import type { UnmanagedResource } from '../model/plan.js';

/** The closing advice for the orphaned records, in plain words (`--prune` unformatted). */
export function orphanedAdvice(orphaned: readonly Pick<UnmanagedResource, 'onPrune'>[]): string {
  const deleted = orphaned.filter((u) => u.onPrune === undefined).length;
  if (deleted === orphaned.length) return 'Declare them again to keep managing them, or plan and apply with --prune to delete them.';
  if (deleted === 0) return 'Declare them again to keep managing them, or plan and apply with --prune to do what each line says.';
  return 'Declare them again to keep managing them, or plan and apply with --prune to delete them (or do what a line says instead).';
}
