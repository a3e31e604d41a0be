/**
 * Where generated manifests (`init`, `import`, `import-compose`) point editors for the schema:
 * the `# yaml-language-server: $schema=…` modeline.
 */

/** The schema path for a project that installed ado-coolify from npm. */
export const SCHEMA_PATH = './node_modules/ado-coolify/schema/ado.coolify.schema.json';

/** The modeline text without the leading `# `. */
export const SCHEMA_MODELINE = `yaml-language-server: $schema=${SCHEMA_PATH}`;
