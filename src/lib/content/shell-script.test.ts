/**
 * The shell script's theme choice, run in a bare VM context with stand-ins for the few browser
 * objects it touches: a site page applies the reader's stored choice; an embed ignores it and
 * takes `?theme=` from its address, following the system setting for auto, none or an unknown
 * value, and names an unknown value in its note. And the offline copy: the service worker is
 * registered once the page's own first work is done (its load, the islands that hydrate at load,
 * then a quiet moment), except where the browser asks to save data.
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
  /** Islands on the page that hydrate at load (`client:load`), not hydrated yet at its load. */
  islands?: number;
  /** `navigator.onLine` as the page starts (true unless given). */
  onLine?: boolean;
}

/**
 * Runs the script as a page would, up to its load event: the theme, the note, and how often it
 * registered the service worker so far; then lets the page go on: the browser falls quiet
 * (`idle`), an island finishes hydrating (`hydrate`, as Astro does: its `ssr` mark goes), or
 * the script's timers run out (`timeout`).
 */
function load(options: Options) {
  const dataset: Record<string, string> = {};
  const listeners = new Map<string, () => void>();
  const windowListeners = new Map<string, () => void>();
  const note = { textContent: '', hidden: true };
  let registrations = 0;
  let waiting = options.islands ?? 0;
  const idle: (() => void)[] = [];
  const timers: (() => void)[] = [];
  let observer: (() => void) | undefined;
  const navigator = {
    onLine: options.onLine ?? true,
    connection: options.connection,
    serviceWorker: {
      register: () => {
        registrations += 1;
        return Promise.resolve();
      },
    },
  };
  const context: Record<string, unknown> = {
    URLSearchParams,
    location: { search: options.search ?? '', protocol: 'https:' },
    navigator,
    localStorage: {
      getItem: (key: string) => (key === themeStorageKey ? (options.stored ?? null) : null),
    },
    matchMedia: () => ({ matches: false }),
    addEventListener: (type: string, listener: () => void) => windowListeners.set(type, listener),
    setTimeout: (callback: () => void, ms?: number) => {
      if (ms) timers.push(callback);
    },
    requestIdleCallback: (callback: () => void) => idle.push(callback),
    MutationObserver: class {
      constructor(callback: () => void) {
        observer = callback;
      }
      observe() {}
      disconnect() {
        observer = undefined;
      }
    },
    document: {
      documentElement: {
        dataset,
      },
      body: {},
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
      querySelector: (selector: string) => {
        if (selector === '[data-theme-note]') return note;
        if (selector === 'astro-island[ssr][client=load]') return waiting > 0 ? {} : null;
        return null;
      },
      querySelectorAll: () => [],
    },
  };
  context['window'] = context;
  runInNewContext(options.embed ? embedShellScript : shellScript, context);
  listeners.get('DOMContentLoaded')?.();
  windowListeners.get('load')?.();
  return {
    theme: dataset['theme'] ?? 'system',
    note: note.hidden ? null : note.textContent,
    registrations: () => registrations,
    idle: () => idle.splice(0).forEach((callback) => callback()),
    hydrate: () => {
      waiting -= 1;
      observer?.();
    },
    timeout: () => timers.splice(0).forEach((callback) => callback()),
    /** The offline mark on the root, which shows the offline note. */
    offline: () => dataset['offline'],
    /** The connection comes back or drops, as the browser says with its events. */
    signal: (onLine: boolean) => {
      navigator.onLine = onLine;
      windowListeners.get(onLine ? 'online' : 'offline')?.();
    },
  };
}

function run(options: Options) {
  const { theme, note } = load(options);
  return { theme, note };
}

describe('shell script: the offline copy', () => {
  it('registers the service worker once the page is loaded and quiet, unless the browser asks to save data', () => {
    for (const embed of [false, true]) {
      for (const connection of [undefined, { saveData: false }]) {
        const page = load({ embed, ...(connection ? { connection } : {}) });
        expect(page.registrations(), 'not yet: the page may still be busy').toBe(0);
        page.idle();
        expect(page.registrations()).toBe(1);
      }
      const saving = load({ embed, connection: { saveData: true } });
      saving.idle();
      saving.timeout();
      saving.idle();
      expect(saving.registrations(), 'Save-Data').toBe(0);
    }
  });

  it('waits for the islands that hydrate at load: its first download would compete with them', () => {
    const page = load({ embed: false, islands: 2 });
    page.idle();
    expect(page.registrations()).toBe(0);
    page.hydrate();
    page.idle();
    expect(page.registrations(), 'one island still hydrating').toBe(0);
    page.hydrate();
    expect(page.registrations(), 'then a quiet moment').toBe(0);
    page.idle();
    expect(page.registrations()).toBe(1);
  });

  it('registers in the end even if an island never hydrates (its code did not come), and only once', () => {
    const stuck = load({ embed: false, islands: 1 });
    stuck.timeout();
    stuck.idle();
    expect(stuck.registrations()).toBe(1);
    const late = load({ embed: true, islands: 1 });
    late.hydrate();
    late.timeout();
    late.idle();
    expect(late.registrations()).toBe(1);
  });
});

describe('shell script: the offline note', () => {
  it('shows from the start on a page opened without a connection, and follows the connection', () => {
    for (const embed of [false, true]) {
      const opened = load({ embed, onLine: false });
      expect(opened.offline()).toBe('true');
      opened.signal(true);
      expect(opened.offline()).toBe('false');
      const online = load({ embed });
      expect(online.offline()).toBe('false');
      online.signal(false);
      expect(online.offline()).toBe('true');
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
