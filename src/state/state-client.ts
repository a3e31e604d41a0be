/**
 * The slice of the Coolify client the state reader needs. Declared here (not imported from
 * `src/coolify/`) so the reader can be tested with a plain fake; the real client satisfies it
 * structurally.
 */

/** A raw Coolify record: wire field names, whatever the API returned. */
export type WireRecord = Record<string, unknown>;

/** Read-only calls used to build the live state. */
export interface StateReaderClient {
  version(): Promise<string>;
  projects: {
    list(): Promise<WireRecord[]>;
    get(uuid: string): Promise<WireRecord>;
    sharedEnvs: { list(projectUuid: string): Promise<WireRecord[]> };
    environmentSharedEnvs: (projectUuid: string) => { list(environmentNameOrUuid: string): Promise<WireRecord[]> };
  };
  servers: { list(): Promise<WireRecord[]> };
  applications: {
    list(opts?: { tag?: string }): Promise<WireRecord[]>;
    envs: { list(uuid: string): Promise<WireRecord[]> };
    storages: { list(uuid: string): Promise<unknown> };
    scheduledTasks: { list(uuid: string): Promise<WireRecord[]> };
  };
  databases: {
    list(): Promise<WireRecord[]>;
    envs: { list(uuid: string): Promise<WireRecord[]> };
  };
  services: {
    list(): Promise<WireRecord[]>;
    envs: { list(uuid: string): Promise<WireRecord[]> };
  };
  s3Storages: { list(): Promise<WireRecord[]> };
  deployments: { forApplication(appUuid: string, opts?: { skip?: number; take?: number }): Promise<unknown> };
}
