/**
 * Runs "100 people like this" in a Web Worker for the explorer: each scenario change asks again,
 * but only the last one within `delay` ms is sent (dragging a slider sends once it rests), and an
 * answer to anything but the latest request is dropped. The worker starts on the first request,
 * so it costs nothing until the panel is opened. Create it while a component initialises and
 * call `dispose()` when it goes.
 *
 * ```ts
 * const runner = new CohortRunner();
 * $effect(() => runner.request(encode(scenario)));
 * // runner.answer, runner.pending, runner.failed
 * ```
 */
import {
  cohortRequest,
  isLatest,
  readResponse,
  type CohortAnswer,
} from '../explorer/cohort-protocol';

/** What the runner needs of a worker (a test passes a stand-in). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Rest after the last change before the cohort runs, ms (the icons follow within ~300 ms). */
export const COHORT_DELAY_MS = 120;

function startWorker(): WorkerLike {
  return new Worker(new URL('./cohort-worker.ts', import.meta.url), { type: 'module' });
}

export class CohortRunner {
  /** The latest answer shown (kept while a newer one is being counted). */
  answer = $state<CohortAnswer | null>(null);
  /** A request is waiting or running. */
  pending = $state(false);
  /** The worker failed or answered with an error. */
  failed = $state(false);

  #worker: WorkerLike | null = null;
  #latest = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #start: () => WorkerLike;
  readonly #delay: number;

  constructor(start: () => WorkerLike = startWorker, delay = COHORT_DELAY_MS) {
    this.#start = start;
    this.#delay = delay;
  }

  /** Ask for the people of a scenario (its query); a later call replaces an unsent one. */
  request(query: string): void {
    clearTimeout(this.#timer);
    const id = ++this.#latest;
    this.pending = true;
    this.#timer = setTimeout(() => this.#send(id, query), this.#delay);
  }

  #send(id: number, query: string): void {
    if (id !== this.#latest) return;
    try {
      this.#worker ??= this.#open();
      this.#worker.postMessage(cohortRequest(id, query));
    } catch {
      this.#fail();
    }
  }

  #open(): WorkerLike {
    const worker = this.#start();
    worker.onmessage = (event) => this.#receive(event.data);
    worker.onerror = () => this.#fail();
    return worker;
  }

  #receive(data: unknown): void {
    const response = readResponse(data);
    if (response === null || !isLatest(response, this.#latest)) return;
    this.pending = false;
    if (response.kind === 'error') this.failed = true;
    else {
      this.failed = false;
      this.answer = response;
    }
  }

  #fail(): void {
    this.pending = false;
    this.failed = true;
  }

  /** Stop the worker and any waiting request. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#worker?.terminate();
    this.#worker = null;
  }
}
