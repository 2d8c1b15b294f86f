/**
 * "Keep every page on this device" (KeepOffline.astro): saves the whole site, in the reader's
 * language, into the service worker's caches, when the reader asks.
 */
import { cacheFor } from './offline-caches';

/**
 * What the button saves in one language beyond the worker's first visit, as the build lists
 * it (scripts/offline-set.ts, `keepLists`): site paths, and their size as sent (gzip bytes).
 */
export interface KeepList {
  files: string[];
  bytes: number;
}

/** The lists of both languages, and the size of what the worker saves on its first visit. */
export interface KeepLists {
  en: KeepList;
  es: KeepList;
  firstVisitBytes: number;
}

/**
 * Whether the registration's worker is, or becomes, active: its first visit's files all saved.
 * False when it fails to install (a file it needs could not be fetched).
 */
function activates(registration: ServiceWorkerRegistration): Promise<boolean> {
  if (registration.active) return Promise.resolve(true);
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return Promise.resolve(false);
  return new Promise((resolve) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve(true);
      if (worker.state === 'redundant') resolve(false);
    });
  });
}

/** Whether `file` is saved already, by the worker's first visit (`/x/index.html?…`) or since. */
async function saved(file: string): Promise<boolean> {
  const options = { ignoreSearch: true };
  if (await caches.match(file, options)) return true;
  return file.endsWith('/') && Boolean(await caches.match(`${file}index.html`, options));
}

/**
 * Registers the service worker and waits until it is active (for a reader whose browser asks
 * to save data, it is not yet: asking is their choice), so that what is saved is served, then
 * saves `files` (site paths) into its caches, three at a time, calling `progress` with the
 * count done after each. A file already saved is not fetched again. Resolves to the number of
 * files that could not be saved: all of them when the worker does not become active. Rejects
 * if the worker cannot be registered.
 */
export async function keepFiles(
  files: readonly string[],
  progress: (done: number) => void,
): Promise<number> {
  const registration = await navigator.serviceWorker.register('/sw.js');
  if (!(await activates(registration))) return files.length;
  const queue = [...files];
  let done = 0;
  let failed = 0;
  const saveNext = async (): Promise<void> => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      try {
        if (!(await saved(file))) await (await caches.open(cacheFor(file))).add(file);
      } catch {
        failed += 1;
      }
      done += 1;
      progress(done);
    }
  };
  await Promise.all([saveNext(), saveNext(), saveNext()]);
  return failed;
}

/** `template` with each `{name}` replaced by `values[name]`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all));
}
