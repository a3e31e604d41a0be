import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/source.js';
import type { DependencyEdge } from '../model/resource.js';
import type { PlacedKind } from '../model/address.js';
import { CODES } from '../model/diagnostic-codes.js';
import { makeDiagnostic } from '../diagnostics/make.js';
import { joinPointer, pointerLabel } from '../manifest/pointer.js';
import { entriesOf, holderOf, isObject, listPlaced, type PlacedEntry } from '../manifest/structure.js';
import { checkSchedule } from './cron.js';
import { findCycles } from './cycles.js';
import { checkDomain, checkUrlTemplate } from './domains.js';
import { replicaDomainsProblem } from './replica-domains.js';
import { checkLiteralSecrets } from './sensitive.js';
import { runCoolifyRules } from './coolify-rules.js';
import { checkDuplicateDomains } from './duplicate-domains.js';
import { checkIgnoreChanges } from './ignore-changes.js';
import { checkMoved } from './moved.js';
import { checkSecretManagers } from './secret-managers.js';
import { checkCloudInitScripts } from './cloud-init-scripts.js';
import { checkCloudServers } from './cloud-servers.js';

/**
 * Semantic checks the JSON Schema cannot express. They run on a possibly invalid document
 * (after vars and env expansion), skip anything of an unexpected shape, and never throw.
 */

/** Inputs of the semantic checks. */
export interface SemanticInputs {
  /** The document after vars/env expansion. */
  doc: unknown;
  /** The document as written (for "is this a literal?" questions). */
  rawDoc: unknown;
  /** Dependency edges from resolution (references and dependsOn make cycles). */
  edges: readonly DependencyEdge[];
  /** Position of a key (or value) at a pointer. */
  locate: (pointer: string) => SourceLocation | undefined;
  /** Position of a value at a pointer. */
  locateValue?: (pointer: string) => SourceLocation | undefined;
}

/** Engines Coolify refuses to back up. */
export const NO_BACKUP_ENGINES: ReadonlySet<string> = new Set(['redis', 'keydb', 'dragonfly']);

const KIND_WORD: Record<string, string> = { application: 'an application', database: 'a database', service: 'a service' };

/** Runs every semantic check; diagnostics come back unsorted. */
export function runSemanticChecks(inputs: SemanticInputs): Diagnostic[] {
  const { doc, locate } = inputs;
  const locateValue = inputs.locateValue ?? locate;
  const out: Diagnostic[] = [];
  const add = (info: (typeof CODES)[keyof typeof CODES], message: string, pointer: string, hint?: string, atValue = false): void => {
    out.push(makeDiagnostic(info, message, { path: pointer, source: atValue ? locateValue(pointer) : locate(pointer), ...(hint ? { hint } : {}) }));
  };
  const isText = (v: unknown): v is string => typeof v === 'string' && !v.includes('${');

  // names
  if (isObject(doc)) {
    for (const [project, p] of entriesOf(doc.projects)) {
      if (project.length < 3) {
        add(CODES.NAME_TOO_SHORT, `project name \`${project}\` is too short: Coolify needs at least 3 characters`, joinPointer('/projects', project));
      }
      if (!isObject(p)) continue;
      for (const [env] of entriesOf(p.environments)) {
        if (env.length < 3) {
          add(
            CODES.NAME_TOO_SHORT,
            `environment name \`${env}\` is too short: Coolify needs at least 3 characters`,
            joinPointer('/projects', project, 'environments', env),
          );
        }
      }
    }
  }
  const placed = listPlaced(doc);
  const firstByName = new Map<string, PlacedEntry>();
  for (const entry of placed) {
    const key = `${entry.project}\u0000${entry.environment}\u0000${entry.name}`;
    const first = firstByName.get(key);
    if (!first) {
      firstByName.set(key, entry);
      continue;
    }
    const where = locate(first.pointer);
    add(
      CODES.DUPLICATE_NAME,
      `\`${entry.name}\` is both ${KIND_WORD[first.kind]} and ${KIND_WORD[entry.kind]} in ${entry.project}/${entry.environment}`,
      entry.pointer,
      `names are shared by applications, databases and services of an environment (first one${where ? ` at line ${where.line}` : ''}); rename one`,
    );
  }

  for (const entry of placed) {
    if (!isObject(entry.spec)) continue;
    PLACED_CHECKS[entry.kind](entry, entry.spec, add, isText);
  }

  out.push(...checkDuplicateDomains(placed, locateValue));
  out.push(...checkIgnoreChanges(placed, locateValue));
  out.push(...checkMoved(doc, placed, locateValue));
  out.push(...checkSecretManagers(doc, placed, locateValue));

  // cycles through references, dependsOn and waves
  const graphEdges = inputs.edges.filter((e) => e.reason === 'reference' || e.reason === 'dependsOn' || e.reason === 'wave');
  for (const cycle of findCycles(graphEdges, placed.map((p) => p.address))) {
    const first = cycle[0]!;
    const nameOf = (address: string): string => address.slice(address.lastIndexOf('/') + 1);
    const steps = cycle.map((e) => {
      const holder = holderOf(e.via ?? '');
      const label = e.reason === 'dependsOn' || e.reason === 'wave' ? e.reason : holder.kind === 'placed' ? pointerLabel(e.via ?? '', holder.entry.pointer) : 'reference';
      return `→ ${nameOf(e.to)} (${label})`;
    });
    const message =
      cycle.length === 1
        ? `\`${nameOf(first.from)}\` depends on itself: ${nameOf(first.from)} ${steps.join(' ')}`
        : `dependency cycle: ${nameOf(first.from)} ${steps.join(' ')}`;
    out.push(
      makeDiagnostic(CODES.CYCLE, message, {
        path: first.via,
        source: first.via !== undefined ? locate(first.via) : undefined,
        address: first.from,
        hint: 'remove one of these references or dependsOn entries, or put the resources in waves that follow the references',
      }),
    );
  }

  out.push(...checkLiteralSecrets(inputs.rawDoc, locateValue));
  out.push(...runCoolifyRules({ doc, locate, locateValue }));
  out.push(...checkCloudInitScripts(doc, locateValue));
  out.push(...checkCloudServers(doc, locate, locateValue));
  return out;
}

