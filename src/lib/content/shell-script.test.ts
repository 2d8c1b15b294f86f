/**
 * The shell script's theme choice, run in a bare VM context with stand-ins for the few browser
 * objects it touches: a site page applies the reader's stored choice; an embed ignores it and
 * takes `?theme=` from its address, following the system setting for auto, none or an unknown
 * value, and names an unknown value in its note. And the offline copy: the service worker is
 * registered at load, except where the browser asks to save data.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { embedShellScript, shellScript, themeStorageKey } from './shell-script';

interface Options {
  embed: boolean;
  search?: string;
  stored?: string;
  /** The browser's `navigator.connection`, where it has one. */
  connection?: { saveData: boolean };
}

/**
 * Runs the script as a page would, up to its load event: the theme, the note, and whether it
 * registered the service worker.
 */
function load(options: Options) {
  const dataset: Record<string, string> = {};
  const listeners = new Map<string, () => void>();
  const windowListeners = new Map<string, () => void>();
  const note = { textContent: '', hidden: true };
  let registered = false;
  const context = {
    URLSearchParams,
    location: { search: options.search ?? '', protocol: 'https:' },
    navigator: {
      onLine: true,
      connection: options.connection,
      serviceWorker: {
        register: () => {
          registered = true;
          return Promise.resolve();
        },
      },
    },
    localStorage: {
      getItem: (key: string) => (key === themeStorageKey ? (options.stored ?? null) : null),
    },
    matchMedia: () => ({ matches: false }),
    addEventListener: (type: string, listener: () => void) => windowListeners.set(type, listener),
    setTimeout: () => undefined,
    document: {
      documentElement: {
        dataset,
      },
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
      querySelector: (selector: string) => (selector === '[data-theme-note]' ? note : null),
      querySelectorAll: () => [],
    },
  };
  runInNewContext(options.embed ? embedShellScript : shellScript, context);
  listeners.get('DOMContentLoaded')?.();
  windowListeners.get('load')?.();
  return {
    theme: dataset['theme'] ?? 'system',
    note: note.hidden ? null : note.textContent,
    registered,
  };
}

function run(options: Options) {
  const { theme, note } = load(options);
  return { theme, note };
}

describe('shell script: the offline copy', () => {
  it('registers the service worker at load, unless the browser asks to save data', () => {
    for (const embed of [false, true]) {
      expect(load({ embed }).registered, 'no connection information').toBe(true);
      expect(load({ embed, connection: { saveData: false } }).registered).toBe(true);
      expect(load({ embed, connection: { saveData: true } }).registered, 'Save-Data').toBe(false);
    }
  });
});

describe('shell script: theme', () => {
  it('a site page applies the stored choice, and only a valid one', () => {
    expect(run({ embed: false, stored: 'dark' })).toEqual({ theme: 'dark', note: null });
    expect(run({ embed: false, stored: 'purple' })).toEqual({ theme: 'system', note: null });
    expect(run({ embed: false, search: '?theme=dark' })).toEqual({ theme: 'system', note: null });
  });

  it('an embed takes its theme from its address, whatever the stored choice', () => {
    expect(run({ embed: true, search: '?theme=light', stored: 'dark' })).toEqual({
      theme: 'light',
      note: null,
    });
    expect(run({ embed: true, search: '?theme=DARK' })).toEqual({ theme: 'dark', note: null });
    for (const search of ['', '?theme=auto', '?preset=x']) {
      expect(run({ embed: true, search, stored: 'dark' }), search).toEqual({
        theme: 'system',
        note: null,
      });
    }
    // Given twice, the last one counts, as in the explorer's links.
    expect(run({ embed: true, search: '?theme=light&theme=dark' }).theme).toBe('dark');
  });

  it('an unknown theme follows the system setting and is named in the note', () => {
    const { theme, note } = run({ embed: true, search: '?theme=blue', stored: 'dark' });
    expect(theme).toBe('system');
    expect(note).toBe(
      'The theme "blue" in this address is not light, dark or auto, so the colours follow your system setting.',
    );
  });
});
