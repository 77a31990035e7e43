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

/**
 * Start the workers: the checker keeps one text in flight and one waiting (the newest); the analyser starts
 * once typing pauses, and is restarted when a newer text arrives while it works (a stale analysis is of no use).
 */
export function createStudioWorkers(
  onCheck: (r: CheckResult) => void,
  onAnalysis: (r: AnalysisView | null) => void,
  spawn: SpawnWorker = spawnStudioWorker,
): StudioWorkers {
  let seq = 0;
  const checker = spawn();
  let checking = false;
  let waiting: string | null = null;
  let analyser: Worker | null = null;
  let analysing = 0;
  let delay: ReturnType<typeof setTimeout> | null = null;

  const sendCheck = (text: string) => {
    checking = true;
    checker.postMessage({ kind: 'check', seq: ++seq, text } satisfies WorkerRequest);
  };
  checker.onmessage = (e: MessageEvent<WorkerResponse>) => {
    checking = false;
    if (waiting !== null) {
      const next = waiting;
      waiting = null;
      sendCheck(next);
    }
    if (e.data.kind === 'checked') onCheck(e.data);
  };

  function startAnalyser(): Worker {
    const w = spawn();
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      if (e.data.seq !== analysing) return;
      analysing = 0;
      if (e.data.kind === 'analyzed') onAnalysis(e.data);
      else if (e.data.kind === 'not-analyzable') onAnalysis(null);
    };
    return w;
  }

  return {
    check(text) {
      if (checking) waiting = text;
      else sendCheck(text);
    },
    analyze(text) {
      if (delay) clearTimeout(delay);
      delay = setTimeout(() => {
        delay = null;
        if (analysing && analyser) {
          analyser.terminate();
          analyser = null;
        }
        analyser ??= startAnalyser();
        analysing = ++seq;
        analyser.postMessage({ kind: 'analyze', seq: analysing, text } satisfies WorkerRequest);
      }, ANALYSIS_DELAY_MS);
    },
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
        w.postMessage({ kind: 'variants', seq: ++seq, text, nodeId, index, replies } satisfies WorkerRequest);
      });
    },
    dispose() {
      if (delay) clearTimeout(delay);
      checker.terminate();
      analyser?.terminate();
    },
  };
}
