/**
 * Shape of the generated per-release API table (src/releases/releases.generated.ts, written by
 * scripts/extract-releases.mjs from the coolify-terraform contract files). Pure data.
 */

/** One release the table describes. */
export interface ReleaseInfo {
  /** `4.3.11` */
  version: string;
  /** Where the contract was read from, e.g. `coollabsio/coolify@v4.3.11`. */
  extractedFrom: string;
}

/** What one release offers at one client endpoint. */
export interface EndpointInRelease {
  /** The route exists in this release. */
  route: boolean;
  /** Index into `fieldLists` of the allowed body keys; null when the contract records none. */
  fields: number | null;
}

/** One endpoint the client sends a body to, named as the client names it (`PATCH /projects/{uuid}`). */
export interface EndpointEntry {
  /** The contract's endpoint entry (`Controller::action`), null when it has none. */
  entry: string | null;
  /** Per release version. */
  releases: Record<string, EndpointInRelease>;
  /** The allow-list applies to each item of this array field (bulk env endpoints), not the body. */
  itemsOf?: string;
  /** Body field (dotted, `*` = any index) → name of the validation pattern it must match. */
  patterns?: Record<string, string>;
}

/** The whole table. */
export interface ReleaseData {
  /** Oldest first. */
  releases: ReleaseInfo[];
  /** Distinct sorted allow-lists, shared by index. */
  fieldLists: string[][];
  endpoints: Record<string, EndpointEntry>;
  /** Routes (`METHOD /path` as in routes/api.php) missing from some release → the releases that have them. */
  routesNotInAll: Record<string, string[]>;
  /** Per release: pattern name → PHP pattern source text (`/…/flags`, as in Coolify's source). */
  patterns: Record<string, Record<string, string>>;
  /** Model → field → release → default, only for fields whose default differs between releases (absent: the field does not exist). */
  defaults: Record<string, Record<string, Record<string, unknown>>>;
}
