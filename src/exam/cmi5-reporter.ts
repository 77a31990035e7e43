import Cmi5 from '@xapi/cmi5';
import { answeredStatements, verdictExtensions, type LaunchInfo } from '../../engine/index.ts';
import type { ExamRecord, Statement } from '../../engine/index.ts';
import type { LmsReporter } from './lms-types.ts';

/** What a cmi5 session must remember across reloads: the fetch URL works once, and no defined verb may be sent twice. */
interface Cmi5State {
  authToken: string;
  initializedAt: string;
  scenarios: number[];
  finished: boolean;
}

/**
 * Report an exam over cmi5 with @xapi/cmi5 (MIT): it fetches the auth token, reads LMS.LaunchData and
 * the learner preferences, and builds initialized/passed/failed/completed/terminated with the durations
 * and categories cmi5 requires. The per-decision `answered` statements come from the engine.
 */
export function createCmi5Reporter(): LmsReporter {
  const cmi5 = new Cmi5();
  const params = cmi5.getLaunchParameters();
  const key = `hardcall-cmi5:${params.registration}`;
  const load = (): Cmi5State | null => JSON.parse(sessionStorage.getItem(key) ?? 'null') as Cmi5State | null;
  const save = (s: Cmi5State) => sessionStorage.setItem(key, JSON.stringify(s));
  let state: Cmi5State | null = null;

  return {
    kind: 'cmi5',
    async start() {
      state = load();
      if (state) await cmi5.initialize({ authToken: state.authToken, initializedDate: new Date(state.initializedAt) });
      else {
        await cmi5.initialize();
        state = { authToken: cmi5.getAuthToken(), initializedAt: cmi5.getInitializedDate().toISOString(), scenarios: [], finished: false };
        save(state);
      }
      const actor = params.actor as { name?: string; account?: { name?: string }; mbox?: string };
      const id = actor.account?.name ?? actor.mbox?.replace(/^mailto:/, '') ?? '';
      return id ? { name: actor.name ?? id, id } : null;
    },
    async scenarioDone(exam, index, scenario, run, startedAt, card) {
      if (!state || state.scenarios.includes(index)) return;
      const launch = launchInfo(cmi5, params);
      for (const s of answeredStatements(launch, exam, index, scenario, run, card, startedAt, () => crypto.randomUUID())) {
        await cmi5.sendXapiStatement(s as never);
      }
      state.scenarios.push(index);
      save(state);
    },
    async finish(_exam, record) {
      if (!state || state.finished) return;
      if (cmi5.getLaunchData().launchMode === 'Normal') await sendVerdict(cmi5, record);
      await cmi5.terminate();
      state.finished = true;
      save(state);
    },
  };
}

function launchInfo(cmi5: Cmi5, params: ReturnType<Cmi5['getLaunchParameters']>): LaunchInfo {
  return {
    actor: params.actor as unknown as Record<string, unknown>,
    registration: params.registration,
    activityId: params.activityId,
    contextTemplate: (cmi5.getLaunchData().contextTemplate ?? {}) as Record<string, unknown>,
  };
}

// cmi5 9.3.2: with a masteryScore from the LMS, passed needs score.scaled at or above it; the exam's own
// verdict (pass marks, critical rules) must hold as well.
async function sendVerdict(cmi5: Cmi5, record: ExamRecord): Promise<void> {
  const scaled = Math.round(record.result.score * 10) / 1000;
  const mastery = cmi5.getLaunchData().masteryScore;
  const passed = record.result.passed && (mastery === undefined || scaled >= mastery);
  const transform = (s: Statement) => ({ ...s, result: { ...(s.result as object), extensions: verdictExtensions(record) } });
  const score = { scaled, raw: record.result.score, min: 0, max: 100 };
  if (passed) await cmi5.pass(score, { transform } as never);
  else await cmi5.fail(score, { transform } as never);
  await cmi5.complete();
}
