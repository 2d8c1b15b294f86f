/**
 * "Keep every page on this device" (KeepOffline.astro): saves the whole site, in the reader's
 * language, into the service worker's caches, when the reader asks.
 */
import { cacheFor } from './offline-caches';

/**
 * What the button saves in one language, as the build lists it (scripts/offline-set.ts,
 * `keepLists`): site paths, and their size as sent (gzip bytes).
 */
export interface KeepList {
  files: string[];
  bytes: number;
}

/**
 * Registers the service worker, so that it serves what is saved (a reader whose browser asks to
 * save data has none yet: asking is their choice), then saves `files` (site paths) into its
 * caches, three at a time, calling `progress` with the count done after each. A file already
 * saved (by the first visit, or a page read before) is not fetched again. Resolves to the
 * number of files that could not be fetched; rejects if the worker cannot be registered.
 */
export async function keepFiles(
  files: readonly string[],
  progress: (done: number) => void,
): Promise<number> {
  await navigator.serviceWorker.register('/sw.js');
  const queue = [...files];
  let done = 0;
  let failed = 0;
  const saveNext = async (): Promise<void> => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      try {
        if (!(await caches.match(file, { ignoreSearch: true }))) {
          await (await caches.open(cacheFor(file))).add(file);
        }
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
