/**
 * A build plugin that records, for every browser chunk the build writes, which source modules
 * it holds and each one's code after tree-shaking. `npm run size -- --why` reads the record to
 * say where a page's JavaScript bytes come from. The record lives in .astro/ (never in dist/,
 * so it is neither deployed nor precached).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const bundleRecordFile = join(import.meta.dirname, '..', '.astro', 'bundle-modules.json');

/** One chunk as written to dist/: its file (relative to dist/) and its source modules. */
export interface RecordedChunk {
  fileName: string;
  modules: { id: string; code: string }[];
}

interface OutputChunkLike {
  type: string;
  fileName: string;
  modules?: Record<string, { code: string | null }>;
}

/** Server-side builds (the pages rendered at build time) ship no bytes to readers. */
const serverEnvironments = new Set(['ssr', 'prerender', 'astro']);

// The browser build and each worker build report separately: the first report of a build
// process starts the record afresh, later ones add to it.
let startedThisProcess = false;

export function bundleModules() {
  return {
    name: 'cascade:bundle-modules',
    apply: 'build' as const,
    generateBundle(
      this: { environment?: { name?: string } },
      _options: unknown,
      bundle: Record<string, OutputChunkLike>,
    ) {
      if (serverEnvironments.has(this.environment?.name ?? '')) return;
      const chunks: RecordedChunk[] = Object.values(bundle)
        .filter((output) => output.type === 'chunk')
        .map((chunk) => ({
          fileName: chunk.fileName,
          modules: Object.entries(chunk.modules ?? {}).map(([id, module]) => ({
            id,
            code: module.code ?? '',
          })),
        }));
      if (chunks.length === 0) return;
      let recorded: RecordedChunk[] = [];
      if (startedThisProcess) {
        try {
          recorded = JSON.parse(readFileSync(bundleRecordFile, 'utf8')) as RecordedChunk[];
        } catch {
          recorded = [];
        }
      }
      startedThisProcess = true;
      const names = new Set(chunks.map((chunk) => chunk.fileName));
      mkdirSync(dirname(bundleRecordFile), { recursive: true });
      writeFileSync(
        bundleRecordFile,
        JSON.stringify([...recorded.filter((chunk) => !names.has(chunk.fileName)), ...chunks]),
      );
    },
  };
}
