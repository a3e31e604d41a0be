/**
 * `importInstance`: everything a token sees → one manifest (`import --instance`): every
 * team-wide kind whose table says how to import it (`team.importEntry`), and every project as
 * `import --project` maps it, sharing one secret book and one `defaults.server`. The result
 * plans clean against the instance it was read from: the imported resources show as "adopt".
 * Pure.
 */
import { TEAM_KINDS, TEAM_KIND_LIST } from '../model/address.js';
import { defaultServer, finishImport, importProjectEntry, newImportScope, projectUsesS3 } from './import-project.js';
import { sanitizeCoolifyName } from './names.js';
import { importsTeamKind, importTeamSection } from './team.js';
import { specFor } from '../kinds/registry.js';
import type { ImportOptions, ImportResult, InstanceSnapshot } from './types.js';

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/** Maps an instance snapshot to one manifest. */
export function importInstance(snap: InstanceSnapshot, options: ImportOptions = {}): ImportResult {
  const scope = newImportScope();
  const manifest: Record<string, unknown> = { version: 1 };
  const server = defaultServer(snap.projects, snap.servers, options);
  if (server !== undefined) manifest['defaults'] = { server };

  for (const kind of TEAM_KIND_LIST) {
    if (!importsTeamKind(kind)) continue;
    const section = importTeamSection(kind, snap.team[kind], scope, snap.team, snap.teamChildren);
    if (section === undefined) continue;
    manifest[TEAM_KINDS[kind].section] = section;
    scope.count(kind, Object.keys(section).length);
  }
  for (const kind of snap.unreadable) {
    scope.notes.push({ severity: 'warning', where: TEAM_KINDS[kind].section, message: `this token cannot list the team's ${TEAM_KINDS[kind].label}s: the section is left out` });
  }
  for (const kind of snap.unreadableChildren ?? []) {
    const owner = specFor(kind).reads.under?.owners.find((o) => o in TEAM_KINDS);
    const entry = specFor(kind).underTeamEntry;
    if (owner === undefined || entry === undefined) continue;
    const section = TEAM_KINDS[owner as keyof typeof TEAM_KINDS].section;
    scope.notes.push({ severity: 'warning', where: section, message: `this token cannot list the ${entry.noun}s of the ${section} (Coolify shows them only with read:sensitive): no entry has \`${entry.key}:\`` });
  }
  // a backup names its S3 storage only when exactly one exists (the API does not say which)
  const storages = Object.keys((manifest[TEAM_KINDS.s3Storage.section] ?? {}) as object);
  const s3Name = storages.length === 1 ? storages[0] : undefined;
  if (storages.length > 1 && snap.projects.some(projectUsesS3)) {
    scope.notes.push({ severity: 'todo', where: TEAM_KINDS.s3Storage.section, message: `${storages.length} S3 storages exist and Coolify does not say which one a backup uses: set \`s3:\` on each backup` });
  }

  const projects: Record<string, unknown> = {};
  const taken = new Set<string>();
  for (const project of snap.projects) {
    const name = sanitizeCoolifyName(str(project.project.name));
    if (taken.has(name)) {
      // Addresses come from names: a second project of the same name cannot be told apart.
      scope.notes.push({ severity: 'todo', where: name, message: `another Coolify project is also named "${str(project.project.name)}" (uuid ${str(project.project.uuid)}): left out; rename one of them in Coolify and import again` });
      continue;
    }
    taken.add(name);
    const mapped = importProjectEntry(project, scope, {
      ...(server !== undefined ? { server } : {}),
      ...(s3Name !== undefined ? { s3Name } : {}),
      databasePasswords: options.databasePasswords === true,
    });
    projects[mapped.name] = mapped.entry;
  }
  manifest['projects'] = projects;
  return finishImport(manifest, scope);
}
