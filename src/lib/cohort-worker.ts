/**
 * The cohort worker: runs "100 people like this" off the page's main thread, so moving a slider
 * never waits for 100 simulations. It only passes messages; what it computes is
 * explorer/cohort-answer.ts and what it accepts is explorer/cohort-protocol.ts.
 */
import { answer } from '../explorer/cohort-answer';
import { readRequest } from '../explorer/cohort-protocol';

// A dedicated worker's global scope, typed only as far as used (the project's lib is the DOM's).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const request = readRequest(event.data);
  if (request) scope.postMessage(answer(request));
};
