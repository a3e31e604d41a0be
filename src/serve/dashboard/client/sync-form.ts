/**
 * The Sync button. The admin token is held in memory, or in sessionStorage when the user ticks
 * "Keep for this tab" (never localStorage, never a cookie); it is only ever sent in the
 * Authorization header of POST /api/v1/sync, and dropped after a 401.
 */
import { describeSyncAnswer } from '../model/sync-answer.js';
import { requestSync } from './api.js';
import { byId } from './dom.js';

const STORAGE_KEY = 'ado-coolify.admin-token';

function stored(): string {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

function keep(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // storage refused (private mode): the token stays in memory only
  }
}

/** Wires the form; `afterAccepted` runs after a 202 (the page refreshes its status). */
export function setUpSyncForm(afterAccepted: () => void): void {
  const form = byId<HTMLFormElement>('sync-form');
  const input = byId<HTMLInputElement>('token');
  const remember = byId<HTMLInputElement>('remember');
  const button = byId<HTMLButtonElement>('sync-button');
  const answer = byId('sync-answer');
  const saved = stored();
  if (saved) {
    input.value = saved;
    remember.checked = true;
  }
  remember.addEventListener('change', () => keep(remember.checked && input.value ? input.value : null));
  byId<HTMLButtonElement>('forget').addEventListener('click', () => {
    input.value = '';
    remember.checked = false;
    keep(null);
    answer.textContent = 'The token is forgotten.';
    answer.className = 'answer tone-neutral';
    input.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (!token) {
      answer.textContent = 'Enter the admin token first.';
      answer.className = 'answer tone-warn';
      input.focus();
      return;
    }
    keep(remember.checked ? token : null);
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    answer.textContent = 'Asking the server…';
    answer.className = 'answer tone-neutral';
    void requestSync(token)
      .then((res) => describeSyncAnswer(res.status, res.body), () => describeSyncAnswer(0, null))
      .then((msg) => {
        answer.textContent = msg.text;
        answer.className = `answer tone-${msg.tone}`;
        if (msg.forgetToken) {
          input.value = '';
          keep(null);
          remember.checked = false;
          input.focus();
        }
        if (msg.tone === 'ok') afterAccepted();
      })
      .finally(() => {
        button.disabled = false;
        button.removeAttribute('aria-busy');
      });
  });
}
