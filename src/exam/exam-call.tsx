import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TimedMove } from '../../engine/index.ts';
import { useT } from '../state/use-t.ts';
import { startCall, type CallSession } from '../call/call-session.ts';
import { ChatLog } from '../call/chat-log.tsx';
import { MoodMeter } from '../call/mood-meter.tsx';
import { ReplyButtons } from '../call/reply-buttons.tsx';
import { TypedReply } from '../call/typed-reply.tsx';
import { useCallState } from '../call/use-call-session.ts';
import { useReplyTimer } from '../call/use-reply-timer.ts';
import { useExamT } from './exam-i18n.ts';
import type { ExamReady } from './exam-load.ts';
import type { ExamSession } from './exam-store.ts';

/** One call of an exam: no feedback, no rewind, replies in the attempt's seeded order, the exam's timer. */
export function ExamCall({ ready, session, onChange, report }: { ready: ExamReady; session: ExamSession; onChange: (s: ExamSession) => void; report: boolean }) {
  const { exam, scenarios } = ready;
  const index = session.current;
  const scenario = scenarios[index]!;
  const call = useMemo(() => replayCall(ready, session), [ready, index]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => () => call.stop(), [call]);
  return <ExamCallView ready={ready} session={session} call={call} onChange={onChange} report={report} key={`${exam.id}/${scenario.id}`} />;
}

// The saved transcript (replies and timed-out silences) is replayed into a fresh call session.
function replayCall(ready: ExamReady, session: ExamSession): CallSession {
  return startCall(ready.scenarios[session.current]!, (session.transcripts[session.current] ?? []).map((m) => m.move), ready.typed?.readTyped);
}

function ExamCallView({ ready, session, call, onChange, report }: { ready: ExamReady; session: ExamSession; call: CallSession; onChange: (s: ExamSession) => void; report: boolean }) {
  const { exam, scenarios, mod } = ready;
  const t = useT();
  const et = useExamT();
  const index = session.current;
  const scenario = scenarios[index]!;
  const state = useCallState(call);
  const node = scenario.nodes[state.nodeId]!;
  const ended = state.outcome !== null;
  const heading = useRef<HTMLHeadingElement>(null);
  const { choose, silence, typed } = useExamMoves(call, session, onChange);
  const reported = useReportScenario(ready, session, ended && report);

  const order = useMemo(() => mod.replyOrder(session.seed, scenario.id, state.turn + 1, node.choices.length).map((i) => node.choices[i]!), [mod, session.seed, scenario.id, state.turn, node]);
  const turnKey = `${index}:${state.turn}`;
  const secondsLeft = useReplyTimer(exam.replySeconds, !ended, turnKey, silence);
  useEffect(() => heading.current?.focus(), []);

  const last = index + 1 === exam.scenarios.length;
  return (
    <div className="call exam-call">
      <p className="exam-progress">{et('callOf', { n: index + 1, total: exam.scenarios.length })} · {et('candidateLine', { name: session.candidate.name, id: session.candidate.id, attempt: session.attempt })}</p>
      <h1 ref={heading} tabIndex={-1} lang={scenario.locale}>{scenario.title}</h1>
      <p lang={scenario.locale} className="brief-text">{scenario.brief}</p>
      <div className="call-status">
        <MoodMeter mood={state.mood} />
        <p className="turn">{t('turnOf', { turn: Math.min(state.turn + 1, scenario.maxTurns), max: scenario.maxTurns })}</p>
      </div>
      <ChatLog scenario={scenario} state={state} practice={false} onRewind={noRewind} />
      {ended ? (
        <section className="ending" aria-labelledby="ending-heading">
          <h2 id="ending-heading">{t('callEnded', { outcome: t(`outcome_${state.outcome!}`) })}</h2>
          <button type="button" className="primary" disabled={!reported} onClick={() => onChange({ ...session, current: index + 1 })}>
            {last ? et('finishExam') : et('nextCall')}
          </button>
        </section>
      ) : (
        <>
          {secondsLeft !== null && (
            <p className="timer" role="timer" aria-live="off">
              <span className="timer-bar" style={{ width: `${(secondsLeft / exam.replySeconds) * 100}%` }} />
              {t('timeLeft', { seconds: secondsLeft })}
            </p>
          )}
          <ReplyButtons choices={order} locale={scenario.locale} onChoose={choose} turnKey={state.turn} />
          {exam.typedReplies && <TypedReply session={call} node={node} locale={scenario.locale} onTaken={typed} />}
        </>
      )}
    </div>
  );
}

/** Moves of the call in progress, each saved with its time since the attempt started. */
function useExamMoves(call: CallSession, session: ExamSession, onChange: (s: ExamSession) => void) {
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const record = useCallback((move: TimedMove['move']) => {
    const s = sessionRef.current;
    const ms = Math.max(0, Date.now() - Date.parse(s.startedAt));
    onChange({ ...s, transcripts: s.transcripts.map((tr, i) => (i === s.current ? [...tr, { move, ms }] : tr)) });
  }, [onChange]);
  const choose = useCallback((id: string) => {
    if (call.choose(id)) record(id);
  }, [call, record]);
  const silence = useCallback(() => {
    if (call.getState().outcome) return;
    call.silence();
    record({ silence: true });
  }, [call, record]);
  // A reply in the candidate's own words, already taken by the call (the exam only records it).
  const typed = useCallback((text: string) => record({ typed: text }), [record]);
  return { choose, silence, typed };
}

/** Report a finished call to the LMS once (the reporter skips what a reload already sent); true once done or when there is nothing to report. */
function useReportScenario(ready: ExamReady, session: ExamSession, due: boolean): boolean {
  const { exam, scenarios, mod, lms } = ready;
  const [reported, setReported] = useState(!lms);
  useEffect(() => {
    if (!due || reported || !lms) return;
    const index = session.current;
    const scenario = scenarios[index]!;
    const graded = mod.gradeExamRun(exam.scenarios[index]!, scenario, mod.examGraders(exam, [scenario])[0]!, session.transcripts[index]!);
    if (!graded.ok) return setReported(true);
    void lms.scenarioDone(exam, index, scenario, graded.run, session.startedAt, graded.scorecard).finally(() => setReported(true));
  }, [due, reported, lms, exam, scenarios, mod, session]);
  return reported || !due;
}

function noRewind(): void {}
