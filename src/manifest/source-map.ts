import type { SourceLocation } from '../model/source.js';

/**
 * Where each part of a manifest was written: JSON pointer → position of the key (for mapping
 * entries) and of the value. Built by `parseManifestText`.
 */
export class SourceMap {
  private readonly keys = new Map<string, SourceLocation>();
  private readonly values = new Map<string, SourceLocation>();
  private readonly plain = new Set<string>();

  constructor(readonly file: string) {}

  /** Records a position; keeps the first one recorded unless `overwrite`. */
  set(kind: 'key' | 'value', pointer: string, line: number, col: number, overwrite = true): void {
    const map = kind === 'key' ? this.keys : this.values;
    if (!overwrite && map.has(pointer)) return;
    map.set(pointer, { file: this.file, line, col });
  }

  /** Marks the value at `pointer` as an unquoted (plain) YAML scalar. */
  markPlain(pointer: string): void {
    this.plain.add(pointer);
  }

  /** True when the value at `pointer` was written as an unquoted scalar. */
  isPlain(pointer: string): boolean {
    return this.plain.has(pointer);
  }

  /** Position of the key of the mapping entry at `pointer`. */
  keyLocation(pointer: string): SourceLocation | undefined {
    return this.keys.get(pointer);
  }

  /** Position of the value at `pointer`. */
  valueLocation(pointer: string): SourceLocation | undefined {
    return this.values.get(pointer);
  }

  /**
   * Best position for `pointer`: its key, else its value, else the nearest ancestor's
   * (so a pointer to a missing child still lands on its parent).
   */
  locate(pointer: string): SourceLocation | undefined {
    let p = pointer;
    for (;;) {
      const loc = this.keys.get(p) ?? this.values.get(p);
      if (loc) return loc;
      if (p === '') return undefined;
      const i = p.lastIndexOf('/');
      p = i <= 0 ? '' : p.slice(0, i);
    }
  }

  /** Position of the value when known, else as `locate`. */
  locateValue(pointer: string): SourceLocation | undefined {
    return this.values.get(pointer) ?? this.locate(pointer);
  }
}
