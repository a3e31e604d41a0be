/**
 * Types of the generic diff. A ResourceDiff holds RAW values (secrets included): it must
 * never leave the pure core unredacted; `src/plan/redact.ts` turns it into PlanJson values.
 */
import type { ChangeEffect, Consequence, FieldCaveat, PublicParts } from '../model/plan.js';
import type { RefLookup, RefPart } from '../model/value.js';

/** What the diff needs besides the two records. */
export interface DiffContext {
  /** The token can read sensitive fields (`LiveState.canReadSensitive`). */
  canReadSensitive: boolean;
  /** Materialises references; undefined means "known after apply". */
  refs: RefLookup;
  /**
   * True when a reference's target exists live (so an undefined lookup means "not readable
   * with this token", not "known after apply"). Absent: every undefined lookup is unknown.
   */
  refTargetExists?: (ref: RefPart) => boolean;
}

/** Which part of a field value is secret. `value`: env records, only their `value` key. */
export type RedactionScope = 'all' | 'value' | 'none';

/** One field's difference, with raw (unredacted) values. */
export interface FieldDiff {
  /** Wire path (`docker_registry_image_tag`, `env.KEY`, `env.KEY#preview`, `tags`). */
  path: string;
  label: string;
  before: unknown;
  /** The desired value; an `UnknownValue` marker when a reference is not known yet. */
  after: unknown;
  sensitive: boolean;
  redact: RedactionScope;
  sensitiveState?: 'changed' | 'unverifiable';
  effect: ChangeEffect;
  multiline?: boolean;
  /** The value is a list Coolify joins into one string (FieldSpec.list): the plan shows its items. */
  list?: 'comma' | 'lines';
  /** Said by another change of the same label (FieldSpec.implied): not shown next to it. */
  implied?: true;
  /**
   * False for entries that are not a change by themselves (a sensitive value the token
   * cannot read): shown only when the resource changes anyway.
   */
  counts: boolean;
  /** A write-only field: Coolify cannot read it back, so `before` is unknown, never drift. */
  writeOnly?: boolean;
  /** Set in the apply's second stage, after the first deploy (FieldSpec.afterFirstDeploy). */
  afterDeploy?: true;
  /** For removed env vars: the live variable's uuid. */
  removeUuid?: string;
  /** For a removed env var: the uuids of Coolify's automatic preview copies removed with it. */
  copyUuids?: string[];
  /** On a change of an existing resource: what it does not do, or needs (FieldSpec.initOnly, changeCaveat). */
  caveat?: FieldCaveat;
  /** What may be shown of a sensitive value (FieldSpec.publicParts). */
  publicParts?: (value: unknown, side: 'live' | 'desired') => PublicParts | undefined;
}

/** The difference between one desired and one live resource. */
export interface ResourceDiff {
  /** Real changes first-class (`counts: true`) plus unverifiable notes (`counts: false`). */
  changes: FieldDiff[];
  /** Managed fields (and env keys) that did not change. */
  unchangedCount: number;
  /** Set when the subtype (source type, engine…) differs. */
  subtypeChange?: { before: string; after: string; effect: ChangeEffect };
  /** At least one counting change (or a subtype change). */
  hasChanges: boolean;
  /** Consequences of the counting changes (`redeploy`, `restart`). */
  consequences: Consequence[];
  /** Raw managed live values (wire path → value), for `ResourceChange.before`. */
  before: Record<string, unknown>;
  /** Raw desired values (wire path → value), for `ResourceChange.after`. */
  after: Record<string, unknown>;
}
