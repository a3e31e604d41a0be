/**
 * The slice of the Coolify client the state reader needs: the raw reads shared with `import`
 * (src/kinds/raw-client.ts) plus the version and deployments. The real client satisfies it
 * structurally; tests pass a plain fake.
 */
import type { RawReaderClient, WireRecord } from '../kinds/raw-client.js';

/** A raw Coolify record (src/kinds/raw-client.ts). */
export type { WireRecord };

/** Read-only calls used to build the live state. */
export interface StateReaderClient extends RawReaderClient {
  version(): Promise<string>;
  deployments: { forApplication(appUuid: string, opts?: { skip?: number; take?: number }): Promise<unknown> };
  /** Coolify's clock (epoch ms) as its answers' `Date` header says; optional for fakes. */
  serverTime?(): number | undefined;
}
