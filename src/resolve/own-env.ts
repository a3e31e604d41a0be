/** Lookups that never see inherited properties: `${env.constructor}` is not provided. */

/** An own, string value of `env` (never an inherited property such as `constructor`). */
export function ownEnv(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  if (!Object.hasOwn(env, name)) return undefined;
  const v = env[name];
  return typeof v === 'string' ? v : undefined;
}
