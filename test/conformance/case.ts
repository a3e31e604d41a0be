/**
 * The conformance case format. A case is one small object in `cases/<area>.cases.ts`; the
 * runner (runner.ts) sends its requests to a target (the sandbox, or the real Coolify) and the
 * two test files check it: `rules.conformance.test.ts` (the sandbox against the case's own
 * expectations, which are what the real Coolify answered) and `differential.real.test.ts` (the
 * sandbox against the real Coolify, status, answer shape and stored values).
 *
 * Strings anywhere in `call`, `query`, `body` and `select` may hold `{{name}}` holes:
 * - `{{name}}`: a name unique to this case and run, the same on both targets (`cf-ab12cd-7`);
 * - `{{key}}`: the same as an env-var key (`CF_AB12CD_7`);
 * - any key captured by an earlier request of the case (`capture: { project: 'uuid' }`), since
 *   uuids differ between targets.
 */

/** One HTTP request of a case. */
export interface CaseRequest {
  /** `METHOD /path` under `/api/v1`, with `{{holes}}`: `PATCH /projects/{{project}}`. */
  call: string;
  /** Query parameters (values may hold holes). */
  query?: Record<string, string | number | boolean>;
  /** JSON body (strings may hold holes). */
  body?: unknown;
  /** `root` (default) or `read` (no `read:sensitive`): both targets have these tokens. */
  token?: 'root' | 'read';
  /** Names to capture from the answer: `{ project: 'uuid' }`, `{ envId: '0.id' }` (dotted paths). */
  capture?: Record<string, string>;
  /** When the answer (or the array at `selectIn`) is an array, look only at its first item whose fields equal these. */
  select?: Record<string, string | number | boolean>;
  /** Dotted path of the array `select` looks in (default: the answer itself). */
  selectIn?: string;
}

/** What a checked request (the request under test, or a read-back) must answer. */
export interface Expectation {
  /** The HTTP status the real Coolify answers. */
  status: number;
  /** The answer's `message`, exactly. */
  message?: string;
  /** Keys of the answer's `errors` object (Laravel validation), in any order. */
  errors?: string[];
  /** A subset of the answer (after `select`), compared deeply (holes filled in). */
  body?: Record<string, unknown>;
  /** Dotted paths that must be absent from the answer (after `select`). */
  absent?: string[];
}

/** A request whose answer is checked and compared. */
export interface CheckedRequest extends CaseRequest {
  expect: Expectation;
  /**
   * Dotted paths whose VALUES (not only types) must be equal on both targets: the stored values
   * a read-back shows. Uuids, ids and timestamps differ between targets: never list them.
   */
  values?: string[];
  /** false: do not compare the answer's shape (only for answers that are not JSON). */
  shape?: boolean;
}

/** One conformance case. */
export interface ConformanceCase {
  /** `area.endpoint.rule`, unique: `projects.create.description-pattern`. */
  id: string;
  /** Coolify-repo-relative file:line of the rule or handler: `app/Http/Controllers/Api/ProjectController.php:250`. */
  source: string;
  /** The endpoint under test in the client's route form: `POST /projects`, `PATCH /projects/{uuid}`. */
  endpoint: string;
  /** `success`: the happy path (status + shape + stored values); `rule`: one rule the sandbox enforces. */
  kind: 'success' | 'rule';
  /** What the rule is, in a sentence (required for `rule` cases). */
  rule?: string;
  /** Requests run first (their status must be < 400); they capture names for later ones. */
  setup?: CaseRequest[];
  /** The request under test. */
  request: CheckedRequest;
  /** Follow-up reads (usually GETs) that show what was stored. */
  readBack?: CheckedRequest[];
  /**
   * Set when the test's real Coolify (no Docker, no SSH to its server, no internet) cannot answer
   * the request under test as an installed one does, and says why. The expectation then comes
   * from the named source line; the differential suite checks only that the offline real still
   * answers `status` there (in setup or the request under test, so it notices when that
   * changes) and compares nothing else.
   */
  realOffline?: { status: number; reason: string };
  /**
   * The first Coolify release with the route under test, for a route not every release has
   * (`4.4.2`: `POST /databases/sqlite`, the 4.4 preview routes). The rules suite runs the case
   * against a sandbox emulating that release; the differential suite, whose real Coolify is
   * 4.3.11, checks only that the real answers 404 to the first request of that release (in the
   * setup, or the request under test), as a release without the route does.
   */
  release?: string;
}

/** Typed identity: lets a cases file be a checked array literal. */
export function defineCases(cases: ConformanceCase[]): ConformanceCase[] {
  return cases;
}