type Add = (info: (typeof CODES)[keyof typeof CODES], message: string, pointer: string, hint?: string, atValue?: boolean) => void;

/** The checks of one placed entry's own keys. */
type PlacedCheck = (entry: PlacedEntry, spec: Record<string, unknown>, add: Add, isText: (v: unknown) => v is string) => void;

/** The semantic checks of each placed kind (a table: a new kind must say what it checks). */
const PLACED_CHECKS: Record<PlacedKind, PlacedCheck> = {
  database: checkDatabase,
  application: checkApplication,
  service: checkService,
};

function checkService(entry: PlacedEntry, spec: Record<string, unknown>, add: Add, isText: (v: unknown) => v is string): void {
  checkTaskFrequencies(entry, spec, add, isText);
  const apps = isObject(spec.applications) ? spec.applications : {};
  for (const [name, app] of Object.entries(apps)) {
    if (!isObject(app) || !Array.isArray(app.domains)) continue;
    app.domains.forEach((d: unknown, i: number) => {
      const problem = isText(d) ? checkDomain(d) : undefined;
      if (problem) add(CODES.BAD_DOMAIN, problem, joinPointer(entry.pointer, 'applications', name, 'domains', i), undefined, true);
    });
  }
  if (!Array.isArray(spec.urls)) return;
  spec.urls.forEach((u: unknown, i: number) => {
    if (!isObject(u) || !isText(u.url)) return;
    const problem = checkDomain(u.url);
    if (problem) add(CODES.BAD_DOMAIN, problem, joinPointer(entry.pointer, 'urls', i, 'url'), undefined, true);
    // Both set the application's `fqdn` (ServicesController applyServiceUrls, and PATCH
    // …/applications/{app_uuid} `url`): one of them would undo the other on every apply.
    const name = u.name;
    if (isText(name) && isObject(apps[name]) && (apps[name] as Record<string, unknown>).domains !== undefined) {
      add(
        CODES.SERVICE_DOMAINS_TWICE,
        `the domains of \`${name}\` are set twice: in \`urls\` and in \`applications.${name}.domains\``,
        joinPointer(entry.pointer, 'applications', name, 'domains'),
        `keep one: drop the \`urls\` entry named ${name}, or \`applications.${name}.domains\``,
      );
    }
  });
}

function checkDatabase(entry: PlacedEntry, spec: Record<string, unknown>, add: Add, isText: (v: unknown) => v is string): void {
  const backups = spec.backups;
  if (!Array.isArray(backups)) return;
  if (typeof spec.type === 'string' && NO_BACKUP_ENGINES.has(spec.type) && backups.length > 0) {
    add(
      CODES.BACKUP_UNSUPPORTED,
      `\`${entry.name}\` is a ${spec.type} database: Coolify does not support scheduled backups for ${spec.type}`,
      joinPointer(entry.pointer, 'backups'),
      'remove `backups:` from this database',
    );
  }
  backups.forEach((b: unknown, i: number) => {
    if (!isObject(b) || !isText(b.schedule)) return;
    const problem = checkSchedule(b.schedule);
    if (problem) add(CODES.BAD_CRON, `invalid backup schedule: ${problem}`, joinPointer(entry.pointer, 'backups', i, 'schedule'), SCHEDULE_HINT, true);
  });
}

