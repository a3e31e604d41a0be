import type { SourceLocation } from '../model/source.js';

/** Where the key and the value at one pointer were written (either may be unknown). */
export interface PointerPositions {
  key?: SourceLocation;
  value?: SourceLocation;
  /** The value was written as an unquoted (plain) scalar, not through an alias. */
  plain?: boolean;
}

/**
 * Where each part of a manifest was written: JSON pointer → position of the key (for mapping
 * entries) and of the value. Built by `parseManifestText`. Positions are found on demand (a
 * `resolver` walks the YAML tree to the pointer) and remembered, so a manifest of thousands of
 * resources pays only for the positions a message or an edge actually asks for.
 */
export class SourceMap {
  private readonly keys = new Map<string, SourceLocation>();
  private readonly values = new Map<string, SourceLocation>();
  private readonly resolved = new Map<string, PointerPositions>();
  private resolver: ((pointer: string) => PointerPositions) | undefined;

  constructor(readonly file: string) {}

  /** Records a position; keeps the first one recorded unless `overwrite`. Recorded positions win over the resolver's. */
  set(kind: 'key' | 'value', pointer: string, line: number, col: number, overwrite = true): void {
    const map = kind === 'key' ? this.keys : this.values;
    if (!overwrite && map.has(pointer)) return;
    map.set(pointer, { file: this.file, line, col });
  }

  /** Finds positions on demand (the parsed YAML tree); answers are remembered. */
  useResolver(resolver: (pointer: string) => PointerPositions): void {
    this.resolver = resolver;
    this.resolved.clear();
  }

  private lookup(pointer: string): PointerPositions {
    let found = this.resolved.get(pointer);
    if (!found) {
      found = this.resolver ? this.resolver(pointer) : {};
      this.resolved.set(pointer, found);
    }
    return found;
  }

  /** True when the value at `pointer` was written as an unquoted scalar. */
  isPlain(pointer: string): boolean {
    return this.lookup(pointer).plain === true;
  }

  /** Position of the key of the mapping entry at `pointer`. */
  keyLocation(pointer: string): SourceLocation | undefined {
    return this.keys.get(pointer) ?? this.lookup(pointer).key;
  }

  /** Position of the value at `pointer`. */
  valueLocation(pointer: string): SourceLocation | undefined {
    return this.values.get(pointer) ?? this.lookup(pointer).value;
  }

  /**
   * Best position for `pointer`: its key, else its value, else the nearest ancestor's
   * (so a pointer to a missing child still lands on its parent).
   */
  locate(pointer: string): SourceLocation | undefined {
    let p = pointer;
    for (;;) {
      const loc = this.keyLocation(p) ?? this.valueLocation(p);
      if (loc) return loc;
      if (p === '') return undefined;
      const i = p.lastIndexOf('/');
      p = i <= 0 ? '' : p.slice(0, i);
    }
  }

  /** Position of the value when known, else as `locate`. */
  locateValue(pointer: string): SourceLocation | undefined {
    return this.valueLocation(pointer) ?? this.locate(pointer);
  }
}
