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
  /** The page's islands not hydrated yet at its load, in page order. */
  islands?: Island[];
  /** `navigator.onLine` as the page starts (true unless given). */
  onLine?: boolean;
  /** The page is inside a frame (an embed on another site). */
  framed?: boolean;
  /** The browser has no `requestIdleCallback` (Safari). */
  noIdleCallback?: boolean;
}

/** An Astro island: when it hydrates (its `client:` directive), and whether it is on the screen. */
interface Island {
  client: 'load' | 'visible';
  onScreen?: boolean;
}

/**
 * Runs the script as a page would, up to its load event: the theme, the note, and how often it
 * registered the service worker so far; then lets the page go on: the browser falls quiet
 * (`idle`), the first island left finishes hydrating (`hydrate`, as Astro does: its `ssr` mark
 * goes) or cannot (`fail`: Astro's error event), or the timers the script has set so far run
 * out (`timeout`).
 */
function load(options: Options) {
  const dataset: Record<string, string> = {};
  const listeners = new Map<string, () => void>();
  const windowListeners = new Map<string, () => void>();
  const note = { textContent: '', hidden: true };
  let registrations = 0;
  const islands = [...(options.islands ?? [])];
  const idle: (() => void)[] = [];
  const timers: (() => void)[] = [];
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
    // Timers with a delay (or, where there is no idle callback, with options) are the script's;
    // those without one are the citation cards'.
    setTimeout: (callback: () => void, ms?: unknown) => {
      if (ms) timers.push(callback);
    },
    innerHeight: 800,
    document: {
      documentElement: { dataset },
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
      querySelector: (selector: string) => (selector === '[data-theme-note]' ? note : null),
      querySelectorAll: (selector: string) =>
        selector === 'astro-island[ssr]'
          ? islands.map(({ client, onScreen }) => ({
              getAttribute: (name: string) => (name === 'client' ? client : null),
              // Astro's islands are display: contents; their children are what is drawn.
              children: [
                {
                  getBoundingClientRect: () =>
                    onScreen ? { top: 120, bottom: 900 } : { top: 2400, bottom: 3000 },
                },
              ],
            }))
          : [],
    },
  };
  if (!options.noIdleCallback) {
    context['requestIdleCallback'] = (callback: () => void) => idle.push(callback);
  }
  context['window'] = context;
  context['self'] = context;
  context['top'] = options.framed ? {} : context;
  runInNewContext(options.embed ? embedShellScript : shellScript, context);
  listeners.get('DOMContentLoaded')?.();
  windowListeners.get('load')?.();
  return {
    theme: dataset['theme'] ?? 'system',
    note: note.hidden ? null : note.textContent,
    registrations: () => registrations,
    idle: () => idle.splice(0).forEach((callback) => callback()),
    hydrate: () => {
      islands.shift();
    },
    fail: () => listeners.get('astro:hydration-error')?.(),
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

  it('waits for the islands that hydrate at load, and those on the screen: its first download would compete with them', () => {
    const page = load({
      embed: false,
      islands: [{ client: 'load' }, { client: 'visible', onScreen: true }],
    });
    page.idle();
    page.timeout();
    page.idle();
    expect(page.registrations()).toBe(0);
    page.hydrate();
    page.timeout();
    page.idle();
    expect(page.registrations(), 'one island still hydrating').toBe(0);
    page.hydrate();
    page.timeout();
    expect(page.registrations(), 'then a quiet moment').toBe(0);
    page.idle();
    expect(page.registrations()).toBe(1);
  });

  it('does not wait for an island further down, which hydrates only when the reader gets there', () => {
    const page = load({ embed: false, islands: [{ client: 'visible', onScreen: false }] });
    page.idle();
    expect(page.registrations()).toBe(1);
  });

  it('stops waiting when an island cannot hydrate, and after 10 s in any case, and registers once', () => {
    const failed = load({ embed: false, islands: [{ client: 'load' }, { client: 'load' }] });
    failed.fail();
    failed.timeout();
    failed.idle();
    expect(failed.registrations()).toBe(1);

    // Looked at every 250 ms: still waiting after 7.5 s, not after 10.
    const stuck = load({ embed: false, islands: [{ client: 'load' }] });
    for (let look = 0; look < 30; look++) stuck.timeout();
    stuck.idle();
    expect(stuck.registrations()).toBe(0);
    for (let look = 0; look < 20; look++) stuck.timeout();
    stuck.idle();
    expect(stuck.registrations()).toBe(1);

    const late = load({ embed: true, islands: [{ client: 'load' }] });
    late.hydrate();
    for (let look = 0; look < 50; look++) late.timeout();
    late.idle();
    expect(late.registrations()).toBe(1);
  });

  it('registers without an idle callback too (Safari), after the islands', () => {
    const page = load({ embed: false, noIdleCallback: true, islands: [{ client: 'load' }] });
    page.timeout();
    expect(page.registrations()).toBe(0);
    page.hydrate();
    page.timeout();
    page.timeout();
    expect(page.registrations()).toBe(1);
  });

  it('registers nothing inside a frame: an embed on another site would keep its own copy there', () => {
    const framed = load({ embed: true, framed: true });
    framed.idle();
    framed.timeout();
    expect(framed.registrations()).toBe(0);
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
