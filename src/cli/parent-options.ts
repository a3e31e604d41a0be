import type { Command, Option } from 'commander';
import { AdoError } from '../errors.js';
import { CODES } from '../model/diagnostic-codes.js';

/**
 * Options given to a parent command (`import -o X compose FILE`) reach the subcommand that runs:
 * commander stores them on the parent, where the subcommand's action never looks. This hook,
 * installed as the root's `preAction`, hands each parent option the user typed to the running
 * command when it has an option of the same name, and refuses one it has not: an option that is
 * parsed but not used must fail, never be silently ignored.
 */
export function forwardParentOptions(_root: Command, actionCommand: Command): void {
  const own = new Map<string, Option>();
  for (const o of actionCommand.options) own.set(o.attributeName(), o);
  for (let parent = actionCommand.parent; parent?.parent; parent = parent.parent) {
    for (const o of parent.options) {
      const key = o.attributeName();
      if (parent.getOptionValueSource(key) !== 'cli') continue;
      const flag = o.long ?? o.short ?? key;
      if (!own.has(key)) {
        throw new AdoError(CODES.BAD_ARGUMENT.code, `${flag} is an option of \`${commandPath(parent)}\`, not of \`${commandPath(actionCommand)}\``, {
          hint: `see \`ado-coolify ${commandPath(actionCommand)} --help\` for its options`,
        });
      }
      if (actionCommand.getOptionValueSource(key) === 'cli') {
        const mine: unknown = actionCommand.getOptionValue(key);
        const theirs: unknown = parent.getOptionValue(key);
        if (JSON.stringify(mine) !== JSON.stringify(theirs)) {
          throw new AdoError(CODES.BAD_ARGUMENT.code, `${flag} is given twice with different values (before and after \`${actionCommand.name()}\`)`);
        }
        continue;
      }
      let value: unknown = parent.getOptionValue(key);
      const mine = own.get(key)!;
      // a repeatable parent option (`import --env A`) handed to a single-valued one
      if (Array.isArray(value) && !Array.isArray(mine.defaultValue) && mine.parseArg === undefined) {
        if (value.length !== 1) throw new AdoError(CODES.BAD_ARGUMENT.code, `\`${commandPath(actionCommand)}\` takes one ${flag}, got ${value.length}`);
        value = value[0];
      }
      actionCommand.setOptionValueWithSource(key, value, 'cli');
    }
  }
}

/** `import compose` for the command `compose` under `import` (the root's name left out). */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
