import type { AnalysisView, CheckResult, WorkerRequest, WorkerResponse } from './worker-protocol.ts';

/** How the studio reaches its workers (a real module worker in the app). */
export type SpawnWorker = () => Worker;

/** The studio's background checks: the latest text is always the one checked and analysed. */
export interface StudioWorkers {
  check(text: string): void;
  analyze(text: string): void;
  variants(text: string, nodeId: string, index: number, replies: string[]): Promise<Extract<WorkerResponse, { kind: 'variants' }>>;
  dispose(): void;
}

export const spawnStudioWorker: SpawnWorker = () => new Worker(new URL('./studio-worker.ts', import.meta.url), { type: 'module' });

/** Quiet time after the last change before the analysis starts: typing must not restart it per keystroke. */
export const ANALYSIS_DELAY_MS = 300;

// The checker keeps one text in flight and one waiting (the newest): every text gets checked or skipped.
function createChecker(spawn: SpawnWorker, next: () => number, onCheck: (r: CheckResult) => void) {
  const worker = spawn();
  let busy = false;
  let waiting: string | null = null;
  const send = (text: string) => {
    busy = true;
    worker.postMessage({ kind: 'check', seq: next(), text } satisfies WorkerRequest);
  };
  worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
    busy = false;
    if (waiting !== null) {
      const text = waiting;
      waiting = null;
      send(text);
    }
    if (e.data.kind === 'checked') onCheck(e.data);
  };
  return {
    check: (text: string) => (busy ? (waiting = text) : send(text)),
    terminate: () => worker.terminate(),
  };
}

// The analyser starts once typing pauses and is restarted when a newer text arrives while it works.
function createAnalyser(spawn: SpawnWorker, next: () => number, onAnalysis: (r: AnalysisView | null) => void) {
  let worker: Worker | null = null;
  let running = 0;
  let delay: ReturnType<typeof setTimeout> | null = null;
  const start = (text: string) => {
    if (running && worker) {
      worker.terminate();
      worker = null;
    }
    if (!worker) {
      const w = (worker = spawn());
      w.onmessage = (e: MessageEvent<WorkerResponse>) => {
        if (e.data.seq !== running) return;
        running = 0;
        if (e.data.kind === 'analyzed') onAnalysis(e.data);
        else if (e.data.kind === 'not-analyzable') onAnalysis(null);
      };
    }
    running = next();
    worker.postMessage({ kind: 'analyze', seq: running, text } satisfies WorkerRequest);
  };
  return {
    analyze(text: string) {
      if (delay) clearTimeout(delay);
      delay = setTimeout(() => ((delay = null), start(text)), ANALYSIS_DELAY_MS);
    },
    terminate() {
      if (delay) clearTimeout(delay);
      worker?.terminate();
    },
  };
}

/** Start the studio's workers: a checker for every change, an analyser once typing pauses, one worker per variants request. */
export function createStudioWorkers(
  onCheck: (r: CheckResult) => void,
  onAnalysis: (r: AnalysisView | null) => void,
  spawn: SpawnWorker = spawnStudioWorker,
): StudioWorkers {
  let seq = 0;
  const next = () => ++seq;
  const checker = createChecker(spawn, next, onCheck);
  const analyser = createAnalyser(spawn, next, onAnalysis);
  return {
    check: (text) => void checker.check(text),
    analyze: (text) => analyser.analyze(text),
    variants(text, nodeId, index, replies) {
      const w = spawn();
      return new Promise((resolve, reject) => {
        w.onmessage = (e: MessageEvent<WorkerResponse>) => {
          w.terminate();
          if (e.data.kind === 'variants') resolve(e.data);
        };
        w.onerror = (e) => {
          w.terminate();
          reject(new Error(e.message));
        };
        w.postMessage({ kind: 'variants', seq: next(), text, nodeId, index, replies } satisfies WorkerRequest);
      });
    },
    dispose() {
      checker.terminate();
      analyser.terminate();
    },
  };
}
