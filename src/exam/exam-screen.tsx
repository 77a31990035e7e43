import { useCallback, useEffect, useState } from 'react';
import type { ExamRecord, Scorecard } from '../../engine/index.ts';
import { ExamCall } from './exam-call.tsx';
import { useExamT } from './exam-i18n.ts';
import { ExamIdentify } from './exam-identify.tsx';
import { loadExamScreen, type ExamLoaded, type ExamReady } from './exam-load.ts';
import { ExamResult } from './exam-result.tsx';
import type { ExamSession } from './exam-store.ts';
import './exam.css';

/** Exam mode for one exam: identify the candidate, play the pinned calls, then the result and certificate. */
export function ExamScreen({ examId }: { examId: string }) {
  const t = useExamT();
  const [loaded, setLoaded] = useState<ExamLoaded>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void loadExamScreen(examId).then((l) => live && setLoaded(l));
    return () => {
      live = false;
    };
  }, [examId]);
  if (loaded.kind === 'loading') return <p role="status">…</p>;
  if (loaded.kind === 'unknown') return <p role="alert">{t('examUnknown', { id: examId })}</p>;
  if (loaded.kind === 'broken') {
    return (
      <div role="alert">
        <p>{t('examBroken')}</p>
        <ul>{loaded.problems.map((p) => <li key={p}>{p}</li>)}</ul>
      </div>
    );
  }
  return <ExamFlow ready={loaded} />;
}

type Finished = { record: ExamRecord; scorecards: Scorecard[]; lms: 'none' | 'sending' | 'sent' | string };

function ExamFlow({ ready }: { ready: ExamReady }) {
  const { exam, scenarios, mod, store, lms } = ready;
  const t = useExamT();
  const [session, setSession] = useState<ExamSession | null>(ready.session);
  const [finished, setFinished] = useState<Finished | null>(null);
  const [resumed] = useState(() => ready.session !== null && ready.session.current < exam.scenarios.length);
  // The LMS session starts (or resumes) before anything is reported to it.
  const [learner, setLearner] = useState<{ name: string; id: string } | null | 'waiting'>(lms ? 'waiting' : null);
  const [lmsError, setLmsError] = useState<string | null>(null);
  useEffect(() => {
    lms?.start().then(setLearner, (e: unknown) => {
      setLearner(null);
      setLmsError(e instanceof Error ? e.message : String(e));
    });
  }, [lms]);

  const update = useCallback((s: ExamSession) => {
    setSession(s);
    void store.saveSession(s);
  }, [store]);

  useEffect(() => {
    if (!session || session.current < exam.scenarios.length || finished) return;
    const r = mod.buildRecord(exam, scenarios, { ...session, finishedAt: finishTime(session) });
    if (!r.ok) return;
    setFinished({ record: r.record, scorecards: r.scorecards, lms: lms ? 'sending' : 'none' });
    void store.saveRecord(r.record);
    lms?.finish(exam, r.record).then(
      () => setFinished((f) => f && { ...f, lms: 'sent' }),
      (e: unknown) => setFinished((f) => f && { ...f, lms: e instanceof Error ? e.message : String(e) }),
    );
  }, [session, finished, exam, scenarios, mod, store, lms]);

  if (learner === 'waiting') return <p role="status">{t('lmsReporting')}</p>;
  const lmsNotice = lmsError && <p role="alert">{t('lmsFailed', { reason: lmsError })}</p>;
  if (!session) return <>{lmsNotice}<ExamIdentify ready={ready} learner={learner} onStart={update} /></>;
  if (finished) return <ExamResult exam={exam} scenarios={scenarios} record={finished.record} scorecards={finished.scorecards} lms={finished.lms} />;
  if (session.current >= exam.scenarios.length) return <p role="status">…</p>;
  return (
    <>
      {lmsNotice}
      {resumed && <p className="notice" role="status">{t('resumed')}</p>}
      <ExamCall key={session.current} ready={ready} session={session} onChange={update} report={!lmsError} />
    </>
  );
}

// The finish time is the last move's (a reload after the end must seal the same record again).
function finishTime(s: ExamSession): string {
  const last = Math.max(0, ...s.transcripts.flat().map((m) => m.ms));
  return new Date(Date.parse(s.startedAt) + last).toISOString();
}
