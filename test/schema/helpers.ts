/** Shared helpers for the schema tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Absolute path of a file relative to the repository root. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/** Reads and parses a YAML file relative to the repository root. */
export function loadYaml(relative: string): unknown {
  return parse(readFileSync(repoPath(relative), 'utf8'));
}

/** The minimal valid manifest; tests extend it. */
export function minimalManifest(environment: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 1, projects: { ado: { environments: { production: environment } } } };
}

/** A manifest with one application named `api` in ado/production. */
export function withApp(app: Record<string, unknown>): Record<string, unknown> {
  return minimalManifest({ applications: { api: app } });
}

/** A manifest with one database named `db` in ado/production. */
export function withDatabase(db: Record<string, unknown>): Record<string, unknown> {
  return minimalManifest({ databases: { db } });
}

/** JSON pointer of the `api` application / `db` database built by the helpers above. */
export const APP = '/projects/ado/environments/production/applications/api';
export const DB = '/projects/ado/environments/production/databases/db';