const SCHEDULE_HINT = 'use 5 cron fields such as `0 2 * * *`, or a keyword: hourly, daily, weekly, monthly, yearly, every_minute, @daily…';

/** The frequencies of an application's or a service's scheduled tasks (ScheduledTasksController.php:84 validate_cron_expression). */
function checkTaskFrequencies(entry: PlacedEntry, spec: Record<string, unknown>, add: Add, isText: (v: unknown) => v is string): void {
  for (const [name, task] of entriesOf(spec.scheduledTasks)) {
    if (!isObject(task) || !isText(task.frequency)) continue;
    const problem = checkSchedule(task.frequency);
    if (problem) add(CODES.BAD_CRON, `invalid task frequency: ${problem}`, joinPointer(entry.pointer, 'scheduledTasks', name, 'frequency'), SCHEDULE_HINT, true);
  }
}

function checkApplication(entry: PlacedEntry, spec: Record<string, unknown>, add: Add, isText: (v: unknown) => v is string): void {
  const sources = (['image', 'git', 'dockerfile'] as const).filter((k) => spec[k] !== undefined && spec[k] !== null);
  if (sources.length > 1) {
    add(
      CODES.SOURCE_COUNT,
      `application \`${entry.name}\` has ${sources.length} sources (${sources.map((s) => `\`${s}\``).join(', ')}); it needs exactly one`,
      entry.pointer,
      'keep one of `image`, `git` or `dockerfile`',
    );
  } else if (sources.length === 0) {
    add(CODES.SOURCE_COUNT, `application \`${entry.name}\` has no source`, entry.pointer, 'add one of `image`, `git` or `dockerfile`');
  }

  const domains = Array.isArray(spec.domains) ? spec.domains : [];
  domains.forEach((d: unknown, i: number) => {
    if (!isText(d)) return;
    const problem = checkDomain(d);
    if (problem) add(CODES.BAD_DOMAIN, problem, joinPointer(entry.pointer, 'domains', i), undefined, true);
  });

  if (isObject(spec.previews) && isText(spec.previews.urlTemplate)) {
    const problem = checkUrlTemplate(spec.previews.urlTemplate);
    if (problem) add(CODES.BAD_URL_TEMPLATE, problem, joinPointer(entry.pointer, 'previews', 'urlTemplate'), 'e.g. `pr-{{pr_id}}.preview.example.com`', true);
  }

  if (Array.isArray(spec.ports)) {
    const seen = new Set<unknown>();
    spec.ports.forEach((p: unknown, i: number) => {
      if (seen.has(p)) add(CODES.DUPLICATE_PORT, `port ${String(p)} is listed twice`, joinPointer(entry.pointer, 'ports', i), undefined, true);
      seen.add(p);
    });
  }
  if (Array.isArray(spec.portMappings)) {
    const seen = new Set<string>();
    spec.portMappings.forEach((m: unknown, i: number) => {
      if (typeof m !== 'string') return;
      const host = m.split(':')[0] ?? m;
      if (seen.has(host)) add(CODES.DUPLICATE_PORT, `host port ${host} is mapped twice`, joinPointer(entry.pointer, 'portMappings', i), undefined, true);
      seen.add(host);
    });
  }

  for (const field of ['replicas', 'autoscale'] as const) {
    const problem = replicaDomainsProblem(entry.name, { domains: spec.domains, [field]: spec[field] });
    if (problem) add(CODES.REPLICAS_WITH_DOMAINS, problem.message, joinPointer(entry.pointer, field), problem.hint);
  }
  if (isObject(spec.autoscale)) {
    const { min, max } = spec.autoscale;
    if (typeof min === 'number' && typeof max === 'number' && min > max) {
      add(CODES.AUTOSCALE_RANGE, `autoscale min (${min}) is greater than max (${max})`, joinPointer(entry.pointer, 'autoscale', 'min'));
    }
  }

  checkTaskFrequencies(entry, spec, add, isText);
  for (const [name, st] of entriesOf(spec.storages)) {
    if (!isObject(st) || !isObject(st.backup) || !isText(st.backup.schedule)) continue;
    const problem = checkSchedule(st.backup.schedule);
    if (problem) {
      add(CODES.BAD_CRON, `invalid storage backup schedule: ${problem}`, joinPointer(entry.pointer, 'storages', name, 'backup', 'schedule'), SCHEDULE_HINT, true);
    }
  }
}
