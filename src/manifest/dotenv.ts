/**
 * A small dotenv parser for `--secrets-file`: `KEY=value` lines, `#` comments, blank lines,
 * an optional `export ` prefix, single quotes (literal), double quotes (with `\n`, `\t`,
 * `\"`, `\\` escapes, may span lines) and unquoted values with trailing ` # comments`.
 */

/** The parsed file: values by key, and problems by line number (never holding a value). */
export interface DotenvResult {
  values: Record<string, string>;
  problems: Array<{ line: number; message: string }>;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Parses dotenv text. Later keys win. Never throws. */
export function parseDotenv(text: string): DotenvResult {
  const values: Record<string, string> = {};
  const problems: DotenvResult['problems'] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('export ')) line = line.slice(7).trimStart();
    const eq = line.indexOf('=');
    if (eq <= 0) {
      problems.push({ line: lineNo, message: 'expected `KEY=value`' });
      continue;
    }
    const key = line.slice(0, eq).trim();
    if (!KEY.test(key)) {
      problems.push({ line: lineNo, message: 'the key must be letters, digits and `_`' });
      continue;
    }
    let rest = line.slice(eq + 1).trimStart();
    let value: string;
    if (rest.startsWith("'")) {
      const end = rest.indexOf("'", 1);
      if (end < 0) {
        problems.push({ line: lineNo, message: `unterminated single quote for \`${key}\`` });
        continue;
      }
      value = rest.slice(1, end);
    } else if (rest.startsWith('"')) {
      // a double-quoted value may continue on the following lines
      let body = rest.slice(1);
      let end = findClosingQuote(body);
      while (end < 0 && i + 1 < lines.length) {
        i += 1;
        body += '\n' + lines[i]!;
        end = findClosingQuote(body);
      }
      if (end < 0) {
        problems.push({ line: lineNo, message: `unterminated double quote for \`${key}\`` });
        continue;
      }
      value = body
        .slice(0, end)
        .replace(/\\([nrt"\\])/g, (_m, c: string) => ({ n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' })[c] ?? c);
    } else {
      const hash = rest.search(/\s#/);
      if (hash >= 0) rest = rest.slice(0, hash);
      value = rest.trim();
    }
    values[key] = value;
  }
  return { values, problems };
}

function findClosingQuote(s: string): number {
  for (let j = 0; j < s.length; j++) {
    if (s[j] === '\\') j += 1;
    else if (s[j] === '"') return j;
  }
  return -1;
}
