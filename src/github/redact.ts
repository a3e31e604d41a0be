/** Replaces known secret values (tokens) in any text the Action writes. */

/** A function that masks every given secret (values shorter than 4 characters are ignored). */
export function makeRedactor(secrets: ReadonlyArray<string | undefined>): (text: string) => string {
  const values = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4))].sort((a, b) => b.length - a.length);
  if (values.length === 0) return (text) => text;
  return (text) => values.reduce((acc, v) => acc.split(v).join('***'), text);
}
