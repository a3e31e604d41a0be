/**
 * Compose variable interpolation (`${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?error}`, `$VAR`, `$$`) and its translation into manifest expressions.
 */

/** One piece of a compose string: literal text or a variable. */
export type ComposeToken =
  | { kind: 'text'; text: string }
  | { kind: 'var'; name: string; default?: string };

const SIMPLE = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Splits a compose string into text and variables. `$$` becomes a literal `$`. */
export function tokenizeCompose(input: string): ComposeToken[] {
  const out: ComposeToken[] = [];
  let text = '';
  const flush = (): void => {
    if (text) out.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch !== '$') {
      text += ch;
      i += 1;
      continue;
    }
    const next = input[i + 1];
    if (next === '$') {
      text += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const close = input.indexOf('}', i + 2);
      if (close < 0) {
        text += input.slice(i);
        break;
      }
      const inner = input.slice(i + 2, close);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])(.*))?$/s.exec(inner);
      if (!m) {
        text += input.slice(i, close + 1);
      } else {
        flush();
        const op = m[2];
        out.push(op === ':-' || op === '-' ? { kind: 'var', name: m[1]!, default: m[3] ?? '' } : { kind: 'var', name: m[1]! });
      }
      i = close + 1;
      continue;
    }
    const m = SIMPLE.exec(input.slice(i + 1));
    if (m) {
      flush();
      out.push({ kind: 'var', name: m[0] });
      i += 1 + m[0].length;
      continue;
    }
    text += '$';
    i += 1;
  }
  flush();
  return out;
}

/** True when the string holds a compose variable. */
export function hasComposeVariable(input: string): boolean {
  return tokenizeCompose(input).some((t) => t.kind === 'var');
}

/** Replaces variables by their defaults (or ''), for fields that cannot hold expressions. */
export function substituteDefaults(input: string): string {
  return tokenizeCompose(input)
    .map((t) => (t.kind === 'text' ? t.text : (t.default ?? '')))
    .join('');
}

/** Escapes literal text for a manifest string: `${` must be written `$${`. */
export function escapeManifestText(text: string): string {
  return text.split('${').join('$${');
}

/** Collects what the translated manifest needs: vars with defaults and secret names. */
export interface InterpolationSink {
  /** A manifest var was used; `fallback` is the compose default (or undefined). */
  useVar(name: string, fallback: string | undefined): void;
  /** A manifest secret was used. */
  useSecret(name: string): void;
}

/** Env var names (and compose variable names) that look secret. */
export const SECRET_NAME = /(^|_)(PASSWORD|PASSWD|PASS|SECRET|TOKEN|KEY|APIKEY|CREDENTIALS?)$|(^|_)SECRET(_|$)/i;

/**
 * Translates a compose string into a manifest string: secret-looking variables become
 * `${secrets.NAME}`, the others `${vars.NAME}` (their compose default becomes the var's value).
 */
export function toManifestString(input: string, sink: InterpolationSink): string {
  return tokenizeCompose(input)
    .map((t) => {
      if (t.kind === 'text') return escapeManifestText(t.text);
      if (SECRET_NAME.test(t.name)) {
        sink.useSecret(t.name);
        return `\${secrets.${t.name}}`;
      }
      sink.useVar(t.name, t.default);
      return `\${vars.${t.name}}`;
    })
    .join('');
}
