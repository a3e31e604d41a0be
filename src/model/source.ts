/** Where something was written in a manifest file, for diagnostics (1-based line and column). */
export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}
