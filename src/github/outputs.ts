/**
 * Step outputs in `$GITHUB_OUTPUT` format, always with the multi-line-safe heredoc syntax
 * (`name<<DELIM\nvalue\nDELIM\n`) so a value with newlines cannot inject other outputs.
 */
import { randomUUID } from 'node:crypto';

/** One `name<<DELIM … DELIM` block. The delimiter is checked not to occur in the value. */
export function formatOutput(name: string, value: string, makeDelimiter: () => string = () => `ghadelimiter_${randomUUID()}`): string {
  let delimiter = makeDelimiter();
  for (let i = 0; value.includes(delimiter) || name.includes(delimiter); i++) {
    if (i > 10) throw new Error(`cannot find a heredoc delimiter for output ${name}`);
    delimiter = `ghadelimiter_${randomUUID()}`;
  }
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** All outputs, in the given order. */
export function formatOutputs(outputs: Array<[string, string]>, makeDelimiter?: () => string): string {
  return outputs.map(([name, value]) => formatOutput(name, value, makeDelimiter)).join('');
}
