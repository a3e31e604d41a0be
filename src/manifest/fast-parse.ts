import { load, CORE_SCHEMA } from 'js-yaml';

/**
 * The fast parse of manifest text: js-yaml's YAML 1.2 core-schema loader builds the plain
 * document about six times faster than the `yaml` package's positioned Document, and without
 * its syntax tree in memory. It knows no positions, so `parseManifestText` uses it only for the
 * value of a document and keeps the positioned parse for the moment a position is asked for
 * (a diagnostic), and for every text it does not take on.
 *
 * It takes on only texts where the two parsers are known to agree (test/manifest/fast-parse.test.ts
 * holds the two against each other on every manifest of the repository and on the corner
 * cases). Everything else goes the positioned way, which also words the errors:
 * - a YAML error of any kind (duplicate key, tab indentation, several documents, a bad
 *   indicator): js-yaml throws and the positioned parse reports it;
 * - aliases (`maxAliases: 0`), so neither alias expansion nor `<<` merges are ever js-yaml's;
 * - a `<<` key, even without an alias (`<<: []`, `<<: {a: 1}`): `yaml` merges it, js-yaml's core
 *   schema keeps it as a key;
 * - tags (`!foo`: js-yaml's core schema refuses unknown tags; `yaml` resolves them with a warning);
 * - anchors (`yaml` warns of an anchor ending in `:`) and directives (`yaml` honours
 *   `%YAML 1.1` booleans, js-yaml does not);
 * - a null key (`~:`, `null:`, an empty key: `yaml` names it `""`, js-yaml `"null"`);
 * - a float too large for a number (`1e400`: `yaml` gives Infinity, js-yaml the string);
 * - a root that is not a mapping (the positioned parse words the message).
 * One warning only the positioned parse gives is lost on the fast way: a flow collection indented
 * less than its block parent (`yaml`'s BAD_INDENT warning); the document is the same.
 */
const NEEDS_POSITIONED_PARSE = [
  /^%/m,
  /(?:^|[\s[{,])&\S/m,
  // a null key (`~:`, `null:`; also catches `isnull:` and the like, which only costs the fast way)
  /(?:~|null|Null|NULL)[ \t]*:(?:[ \t\r\n]|$)/,
  // an empty key: first on a line (after any `- `), first in the text, or in a flow mapping
  /\n[ \t-]*:(?:[ \t\r\n]|$)/,
  /^[ \t-]*:(?:[ \t\r\n]|$)/,
  /[{,][ \t]*:(?:[ \t\r\n]|$)/,
  /\d[eE]\+?\d{3,}/,
  // a merge key, plain or quoted (found by the block/flow property test: `" ":\n  <<: []\n`)
  /<<["']?[ \t]*:/,
];

/** The plain document of `text` when the fast parse takes it on, else undefined. */
export function fastParseManifest(text: string, maxDepth: number): Record<string, unknown> | undefined {
  if (NEEDS_POSITIONED_PARSE.some((re) => re.test(text))) return undefined;
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA, maxAliases: 0, maxDepth });
  } catch {
    return undefined; // the positioned parse finds and words the problem
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return value as Record<string, unknown>;
}
