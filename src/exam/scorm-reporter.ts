import type { ExamRecord } from '../../engine/index.ts';
import type { LmsReporter, ScormApi } from './lms-types.ts';

/** What a SCORM session remembers across reloads of the content frame: which scenarios were reported. */
interface ScormState {
  scenarios: number[];
  finished: boolean;
}

/**
 * Report an exam to a SCORM 2004 4th edition LMS: one `cmi.interactions.n` of type choice per decision,
 * then `cmi.score.scaled`, `success_status` and `completion_status`, Commit and Terminate.
 */
export function createScormReporter(api: ScormApi, storage: Storage): LmsReporter {
  const key = 'hardcall-scorm';
  const state: ScormState = JSON.parse(storage.getItem(key) ?? 'null') ?? { scenarios: [], finished: false };
  const save = () => storage.setItem(key, JSON.stringify(state));
  const set = (k: string, v: string) => {
    if (api.SetValue(k, v) !== 'true') throw new Error(`SCORM SetValue ${k} failed (error ${api.GetLastError()})`);
  };
  return {
    kind: 'scorm',
    async start() {
      // A reloaded content frame finds the session already initialised (error 103): carry on with it.
      if (api.Initialize('') !== 'true' && api.GetLastError() !== '103') throw new Error(`SCORM Initialize failed (error ${api.GetLastError()})`);
      if (!state.scenarios.length) set('cmi.completion_status', 'incomplete');
      const id = api.GetValue('cmi.learner_id');
      return id ? { name: api.GetValue('cmi.learner_name') || id, id } : null;
    },
    async scenarioDone(exam, index, scenario, run, startedAt) {
      if (state.scenarios.includes(index)) return;
      const start = Date.parse(startedAt);
      let turn = 0;
      for (const m of run.moves) {
        if (typeof m.move !== 'string') continue;
        turn++;
        const n = Number(api.GetValue('cmi.interactions._count')) || 0;
        const p = `cmi.interactions.${n}`;
        set(`${p}.id`, `urn:hardcall:${exam.id}:${scenario.id}:${turn}`);
        set(`${p}.type`, 'choice');
        set(`${p}.timestamp`, new Date(start + m.ms).toISOString().slice(0, 19));
        set(`${p}.learner_response`, m.move);
        set(`${p}.result`, 'neutral');
        set(`${p}.description`, `${scenario.title} · ${turn}`);
      }
      api.Commit('');
      state.scenarios.push(index);
      save();
    },
    async finish(_exam, record: ExamRecord) {
      if (state.finished) return;
      set('cmi.score.scaled', String(Math.round(record.result.score * 10) / 1000));
      set('cmi.score.raw', String(record.result.score));
      set('cmi.score.min', '0');
      set('cmi.score.max', '100');
      set('cmi.success_status', record.result.passed ? 'passed' : 'failed');
      set('cmi.completion_status', 'completed');
      api.Commit('');
      api.Terminate('');
      state.finished = true;
      save();
    },
  };
}
