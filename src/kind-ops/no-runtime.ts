/** The operations a kind without containers lacks: no queued delete, move, restart, deploy, status, env or tags. */
export const NO_RUNTIME = {
  gone: null,
  move: null,
  restart: null,
  deploy: null,
  status: null,
  envs: null,
  tags: null,
} as const;
