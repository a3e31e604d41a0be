/** Times in words for the dashboard: "3 min ago", "in 45 s". Pure (the caller passes `now`). */

/** `iso` relative to `now` (ms since the epoch), or '—' for null or an unreadable time. */
export function relativeTime(iso: string | null | undefined, now: number): string {
  if (!iso) return '—';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '—';
  const delta = Math.round((t - now) / 1000);
  const abs = Math.abs(delta);
  let amount: string;
  if (abs < 5) return 'just now';
  if (abs < 60) amount = `${abs} s`;
  else if (abs < 3600) amount = `${Math.round(abs / 60)} min`;
  else if (abs < 86_400) amount = `${Math.round(abs / 3600)} h`;
  else amount = `${Math.round(abs / 86_400)} d`;
  return delta < 0 ? `${amount} ago` : `in ${amount}`;
}

/** The first 7 characters of a commit sha, or '—'. */
export function shortSha(sha: string | null | undefined): string {
  return typeof sha === 'string' && sha !== '' ? sha.slice(0, 7) : '—';
}
