/**
 * Tokenizer for `${…}` interpolations in manifest strings.
 *
 * - `${vars.X}`, `${env.X}`, `${secrets.X}`: one name after the namespace.
 * - `${databases.N.ATTR}`, `${applications.N.ATTR}`, `${services.N.ATTR}`: a reference.
 * - `$${` is an escape for a literal `${`.
 * In lenient mode (compose files, Dockerfiles, commands) a `${NAME}` or `${NAME:-x}` that is
 * not one of ours is kept literally, so shell and compose variables keep working.
 */

/** Namespaces whose expression is `${ns.NAME}`. */
export const VALUE_NAMESPACES = ['vars', 'env', 'secrets'] as const;
/** Namespaces whose expression is `${ns.NAME.ATTR}`. */
export const REF_NAMESPACES = ['databases', 'applications', 'services'] as const;

/** A namespace for values. */
export type ValueNamespace = (typeof VALUE_NAMESPACES)[number];
/** A namespace for references. */
export type RefNamespace = (typeof REF_NAMESPACES)[number];

/** One token of a template. */
export type TemplateToken =
  | { kind: 'text'; text: string }
  | { kind: 'value'; namespace: ValueNamespace; name: string; raw: string }
  | { kind: 'ref'; namespace: RefNamespace; name: string; attr: string; raw: string };

/** A malformed expression, with a hint when one helps. */
export interface TemplateProblem {
  message: string;
  hint?: string;
}

/** The result of tokenizing a string. */
export interface ParsedTemplate {
  tokens: TemplateToken[];
  problems: TemplateProblem[];
}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const SHELL_VAR = /^[A-Za-z_][A-Za-z0-9_]*([:?+=-].*)?$/s;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** True when the string holds a `$` that might start an expression (fast path). */
export function mayHoldExpression(s: string): boolean {
  return s.includes('${');
}

/** Splits a string into literal text and expressions. Never throws. */
export function parseTemplate(input: string, lenient = false): ParsedTemplate {
  const tokens: TemplateToken[] = [];
  const problems: TemplateProblem[] = [];
  let text = '';
  let i = 0;
  const flush = (): void => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
  };
  while (i < input.length) {
    if (input.startsWith('$${', i)) {
      text += '${';
      i += 3;
      continue;
    }
    if (!input.startsWith('${', i)) {
      text += input[i];
      i += 1;
      continue;
    }
    const close = input.indexOf('}', i + 2);
    if (close < 0) {
      problems.push({
        message: `unterminated \`\${\` in "${input.slice(i, i + 40)}"`,
        hint: 'close the expression with `}`, or write `$${` for a literal `${`',
      });
      text += input.slice(i);
      break;
    }
    const raw = input.slice(i, close + 1);
    const inner = input.slice(i + 2, close).trim();
    i = close + 1;
    const dot = inner.indexOf('.');
    const ns = dot < 0 ? inner : inner.slice(0, dot);
    const rest = dot < 0 ? '' : inner.slice(dot + 1);
    if (isOneOf(VALUE_NAMESPACES, ns) && dot >= 0) {
      if (!NAME.test(rest) || rest.includes('.')) {
        problems.push({ message: `malformed expression \`${raw}\``, hint: `write \`\${${ns}.NAME}\`` });
        text += raw;
        continue;
      }
      flush();
      tokens.push({ kind: 'value', namespace: ns, name: rest, raw });
      continue;
    }
    if (isOneOf(REF_NAMESPACES, ns) && dot >= 0) {
      const lastDot = rest.lastIndexOf('.');
      const name = lastDot < 0 ? '' : rest.slice(0, lastDot);
      const attr = lastDot < 0 ? '' : rest.slice(lastDot + 1);
      if (!name || !attr || !NAME.test(name) || !/^[A-Za-z]+$/.test(attr)) {
        problems.push({ message: `malformed reference \`${raw}\``, hint: `write \`\${${ns}.NAME.ATTRIBUTE}\`` });
        text += raw;
        continue;
      }
      flush();
      tokens.push({ kind: 'ref', namespace: ns, name, attr, raw });
      continue;
    }
    if (lenient && SHELL_VAR.test(inner)) {
      text += raw;
      continue;
    }
    problems.push({
      message: `unknown expression \`${raw}\``,
      hint:
        'use `${vars.X}`, `${env.X}`, `${secrets.X}` or `${databases|applications|services.NAME.ATTR}`; write `$${` for a literal `${`',
    });
    text += raw;
  }
  flush();
  return { tokens, problems };
}
