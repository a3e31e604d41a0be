/**
 * The check of cloud-init scripts the JSON Schema cannot express, after a rule of Coolify
 * 4.3.11 so the create is not refused half-way through an apply: ADO551, a script
 * ValidCloudInitYaml refuses (neither `#!…` nor YAML; kinds/cloud-init-text.ts).
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { joinPointer } from '../manifest/pointer.js';
import { entriesOf, isObject } from '../manifest/structure.js';
import { cloudInitProblem } from '../kinds/cloud-init-text.js';

/** Runs the check on a possibly invalid document; never throws. */
export function checkCloudInitScripts(doc: unknown, locateValue: (pointer: string) => SourceLocation | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!isObject(doc)) return out;
  for (const [name, entry] of entriesOf(doc.cloudInitScripts)) {
    if (!isObject(entry) || typeof entry.script !== 'string') continue;
    // A `${secrets.X}` reference stands for text that is not known yet: read as a plain word.
    const problem = cloudInitProblem(entry.script.replace(/\$\{[^}]*\}/g, 'x'));
    if (problem === undefined) continue;
    const pointer = joinPointer('/cloudInitScripts', name, 'script');
    out.push(
      makeDiagnostic(CODES.COOLIFY_CLOUD_INIT, `cloud-init script \`${name}\`: ${problem}`, {
        path: pointer,
        source: locateValue(pointer),
        hint: 'start a shell script with `#!/bin/bash`, or write cloud-config YAML (`#cloud-config` first)',
      }),
    );
  }
  return out;
}
