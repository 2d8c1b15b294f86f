/**
 * The cohort runner with a stand-in worker: it waits for the input to rest, starts the worker
 * only when first asked, shows only the latest answer, and reports a failing worker.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answer } from '../explorer/cohort-answer';
import { readRequest, type CohortRequest } from '../explorer/cohort-protocol';
import { CohortRunner, type WorkerLike } from './cohort-runner.svelte';

/** A worker that holds each request until the test answers it. */
function stubWorker() {
  const received: CohortRequest[] = [];
  const worker: WorkerLike & { received: CohortRequest[]; reply(i: number): void } = {
    received,
    onmessage: null,
    onerror: null,
    postMessage: (message) => void received.push(readRequest(message)!),
    terminate: vi.fn(),
    reply(i) {
      const data = structuredClone(answer(received[i]!));
      this.onmessage?.({ data } as MessageEvent);
    },
  };
  return worker;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the cohort runner', () => {
  it('starts no worker until asked, and sends only once the input rests', () => {
    const worker = stubWorker();
    const start = vi.fn(() => worker);
    const runner = new CohortRunner(start, 100);
    expect(start).not.toHaveBeenCalled();
    for (const burden of [10, 20, 30, 40]) {
      runner.request(`burden=${burden}`);
      vi.advanceTimersByTime(50);
    }
    expect(start).not.toHaveBeenCalled();
    expect(runner.pending).toBe(true);
    vi.advanceTimersByTime(60);
    expect(start).toHaveBeenCalledOnce();
    expect(worker.received.map((r) => r.query)).toEqual(['burden=40']);
    worker.reply(0);
    expect(runner.pending).toBe(false);
    expect(runner.answer?.query).toBe('burden=40');
    runner.dispose();
    expect(worker.terminate).toHaveBeenCalledOnce();
  });

  it('drops an answer that arrives after a newer request', () => {
    const worker = stubWorker();
    const runner = new CohortRunner(() => worker, 10);
    runner.request('burden=20');
    vi.advanceTimersByTime(10);
    runner.request('burden=90');
    worker.reply(0); // the older scenario's people arrive late
    expect(runner.answer).toBeNull();
    expect(runner.pending).toBe(true);
    vi.advanceTimersByTime(10);
    worker.reply(1);
    expect(runner.answer?.query).toBe('burden=90');
    expect(runner.pending).toBe(false);
  });

  it('reports a worker that fails or cannot start, and ignores malformed messages', () => {
    const worker = stubWorker();
    const runner = new CohortRunner(() => worker, 0);
    runner.request('burden=50');
    vi.advanceTimersByTime(0);
    worker.onmessage?.({ data: { kind: 'cohort', id: 1, counts: [1] } } as MessageEvent);
    expect(runner.failed).toBe(false);
    expect(runner.pending).toBe(true);
    worker.onerror?.(new Event('error') as ErrorEvent);
    expect(runner.failed).toBe(true);
    expect(runner.pending).toBe(false);

    const broken = new CohortRunner(() => {
      throw new Error('no workers here');
    }, 0);
    broken.request('burden=50');
    vi.advanceTimersByTime(0);
    expect(broken.failed).toBe(true);
  });
});
