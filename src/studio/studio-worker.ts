import { handleRequest } from './worker-handler.ts';
import type { WorkerRequest } from './worker-protocol.ts';

// The module worker's entry: one answer per request, in order.
self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  self.postMessage(handleRequest(e.data));
};
