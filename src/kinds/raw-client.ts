/**
 * The read-only slice of the Coolify client that the raw reader (raw-reader.ts) and the kinds'
 * `reads` use. Declared here, not imported from `src/coolify/`, so the pure core can read
 * through it and tests can pass a plain fake; the real client satisfies it structurally.
 */

/** A raw Coolify record: wire field names, whatever the API returned. */
export type WireRecord = Record<string, unknown>;

/** The env-var list of a placed resource. */
interface EnvList {
  envs: { list(uuid: string): Promise<WireRecord[]> };
}

/** Read-only calls every reader of live records needs (the state reader and `import`). */
export interface RawReaderClient {
  projects: {
    list(): Promise<WireRecord[]>;
    get(uuid: string): Promise<WireRecord>;
    sharedEnvs: { list(projectUuid: string): Promise<WireRecord[]> };
    environmentSharedEnvs: (projectUuid: string) => { list(environmentNameOrUuid: string): Promise<WireRecord[]> };
  };
  servers: { list(): Promise<WireRecord[]> };
  applications: EnvList & {
    list(): Promise<WireRecord[]>;
    storages: { list(uuid: string): Promise<unknown> };
    scheduledTasks: { list(uuid: string): Promise<WireRecord[]> };
  };
  databases: EnvList & { list(): Promise<WireRecord[]> };
  services: EnvList & {
    list(): Promise<WireRecord[]>;
    scheduledTasks: { list(uuid: string): Promise<WireRecord[]> };
  };
  /** One request to an endpoint the kinds' tables name (a team-wide kind's collection list). */
  send(endpoint: { method: 'GET'; template: string; params: Readonly<Record<string, string>> }): Promise<unknown>;
}
