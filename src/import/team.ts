/**
 * The team-wide sections of an imported manifest (`s3Storages:`, `privateKeys:`, …): one entry
 * per live record, written by the kind's own `team.importEntry` (src/kinds/), with the name made
 * a manifest name, the description and `protect` from the record, and every secret a
 * `${secrets.…}` placeholder in the book. Pure.
 */
import { TEAM_KINDS, teamAddress, type TeamKind } from '../model/address.js';
import { specFor } from '../kinds/registry.js';
import type { TeamImportLists } from '../kinds/spec.js';
import { describe } from './describe.js';
import { NameScope } from './names.js';
import type { SecretBook } from './secrets.js';
import type { ImportNote, ImportRename, WireRecord } from './types.js';

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/** What a team section's import writes into besides the section. */
export interface TeamImportContext {
  book: SecretBook;
  notes: ImportNote[];
  renames: ImportRename[];
}

/** True when the kind's table says how to import it. */
export function importsTeamKind(kind: TeamKind): boolean {
  return specFor(kind).team?.importEntry !== undefined;
}

/**
 * The section of a team-wide kind for these live records, or undefined when there are none (or
 * the kind is not imported). A renamed entry gets a todo: its address follows the manifest
 * name, so Coolify's record must be renamed too, or apply creates a second one. `children`:
 * the sub-resources read under each record, by its uuid (a server's registry logins).
 */
export function importTeamSection(
  kind: TeamKind, records: readonly WireRecord[], ctx: TeamImportContext, lists: TeamImportLists = {}, children: Readonly<Record<string, TeamImportLists>> = {},
): Record<string, unknown> | undefined {
  const team = specFor(kind).team;
  const importEntry = team?.importEntry;
  // A singleton switched off (a notification channel never set up) is Coolify's default: left out.
  const wanted = team?.singleton ? records.filter((r) => !team.singleton?.pruned(r)) : records;
  if (importEntry === undefined || wanted.length === 0) return undefined;
  const { prefix, label, section } = TEAM_KINDS[kind];
  const names = new NameScope(kind, '', ctx.renames);
  const out: Record<string, unknown> = {};
  for (const record of wanted) {
    const live = str(record.name);
    // A record the kind does not import (a public Git source Coolify seeds) takes no name.
    if (importEntry(record, () => undefined, lists) === undefined) continue;
    const name = names.take(live);
    const address = teamAddress(kind, name);
    const entry: Record<string, unknown> = {};
    describe(entry, record);
    const secret = (field: string, what: string, value: string | undefined): unknown => ctx.book.add([prefix, name, field], `${address} ${what}`, value);
    Object.assign(entry, importEntry(record, secret, lists, children[str(record.uuid)]));
    if (name !== live) {
      ctx.notes.push({ severity: 'todo', where: address, message: `Coolify names this ${label} \`${live}\`: rename it there to \`${name}\` first, or apply creates a second one (the ${section} entry's name is its identity)` });
    }
    out[name] = entry;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
