/**
 * The one inline script of the page shell, run in <head> before first paint:
 * - applies the theme so the other one never flashes. A site page takes the reader's stored
 *   choice and wires the toggle (hidden without JavaScript, where the system preference simply
 *   rules). An embed, which has no toggle, takes the teacher's choice from its address instead
 *   (`?theme=light|dark|auto`, src/explorer/embed-code.ts): auto, absent or unknown follows the
 *   system setting of the host page's reader, and an unknown value is named in the embed's note
 *   (`[data-theme-note]`). Each variant ships only its own part;
 * - registers the service worker that keeps the site readable offline (its first visit downloads
 *   the shell and the patient pages), unless the reader's browser asks to save data
 *   (`navigator.connection.saveData`, the Save-Data setting): a metered plan is not spent
 *   unasked; nor inside a frame (an embed on another site would keep its own copy for each
 *   site it is embedded in). It waits until the page's own first work is done: its load, every
 *   island that hydrates then (`client:load`, and any other on the screen, as `client:visible`;
 *   Astro drops an island's `ssr` mark when it has hydrated, and the page is marked
 *   `data-island-failed` when one cannot), then a quiet moment; 10 s at most. That download
 *   competed with the explorer's hydration for the CPU: on a 2-core machine it made that task
 *   149 ms instead of 86 (median of 9);
 * - shows the offline note while the connection is down;
 * - lets Escape close an open citation card (WCAG 1.4.13): the card stays closed until hover
 *   and focus have both left its mark.
 * - marks the root `data-js`, so what only a reader without JavaScript needs (the explorer's
 *   note that its controls need it) is never drawn, rather than drawn and then removed; and
 *   `data-island-failed` when an island's code cannot load (Astro's `astro:hydration-error`,
 *   after its one retry: offline, or a file gone after a deploy), so an explorer left as the
 *   server drew it says why its controls do not work.
 * Its sha256 goes into the Content Security Policy; no other script runs on plain pages.
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import { EMBED_THEMES } from '../../explorer/embed-code';

export const themeStorageKey = 'cascade-theme';

/** A site page: the stored choice, and the toggle once the page is read. */
const siteTheme = `
  let chosen = null;
  try { chosen = localStorage.getItem(key); } catch {}
  if (chosen === 'light' || chosen === 'dark') root.dataset.theme = chosen;
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
  });`;

/** An embed: the address's theme (the last one given, as in the explorer's links). */
const embedTheme = `
  const asked = new URLSearchParams(location.search).getAll('theme').pop();
  const theme = asked === undefined ? 'auto' : asked.trim().toLowerCase();
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  if (asked !== undefined && !${JSON.stringify(EMBED_THEMES)}.includes(theme)) {
    document.addEventListener('DOMContentLoaded', () => {
      const note = document.querySelector('[data-theme-note]');
      if (!note) return;
      note.textContent = 'The theme "' + asked.slice(0, 40) + '" in this address is not light, dark or auto, so the colours follow your system setting.';
      note.hidden = false;
    });
  }`;

function shell(theme: string): string {
  return `(() => {
  const key = ${JSON.stringify(themeStorageKey)};
  const root = document.documentElement;
  root.dataset.js = '';${theme}
  document.addEventListener('astro:hydration-error', () => { root.dataset.islandFailed = ''; });
  const connection = () => { root.dataset.offline = String(!navigator.onLine); };
  connection();
  addEventListener('online', connection);
  addEventListener('offline', connection);
  const savingData = navigator.connection?.saveData === true;
  if ('serviceWorker' in navigator && location.protocol !== 'file:' && !savingData && self === top) {
    const register = () => navigator.serviceWorker.register('/sw.js').catch(() => {});
    // Where there is no idle callback (Safari), setTimeout reads the options as no delay.
    const quiet = () => (self.requestIdleCallback || setTimeout)(register, { timeout: 4000 });
    // Islands are display: contents: their children are what is drawn. Above the screen counts
    // too (a link to a section further down): at worst such a page waits the 10 s.
    const onScreen = (element) => element.getBoundingClientRect().top < innerHeight;
    const hydrating = (island) => island.getAttribute('client') == 'load' || [...island.children].some(onScreen);
    const waiting = () => !('islandFailed' in root.dataset) && [...document.querySelectorAll('astro-island[ssr]')].some(hydrating);
    // Looked at every 250 ms, 10 s at most.
    let looks = 0;
    const wait = () => (waiting() && looks++ < 40 ? setTimeout(wait, 250) : quiet());
    addEventListener('load', wait);
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
})();`;
}

const hash = (script: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(script).digest('base64')}`;

/**
 * The script as every page carries it: minified at build (esbuild, the bundler Astro itself
 * depends on), so the readable source above, comments included, costs readers nothing (about
 * 160 bytes gzip saved); the policy's hash is of this text.
 */
const shipped = (script: string): string =>
  transformSync(script, { minify: true, target: 'es2022' }).code.trim();

export const shellScript = shipped(shell(siteTheme));
export const shellScriptHash = hash(shellScript);
export const embedShellScript = shipped(shell(embedTheme));
export const embedShellScriptHash = hash(embedShellScript);
