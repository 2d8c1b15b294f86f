/**
 * The one inline script of the page shell, run in <head> before first paint:
 * - applies a stored theme choice so the other theme never flashes, then wires the toggle
 *   (hidden without JavaScript, where the system preference simply rules);
 * - registers the service worker that keeps the site readable offline, and shows the
 *   offline note while the connection is down;
 * - lets Escape close an open citation card (WCAG 1.4.13): the card stays closed until hover
 *   and focus have both left its mark.
 * Its sha256 goes into the Content Security Policy; no other script runs on plain pages.
 */
import { createHash } from 'node:crypto';

export const themeStorageKey = 'cascade-theme';

export const shellScript = `(() => {
  const key = ${JSON.stringify(themeStorageKey)};
  const root = document.documentElement;
  let stored = null;
  try { stored = localStorage.getItem(key); } catch {}
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  const current = () => root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const connection = () => { root.dataset.offline = String(!navigator.onLine); };
  connection();
  addEventListener('online', connection);
  addEventListener('offline', connection);
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    addEventListener('load', () => { navigator.serviceWorker.register('/sw.js').catch(() => {}); });
  }
  const citesOpen = () => document.querySelectorAll('.cite:hover, .cite:focus-within');
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') for (const cite of citesOpen()) cite.classList.add('cite-closed');
  });
  const reopen = () => {
    for (const cite of document.querySelectorAll('.cite-closed')) {
      if (!cite.matches(':hover, :focus-within')) cite.classList.remove('cite-closed');
    }
  };
  document.addEventListener('focusin', reopen);
  document.addEventListener('focusout', () => setTimeout(reopen));
  document.addEventListener('pointerover', reopen);
  document.addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('[data-theme-toggle]');
    if (!button) return;
    const show = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
    show();
    button.hidden = false;
    button.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try { localStorage.setItem(key, next); } catch {}
      show();
    });
  });
})();`;

export const shellScriptHash: `sha256-${string}` = `sha256-${createHash('sha256').update(shellScript).digest('base64')}`;
