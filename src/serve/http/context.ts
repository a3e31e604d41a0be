/** What the routes of the `serve` HTTP server use. */
import type { Controller } from '../controller.js';
import type { EventHub } from '../events.js';
import type { ServeMetrics } from '../metrics.js';
import type { Scrub } from './respond.js';

/** What the routes use. */
export interface ServeHttpContext {
  controller: Controller;
  metrics: ServeMetrics;
  events: EventHub;
  branch: string;
  /** The admin token (POST /api/v1/sync), when configured. */
  adminToken?: string;
  /** The shared webhook secret, when configured. */
  webhookSecret?: string;
  scrub: Scrub;
  log(line: string): void;
  /** Body limits, bytes. */
  limits?: { hookBytes?: number; bodyBytes?: number };
}

