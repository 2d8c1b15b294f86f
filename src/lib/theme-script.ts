/**
 * The one inline script of the shell. It runs in <head> before first paint so a stored theme
 * choice never flashes the other theme, then wires the toggle button (hidden without
 * JavaScript, where the system preference simply rules). Its sha256 goes into the CSP.
 */
import { createHash } from 'node:crypto';

export const themeStorageKey = 'cascade-theme';

export const themeScript = `(() => {
  const key = ${JSON.stringify(themeStorageKey)};
  const root = document.documentElement;
  let stored = null;
  try { stored = localStorage.getItem(key); } catch {}
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  const current = () => root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
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

export const themeScriptHash: `sha256-${string}` = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;
